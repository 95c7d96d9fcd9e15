#include "aboutdialog.h"
#include "cli.h"
#include "clientidentity.h"
#include "logging.h"

#include <QApplication>
#include <QSettings>

int main(int argc, char *argv[])
{
    // `plexauth COMMAND ...` is the command line, on QCoreApplication: no display needed.
    if (PlexAuth::Cli::wantsCommandLine(argc, argv))
        return PlexAuth::Cli::run(argc, argv);

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
