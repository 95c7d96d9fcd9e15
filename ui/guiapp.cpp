#include "guiapp.h"

#include "appicon.h"
#include "appservices.h"
#include "clipboardguard.h"
#include "language.h"
#include "logging.h"
#include "mainwindow.h"

#include <QApplication>
#include <QClipboard>
#include <QSettings>

namespace PlexAuth {

int runGui(int argc, char *argv[], const BeforeFirstShow &beforeFirstShow)
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
    if (beforeFirstShow)
        beforeFirstShow(app);
    MainWindow window(&services, &clipboard);
    window.show();
    return QApplication::exec();
}

} // namespace PlexAuth
