#include "guiapp.h"

#include "appicon.h"
#include "appservices.h"
#include "clipboardguard.h"
#include "language.h"
#include "logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QSettings>
#include <QTimer>

namespace PlexAuth {

namespace {
// For bench/run-startup only: quits once the first sign-in window (or, with accounts, the main
// window) has painted, so start-up can be timed against a bare Qt window.
class QuitAfterFirstPaint final : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_quitting) {
            auto *widget = qobject_cast<QWidget *>(watched);
            const QWidget *window = widget ? widget->window() : nullptr;
            if (window
                && (window->objectName() == QLatin1String("SignInDialog")
                    || (window->objectName() == QLatin1String("mainWindow") && !hasSignInWhenEmpty()))) {
                m_quitting = true;
                QTimer::singleShot(0, qApp, [] { QCoreApplication::exit(0); });
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    static bool hasSignInWhenEmpty() { return qEnvironmentVariableIsSet("PLEXAUTH_BENCH_EXPECT_SIGN_IN"); }
    bool m_quitting = false;
};
} // namespace

int runGui(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationDisplayName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationVersion(QStringLiteral(PLEXAUTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PLEXAUTH_APP_ID));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PLEXAUTH_APP_ID), bundledAppIcon()));
    installRedactingMessageHandler();

    QSettings settings;
    AppServices services(settings);
    Language::installForApplication(services.settings().language(), &app);
    ClipboardGuard clipboard(QGuiApplication::clipboard());
    clipboard.setClearDelay(std::chrono::seconds(services.settings().clipboardClearSeconds()));
    if (qEnvironmentVariableIsSet("PLEXAUTH_BENCH_QUIT_AFTER_FIRST_PAINT"))
        app.installEventFilter(new QuitAfterFirstPaint(&app));
    MainWindow window(&services, &clipboard);
    window.show();
    return QApplication::exec();
}

} // namespace PlexAuth
