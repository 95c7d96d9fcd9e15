#pragma once

#include "deviceparsers.h"
#include "plextvclient.h"

namespace PlexAuth {

// plex.tv's authorised devices (plex-auth-api.md §2.10) and the PIN linking that mints a token for
// another app (§2.11). The base URL and HTTP client are the PlexTvClient's, so --plex-tv-url applies;
// the devices endpoints live at its origin ({origin}/devices.xml). Cheap to make: it holds no state.
class DevicesClient
{
public:
    explicit DevicesClient(PlexTvClient *plexTv);

    // scheme://host:port of the plex.tv API base URL.
    QUrl origin() const;

    // GET {origin}/devices.xml with the account's token.
    PlexCall *devices(const QString &token, QObject *context, Handler<QList<AuthorizedDevice>> handler) const;
    // DELETE {origin}/devices/{id}.xml: revokes that device's token.
    PlexCall *removeDevice(qint64 id, const QString &token, QObject *context, Handler<Done> handler) const;

    // POST {plexTv}/pins without `strong` (a 4-character code), sent as the device `as`.
    PlexCall *createLinkPin(const ClientIdentity &as, QObject *context, Handler<Pin> handler) const;
    // GET {plexTv}/pins/{id} as the device that created it: authToken once the PIN is linked.
    PlexCall *checkLinkPin(qint64 id, const ClientIdentity &as, QObject *context, Handler<Pin> handler) const;
    // PUT {plexTv}/pins/link with the form body code=<code> and the account's token: the PIN's
    // device gets a token of that account.
    PlexCall *linkPin(
        const QString &code, const QString &token, QObject *context, Handler<Done> handler) const;

private:
    PlexTvClient *m_plexTv;
};

} // namespace PlexAuth
