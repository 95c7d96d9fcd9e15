#pragma once

#include <QList>
#include <QPair>
#include <QString>

class QSettings;

namespace PlexAuth {

// Who this installation is to plex.tv and to Plex Media Servers: the X-Plex-* header set.
// The client identifier is generated once and persisted, because plex.tv lists every new
// identifier as a new device and mails the user about it (Taxel/PlexTraktSync#774,
// Kometa-Team/Kometa#683).
class ClientIdentity
{
public:
    // Reads the identifier from `settings`, creating and saving one on first use.
    static ClientIdentity loadOrCreate(QSettings &settings);
    // An identity with a fixed identifier and the real host's device data (for tests and tools).
    static ClientIdentity withIdentifier(const QString &clientIdentifier);
    // A new device of its own (an app token): a fresh identifier, named `deviceName`, product PlexAuth.
    static ClientIdentity newDevice(const QString &deviceName);

    QString clientIdentifier() const { return m_clientIdentifier; }
    QString product() const { return m_product; }
    QString version() const { return m_version; }
    QString platform() const { return m_platform; }
    QString platformVersion() const { return m_platformVersion; }
    QString device() const { return m_device; }
    QString deviceName() const { return m_deviceName; }

    // The X-Plex-* headers, UTF-8 encoded (plex.tv expects UTF-8 for non-ASCII device names).
    QList<QPair<QByteArray, QByteArray>> headers() const;

    static constexpr QStringView settingsKey = u"identity/clientIdentifier";

private:
    explicit ClientIdentity(const QString &clientIdentifier);

    QString m_clientIdentifier;
    QString m_product;
    QString m_version;
    QString m_platform;
    QString m_platformVersion;
    QString m_device;
    QString m_deviceName;
};

} // namespace PlexAuth
