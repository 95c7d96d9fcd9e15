#pragma once

#include "accountstore.h"
#include "deviceauth.h"
#include "devicesclient.h"
#include "homeclient.h"
#include "mediaserverclient.h"
#include "plextvclient.h"
#include "serverreach.h"
#include "tokenpolicy.h"

#include <QObject>
#include <QPointer>

namespace PlexAuth {

// Where a token-carrying request goes: a server from the account's list (probed first, then its
// best verified connection, or `address` once that answered as the server), or an address the
// person typed.
struct ServerTarget
{
    QString machineIdentifier; // a listed server; empty: `address` as typed
    QUrl address; // typed, or an address to use for the listed server
    AddressOrigin addressOrigin = AddressOrigin::TypedByUser;

    static ServerTarget typed(const QUrl &address) { return { {}, address, AddressOrigin::TypedByUser }; }
    static ServerTarget listed(const QString &machineIdentifier, const QUrl &address = {},
        AddressOrigin origin = AddressOrigin::ListedByPlexTv)
    {
        return { machineIdentifier, address, origin };
    }
};

// A request under way for a consumer; abort() ends it without its handler being called (a
// superseded request is not a failure). Deletes itself when done.
class PendingRequest final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PendingRequest)

public:
    explicit PendingRequest(QObject *parent)
        : QObject(parent)
    { }
    void track(PlexCall *call) { m_call = call; }
    void abort();

private:
    QPointer<PlexCall> m_call;
};

// The owner of one signed-in account's credentials, shared by every view and command of a run
// (compare Nextcloud desktop's AbstractCredentials). It reads the token from the keychain once (and
// again only when a new one is kept), holds the token check's verdict, caches the account's servers
// (one /resources until refreshServers()), and is the only place that puts the token, or a shared
// server's access token, on a request, after the token policy allowed the destination. Consumers
// keep no copy of a token: they listen to tokenChanged() and ask again.
class AccountSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSession)

public:
    struct Services
    {
        PlexTvClient *plexTv;
        MediaServerClient *mediaServer;
        AccountStore *store;
        TokenPolicy *policy;
        ServerReach *reach;
        DeviceAuth *deviceAuth;
    };

    enum class TokenStatus
    {
        NotRead,
        Reading,
        Ready,
        Unavailable, // tokenError() says why
    };

    // A stored account, whose token is in the keychain (or this session's memory).
    AccountSession(const Services &services, const StoredAccount &account, QObject *parent = nullptr);
    // A token from the environment (PLEX_TOKEN), with no stored account.
    AccountSession(const Services &services, const QString &token, QObject *parent = nullptr);

    const std::optional<StoredAccount> &account() const { return m_account; }
    QString uuid() const { return m_account ? m_account->uuid : QString(); }

    // --- The token
    TokenStatus tokenStatus() const { return m_tokenStatus; }
    const std::optional<PlexError> &tokenError() const { return m_tokenError; }
    bool hasToken() const { return m_tokenStatus == TokenStatus::Ready; }
    // Reads the token if it has not been read (or was replaced); tokenChanged() or tokenUnavailable().
    void readToken();
    // Calls `handler` once the token is ready (at once if it is), or with why it is not.
    void whenTokenReady(QObject *context, Handler<Done> handler);
    // The token itself, to show or hand to the person (Reveal, Copy, `plexauth token`); empty until read.
    QString tokenForPerson() const { return m_token; }
    // Signed in again: the new token replaces the old one (already kept by the store), and counts
    // as checked now: plex.tv has just issued it for `account`.
    void replaceToken(const Account &account);

    // --- The token check
    // The last verdict: this run's check, else the one remembered from an earlier run.
    std::optional<TokenState> verdict() const;
    QDateTime checkedAt() const;
    const std::optional<TokenCheck> &lastCheck() const { return m_check; }
    bool checkedThisRun() const { return m_check && m_check->state != TokenState::Unverified; }
    bool isValidating() const { return !m_validation.isNull(); }
    // GET /user with the token; checkChanged() when plex.tv answered (or could not).
    void validate();

    // --- The account's servers
    const std::optional<QList<PlexServer>> &servers() const { return m_servers; }
    const std::optional<PlexError> &serversError() const { return m_serversError; }
    bool isLoadingServers() const { return !m_serversCall.isNull() || m_serversWanted; }
    // Asks plex.tv once per run; later calls use the list (serversChanged() either way).
    void loadServers();
    void refreshServers();
    const PlexServer *server(const QString &machineIdentifier) const;
    // The listed Plex Media Server `query` names: its machine identifier, or its name (ignoring case).
    Result<PlexServer> findServer(const QString &query) const;

    // --- A Plex JWT's device key and renewal (accountsessionrenewal.cpp)
    // Whether the account's token is a Plex JWT this device renews with its device key.
    bool hasDeviceKey() const { return m_account && m_account->deviceAuth.hasDeviceKey(); }
    DeviceAuthState deviceAuth() const { return m_account ? m_account->deviceAuth : DeviceAuthState {}; }
    // Less than `renewWithin` of the token's life is left, or it has expired (python-plexapi renews
    // within a day: MyPlexJWTLogin.verifyJWT(refreshWithinDays=1)).
    static constexpr std::chrono::hours renewWithin { 24 };
    bool renewalDue(const QDateTime &now) const;
    bool isRenewing() const { return !m_renewalWaiters.isEmpty(); }
    const std::optional<PlexError> &renewalError() const { return m_renewalError; }
    // Renews the token now: the device key from the keychain, a new Plex JWT, verified, written, and
    // only then in use (tokenChanged()). Concurrent calls share one renewal.
    void renew(QObject *context, Handler<Done> handler);
    // renew() when renewalDue(); at once otherwise (a classic token, or time left).
    void renewIfDue(QObject *context, Handler<Done> handler);
    // Gives a classic-token account a device key: Plex retires the classic token once the Plex JWT
    // is issued, and the key and new token are kept together or not at all.
    void upgradeToDeviceKey(QObject *context, Handler<Done> handler);

    // --- Requests that carry the token
    PendingRequest *transientToken(
        const ServerTarget &target, QObject *context, Handler<TransientToken> handler);
    PendingRequest *lookUpSource(const ServerTarget &target, const QString &source, bool refresh,
        QObject *context, Handler<SourceDevice> handler);
    // DELETE /users/signout: revokes the token on plex.tv.
    void revoke(QObject *context, Handler<Done> handler);
    // For `plexauth exec`: the address `target` resolves to (a listed server's best verified
    // connection, or a typed address the policy allows) and the token that server takes, to hand to
    // the person's own program (accountsessionhandoff.cpp).
    struct ServerHandoff
    {
        QUrl uri;
        QString token;
    };
    PendingRequest *serverForPerson(
        const ServerTarget &target, QObject *context, Handler<ServerHandoff> handler);

    // --- Plex Home profiles (HOME slice, accountsessionhome.cpp)
    // Who is in the account's Home (plex-auth-api.md §2.9); no users: the account is in no Home.
    void homeUsers(QObject *context, Handler<HomeUsers> handler);
    // Switches to `user` with `pin` (empty: none sent): the profile's account, with its own token, not
    // yet kept (AccountSessions::adoptProfile keeps it). A wrong or missing PIN is HomePinRequired.
    void switchToProfile(
        const HomeUser &user, const QString &pin, QObject *context, Handler<Account> handler);

    // --- DEVICES slice (issue 15 §2-3): authorised devices and PIN linking (accountsessiondevices.cpp)
    // GET devices.xml; each device is marked when it is this installation (DeviceRules decides).
    void listDevices(QObject *context, Handler<QList<AuthorizedDevice>> handler);
    // DELETE the device on plex.tv, revoking its token. RemovalRefused for this installation, and for
    // a server unless the person confirmed it (typed its name, or --force).
    void removeDevice(
        const AuthorizedDevice &device, bool serverConfirmed, QObject *context, Handler<Done> handler);
    // PUT /pins/link: the device that made the PIN `code` gets a token of this account.
    void linkPin(const QString &code, QObject *context, Handler<Done> handler);

    // Whether a token for `target` may go there as it stands (typed addresses only; a listed server
    // is probed first). Empty when it may; otherwise why not, in words.
    QString targetProblem(const ServerTarget &target) const;

Q_SIGNALS:
    void tokenChanged();
    void tokenUnavailable();
    void checkChanged();
    void serversChanged();
    // A renewal started or ended (renewalError() says how).
    void renewalChanged();

private:
    struct Endpoint
    {
        QUrl uri;
        QString token;
        QString serverName;
        QString serverVersion;
        bool shared = false; // a server shared with the account: `token` is the server's own
    };
    // Resolves `target` to an address and token the policy allows (probing a listed server first),
    // then calls `send`. The chain stops silently when `request` is aborted.
    void resolve(const ServerTarget &target, PendingRequest *request,
        std::function<void(const Result<Endpoint> &)> send);
    void withServers(PendingRequest *request, std::function<void(const Result<Done> &)> next);
    void setToken(const QString &token);
    void requestServers();
    PlexError tokenNotReady() const;
    void finishRenewal(const Result<Done> &outcome);
    void adoptVerifiedToken(const VerifiedToken &verified, const StoredAccount &stored);

    Services m_services;
    std::optional<StoredAccount> m_account;
    QString m_token;
    TokenStatus m_tokenStatus = TokenStatus::NotRead;
    std::optional<PlexError> m_tokenError;
    std::optional<TokenCheck> m_check;
    QPointer<PlexCall> m_validation;
    std::optional<QList<PlexServer>> m_servers;
    std::optional<PlexError> m_serversError;
    QPointer<PlexCall> m_serversCall;
    bool m_serversWanted = false; // asked for before the token was read
    quint64 m_tokenGeneration = 0;
    QList<Handler<Done>> m_renewalWaiters;
    std::optional<PlexError> m_renewalError;
};

} // namespace PlexAuth
