// plex.tv routes under /api/v2: sign-in, PINs, account, resources, sign-out.

#include "fakeplexserver.h"
#include "serverstate.h"
#include "xmlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex::PlexTv {
namespace {

const QString kNotAuthenticated = u"User could not be authenticated"_s;

QString tokenOf(const RecordedRequest &request)
{
    // Only the header counts: a token in the query string is ignored on purpose.
    return QString::fromUtf8(request.header("x-plex-token"_ba));
}

Response answer(int status, const QString &xmlRoot, const QJsonObject &object, bool json)
{
    return json ? jsonResponse(status, object) : xmlResponse(status, jsonToXml(xmlRoot, object));
}

Response unauthorized(bool json)
{
    return plexTvError(401, 1001, kNotAuthenticated, json);
}

Response signIn(ServerState &state, const RecordedRequest &request, bool json)
{
    const int lockout = state.lockoutAfterFailures;
    if (lockout > 0 && state.failures >= lockout) {
        return plexTvError(401, 1031,
            u"User could not be authenticated. This IP appears to be having trouble signing in to an account "
            "(detected repeated failures)"_s,
            json);
    }
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QUrlQuery query(QString::fromUtf8(form));
    const auto field
        = [&query](const QString &name) { return query.queryItemValue(name, QUrl::FullyDecoded); };

    const Account *account = state.fixture.accountByLogin(field(u"login"_s));
    if (!account || account->pinOnly || account->password.isEmpty()
        || account->password != field(u"password"_s)) {
        ++state.failures;
        return unauthorized(json);
    }
    if (!account->verificationCode.isEmpty()) {
        const QString code = field(u"verificationCode"_s);
        if (code.isEmpty())
            return plexTvError(401, 1029, u"Please enter the verification code"_s, json);
        if (code != account->verificationCode
            && (account->backupCode.isEmpty() || code != account->backupCode)) {
            ++state.failures;
            return plexTvError(401, 1028, u"Invalid verification code"_s, json);
        }
    }
    state.revokedTokens.remove(account->authToken);
    Devices::recordSignIn(state, request, account->user.value(u"uuid"_s).toString(), account->authToken);
    return answer(201, u"user"_s, account->userWithToken(), json);
}

QJsonObject pinObject(const Pin &pin, const QDateTime &now)
{
    const QJsonObject location {
        { u"code"_s, u"NL"_s },
        { u"european_union_member"_s, true },
        { u"continent_code"_s, u"EU"_s },
        { u"country"_s, u"The Netherlands"_s },
        { u"city"_s, u"Breda"_s },
        { u"time_zone"_s, u"Europe/Amsterdam"_s },
        { u"postal_code"_s, u"4814"_s },
        { u"in_privacy_restricted_country"_s, true },
        { u"in_privacy_restricted_region"_s, true },
        { u"subdivisions"_s, u"North Brabant"_s },
        { u"coordinates"_s, u"51.5869, 4.7471"_s },
    };
    return QJsonObject {
        { u"id"_s, pin.id },
        { u"code"_s, pin.code },
        { u"product"_s, u"0"_s },
        { u"trusted"_s, false },
        { u"qr"_s, QString(u"https://plex.tv/api/v2/pins/qr/"_s + pin.code) },
        { u"clientIdentifier"_s, pin.clientIdentifier },
        { u"location"_s, location },
        { u"expiresIn"_s, qMax<qint64>(0, now.secsTo(pin.expiresAt)) },
        { u"createdAt"_s, pin.createdAt.toString(Qt::ISODate) },
        { u"expiresAt"_s, pin.expiresAt.toString(Qt::ISODate) },
        { u"authToken"_s,
            pin.authToken.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(pin.authToken) },
        { u"newRegistration"_s, QJsonValue(QJsonValue::Null) },
    };
}

Response createPin(ServerState &state, const RecordedRequest &request, bool json)
{
    const QString strongArg = request.query.queryItemValue(u"strong"_s).toLower();
    bool strong = strongArg == u"true"_s || strongArg == u"1"_s;
    Pin pin;
    pin.clientIdentifier = QString::fromUtf8(request.header("x-plex-client-identifier"_ba));
    // The device-key variant (plex-auth-api.md §2.7a): a JSON body {"jwk": ..., "strong": true}.
    if (request.header("content-type"_ba).contains("application/json")) {
        const QJsonObject body = QJsonDocument::fromJson(request.body).object();
        if (body.contains(u"jwk"_s)) {
            pin.deviceJwk = body.value(u"jwk"_s).toObject();
            if (auto refused = Jwt::checkPinJwk(state, pin.deviceJwk, pin.clientIdentifier))
                return *refused;
        }
        strong = strong || body.value(u"strong"_s).toBool();
    }
    pin.strong = strong;
    pin.creator = Devices::deviceFromHeaders(request);
    pin.id = state.nextPinId++;
    pin.code = strong ? randomToken(25, "abcdefghijklmnopqrstuvwxyz0123456789")
                      : randomToken(4, "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    pin.createdAt = state.now();
    pin.createdAt.setTime(pin.createdAt.time().addMSecs(-pin.createdAt.time().msec()));
    pin.expiresAt = pin.createdAt.addSecs(state.fixture.pinExpiresIn);
    state.pins.insert(pin.id, pin);
    return answer(201, u"pin"_s, pinObject(pin, state.now()), json);
}

Response pollPin(ServerState &state, const RecordedRequest &request, bool json, const QString &idText)
{
    Response notFound = plexTvError(404, 1020, u"Code not found or expired"_s, json, false);
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    auto it = ok ? state.pins.find(id) : state.pins.end();
    if (it == state.pins.end())
        return notFound;
    Pin &pin = it.value();
    if (pin.clientIdentifier != QString::fromUtf8(request.header("x-plex-client-identifier"_ba)))
        return notFound;
    if (pin.forcedExpired || state.now() >= pin.expiresAt)
        return notFound;
    const bool withDeviceKey = !pin.deviceJwk.isEmpty();
    if (withDeviceKey) {
        if (auto refused = Jwt::checkPinPoll(state, pin, request))
            return *refused;
    }
    ++pin.polls;
    if (pin.authToken.isEmpty() && !pin.linkedAccountUuid.isEmpty())
        pin.authToken = Devices::claimLinkedPin(state, pin);
    // A short code is for plex.tv/link: only linking claims it.
    if (pin.authToken.isEmpty() && pin.strong && pin.polls > state.pinClaimAfterPolls) {
        if (const Account *claimer = state.fixture.accountByLogin(state.fixture.pinClaimedBy)) {
            if (withDeviceKey) {
                pin.authToken = Jwt::claimPinWithJwt(state, pin, *claimer);
            } else {
                pin.authToken = claimer->authToken;
                state.revokedTokens.remove(claimer->authToken);
            }
            Devices::recordSignIn(state, request, claimer->user.value(u"uuid"_s).toString(), pin.authToken);
        }
    }
    return answer(200, u"pin"_s, pinObject(pin, state.now()), json);
}

bool queryFlag(const QUrlQuery &query, const QString &name)
{
    const QString value = query.queryItemValue(name).toLower();
    return value == u"1"_s || value == u"true"_s;
}

Response resources(ServerState &state, const RecordedRequest &request, bool json)
{
    const Account *account = state.accountForToken(tokenOf(request));
    if (!account)
        return Jwt::tokenRejected(state, tokenOf(request), json);
    const bool includeHttps = queryFlag(request.query, u"includeHttps"_s);
    const bool includeRelay = queryFlag(request.query, u"includeRelay"_s);
    const bool includeIPv6 = queryFlag(request.query, u"includeIPv6"_s);
    static const QList<QString> deviceKeys { u"name"_s, u"product"_s, u"productVersion"_s, u"platform"_s,
        u"platformVersion"_s, u"device"_s, u"clientIdentifier"_s, u"createdAt"_s, u"lastSeenAt"_s,
        u"provides"_s, u"sourceTitle"_s, u"publicAddress"_s, u"home"_s, u"synced"_s, u"relay"_s,
        u"presence"_s, u"httpsRequired"_s, u"publicAddressMatches"_s, u"dnsRebindingProtection"_s,
        u"natLoopbackSupported"_s };
    static const QList<QString> connectionKeys { u"protocol"_s, u"address"_s, u"port"_s, u"uri"_s, u"local"_s,
        u"relay"_s, u"IPv6"_s };

    QJsonArray devices;
    for (const QJsonObject &server : state.fixture.servers) {
        const QString owner = server.value(u"owner"_s).toString();
        const bool owned = account->matches(owner);
        bool shared = false;
        for (const QJsonValue name : server.value(u"sharedWith"_s).toArray())
            shared = shared || account->matches(name.toString());
        if (!owned && !shared)
            continue;
        QJsonObject device = pickKeys(server, deviceKeys);
        device.insert(u"owned"_s, owned);
        if (owned) {
            device.insert(u"ownerId"_s, QJsonValue(QJsonValue::Null));
        } else if (const Account *ownerAccount = state.fixture.accountByLogin(owner)) {
            device.insert(u"ownerId"_s, ownerAccount->user.value(u"id"_s));
        } else {
            device.insert(u"ownerId"_s, 10000000 + qChecksum(owner.toUtf8()));
        }
        const QJsonValue sharedToken = server.value(u"sharedAccessToken"_s);
        device.insert(u"accessToken"_s,
            !owned && sharedToken.isString() ? sharedToken : server.value(u"accessToken"_s));
        QJsonArray connections;
        for (const QJsonValue value : server.value(u"connections"_s).toArray()) {
            const QJsonObject c = value.toObject();
            if ((!includeRelay && c.value(u"relay"_s).toBool())
                || (!includeIPv6 && c.value(u"IPv6"_s).toBool())
                || (!includeHttps && c.value(u"protocol"_s).toString() == u"https"_s))
                continue;
            connections.append(pickKeys(c, connectionKeys));
        }
        device.insert(u"connections"_s, connections);
        devices.append(substitutePlaceholders(device, state.baseUrl, state.port));
    }
    if (json)
        return jsonResponse(200, devices);
    return xmlResponse(200, jsonArrayToXml(u"resources"_s, u"resource"_s, devices));
}

} // namespace

Response handle(ServerState &state, const RecordedRequest &request, bool json)
{
    if (request.header("x-plex-client-identifier"_ba).trimmed().isEmpty())
        return plexTvError(400, 1000, u"X-Plex-Client-Identifier is missing"_s, json);

    const QString route = request.path.mid(QStringView(u"/api/v2").size());
    const QByteArray &method = request.method;
    if (route.startsWith(u"/auth/"_s)) {
        if (std::optional<Response> response = Jwt::handle(state, request))
            return *response;
    }
    if (route == u"/users/signin"_s && method == "POST")
        return signIn(state, request, json);
    if (route == u"/pins"_s && method == "POST")
        return createPin(state, request, json);
    if (route == u"/pins/link"_s && method == "PUT")
        return Devices::linkPin(state, request, json);
    if (route.startsWith(u"/pins/"_s) && method == "GET")
        return pollPin(state, request, json, route.mid(6));
    if (route == u"/user"_s && method == "GET") {
        const QString token = tokenOf(request);
        const Account *account = state.accountForToken(token);
        if (!account)
            return Jwt::tokenRejected(state, token, json);
        QJsonObject user = account->userWithToken();
        user.insert(u"authToken"_s, token); // a Plex JWT is answered with itself, like a classic token
        return answer(200, u"user"_s, user, json);
    }
    if (route == u"/resources"_s && method == "GET")
        return resources(state, request, json);
    if (route == u"/users/signout"_s && method == "DELETE") {
        const QString token = tokenOf(request);
        if (!state.accountForToken(token))
            return Jwt::tokenRejected(state, token, json);
        state.revokedTokens.insert(token);
        return emptyResponse(204);
    }
    return plexTvNotFound(json);
}

} // namespace FakePlex::PlexTv
