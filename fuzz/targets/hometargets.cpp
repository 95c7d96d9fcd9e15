// The Plex Home parser of app/plex (plex-auth-api.md §2.9): GET /home/users as JSON or XML, and the
// older /api/home/users list.

#include "fuzztargets.h"
#include "homeparsers.h"
#include "invariants.h"
#include "runners.h"

namespace PlexAuth::Fuzz {

bool runHomeUsers(const QByteArray &data)
{
    QString whyNot;
    const std::optional<HomeUsers> home = Parse::homeUsers(data, &whyNot);
    if (!home) {
        PLEXAUTH_FUZZ_CHECK(!whyNot.isEmpty());
        PLEXAUTH_FUZZ_CHECK(!leaksSecret(whyNot, data));
        return false;
    }
    PLEXAUTH_FUZZ_CHECK(home->inHome() == !home->users.isEmpty());
    for (const HomeUser &user : home->users) {
        // Switching needs the uuid or the numeric id.
        PLEXAUTH_FUZZ_CHECK(!user.uuid.isEmpty() || user.id);
        PLEXAUTH_FUZZ_CHECK(user.uuid.isEmpty() || !user.displayName().isEmpty());
    }
    return true;
}

} // namespace PlexAuth::Fuzz
