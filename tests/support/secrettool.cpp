#include "secrettool.h"

#include <QDirIterator>
#include <QFile>
#include <QProcess>

namespace TestSupport {

std::optional<QString> secretToolLookup(const QString &service, const QString &key)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
        { QStringLiteral("lookup"), QStringLiteral("server"), service, QStringLiteral("user"), key });
    if (!tool.waitForFinished(10000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return QString::fromUtf8(tool.readAllStandardOutput());
}

QStringList filesContaining(const QString &root, const QByteArray &needle)
{
    QStringList found;
    QDirIterator it(
        root, QDir::Files | QDir::Hidden | QDir::System | QDir::NoSymLinks, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        if (file.open(QIODevice::ReadOnly) && file.readAll().contains(needle))
            found.append(path.mid(root.size()));
    }
    return found;
}

} // namespace TestSupport
