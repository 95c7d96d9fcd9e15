// Plex Home routes (plex-auth-api.md §2.9): the Home's users, as JSON or XML under /api/v2 and as the
// older XML list under /api, and switching to a profile with its PIN.

#include "fakeplexserver.h"
#include "serverstate.h"
#include "xmlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex::HomeRoutes {
namespace {

const QString kPinRequired = u"A valid PIN is required to perform this action"_s;

QString tokenOf(const RecordedRequest &request)
{
    return QString::fromUtf8(request.header("x-plex-token"_ba));
}

QString uuidOf(const Account &account)
{
    return account.user.value(u"uuid"_s).toString();
}

// GET /api/v2/home/users: the Home of the token's account; an account in no Home gets an empty list.
Response users(const ServerState &state, const Account &account, bool json)
{
    const PlexHome *home = state.fixture.homeOf(uuidOf(account));
    QJsonObject answer = home ? home->info : QJsonObject {};
    answer.insert(u"users"_s, home ? home->servedUsers() : QJsonArray {});
    return json ? jsonResponse(200, answer) : xmlResponse(200, jsonToXml(u"home"_s, answer));
}

// GET /api/home/users: always XML, a MediaContainer of <User> elements (PPA's HOMEUSERS).
Response legacyUsers(const ServerState &state, const Account &account)
{
    const PlexHome *home = state.fixture.homeOf(uuidOf(account));
    const QJsonArray users = home ? home->servedUsers() : QJsonArray {};
    const QJsonObject container { { u"friendlyName"_s, u"myPlex"_s },
        { u"identifier"_s, u"com.plexapp.plugins.myplex"_s },
        { u"machineIdentifier"_s, u"0d4e5b6ac9f04c6d8c1e5a3f7b2d9e10"_s }, { u"totalSize"_s, users.size() },
        { u"size"_s, users.size() }, { u"User"_s, users } };
    return xmlResponse(200, jsonToXml(u"MediaContainer"_s, container));
}

// POST /api/v2/home/users/{uuid|id}/switch?pin=: a protected profile needs its own PIN from anyone (the
// admin included); an unprotected one none. The answer is the profile's account with a fresh token.
Response switchTo(
    ServerState &state, const RecordedRequest &request, const Account &caller, const QString &key, bool json)
{
    const PlexHome *home = state.fixture.homeOf(uuidOf(caller));
    const QJsonObject *target = home ? home->user(key) : nullptr;
    if (!target)
        return plexTvNotFound(json);
    const QString pin = target->value(u"pin"_s).toString();
    if (target->value(u"protected"_s).toBool() && request.query.queryItemValue(u"pin"_s) != pin)
        return plexTvError(403, 1041, kPinRequired, json);

    const QString uuid = target->value(u"uuid"_s).toString();
    QJsonObject user;
    if (const Account *member = state.fixture.accountByUuid(uuid)) {
        user = member->userWithToken(); // a member with an account of its own: its own token
        state.revokedTokens.remove(member->authToken);
    } else {
        const QString token
            = u"home-"_s + randomToken(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
        state.homeTokens.insert(token, uuid);
        user = state.fixture.homeProfileByUuid(uuid)->user;
        user.insert(u"authToken"_s, token);
    }
    user.insert(u"rememberExpiresAt"_s, state.now().addDays(30).toSecsSinceEpoch());
    return json ? jsonResponse(200, user) : xmlResponse(200, jsonToXml(u"user"_s, user));
}

} // namespace

std::optional<Response> handle(ServerState &state, const RecordedRequest &request, bool json)
{
    static const QRegularExpression switchRoute(u"^/api/v2/home/users/([^/]+)/switch$"_s);
    const QString &path = request.path;
    const bool list = path == u"/api/v2/home/users"_s && request.method == "GET";
    const bool legacy = path == u"/api/home/users"_s && request.method == "GET";
    const QRegularExpressionMatch switching = switchRoute.match(path);
    const bool isSwitch = switching.hasMatch() && request.method == "POST";
    if (!list && !legacy && !isSwitch)
        return std::nullopt;
    if (request.header("x-plex-client-identifier"_ba).trimmed().isEmpty())
        return plexTvError(400, 1000, u"X-Plex-Client-Identifier is missing"_s, json);
    const Account *account = state.accountForToken(tokenOf(request));
    if (!account)
        return Jwt::tokenRejected(state, tokenOf(request), json);
    if (legacy)
        return legacyUsers(state, *account);
    if (list)
        return users(state, *account, json);
    return switchTo(state, request, *account, switching.captured(1), json);
}

} // namespace FakePlex::HomeRoutes
