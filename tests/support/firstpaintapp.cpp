// The desktop app exactly as app/main.cpp starts it, plus an event filter that quits once the sign-in
// window (opened on its own at first start, with no account) has painted, and prints when it painted.
// bench/run-startup times it;
// the test guiapp_starts_and_quits runs it, so the whole start and exit path runs in the suite (and
// under the sanitizers with scripts/run-tests-asan). The hook lives here, not in the shipped binary.
#include "guiapp.h"

#include <QApplication>
#include <QEvent>
#include <QTimer>
#include <QWidget>

#include <chrono>
#include <cstdio>

namespace {

qint64 nanosecondsSinceEpoch()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(
        std::chrono::system_clock::now().time_since_epoch())
        .count();
}

class QuitAfterSignInPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            const auto *widget = qobject_cast<QWidget *>(watched);
            // When each painted, on the clock `date +%s%N` reads (bench/run-startup): the first window
            // (the main window), then the sign-in window, after which the app quits.
            if (widget && !m_firstPainted) {
                m_firstPainted = true;
                printTime("first-paint-ns");
            }
            if (widget && widget->window()->objectName() == QLatin1String("SignInDialog")) {
                m_quitting = true;
                printTime("signin-paint-ns");
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static void printTime(const char *what)
    {
        std::printf("%s %lld\n", what, static_cast<long long>(nanosecondsSinceEpoch()));
        std::fflush(stdout);
    }

    bool m_firstPainted = false;
    bool m_quitting = false;
};

} // namespace

int main(int argc, char *argv[])
{
    return PlexAuth::runGui(
        argc, argv, [](QApplication &app) { app.installEventFilter(new QuitAfterSignInPaint(&app)); });
}
