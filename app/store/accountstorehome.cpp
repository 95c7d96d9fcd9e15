// AccountStore's Plex Home part: a profile switched to from a Home account is kept as an account of
// its own, linked to that Home account (plex-auth-api.md §2.9).
#include "accountstore.h"

namespace PlexAuth {

void AccountStore::addProfile(const Account &profile, const HomeLink &link, bool remember, QObject *context,
    Handler<StoredAccount> handler)
{
    // Switching to the Home account itself gives that account, which is no profile of its own.
    HomeLink kept = link;
    if (kept.homeUuid == profile.uuid)
        kept = {};
    addAccount(profile, remember, std::nullopt, context, std::move(handler), kept);
}

} // namespace PlexAuth
