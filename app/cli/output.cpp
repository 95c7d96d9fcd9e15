#include "output.h"

#include "probeexplanations.h"
#include "redaction.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace PlexAuth::Cli::Output {

namespace {
// The table headings and values' translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::Cli::Output)
};

QString iso(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

void putString(QJsonObject &object, const char *key, const QString &value)
{
    if (!value.isEmpty())
        object.insert(QLatin1String(key), value);
}
void putDate(QJsonObject &object, const char *key, const std::optional<QDateTime> &value)
{
    if (value && value->isValid())
        object.insert(QLatin1String(key), iso(*value));
}
void putBool(QJsonObject &object, const char *key, const std::optional<bool> &value)
{
    if (value)
        object.insert(QLatin1String(key), *value);
}

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return QStringLiteral("-");
    return *value ? Text::tr("yes") : Text::tr("no");
}

QString tokenStateText(TokenState state)
{
    switch (state) {
    case TokenState::Valid:
        return Text::tr("valid");
    case TokenState::Invalid:
        return Text::tr("invalid");
    case TokenState::Unverified:
        break;
    }
    return Text::tr("not verified");
}

// QJsonDocument escapes C0 controls in strings but writes DEL and C1 (U+009B is a terminal's CSI) as
// they are; "\u009b" is the same JSON string, and inert on a terminal. JSON's structure is ASCII, so
// such a character can only be inside a string.
QString escapedJson(const QByteArray &json)
{
    QString text;
    for (const QChar character : QString::fromUtf8(json)) {
        const char16_t unit = character.unicode();
        if (unit >= 0x7f && unit <= 0x9f)
            text += QStringLiteral("\\u%1").arg(int(unit), 4, 16, QLatin1Char('0'));
        else
            text += character;
    }
    return text;
}

QString connectionKind(const Connection &connection)
{
    if (connection.relay)
        return Text::tr("relay");
    return connection.local ? Text::tr("local") : Text::tr("remote");
}
} // namespace

QString localTime(const QDateTime &when)
{
    if (!when.isValid())
        return QStringLiteral("-");
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}

QString localTime(const std::optional<QDateTime> &when)
{
    return when ? localTime(*when) : QStringLiteral("-");
}

QJsonObject storedAccountJson(const StoredAccount &account, bool isDefault)
{
    QJsonObject object;
    object.insert(QLatin1String("uuid"), account.uuid);
    if (account.id)
        object.insert(QLatin1String("id"), double(*account.id));
    putString(object, "username", account.username);
    putString(object, "email", account.email);
    putString(object, "title", account.title);
    putString(object, "avatarUrl", account.avatarUrl.toString());
    object.insert(QLatin1String("plexPass"), account.plexPass);
    object.insert(QLatin1String("default"), isDefault);
    object.insert(QLatin1String("remembered"), account.remembered);
    putDate(object, "addedAt", account.addedAt);
    putDate(object, "lastVerifiedAt", account.lastVerifiedAt);
    if (account.lastTokenState)
        object.insert(QLatin1String("tokenState"), tokenStateName(*account.lastTokenState));
    const DeviceAuthState &device = account.deviceAuth;
    object.insert(QLatin1String("tokenKind"),
        device.hasDeviceKey() ? QStringLiteral("jwt") : QStringLiteral("classic"));
    if (device.hasDeviceKey()) {
        object.insert(QLatin1String("deviceKeyId"), device.keyId);
        putDate(object, "tokenExpiresAt", device.tokenExpiresAt);
        putDate(object, "lastRefreshAt", device.lastRefreshAt);
        putDate(object, "refreshFailingSince", device.refreshFailingSince);
    }
    if (account.home.linked()) { // a Plex Home profile, and the Home account it was switched to from
        object.insert(QLatin1String("homeUuid"), account.home.homeUuid);
        object.insert(QLatin1String("homeProtected"), account.home.isProtected);
        object.insert(QLatin1String("homeRestricted"), account.home.restricted);
    }
    return object;
}

QJsonObject accountJson(const Account &account)
{
    QJsonObject object;
    putString(object, "uuid", account.uuid);
    if (account.id)
        object.insert(QLatin1String("id"), double(*account.id));
    putString(object, "username", account.username);
    putString(object, "email", account.email);
    putString(object, "title", account.title);
    putString(object, "friendlyName", account.friendlyName);
    putString(object, "thumb", account.thumb);
    putString(object, "country", account.country);
    putString(object, "locale", account.locale);
    putDate(object, "joinedAt", account.joinedAt);
    putDate(object, "rememberExpiresAt", account.rememberExpiresAt);
    putBool(object, "twoFactorEnabled", account.twoFactorEnabled);
    putBool(object, "home", account.home);
    putBool(object, "homeAdmin", account.homeAdmin);
    putBool(object, "protected", account.isProtected);
    putBool(object, "restricted", account.restricted);
    putBool(object, "guest", account.guest);
    object.insert(QLatin1String("plexPass"), account.hasPlexPass());
    if (account.subscription) {
        QJsonObject subscription;
        putBool(subscription, "active", account.subscription->active);
        putString(subscription, "status", account.subscription->status);
        putString(subscription, "plan", account.subscription->plan);
        putDate(subscription, "subscribedAt", account.subscription->subscribedAt);
        object.insert(QLatin1String("subscription"), subscription);
    }
    if (!account.roles.isEmpty())
        object.insert(QLatin1String("roles"), QJsonArray::fromStringList(account.roles));
    return object;
}

QJsonObject connectionJson(const Connection &connection)
{
    QJsonObject object;
    putString(object, "protocol", connection.protocol);
    putString(object, "address", connection.address);
    if (connection.port > 0)
        object.insert(QLatin1String("port"), connection.port);
    putString(object, "uri", connection.uri.toString());
    object.insert(QLatin1String("local"), connection.local);
    object.insert(QLatin1String("relay"), connection.relay);
    object.insert(QLatin1String("ipv6"), connection.ipv6);
    return object;
}

QJsonObject serverJson(const PlexServer &server)
{
    QJsonObject object;
    putString(object, "name", server.name);
    putString(object, "clientIdentifier", server.clientIdentifier);
    putString(object, "product", server.product);
    putString(object, "productVersion", server.productVersion);
    putString(object, "platform", server.platform);
    putString(object, "sourceTitle", server.sourceTitle);
    putBool(object, "owned", server.owned);
    putBool(object, "presence", server.presence);
    putBool(object, "httpsRequired", server.httpsRequired);
    putDate(object, "lastSeenAt", server.lastSeenAt);
    QJsonArray connections;
    for (const Connection &connection : server.connections)
        connections.append(connectionJson(connection));
    object.insert(QLatin1String("connections"), connections);
    return object;
}

QJsonObject sourceDeviceJson(const SourceDevice &device)
{
    QJsonObject object;
    putString(object, "name", device.name);
    putString(object, "clientIdentifier", device.clientIdentifier);
    putString(object, "accessToken", device.accessToken);
    QJsonArray connections;
    for (const Connection &connection : device.connections)
        connections.append(connectionJson(connection));
    object.insert(QLatin1String("connections"), connections);
    return object;
}

QJsonObject transientTokenJson(const TransientToken &token, const QUrl &server)
{
    QJsonObject object;
    object.insert(QLatin1String("token"), token.token);
    object.insert(QLatin1String("server"), server.toString());
    object.insert(QLatin1String("fetchedAt"), iso(token.fetchedAt));
    // Plex: valid up to 48 hours, and only until the server restarts (LukeHagar/plex-api-spec,
    // getTransientToken).
    object.insert(QLatin1String("expiresAt"), iso(token.fetchedAt.addSecs(qint64(48) * 3600)));
    return object;
}

QJsonObject probeJson(const ConnectionDoctor &doctor)
{
    QJsonObject object;
    const int best = doctor.bestIndex();
    object.insert(QLatin1String("best"),
        best >= 0 ? QJsonValue(doctor.connections()[best].uri.toString()) : QJsonValue(QJsonValue::Null));
    object.insert(QLatin1String("reason"), doctor.bestReason());
    object.insert(QLatin1String("elapsedMs"), double(doctor.elapsedMs()));
    QJsonArray connections;
    for (qsizetype i = 0; i < doctor.results().size(); ++i) {
        const ProbeResult &result = doctor.results()[i];
        QJsonObject connection;
        connection.insert(QLatin1String("uri"), doctor.connections()[i].uri.toString());
        connection.insert(QLatin1String("status"), probeStatusName(result.status));
        if (result.latencyMs)
            connection.insert(QLatin1String("latencyMs"), *result.latencyMs);
        if (result.error)
            connection.insert(QLatin1String("error"), errorKindName(result.error->kind));
        putString(connection, "machineIdentifier", result.machineIdentifier);
        putString(connection, "explanation", result.explanation);
        putString(connection, "suggestedUri", result.suggestedUri.toString());
        connections.append(connection);
    }
    object.insert(QLatin1String("connections"), connections);
    return object;
}

QString toText(const QJsonObject &object)
{
    return escapedJson(QJsonDocument(object).toJson(QJsonDocument::Indented));
}

QString toText(const QJsonArray &array)
{
    return escapedJson(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString table(const QStringList &header, const QList<QStringList> &values)
{
    QList<QStringList> rows;
    for (const QStringList &row : values) {
        QStringList clean;
        for (const QString &cell : row)
            clean.append(Terminal::field(cell));
        rows.append(clean);
    }
    QList<qsizetype> widths;
    for (const QString &title : header)
        widths.append(title.size());
    for (const QStringList &row : rows) {
        for (qsizetype i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = std::max(widths[i], row[i].size());
    }
    auto line = [&](const QStringList &cells) -> QString {
        QString text;
        for (qsizetype i = 0; i < cells.size(); ++i) {
            const bool last = i == cells.size() - 1;
            text += last ? cells[i] : cells[i].leftJustified(widths[i] + 2);
        }
        return text + u'\n';
    };
    QString text = line(header);
    for (const QStringList &row : rows)
        text += line(row);
    return text;
}

QString accountsTable(const QList<StoredAccount> &accounts, const QString &defaultUuid)
{
    QList<QStringList> rows;
    for (const StoredAccount &account : accounts) {
        const QString kept = account.remembered ? Text::tr("keychain") : Text::tr("this session");
        const QString state
            = account.lastTokenState ? tokenStateText(*account.lastTokenState) : QStringLiteral("-");
        const QString kind = account.deviceAuth.hasDeviceKey()
            ? Text::tr("Plex JWT, expires %1").arg(localTime(account.deviceAuth.tokenExpiresAt))
            : Text::tr("classic");
        rows.append({ account.uuid == defaultUuid ? QStringLiteral("*") : QString(), account.displayName(),
            account.email.isEmpty() ? QStringLiteral("-") : account.email, account.uuid, kept, kind,
            state + QStringLiteral(" (") + localTime(account.lastVerifiedAt) + u')' });
    }
    return table({ QString(), Text::tr("ACCOUNT"), Text::tr("EMAIL"), Text::tr("UUID"), Text::tr("KEPT IN"),
                     Text::tr("KIND"), Text::tr("TOKEN (LAST CHECKED)") },
        rows);
}

QString accountFields(const Account &account)
{
    QList<QStringList> rows {
        { Text::tr("Username"), account.username },
        { Text::tr("Name"), account.title },
        { Text::tr("Email"), account.email },
        { Text::tr("UUID"), account.uuid },
        { Text::tr("ID"), account.id ? QString::number(*account.id) : QStringLiteral("-") },
        { Text::tr("Joined"), localTime(account.joinedAt.value_or(QDateTime())) },
        { Text::tr("Plex Pass"), account.hasPlexPass() ? Text::tr("yes") : Text::tr("no") },
        { Text::tr("Two-step verification"), yesNo(account.twoFactorEnabled) },
        { Text::tr("Plex Home admin"), yesNo(account.homeAdmin) },
    };
    if (account.subscription && !account.subscription->plan.isEmpty())
        rows.append({ Text::tr("Plan"), account.subscription->plan });
    if (account.rememberExpiresAt)
        rows.append({ Text::tr("Remember-me expires"), localTime(*account.rememberExpiresAt) });
    // The label's colon is the translation's ("Name:", French "Nom :").
    for (QStringList &row : rows)
        row[0] = Text::tr("%1:", "a label before its value").arg(row[0]);
    QString text;
    qsizetype width = 0;
    for (const QStringList &row : rows)
        width = std::max(width, row[0].size());
    for (const QStringList &row : rows)
        text += row[0].leftJustified(width + 1)
            + (row[1].isEmpty() ? QStringLiteral("-") : Terminal::field(row[1])) + u'\n';
    return text;
}

QString serversTable(const QList<PlexServer> &servers)
{
    QList<QStringList> rows;
    for (const PlexServer &server : servers) {
        const QString owner = server.owned.value_or(false)
            ? Text::tr("owned")
            : (server.sourceTitle.isEmpty() ? Text::tr("shared")
                                            : Text::tr("shared by %1").arg(server.sourceTitle));
        rows.append({ server.name, owner,
            server.productVersion.isEmpty() ? QStringLiteral("-") : server.productVersion,
            server.presence.value_or(false) ? Text::tr("online") : Text::tr("offline"),
            localTime(server.lastSeenAt.value_or(QDateTime())), QString::number(server.connections.size()),
            server.clientIdentifier });
    }
    return table({ Text::tr("NAME"), Text::tr("OWNER"), Text::tr("VERSION"), Text::tr("STATUS"),
                     Text::tr("LAST SEEN"), Text::tr("CONNECTIONS"), Text::tr("MACHINE IDENTIFIER") },
        rows);
}

QString connectionsTable(const QList<Connection> &connections)
{
    QList<QStringList> rows;
    for (const Connection &connection : connections) {
        rows.append({ connectionKind(connection), connection.protocol, connection.address,
            connection.port > 0 ? QString::number(connection.port) : QStringLiteral("-"),
            connection.ipv6 ? Text::tr("yes") : Text::tr("no"), connection.uri.toString() });
    }
    return table({ Text::tr("KIND"), Text::tr("PROTOCOL"), Text::tr("ADDRESS"), Text::tr("PORT"),
                     Text::tr("IPV6"), Text::tr("URI") },
        rows);
}

QString sourceDeviceText(const SourceDevice &device)
{
    QString text;
    text += Text::tr("Device:            %1\n")
                .arg(device.name.isEmpty() ? QStringLiteral("-") : Terminal::field(device.name));
    text += Text::tr("Client identifier: %1\n")
                .arg(device.clientIdentifier.isEmpty() ? QStringLiteral("-")
                                                       : Terminal::field(device.clientIdentifier));
    text += Text::tr("Access token:      %1 (the full token is in the --json output)\n")
                .arg(device.accessToken.isEmpty() ? QStringLiteral("-")
                                                  : Redaction::maskForDisplay(device.accessToken));
    text += u'\n' + connectionsTable(device.connections);
    return text;
}

QString probeText(const QString &title, const ConnectionDoctor &doctor)
{
    const int best = doctor.bestIndex();
    const QString name = Terminal::field(title);
    const QString reason = Terminal::field(doctor.bestReason());
    QString text = best >= 0
        ? Text::tr("%1: best connection %2\n  %3\n")
              .arg(name, Terminal::field(doctor.connections()[best].uri.toString()), reason)
        : Text::tr("%1: no usable connection\n  %2\n").arg(name, reason);
    QList<QStringList> rows;
    QStringList notes;
    for (qsizetype i = 0; i < doctor.results().size(); ++i) {
        const Connection &connection = doctor.connections()[i];
        const ProbeResult &result = doctor.results()[i];
        QString status = ProbeExplanations::statusSummary(result);
        if (i == best)
            status = Text::tr("%1 (best)").arg(status);
        rows.append({ connectionKind(connection), connection.protocol, connection.uri.toString(), status,
            result.latencyMs ? Text::tr("%1 ms").arg(*result.latencyMs) : QStringLiteral("-") });
        // Direct https connections that answered need no words; the others say why, or what to know.
        if (!result.explanation.isEmpty()
            && (!result.isUsable() || connection.relay || connection.protocol != QLatin1String("https"))) {
            notes.append(QStringLiteral("  ") + Terminal::field(connection.uri.toString())
                + QStringLiteral(": ") + Terminal::field(result.explanation) + u'\n');
        }
    }
    text += table(
        { Text::tr("KIND"), Text::tr("PROTOCOL"), Text::tr("URI"), Text::tr("STATUS"), Text::tr("LATENCY") },
        rows);
    return text + notes.join(QString());
}

} // namespace PlexAuth::Cli::Output
