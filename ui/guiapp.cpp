#include "guiapp.h"

#include "appicon.h"
#include "appservices.h"
#include "clipboardguard.h"
#include "credentialwatch.h"
#include "language.h"
#include "logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QEvent>
#include <QSettings>
#include <QTimer>

namespace PlexAuth {

namespace {
// Runs `then` once, after `window` (or any of its widgets) painted for the first time: background work
// must not delay the first paint.
class AfterFirstPaint final : public QObject
{
public:
    AfterFirstPaint(QWidget *window, std::function<void()> then)
        : QObject(window)
        , m_window(window)
        , m_then(std::move(then))
    {
        qApp->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            qApp->removeEventFilter(this);
            QTimer::singleShot(0, m_window, m_then);
            deleteLater();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    QWidget *m_window;
    std::function<void()> m_then;
};
} // namespace

int runGui(int argc, char *argv[], const BeforeFirstShow &beforeFirstShow)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationDisplayName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationVersion(QStringLiteral(PLEXAUTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PLEXAUTH_APP_ID));
    installRedactingMessageHandler();

    QSettings settings;
    AppServices services(settings);
    Language::installForApplication(services.settings().language(), &app);
    ClipboardGuard clipboard(QGuiApplication::clipboard());
    clipboard.setClearDelay(std::chrono::seconds(services.settings().clipboardClearSeconds()));
    if (beforeFirstShow)
        beforeFirstShow(app);
    // Renews Plex JWTs in the background and watches every account's health, from after the first paint.
    CredentialWatch watch(services.sessions(), services.accounts());
    MainWindow window(&services, &clipboard, &watch);
    new AfterFirstPaint(&window, [&watch] {
        // The icon after the first paint: X11's window icon (_NET_WM_ICON) is every size of it decoded,
        // converted and sent to the X server, about a tenth of the time to the first paint (perf).
        QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral(PLEXAUTH_APP_ID), bundledAppIcon()));
        watch.start();
    });
    window.show();
    return QApplication::exec();
}

} // namespace PlexAuth
