#include "responseparsers.h"

#include "documentreader.h"

#include <algorithm>
#include <array>
#include <string_view>

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

// A host name or IPv4 address as Plex writes one into a connection's uri: letters, digits, dots and
// hyphens only, and not "vX." (which QUrl::setHost would take as an IPvFuture address in brackets when
// it is no host name, and a URL's parser would refuse).
// "http" and "https", shared by every connection that names them rather than copied for each.
const QString &httpText()
{
    static const QString text = QStringLiteral("http");
    return text;
}

const QString &httpsText()
{
    static const QString text = QStringLiteral("https");
    return text;
}

bool isPlainHost(QStringView host)
{
    static constexpr std::array<bool, 128> plain = [] {
        std::array<bool, 128> table {};
        for (const unsigned char c :
            std::string_view("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-"))
            table[c] = true;
        return table;
    }();
    if (host.size() > 2 && (host[0] == u'v' || host[0] == u'V') && host[2] == u'.')
        return false;
    return !host.isEmpty() && std::all_of(host.begin(), host.end(), [](QChar c) {
        return c.unicode() < plain.size() && plain[c.unicode()];
    });
}

// The port of "…:PORT": one to five digits, 1 to 65535; else 0.
int plainPort(QStringView digits)
{
    if (digits.isEmpty() || digits.size() > 5)
        return 0;
    int port = 0;
    for (const QChar c : digits) {
        if (c < u'0' || c > u'9')
            return 0;
        port = port * 10 + (c.unicode() - u'0');
    }
    return port <= 65535 ? port : 0;
}

// The URL that QUrl(text, QUrl::StrictMode) makes, or an invalid one where that is invalid, in less
// time for what Plex sends: "http://HOST:PORT" and "https://HOST:PORT" with a plain host
// (isPlainHost). QUrl parses such a text as its scheme, its host through the same host parser that
// QUrl::setHost uses, and its port, and its strict mode finds nothing to refuse in it (no percent
// sign, space, forbidden or non-ASCII character; no user info, path, query or fragment), so setting
// the three parts makes the same URL without scanning and validating the whole text again; a host
// that the host parser refuses makes both invalid. The host is cut out of the text in place (the text
// is this function's own), not copied. Any other text is parsed whole. tst_connectionuri checks the
// two against each other.
QUrl parseUri(QString text)
{
    const QStringView view(text);
    const QString *scheme
        = view.startsWith(u"https://") ? &httpsText() : (view.startsWith(u"http://") ? &httpText() : nullptr);
    const qsizetype hostStart = scheme ? scheme->size() + 3 : 0;
    const qsizetype colon = view.lastIndexOf(u':');
    if (scheme && colon > hostStart) {
        const int port = plainPort(view.sliced(colon + 1));
        if (port > 0 && isPlainHost(view.sliced(hostStart, colon - hostStart))) {
            text.truncate(colon);
            text.remove(0, hostStart);
            QUrl url;
            url.setScheme(*scheme);
            url.setHost(text, QUrl::StrictMode);
            url.setPort(port);
            return url.isValid() ? url : QUrl();
        }
    }
    return QUrl(text, QUrl::StrictMode);
}

// A connection's protocol, lower-cased. "http" and "https", which every connection repeats, are
// compared where they are in the document and shared, not copied.
QString protocolOf(const Doc::Fields &fields)
{
    static const QCborValue httpValue("http"_L1);
    static const QCborValue httpsValue("https"_L1);
    const QCborValue value = fields.value("protocol"_L1);
    if (value == httpsValue)
        return httpsText();
    if (value == httpValue)
        return httpText();
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
    QUrl uri = parseUri(fields.string("uri"_L1));
    if (!uri.isValid() || uri.host().isEmpty() || uri.port() == 0
        || (uri.scheme() != u"http" && uri.scheme() != u"https")) {
        uri = QUrl();
        if (!parsed.address.isEmpty() && parsed.port > 0 && parsed.port < 65536
            && (parsed.protocol == u"http" || parsed.protocol == u"https")) {
            uri.setScheme(parsed.protocol);
            uri.setHost(parsed.address, QUrl::StrictMode);
            uri.setPort(parsed.port);
            // QUrl leaves the host empty, and the URL valid, for an address that is no host name.
            if (uri.host().isEmpty())
                uri = QUrl();
        }
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
