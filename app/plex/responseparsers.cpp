#include "responseparsers.h"

#include "documentreader.h"

namespace PlexAuth::Parse {

using namespace Qt::Literals::StringLiterals;

namespace {
// JSON wraps PMS answers as {"MediaContainer": {...}}; in XML the root element is the container.
QJsonObject mediaContainer(const QJsonValue &root)
{
    QJsonObject object = root.toObject();
    if (object.contains(u"MediaContainer"))
        return Doc::object(object, u"MediaContainer");
    if (object.value(u"@tag").toString() == u"MediaContainer")
        return object;
    return {};
}

// A connection's protocol, lower-cased. "http" and "https", which every connection repeats, are
// compared where they are in the document and shared, not copied.
QString protocolOf(const Doc::Fields &fields)
{
    static const QCborValue httpValue("http"_L1);
    static const QCborValue httpsValue("https"_L1);
    const QCborValue value = fields.value("protocol"_L1);
    if (value == httpsValue)
        return ConnectionUri::httpsScheme();
    if (value == httpValue)
        return ConnectionUri::httpScheme();
    return fields.string("protocol"_L1).toLower();
}

// A source can list thousands of connections: each is read straight from the document (no list of
// their objects first) into a list reserved for all of them.
QList<Connection> connections(const QJsonObject &parent)
{
    QList<Connection> result;
    result.reserve(
        Doc::objectCountHint(parent, u"connections") + Doc::objectCountHint(parent, u"Connection"));
    const auto add = [&result](const QJsonObject &entry) {
        Connection parsed = connection(entry);
        if (parsed.uri.isValid())
            result.append(std::move(parsed));
    };
    Doc::forEachObject(parent, u"connections", u"connection", add);
    Doc::forEachObject(parent, u"Connection", {}, add);
    return result;
}

PlexServer readServer(const QJsonObject &object)
{
    PlexServer server;
    server.name = Doc::string(object, u"name");
    server.product = Doc::string(object, u"product");
    server.productVersion = Doc::string(object, u"productVersion");
    server.platform = Doc::string(object, u"platform");
    server.platformVersion = Doc::string(object, u"platformVersion");
    server.device = Doc::string(object, u"device");
    server.clientIdentifier = Doc::string(object, u"clientIdentifier");
    server.provides = Doc::string(object, u"provides");
    server.sourceTitle = Doc::string(object, u"sourceTitle");
    server.publicAddress = Doc::string(object, u"publicAddress");
    server.accessToken = Doc::string(object, u"accessToken");
    server.ownerId = Doc::integer(object, u"ownerId");
    server.createdAt = Doc::dateTime(object, u"createdAt");
    server.lastSeenAt = Doc::dateTime(object, u"lastSeenAt");
    server.owned = Doc::boolean(object, u"owned");
    server.home = Doc::boolean(object, u"home");
    server.synced = Doc::boolean(object, u"synced");
    server.relay = Doc::boolean(object, u"relay");
    server.presence = Doc::boolean(object, u"presence");
    server.httpsRequired = Doc::boolean(object, u"httpsRequired");
    server.publicAddressMatches = Doc::boolean(object, u"publicAddressMatches");
    server.dnsRebindingProtection = Doc::boolean(object, u"dnsRebindingProtection");
    server.natLoopbackSupported = Doc::boolean(object, u"natLoopbackSupported");
    server.connections = connections(object);
    return server;
}
} // namespace

Connection connection(const QJsonObject &object)
{
    const Doc::Fields fields(object);
    Connection parsed;
    parsed.protocol = protocolOf(fields);
    parsed.address = fields.string("address"_L1);
    parsed.port = fields.smallInteger("port"_L1).value_or(0);
    parsed.local = fields.boolean("local"_L1).value_or(false);
    parsed.relay = fields.boolean("relay"_L1).value_or(false);
    parsed.ipv6 = fields.boolean("IPv6"_L1).value_or(false);
    ConnectionUri uri = ConnectionUri::parse(fields.string("uri"_L1));
    if (!uri.isValid() || uri.host().isEmpty() || uri.port() == 0
        || (uri.scheme() != u"http" && uri.scheme() != u"https")) {
        QUrl fromParts;
        if (!parsed.address.isEmpty() && parsed.port > 0 && parsed.port < 65536
            && (parsed.protocol == u"http" || parsed.protocol == u"https")) {
            fromParts.setScheme(parsed.protocol);
            fromParts.setHost(parsed.address, QUrl::StrictMode);
            fromParts.setPort(parsed.port);
            // QUrl leaves the host empty, and the URL valid, for an address that is no host name.
            if (fromParts.host().isEmpty())
                fromParts = QUrl();
        }
        uri = fromParts;
    }
    if (parsed.protocol.isEmpty())
        parsed.protocol = uri.scheme();
    parsed.uri = std::move(uri);
    return parsed;
}

std::optional<Pin> pin(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    const QJsonObject object = document->toObject();
    Pin result;
    result.id = Doc::integer(object, u"id").value_or(0);
    result.code = Doc::string(object, u"code");
    if (result.id <= 0 || result.code.isEmpty()) {
        *whyNot = QStringLiteral("no PIN id or code in the answer");
        return std::nullopt;
    }
    result.clientIdentifier = Doc::string(object, u"clientIdentifier");
    result.trusted = Doc::boolean(object, u"trusted");
    result.qr = Doc::string(object, u"qr");
    result.expiresIn = Doc::smallInteger(object, u"expiresIn");
    result.createdAt = Doc::dateTime(object, u"createdAt");
    result.expiresAt = Doc::dateTime(object, u"expiresAt");
    result.authToken = Doc::string(object, u"authToken");
    return result;
}

std::optional<QList<PlexServer>> servers(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    QList<QJsonObject> entries;
    if (document->isArray()) {
        for (const auto &entry : document->toArray())
            if (entry.isObject())
                entries.append(entry.toObject());
    } else {
        const QJsonObject root = document->toObject();
        entries = Doc::objects(root, u"resource") + Doc::objects(root, u"Device");
        if (entries.isEmpty() && !root.contains(u"@tag")) {
            *whyNot = QStringLiteral("the server list is not a list");
            return std::nullopt;
        }
    }
    QList<PlexServer> result;
    for (const QJsonObject &entry : std::as_const(entries))
        result.append(readServer(entry));
    return result;
}

std::optional<TransientToken> transientToken(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    TransientToken result;
    result.token = Doc::string(mediaContainer(*document), u"token");
    if (result.token.isEmpty()) {
        *whyNot = QStringLiteral("no token in the answer");
        return std::nullopt;
    }
    result.fetchedAt = QDateTime::currentDateTimeUtc();
    return result;
}

std::optional<SourceDevice> sourceDevice(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    // Typed as one object in the spec; Plex renders repeated children as arrays, so accept both.
    const QList<QJsonObject> devices = Doc::objects(mediaContainer(*document), u"Device");
    if (devices.isEmpty()) {
        *whyNot = QStringLiteral("no Device in the answer");
        return std::nullopt;
    }
    const QJsonObject &device = devices.first();
    SourceDevice result;
    result.name = Doc::string(device, u"name");
    result.clientIdentifier = Doc::string(device, u"clientIdentifier");
    result.accessToken = Doc::string(device, u"accessToken");
    result.connections = connections(device);
    return result;
}

std::optional<ServerIdentity> serverIdentity(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    const QJsonObject container = mediaContainer(*document);
    ServerIdentity result;
    result.machineIdentifier = Doc::string(container, u"machineIdentifier");
    result.version = Doc::string(container, u"version");
    result.claimed = Doc::boolean(container, u"claimed");
    if (result.machineIdentifier.isEmpty()) {
        *whyNot = QStringLiteral("no machineIdentifier in the answer");
        return std::nullopt;
    }
    return result;
}

} // namespace PlexAuth::Parse
