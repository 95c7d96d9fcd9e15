#include "appicon.h"

#include <QDirIterator>

namespace PlexAuth {

QIcon bundledAppIcon()
{
    QIcon icon;
    QDirIterator pngs(QStringLiteral(":/icons"), { QStringLiteral(PLEXAUTH_APP_ID ".png") }, QDir::Files,
        QDirIterator::Subdirectories);
    // Each PNG is in a folder named for its size ("48x48/apps/"): given the size, QIcon reads the file
    // only when that size is drawn, instead of decoding all seven at start (a tenth of the instructions
    // to the first paint).
    while (pngs.hasNext()) {
        const QString path = pngs.next();
        const QStringList sides = path.section(u'/', -3, -3).split(u'x');
        bool ok = sides.size() == 2;
        const int width = ok ? sides.first().toInt(&ok) : 0;
        icon.addFile(path, ok ? QSize(width, width) : QSize());
    }
    return icon;
}

} // namespace PlexAuth
