#pragma once

#include "connectiondoctor.h"
#include "plextypes.h"
#include "storedaccount.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace PlexAuth::Cli::Output {

// JSON shapes of the command line's --json output. Dates are ISO 8601 in UTC; absent values are
// left out. Tokens appear only where the command's purpose is to hand one over.
QJsonObject storedAccountJson(const StoredAccount &account, bool isDefault);
QJsonObject accountJson(const Account &account);
QJsonObject connectionJson(const Connection &connection);
QJsonObject serverJson(const PlexServer &server);
QJsonObject sourceDeviceJson(const SourceDevice &device);
QJsonObject transientTokenJson(const TransientToken &token, const QUrl &server);
// What --probe found: {best: uri or null, reason, elapsedMs, connections: [{uri, status, latencyMs,
// error, explanation, suggestedUri, machineIdentifier}]}.
QJsonObject probeJson(const ConnectionDoctor &doctor);
QString toText(const QJsonObject &object);
QString toText(const QJsonArray &array);

// Aligned plain-text tables for people; every value goes through Terminal::field().
QString table(const QStringList &header, const QList<QStringList> &rows);
QString accountsTable(const QList<StoredAccount> &accounts, const QString &defaultUuid);
QString accountFields(const Account &account);
QString serversTable(const QList<PlexServer> &servers);
QString connectionsTable(const QList<Connection> &connections);
QString sourceDeviceText(const SourceDevice &device);
// --probe for people: `title`'s best connection and why, each connection's status and latency, and
// the explanation of each one that is not usable or has a caveat.
QString probeText(const QString &title, const ConnectionDoctor &doctor);

QString localTime(const QDateTime &when);
QString localTime(const std::optional<QDateTime> &when); // "-" for none, as for an invalid time

} // namespace PlexAuth::Cli::Output
