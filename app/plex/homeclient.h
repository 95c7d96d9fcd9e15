#pragma once

#include "homeparsers.h"
#include "plextvclient.h"

namespace PlexAuth {

// Plex Home on plex.tv (plex-auth-api.md §2.9): who is in an account's Home, and switching to one
// of its profiles. Uses the PlexTvClient's HTTP client and base URL as they are at each call, so the
// configured plex.tv URL applies; `{origin}` is that URL's scheme, host and port. Cheap to make: it
// holds no state of its own.
class HomeClient
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::HomeClient)

public:
    explicit HomeClient(PlexTvClient *plexTv);

    // GET {plexTv}/home/users (JSON, or XML); on a 404, GET {origin}/api/home/users (XML). An account in
    // no Home gets HomeUsers without users, not an error (also when both answer 404).
    void users(const QString &token, QObject *context, Handler<HomeUsers> handler) const;

    // POST {plexTv}/home/users/{uuid}/switch?pin=PIN, no body; if plex.tv answers 404 for the uuid,
    // the same with the numeric id. The answer is the profile's account, with its own authToken.
    // The PIN travels only in that query (Plex takes it nowhere else): it is registered as a secret,
    // and the URL is never logged or put in an error message with its query. A wrong or missing PIN
    // is HomePinRequired (plex.tv 1041).
    void switchTo(const QString &token, const HomeUser &user, const QString &pin, QObject *context,
        Handler<Account> handler) const;

    QUrl usersUrl() const;
    QUrl legacyUsersUrl() const;
    // Without the PIN: for messages and tests.
    QUrl switchUrl(const QString &userKey) const;

private:
    PlexTvClient *m_plexTv;
};

} // namespace PlexAuth
