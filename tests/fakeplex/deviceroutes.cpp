// plex.tv's authorised devices at the origin (GET /devices.xml, DELETE /devices/{id}.xml) and PIN
// linking (PUT /api/v2/pins/link), plex-auth-api.md §2.10-2.11. Every device carries its own token
// in the list, as on plex.tv; removing a device revokes that token.

#include "fakeplexserver.h"
#include "serverstate.h"
#include "xmlwriter.h"

#include <QJsonArray>
#include <QRegularExpression>
#include <QUrlQuery>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex::Devices {
namespace {

const Account *accountOf(const ServerState &state, const RecordedRequest &request)
{
    return state.accountForToken(QString::fromUtf8(request.header("x-plex-token"_ba)));
}

QString uuidOf(const Account &account)
{
    return account.user.value(u"uuid"_s).toString();
}

QString epoch(const QDateTime &when)
{
    return QString::number(when.toSecsSinceEpoch());
}

Response list(const ServerState &state, const Account &account)
{
    QJsonArray devices;
    for (const AuthorizedDevice &device : state.devices) {
        if (device.accountUuid != uuidOf(account))
            continue;
        QJsonObject entry = device.attributes;
        entry.insert(u"id"_s, device.id);
        entry.insert(u"token"_s, device.token); // as plex.tv does: a client must never keep it
        devices.append(entry);
    }
    const QJsonObject container { { u"size"_s, devices.size() }, { u"publicAddress"_s, u"203.0.113.7"_s },
        { u"Device"_s, devices } };
    return xmlResponse(200, jsonToXml(u"MediaContainer"_s, container));
}

Response remove(ServerState &state, const Account &account, const QString &idText)
{
    bool ok = false;
    const qint64 id = idText.toLongLong(&ok);
    for (qsizetype i = 0; ok && i < state.devices.size(); ++i) {
        const AuthorizedDevice &device = state.devices.at(i);
        if (device.id != id || device.accountUuid != uuidOf(account))
            continue;
        state.revokedTokens.insert(device.token);
        state.devices.removeAt(i);
        return emptyResponse(204);
    }
    return plexTvNotFound(false);
}

} // namespace

QJsonObject deviceFromHeaders(const RecordedRequest &request)
{
    const auto header = [&request](const char *name) { return QString::fromUtf8(request.header(name)); };
    return QJsonObject {
        { u"name"_s, header("x-plex-device-name") },
        { u"product"_s, header("x-plex-product") },
        { u"productVersion"_s, header("x-plex-version") },
        { u"platform"_s, header("x-plex-platform") },
        { u"platformVersion"_s, header("x-plex-platform-version") },
        { u"device"_s, header("x-plex-device") },
        { u"clientIdentifier"_s, header("x-plex-client-identifier") },
        { u"provides"_s, u"client"_s },
        { u"publicAddress"_s, u"203.0.113.7"_s },
    };
}

void recordSignIn(
    ServerState &state, const RecordedRequest &request, const QString &accountUuid, const QString &token)
{
    QJsonObject attributes = deviceFromHeaders(request);
    const QString now = epoch(state.now());
    attributes.insert(u"lastSeenAt"_s, now);
    for (AuthorizedDevice &device : state.devices) {
        if (device.accountUuid == accountUuid
            && device.attributes.value(u"clientIdentifier"_s) == attributes.value(u"clientIdentifier"_s)) {
            attributes.insert(u"createdAt"_s, device.attributes.value(u"createdAt"_s));
            device.attributes = attributes;
            device.token = token;
            return;
        }
    }
    attributes.insert(u"createdAt"_s, now);
    state.devices.append({ state.nextDeviceId++, accountUuid, token, attributes });
}

void loadFixtureDevices(ServerState &state)
{
    state.devices.clear();
    for (const QJsonObject &entry : state.fixture.devices) {
        const Account *owner = state.fixture.accountByLogin(entry.value(u"owner"_s).toString());
        QJsonObject attributes = entry;
        for (const QString &key : { u"owner"_s, u"id"_s, u"token"_s, u"comment"_s })
            attributes.remove(key);
        state.devices.append({ entry.value(u"id"_s).toInteger(), uuidOf(*owner),
            entry.value(u"token"_s).toString(), attributes });
    }
}

QString claimLinkedPin(ServerState &state, Pin &pin)
{
    QString token = randomToken(20, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-");
    QJsonObject attributes = pin.creator;
    const QString now = epoch(state.now());
    attributes.insert(u"createdAt"_s, now);
    attributes.insert(u"lastSeenAt"_s, now);
    state.devices.append({ state.nextDeviceId++, pin.linkedAccountUuid, token, attributes });
    return token;
}

Response linkPin(ServerState &state, const RecordedRequest &request, bool json)
{
    const QString token = QString::fromUtf8(request.header("x-plex-token"_ba));
    const Account *account = state.accountForToken(token);
    if (!account)
        return Jwt::tokenRejected(state, token, json);
    QByteArray form = request.body;
    form.replace('+', "%20");
    const QString code = QUrlQuery(QString::fromUtf8(form)).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    for (Pin &pin : state.pins) {
        if (code.isEmpty() || pin.code.compare(code, Qt::CaseInsensitive) != 0 || pin.forcedExpired
            || state.now() >= pin.expiresAt || !pin.authToken.isEmpty())
            continue;
        pin.linkedAccountUuid = uuidOf(*account);
        return emptyResponse(204);
    }
    return plexTvError(404, 1020, u"Code not found or expired"_s, json, false);
}

Response handle(ServerState &state, const RecordedRequest &request)
{
    if (request.header("x-plex-client-identifier"_ba).trimmed().isEmpty())
        return plexTvError(400, 1000, u"X-Plex-Client-Identifier is missing"_s, false);
    const Account *account = accountOf(state, request);
    if (!account)
        return Jwt::tokenRejected(state, QString::fromUtf8(request.header("x-plex-token"_ba)), false);
    if (request.path == u"/devices.xml"_s && request.method == "GET")
        return list(state, *account);
    static const QRegularExpression deviceItem(u"^/devices/([^/]+)\\.xml$"_s);
    const QRegularExpressionMatch match = deviceItem.match(request.path);
    if (match.hasMatch() && request.method == "DELETE")
        return remove(state, *account, match.captured(1));
    return plexTvNotFound(false);
}

} // namespace FakePlex::Devices
