#include "aboutdialog.h"
#include "clientidentity.h"
#include "logging.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationName(QStringLiteral("PlexAuth"));
    QApplication::setApplicationVersion(QStringLiteral(PLEXAUTH_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral(PLEXAUTH_APP_ID));
    PlexAuth::installRedactingMessageHandler();

    QSettings settings;
    const PlexAuth::ClientIdentity identity = PlexAuth::ClientIdentity::loadOrCreate(settings);
    PlexAuth::AboutDialog about(identity);
    about.show();
    return QApplication::exec();
}
