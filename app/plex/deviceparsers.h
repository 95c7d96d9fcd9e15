#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUrl>

#include <optional>

namespace PlexAuth {

// One entry of the account's authorised devices (plex-auth-api.md §2.10). plex.tv sends each
// device's own token with it: the parser never reads it, so no copy of it is kept, shown or logged.
struct AuthorizedDevice
{
    qint64 id = 0;
    QString name;
    QString product;
    QString productVersion;
    QString platform;
    QString platformVersion;
    QString clientIdentifier;
    QString provides;
    QString publicAddress;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastSeenAt;
    QList<QUrl> connections;
    // Not from plex.tv: whether it is this installation (AccountSession::listDevices sets it).
    bool thisInstallation = false;

    // Whether it provides "server": removing it de-authorises that Plex Media Server.
    bool isServer() const;
};

namespace Parse {

// GET {origin}/devices.xml: <MediaContainer><Device id=… name=… …><Connection uri=…/></Device>…,
// or the same as JSON ({"MediaContainer": {"Device": […]}}, or a bare array). Entries without a
// numeric id (which removal needs) are left out. std::nullopt and the reason in `whyNot` (never the
// body) when the answer is not a device list.
std::optional<QList<AuthorizedDevice>> devices(const QByteArray &body, QString *whyNot);

} // namespace Parse

} // namespace PlexAuth
