#include "appicon.h"

#include <QDirIterator>

namespace PlexAuth {

QIcon bundledAppIcon()
{
    QIcon icon;
    QDirIterator pngs(QStringLiteral(":/icons"), { QStringLiteral(PLEXAUTH_APP_ID ".png") }, QDir::Files,
        QDirIterator::Subdirectories);
    while (pngs.hasNext())
        icon.addFile(pngs.next());
    return icon;
}

} // namespace PlexAuth
