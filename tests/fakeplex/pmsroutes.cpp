// Plex Media Server routes: /identity, /security/token, /security/resources.

#include "fakeplexserver.h"
#include "serverstate.h"
#include "xmlwriter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QVersionNumber>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex::Pms {
namespace {

enum class TokenLevel
{
    Invalid,
    Shared,
    Admin
};

Response container(const QJsonObject &content, bool json)
{
    if (json)
        return jsonResponse(200, QJsonObject { { u"MediaContainer"_s, content } });
    return xmlResponse(200, jsonToXml(u"MediaContainer"_s, content));
}

TokenLevel tokenLevel(const ServerState &state, const QJsonObject &server, const QString &token)
{
    if (token.isEmpty() || state.isRevoked(token))
        return TokenLevel::Invalid;
    if (token == server.value(u"accessToken"_s).toString())
        return TokenLevel::Admin;
    const Account *account = state.accountForToken(token); // a fixture token or an issued Plex JWT
    if (account && account->matches(server.value(u"owner"_s).toString()))
        return TokenLevel::Admin;
    if (token == server.value(u"sharedAccessToken"_s).toString())
        return TokenLevel::Shared;
    if (account) {
        for (const QJsonValue name : server.value(u"sharedWith"_s).toArray()) {
            if (account->matches(name.toString()))
                return TokenLevel::Shared;
        }
    }
    const auto transient = state.transientTokens.constFind(token);
    if (transient != state.transientTokens.constEnd())
        return transient.value() ? TokenLevel::Admin : TokenLevel::Shared;
    return TokenLevel::Invalid;
}

Response transientToken(
    ServerState &state, const QJsonObject &server, const RecordedRequest &request, bool json)
{
    const TokenLevel level = tokenLevel(state, server, QString::fromUtf8(request.header("x-plex-token"_ba)));
    if (level == TokenLevel::Invalid)
        return pmsError(401);
    if (request.query.queryItemValue(u"type"_s) != u"delegation"_s
        || request.query.queryItemValue(u"scope"_s) != u"all"_s)
        return pmsError(400, u"A query param is missing or the wrong value"_s);
    const QString token = randomToken(32, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789");
    state.transientTokens.insert(token, level == TokenLevel::Admin);
    return container(QJsonObject { { u"size"_s, 0 }, { u"token"_s, token } }, json);
}

Response sourceResources(
    ServerState &state, const QJsonObject &server, const RecordedRequest &request, bool json)
{
    const QVersionNumber version = QVersionNumber::fromString(server.value(u"productVersion"_s).toString());
    if (version < QVersionNumber(1, 15, 4))
        return pmsError(404);
    const TokenLevel level = tokenLevel(state, server, QString::fromUtf8(request.header("x-plex-token"_ba)));
    if (level == TokenLevel::Invalid)
        return pmsError(401);
    if (level != TokenLevel::Admin)
        return pmsError(403, u"Invalid or no token provided or a transient token could not be created"_s);
    const QString source = request.query.queryItemValue(u"source"_s, QUrl::FullyDecoded);
    if (source.isEmpty())
        return pmsError(400, u"A query param is missing or the wrong value"_s);

    for (const QJsonValue value : server.value(u"sources"_s).toArray()) {
        const QJsonObject entry = value.toObject();
        if (entry.value(u"source"_s).toString() != source)
            continue;
        const QJsonObject fixtureDevice = entry.value(u"device"_s).toObject();
        QJsonObject device = pickKeys(fixtureDevice, { u"name"_s, u"clientIdentifier"_s, u"accessToken"_s });
        QJsonArray connections;
        for (const QJsonValue c : fixtureDevice.value(u"connections"_s).toArray()) {
            connections.append(pickKeys(
                c.toObject(), { u"protocol"_s, u"address"_s, u"port"_s, u"uri"_s, u"local"_s, u"relay"_s }));
        }
        device.insert(u"Connection"_s, connections);
        const QJsonValue rendered = substitutePlaceholders(device, state.baseUrl, state.port);
        const bool asArray = entry.value(u"deviceAsArray"_s).toBool();
        return container(QJsonObject { { u"size"_s, 1 },
                             { u"Device"_s, asArray ? QJsonValue(QJsonArray { rendered }) : rendered } },
            json);
    }
    return pmsError(404, u"Unknown source"_s);
}

} // namespace

Response handle(ServerState &state, const RecordedRequest &request, bool json)
{
    const QJsonObject *server = state.fixture.servedServer();
    if (!server)
        return pmsError(404);
    if (request.path == u"/identity"_s) {
        return container(
            QJsonObject {
                { u"size"_s, 0 },
                { u"claimed"_s, true },
                { u"machineIdentifier"_s, server->value(u"clientIdentifier"_s) },
                { u"version"_s, server->value(u"productVersion"_s) },
            },
            json);
    }
    if (request.header("x-plex-client-identifier"_ba).trimmed().isEmpty())
        return pmsError(400, u"X-Plex-Client-Identifier is missing"_s);
    if (request.path == u"/security/token"_s)
        return transientToken(state, *server, request, json);
    if (request.path == u"/security/resources"_s)
        return sourceResources(state, *server, request, json);
    return pmsError(404);
}

} // namespace FakePlex::Pms
