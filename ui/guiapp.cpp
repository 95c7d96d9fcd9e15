#include "guiapp.h"

#include "appservices.h"
#include "clipboardguard.h"
#include "logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QSettings>

namespace PlexAuth {

int runGui(int argc, char *argv[])
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
    ClipboardGuard clipboard(QGuiApplication::clipboard());
    clipboard.setClearDelay(std::chrono::seconds(services.settings().clipboardClearSeconds()));
    MainWindow window(&services, &clipboard);
    window.show();
    return QApplication::exec();
}

} // namespace PlexAuth
