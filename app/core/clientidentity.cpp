#include "clientidentity.h"

#include "logging.h"

#include <QSettings>
#include <QSysInfo>
#include <QUuid>

namespace PlexAuth {

namespace {
QString platformName()
{
    const QString kernel = QSysInfo::kernelType();
    if (kernel == u"linux")
        return QStringLiteral("Linux");
    if (kernel == u"darwin")
        return QStringLiteral("macOS");
    if (kernel == u"winnt")
        return QStringLiteral("Windows");
    return QSysInfo::productType();
}
} // namespace

ClientIdentity::ClientIdentity(const QString &clientIdentifier)
    : m_clientIdentifier(clientIdentifier)
    , m_product(QStringLiteral("PlexAuth"))
    , m_version(QStringLiteral(PLEXAUTH_VERSION))
    , m_platform(platformName())
    , m_platformVersion(QSysInfo::productVersion())
    , m_device(QSysInfo::prettyProductName())
    , m_deviceName(QSysInfo::machineHostName())
{ }

ClientIdentity ClientIdentity::loadOrCreate(QSettings &settings)
{
    QString identifier = settings.value(settingsKey).toString();
    if (QUuid::fromString(identifier).isNull()) {
        identifier = QUuid::createUuid().toString(QUuid::WithoutBraces);
        settings.setValue(settingsKey, identifier);
        settings.sync();
        qCInfo(lcIdentity) << "Created the client identifier for this installation:" << identifier;
    }
    return ClientIdentity(identifier);
}

ClientIdentity ClientIdentity::withIdentifier(const QString &clientIdentifier)
{
    return ClientIdentity(clientIdentifier);
}

ClientIdentity ClientIdentity::newDevice(const QString &deviceName)
{
    ClientIdentity identity(QUuid::createUuid().toString(QUuid::WithoutBraces));
    identity.m_deviceName = deviceName;
    return identity;
}

QList<QPair<QByteArray, QByteArray>> ClientIdentity::headers() const
{
    return {
        { "X-Plex-Client-Identifier", m_clientIdentifier.toUtf8() },
        { "X-Plex-Product", m_product.toUtf8() },
        { "X-Plex-Version", m_version.toUtf8() },
        { "X-Plex-Platform", m_platform.toUtf8() },
        { "X-Plex-Platform-Version", m_platformVersion.toUtf8() },
        { "X-Plex-Device", m_device.toUtf8() },
        { "X-Plex-Device-Name", m_deviceName.toUtf8() },
    };
}

} // namespace PlexAuth
