// plex.tv JWT device authentication (plex-auth-api.md §2.7, §2.7a): /auth/jwk, /auth/nonce, /auth/token,
// /auth/keys, the device-key variant of the PIN flow and the Plex JWTs the server issues. JSON in and out.

#include "fakeplexserver.h"
#include "serverstate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex {

QString DeviceKeyRegistration::kid() const
{
    const QString own = jwk.value(u"kid"_s).toString();
    return own.isEmpty() ? thumbprint : own;
}

namespace Jwt {
namespace {

// plex.tv documents this flow's statuses (498, 422 twice, 400, 429: DESC L1398-1415) but not its error
// codes or messages. The codes here are made up, outside the known 10xx ones; 401 for a device JWT whose
// claims are wrong is assumed, as is 400 for a malformed body, JWK or JWT.
constexpr int kCodeBadRequest = 1100;
constexpr int kCodeBadClaims = 1101;
constexpr int kCodeSignature = 1102;
constexpr int kCodeThumbprintTaken = 1103;
constexpr int kCodeTokenExpired = 1104;

constexpr qint64 kNonceLifetimeSeconds = 300;
constexpr qint64 kDeviceJwtMaxLifetimeSeconds = 300;
constexpr qint64 kLeewaySeconds = 10; // on exp - iat
constexpr qint64 kFutureIatToleranceSeconds = 60; // a device clock ahead of ours by more is refused
constexpr qint64 kNonceWindowSeconds = 60;

const QString kAudience = u"plex.tv"_s;
const QString kDefaultScope = u"username,email,friendly_name,restricted,anonymous,joinedAt"_s;

Response badRequest(const QString &message)
{
    return plexTvError(400, kCodeBadRequest, message, true);
}

Response badClaims(const QString &message)
{
    return plexTvError(401, kCodeBadClaims, message, true);
}

Response signatureFailed()
{
    return plexTvError(422, kCodeSignature, u"Signature verification failed"_s, true);
}

Response thumbprintTaken()
{
    return plexTvError(422, kCodeThumbprintTaken, u"Thumbprint already taken"_s, true);
}

QString clientOf(const RecordedRequest &request)
{
    return QString::fromUtf8(request.header("x-plex-client-identifier"_ba).trimmed());
}

std::optional<QJsonObject> jsonBody(const RecordedRequest &request)
{
    const QJsonDocument doc = QJsonDocument::fromJson(request.body);
    if (!doc.isObject())
        return std::nullopt;
    return doc.object();
}

bool takenByAnotherClient(const ServerState &state, const QString &thumbprint, const QString &client)
{
    return std::any_of(
        state.jwt.deviceKeys.cbegin(), state.jwt.deviceKeys.cend(), [&](const DeviceKeyRegistration &r) {
            return r.thumbprint == thumbprint && r.clientIdentifier != client;
        });
}

// One registration per thumbprint, and one key per client and account: a new one replaces both.
DeviceKeyRegistration &registerKey(ServerState &state, DeviceKeyRegistration registration)
{
    state.jwt.deviceKeys.removeIf([&registration](const DeviceKeyRegistration &r) {
        return r.thumbprint == registration.thumbprint
            || (r.clientIdentifier == registration.clientIdentifier
                && r.accountUuid == registration.accountUuid);
    });
    state.jwt.deviceKeys.append(std::move(registration));
    return state.jwt.deviceKeys.last();
}

DeviceKeyRegistration *registrationByKid(ServerState &state, const QString &kid)
{
    if (kid.isEmpty())
        return nullptr;
    for (DeviceKeyRegistration &registration : state.jwt.deviceKeys) {
        if (registration.kid() == kid || registration.thumbprint == kid)
            return &registration;
    }
    return nullptr;
}

bool audienceIncludes(const QJsonValue &aud, const QString &expected)
{
    if (aud.isString())
        return aud.toString() == expected;
    const QJsonArray list = aud.toArray();
    return std::any_of(
        list.begin(), list.end(), [&](const QJsonValue &v) { return v.toString() == expected; });
}

bool nonceIsFresh(const ServerState &state, const QString &nonce)
{
    const auto it = state.jwt.nonces.constFind(nonce);
    return it != state.jwt.nonces.constEnd() && it.value().secsTo(state.now()) <= kNonceLifetimeSeconds;
}

// What plex.tv checks in a device JWT: an EdDSA signature by jwk, then iss, aud, iat, exp and (for a
// token exchange) the nonce. Consumes nothing.
std::optional<Response> checkDeviceJwt(const ServerState &state, const CompactJwt &jwt,
    const QJsonObject &jwk, const QString &client, bool needsNonce)
{
    if (jwt.header.value(u"alg"_s).toString() != u"EdDSA"_s
        || !keyFromJwk(jwk).verify(jwt.signingInput, jwt.signature))
        return signatureFailed();
    const QJsonObject &claims = jwt.claims;
    if (!claims.value(u"iss"_s).isString() || !claims.value(u"iat"_s).isDouble()
        || !claims.value(u"exp"_s).isDouble())
        return badRequest(u"The device JWT lacks iss, iat or exp"_s);
    if (claims.value(u"iss"_s).toString() != client)
        return badClaims(u"The device JWT's iss is not the client identifier of its key"_s);
    if (!audienceIncludes(claims.value(u"aud"_s), kAudience))
        return badClaims(u"The device JWT's aud is not plex.tv"_s);
    const qint64 now = state.now().toSecsSinceEpoch();
    const auto iat = static_cast<qint64>(claims.value(u"iat"_s).toDouble());
    const auto exp = static_cast<qint64>(claims.value(u"exp"_s).toDouble());
    if (exp <= now)
        return badClaims(u"The device JWT has expired"_s);
    if (iat > now + kFutureIatToleranceSeconds)
        return badClaims(u"The device JWT was issued in the future"_s);
    if (exp - iat > kDeviceJwtMaxLifetimeSeconds + kLeewaySeconds)
        return badClaims(u"The device JWT is valid for more than 5 minutes"_s);
    if (needsNonce && !nonceIsFresh(state, claims.value(u"nonce"_s).toString()))
        return badClaims(u"The device JWT's nonce is unknown, used or expired"_s);
    return std::nullopt;
}

Response registerJwk(ServerState &state, const RecordedRequest &request)
{
    const QString token = QString::fromUtf8(request.header("x-plex-token"_ba));
    const Account *account = state.accountForToken(token);
    if (!account)
        return tokenRejected(state, token, true);
    const std::optional<QJsonObject> body = jsonBody(request);
    const QJsonObject jwk = body ? body->value(u"jwk"_s).toObject() : QJsonObject();
    if (keyFromJwk(jwk).isNull())
        return badRequest(u"Invalid JWK"_s);
    const QString client = clientOf(request);
    const QString thumbprint = okpThumbprint(jwk.value(u"x"_s).toString());
    if (takenByAnotherClient(state, thumbprint, client))
        return thumbprintTaken();
    // Registered with a classic token: that token stops working once the key has been used (DESC: "Your
    // legacy token will expire after this process").
    const bool classic = state.fixture.accountByToken(token) != nullptr;
    registerKey(state,
        { jwk, thumbprint, client, account->user.value(u"uuid"_s).toString(), classic ? token : QString() });
    return jsonResponse(201, QJsonObject {});
}

Response issueNonce(ServerState &state, const RecordedRequest &request)
{
    const QDateTime now = state.now();
    QList<QDateTime> &recent = state.jwt.nonceRequests[clientOf(request)];
    recent.removeIf([&now](const QDateTime &at) { return at.secsTo(now) >= kNonceWindowSeconds; });
    const int limit = state.jwt.noncesPerMinute;
    if (limit > 0 && recent.size() >= limit) {
        // The shape of the RateLimited fault, with the wait until the oldest request leaves the window.
        Response response = plexTvError(429, 429, u"Too Many Requests"_s, true);
        const qint64 wait = qMax<qint64>(1, kNonceWindowSeconds - recent.first().secsTo(now));
        response.headers.append({ "Retry-After"_ba, QByteArray::number(wait) });
        return response;
    }
    recent.append(now);
    state.jwt.nonces.removeIf([&now](QHash<QString, QDateTime>::iterator it) {
        return it.value().secsTo(now) > kNonceLifetimeSeconds;
    });
    const QString nonce = QUuid::createUuid().toString(QUuid::WithoutBraces);
    state.jwt.nonces.insert(nonce, now);
    return jsonResponse(200, QJsonObject { { u"nonce"_s, nonce } });
}

Response exchangeToken(ServerState &state, const RecordedRequest &request)
{
    const std::optional<QJsonObject> body = jsonBody(request);
    const QJsonValue text = body ? body->value(u"jwt"_s) : QJsonValue();
    const std::optional<CompactJwt> jwt
        = text.isString() ? parseCompactJwt(text.toString().toLatin1()) : std::nullopt;
    if (!jwt)
        return badRequest(u"Invalid JWT"_s);
    DeviceKeyRegistration *registration = registrationByKid(state, jwt->header.value(u"kid"_s).toString());
    if (!registration)
        return signatureFailed();
    if (auto error = checkDeviceJwt(state, *jwt, registration->jwk, registration->clientIdentifier, true))
        return *error;
    const QString client = clientOf(request);
    if (client != registration->clientIdentifier)
        return badClaims(u"The device key is registered for another client identifier"_s);
    const Account *account = state.fixture.accountByUuid(registration->accountUuid);
    if (!account)
        return signatureFailed();
    state.jwt.nonces.remove(jwt->claims.value(u"nonce"_s).toString());
    if (!registration->classicToken.isEmpty()) {
        state.revokedTokens.insert(registration->classicToken);
        registration->classicToken.clear();
    }
    const QString token
        = issueJwt(state, *account, client, registration->kid(), jwt->claims.value(u"scope"_s).toString());
    return jsonResponse(200, QJsonObject { { u"auth_token"_s, token } });
}

Response publicKeys(const ServerState &state)
{
    const QJsonArray keys { publicJwk(state.jwt.decoyKey), publicJwk(state.jwt.serverKey) };
    return jsonResponse(200, QJsonObject { { u"keys"_s, keys } });
}

} // namespace

std::optional<Response> handle(ServerState &state, const RecordedRequest &request)
{
    const QString route = request.path.mid(QStringView(u"/api/v2/auth").size());
    const QByteArray &method = request.method;
    if (route == u"/jwk"_s && method == "POST")
        return registerJwk(state, request);
    if (route == u"/nonce"_s && method == "GET")
        return issueNonce(state, request);
    if (route == u"/token"_s && method == "POST")
        return exchangeToken(state, request);
    if (route == u"/keys"_s && method == "GET")
        return publicKeys(state);
    return std::nullopt;
}

std::optional<Response> checkPinJwk(const ServerState &state, const QJsonObject &jwk, const QString &client)
{
    if (keyFromJwk(jwk).isNull())
        return badRequest(u"Invalid JWK"_s);
    if (takenByAnotherClient(state, okpThumbprint(jwk.value(u"x"_s).toString()), client))
        return thumbprintTaken();
    return std::nullopt;
}

std::optional<Response> checkPinPoll(const ServerState &state, const Pin &pin, const RecordedRequest &request)
{
    const QString text = request.query.queryItemValue(u"deviceJWT"_s, QUrl::FullyDecoded);
    const std::optional<CompactJwt> jwt = parseCompactJwt(text.toLatin1());
    if (!jwt)
        return badRequest(u"A PIN made with a device key needs a deviceJWT"_s);
    return checkDeviceJwt(state, *jwt, pin.deviceJwk, pin.clientIdentifier, false);
}

QString claimPinWithJwt(ServerState &state, const Pin &pin, const Account &account)
{
    const DeviceKeyRegistration &registration = registerKey(state,
        { pin.deviceJwk, okpThumbprint(pin.deviceJwk.value(u"x"_s).toString()), pin.clientIdentifier,
            account.user.value(u"uuid"_s).toString(), {} });
    return issueJwt(state, account, pin.clientIdentifier, registration.kid());
}

QString issueJwt(ServerState &state, const Account &account, const QString &client, const QString &thumbprint,
    const QString &scope)
{
    using Forgery = Server::JwtForgery;
    const Forgery forgery = state.jwt.forgery;
    const QDateTime now = forgery == Forgery::ExpiredLongAgo ? state.now().addDays(-8) : state.now();
    const QDateTime expiresAt = now.addSecs(state.jwt.lifetimeSeconds);
    const QJsonObject header {
        { u"alg"_s, u"EdDSA"_s },
        { u"kid"_s, publicJwk(state.jwt.serverKey).value(u"kid"_s) },
        { u"typ"_s, u"JWT"_s },
    };
    const QJsonObject user = pickKeys(account.user, { u"uuid"_s, u"username"_s, u"email"_s, u"title"_s });
    const QJsonObject claims {
        { u"iss"_s, kAudience },
        { u"aud"_s, forgery == Forgery::AudienceElsewhere ? u"another-client"_s : client },
        { u"iat"_s, now.toSecsSinceEpoch() },
        { u"exp"_s, expiresAt.toSecsSinceEpoch() },
        { u"jti"_s, QUuid::createUuid().toString(QUuid::WithoutBraces) }, // two tokens in one second differ
        { u"thumbprint"_s,
            forgery == Forgery::WrongThumbprint ? u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_s
                                                : thumbprint },
        { u"user"_s, user },
        { u"scope"_s, scope.isEmpty() ? kDefaultScope : scope },
    };
    const Ed25519Key stranger = forgery == Forgery::SignedByStranger ? Ed25519Key::generate() : Ed25519Key {};
    const Ed25519Key &signer = forgery == Forgery::SignedByStranger ? stranger : state.jwt.serverKey;
    QString token = QString::fromLatin1(signCompactJwt(header, claims, signer));
    state.jwt.issued.insert(token, { account.user.value(u"uuid"_s).toString(), expiresAt });
    return token;
}

Response tokenRejected(const ServerState &state, const QString &token, bool json)
{
    if (state.isExpiredJwt(token))
        return plexTvError(498, kCodeTokenExpired, u"Token expired"_s, json);
    return plexTvError(401, 1001, u"User could not be authenticated"_s, json);
}

} // namespace Jwt
} // namespace FakePlex
