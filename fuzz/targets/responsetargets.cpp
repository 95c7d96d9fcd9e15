// The response parsers of app/plex: what plex.tv and a Plex Media Server answer.

#include "fuzztargets.h"
#include "invariants.h"
#include "responseparsers.h"
#include "runners.h"

namespace PlexAuth::Fuzz {

namespace {
void checkSubscription(const Subscription &subscription)
{
    checkDate(subscription.subscribedAt);
}
} // namespace

bool runAccount(const QByteArray &data)
{
    QString whyNot;
    const std::optional<Account> account = Parse::account(data, &whyNot);
    if (!account) {
        checkRejection(whyNot, data);
        return false;
    }
    // Without one of these the store would have nothing to key the account by.
    PLEXAUTH_FUZZ_CHECK(!account->uuid.isEmpty() || account->id || !account->authToken.isEmpty());
    for (const auto &date : { account->joinedAt, account->rememberExpiresAt, account->adsConsentReminderAt,
             account->adsConsentSetAt })
        checkDate(date);
    if (account->subscription)
        checkSubscription(*account->subscription);
    for (const Subscription &subscription : account->subscriptions)
        checkSubscription(subscription);
    for (const PastSubscription &past : account->pastSubscriptions) {
        checkDate(past.renewsAt);
        checkDate(past.endsAt);
    }
    PLEXAUTH_FUZZ_CHECK(account->trialCount >= 0);
    PLEXAUTH_FUZZ_CHECK(
        account->hasPlexPass() == (account->subscription && account->subscription->active == true));
    return true;
}

bool runPin(const QByteArray &data)
{
    QString whyNot;
    const std::optional<Pin> pin = Parse::pin(data, &whyNot);
    if (!pin) {
        checkRejection(whyNot, data);
        return false;
    }
    // Polling needs the id, the user needs the code.
    PLEXAUTH_FUZZ_CHECK(pin->id > 0);
    PLEXAUTH_FUZZ_CHECK(!pin->code.isEmpty());
    checkDate(pin->createdAt);
    checkDate(pin->expiresAt);
    return true;
}

bool runResources(const QByteArray &data)
{
    QString whyNot;
    const std::optional<QList<PlexServer>> servers = Parse::servers(data, &whyNot);
    if (!servers) {
        checkRejection(whyNot, data);
        return false;
    }
    for (const PlexServer &server : *servers) {
        checkDate(server.createdAt);
        checkDate(server.lastSeenAt);
        for (const Connection &connection : server.connections)
            checkConnection(connection);
        (void)server.isServer();
    }
    return true;
}

bool runTransientToken(const QByteArray &data)
{
    QString whyNot;
    const std::optional<TransientToken> token = Parse::transientToken(data, &whyNot);
    if (!token) {
        checkRejection(whyNot, data);
        return false;
    }
    PLEXAUTH_FUZZ_CHECK(!token->token.isEmpty());
    PLEXAUTH_FUZZ_CHECK(token->fetchedAt.isValid());
    return true;
}

bool runSourceResources(const QByteArray &data)
{
    QString whyNot;
    const std::optional<SourceDevice> device = Parse::sourceDevice(data, &whyNot);
    if (!device) {
        checkRejection(whyNot, data);
        return false;
    }
    for (const Connection &connection : device->connections)
        checkConnection(connection);
    return true;
}

bool runIdentity(const QByteArray &data)
{
    QString whyNot;
    const std::optional<ServerIdentity> identity = Parse::serverIdentity(data, &whyNot);
    if (!identity) {
        checkRejection(whyNot, data);
        return false;
    }
    // The connection doctor compares it with the server's clientIdentifier.
    PLEXAUTH_FUZZ_CHECK(!identity->machineIdentifier.isEmpty());
    // Nothing read grows past the answer it came from (a DTD's entities would multiply it).
    PLEXAUTH_FUZZ_CHECK(identity->machineIdentifier.size() <= data.size());
    return true;
}

} // namespace PlexAuth::Fuzz
