#pragma once

// Internal to fakeplex_lib: what the routes read and change. Not part of the test-facing API.

#include "fakeplexserver.h"
#include "fixture.h"
#include "httpresponse.h"
#include "jwtcrypto.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QSet>
#include <QString>
#include <QUrl>

#include <optional>

namespace FakePlex {

struct RecordedRequest;

struct Pin
{
    qint64 id = 0;
    QString code;
    QString clientIdentifier;
    QDateTime createdAt;
    QDateTime expiresAt;
    int polls = 0;
    bool forcedExpired = false;
    QString authToken; // empty until claimed
    QJsonObject deviceJwk; // PIN with a device key (JSON body): polls need a deviceJWT, the token is a JWT
    bool strong = false; // a short code (not strong) is claimed only by linking (PUT /pins/link)
    QString linkedAccountUuid; // linked by PUT /pins/link: the next poll mints a token of this account
    QJsonObject creator; // the creating client's device attributes (X-Plex-* headers), for its device entry
};

// An authorised device of an account (plex-auth-api.md §2.10): the fixture's, every client that signed
// in (password or PIN) and every PIN-linked app. Removing one revokes its token.
struct AuthorizedDevice
{
    qint64 id = 0;
    QString accountUuid;
    QString token;
    QJsonObject attributes; // as devices.xml renders them (name, product, clientIdentifier, ..., Connection)
};

// A device key registered by /auth/jwk or by claiming a PIN made with a device key.
struct DeviceKeyRegistration
{
    QJsonObject jwk; // the public JWK as the client sent it
    QString thumbprint; // RFC 7638, computed here
    QString clientIdentifier;
    QString accountUuid;
    QString classicToken; // the token that registered it: revoked by the first /auth/token, then cleared

    // The device JWT's kid: the JWK's own kid, else its thumbprint.
    QString kid() const;
};

struct IssuedJwt
{
    QString accountUuid;
    QDateTime expiresAt; // server time
};

// JWT device authentication (plex-auth-api.md §2.7, §2.7a).
struct JwtState
{
    // Made once per Server; a fixture load keeps them. The decoy is published but signs nothing.
    Ed25519Key serverKey = Ed25519Key::generate();
    Ed25519Key decoyKey = Ed25519Key::generate();
    QList<DeviceKeyRegistration> deviceKeys;
    QHash<QString, QDateTime> nonces; // unused nonce -> issued at (server time)
    QHash<QString, QList<QDateTime>> nonceRequests; // client identifier -> its recent /auth/nonce times
    QHash<QString, IssuedJwt> issued; // Plex JWT -> whose, until when
    qint64 lifetimeSeconds = qint64(7) * 24 * 3600;
    int noncesPerMinute = 10; // 0 or less: no limit
    Server::JwtForgery forgery = Server::JwtForgery::None;
};

struct ServerState
{
    Fixture fixture;
    bool fixtureLoaded = false;
    int lockoutAfterFailures = 5;
    int failures = 0;
    int pinClaimAfterPolls = 2;
    qint64 nextPinId = 373040866;
    QHash<qint64, Pin> pins;
    QSet<QString> revokedTokens;
    QHash<QString, bool> transientTokens; // token -> derived from an admin token
    QList<AuthorizedDevice> devices;
    qint64 nextDeviceId = 600000001;
    JwtState jwt;
    QHash<QString, QString> homeTokens; // a token issued by switching to a Home profile -> the profile's uuid
    qint64 clockOffsetSeconds = 0;
    QUrl baseUrl;
    quint16 port = 0;

    // Back to the fixture's own settings; forgets PINs, failures, revocations, transient tokens, device
    // keys, nonces and issued JWTs, and sets the clock offset back to 0.
    void resetFromFixture();
    bool isRevoked(const QString &token) const { return revokedTokens.contains(token); }
    // The account owning this X-Plex-Token (a fixture token or an unexpired issued Plex JWT), unless revoked.
    const Account *accountForToken(const QString &token) const;
    // An issued Plex JWT past its exp: answered 498 rather than 401.
    bool isExpiredJwt(const QString &token) const;
    // The server's notion of now: the real time shifted by clockOffsetSeconds.
    QDateTime now() const;
};

QString randomToken(int length, const char *alphabet);
// pattern is an exact path or a prefix ending in '*'.
bool pathMatches(const QString &pattern, const QString &path);

namespace PlexTv {
// Routes under /api/v2.
Response handle(ServerState &state, const RecordedRequest &request, bool json);
} // namespace PlexTv

namespace Pms {
// /identity and /security/*.
Response handle(ServerState &state, const RecordedRequest &request, bool json);
} // namespace Pms

namespace HomeRoutes {
// /api/v2/home/users[/{uuid|id}/switch] and the older /api/home/users; nullopt for any other route.
std::optional<Response> handle(ServerState &state, const RecordedRequest &request, bool json);
} // namespace HomeRoutes
namespace Devices {
// GET /devices.xml and DELETE /devices/{id}.xml at the origin (XML only).
Response handle(ServerState &state, const RecordedRequest &request);
// PUT /api/v2/pins/link with code=<code> and the account's X-Plex-Token.
Response linkPin(ServerState &state, const RecordedRequest &request, bool json);
// A client signed in (or a PIN was claimed) with `token`: it is listed as a device of the account.
void recordSignIn(
    ServerState &state, const RecordedRequest &request, const QString &accountUuid, const QString &token);
// The fixture's devices, as devices of their accounts (on every fixture load).
void loadFixtureDevices(ServerState &state);
// The device attributes the request's X-Plex-* headers describe.
QJsonObject deviceFromHeaders(const RecordedRequest &request);
// A linked PIN's first poll: a new token of the linking account, listed as the PIN creator's device.
QString claimLinkedPin(ServerState &state, Pin &pin);
} // namespace Devices

namespace Jwt {
// Routes under /api/v2/auth/ (jwk, nonce, token, keys); nullopt for any other route.
std::optional<Response> handle(ServerState &state, const RecordedRequest &request);
// A 400 or 422 answer if a PIN cannot be made with this device key (malformed, or its thumbprint is
// registered by another client); nullopt if it can.
std::optional<Response> checkPinJwk(const ServerState &state, const QJsonObject &jwk, const QString &client);
// A polled PIN made with a device key: nullopt if the request's deviceJWT is signed with the PIN's key,
// from the PIN's client and unexpired; the error answer otherwise.
std::optional<Response> checkPinPoll(
    const ServerState &state, const Pin &pin, const RecordedRequest &request);
// Claims such a PIN for account: a fresh Plex JWT, and the PIN's key registered for the client and account.
QString claimPinWithJwt(ServerState &state, const Pin &pin, const Account &account);
// A Plex JWT for account, signed with the server key; thumbprint is the device key's kid.
QString issueJwt(ServerState &state, const Account &account, const QString &client, const QString &thumbprint,
    const QString &scope = {});
// The 401 for a rejected X-Plex-Token at plex.tv, or 498 if it is an issued JWT that expired.
Response tokenRejected(const ServerState &state, const QString &token, bool json);
} // namespace Jwt

} // namespace FakePlex
