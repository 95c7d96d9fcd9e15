#include "probeexplanations.h"

#include "errormapping.h"
#include "tokenpolicy.h"

#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

namespace PlexAuth::ProbeExplanations {

namespace {

QString protocolWord(const Connection &connection)
{
    return usesHttps(connection) ? QStringLiteral("https") : QStringLiteral("http");
}

QString secondsText(std::chrono::milliseconds timeout)
{
    return QLocale().toString(static_cast<double>(timeout.count()) / 1000.0, 'g', 3);
}

// The IP address a connection goes to, as text: its URI's host when that is an address, else its
// `address` field when that is one; empty otherwise.
QHostAddress connectionAddress(const Connection &connection)
{
    for (const QString &candidate : { connection.uri.host(), connection.address }) {
        QHostAddress address(candidate);
        if (!address.isNull())
            return address;
    }
    return {};
}

// Plex's plex.direct name for an address: https://<address, '.' or ':' replaced by '-'>.<hash>.plex.direct
// (LukeHagar/plex-api-spec, `servers`); the certificates of Plex servers cover *.<hash>.plex.direct.
QUrl plexDirectUri(const Connection &connection, const QStringList &certificateHosts)
{
    static const QRegularExpression wildcard(
        QStringLiteral("^\\*\\.([a-z0-9-]+)\\.plex\\.direct$"), QRegularExpression::CaseInsensitiveOption);
    QString hash;
    for (const QString &host : certificateHosts) {
        const QRegularExpressionMatch match = wildcard.match(host);
        if (match.hasMatch()) {
            hash = match.captured(1).toLower();
            break;
        }
    }
    QHostAddress address = connectionAddress(connection);
    if (hash.isEmpty() || address.isNull())
        return {};
    address.setScopeId(QString());
    QString label = address.toString().toLower();
    label.replace(address.protocol() == QAbstractSocket::IPv6Protocol ? u':' : u'.', u'-');
    QUrl uri;
    uri.setScheme(QStringLiteral("https"));
    uri.setHost(label + u'.' + hash + QStringLiteral(".plex.direct"));
    const int port = connection.uri.port(connection.port > 0 ? connection.port : 32400);
    uri.setPort(port);
    return uri;
}

} // namespace

QString statusSummary(const ProbeResult &probe)
{
    switch (probe.status) {
    case ProbeResult::Status::Pending:
        return {};
    case ProbeResult::Status::Probing:
        return ConnectionDoctor::tr("Testing…");
    case ProbeResult::Status::Reachable:
        return ConnectionDoctor::tr("Reachable");
    case ProbeResult::Status::WrongServer:
        return ConnectionDoctor::tr("Another server answers");
    case ProbeResult::Status::Failed:
        break;
    }
    if (!probe.error)
        return ConnectionDoctor::tr("Failed");
    switch (probe.error->kind) {
    case ErrorKind::Timeout:
        return ConnectionDoctor::tr("No answer (timed out)");
    case ErrorKind::ConnectionRefused:
        return ConnectionDoctor::tr("Refused");
    case ErrorKind::HostNotFound:
        return ConnectionDoctor::tr("Host not found");
    case ErrorKind::TlsFailure:
        return probe.error->certificateHosts.isEmpty()
            ? ConnectionDoctor::tr("Certificate not trusted")
            : ConnectionDoctor::tr("Certificate is for another name");
    case ErrorKind::ConnectionDropped:
        return ConnectionDoctor::tr("Connection dropped");
    case ErrorKind::Canceled:
        return ConnectionDoctor::tr("Stopped");
    default:
        return ConnectionDoctor::tr("Failed");
    }
}

bool usesHttps(const Connection &connection)
{
    const QString protocol = connection.protocol.isEmpty() ? connection.uri.scheme() : connection.protocol;
    return protocol.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

// Whole sentences per kind of connection, so translators never have to fit a word into a sentence.
QString onlyReachableReason(const Connection &best, int latency)
{
    return (best.local
            ? ConnectionDoctor::tr("The only reachable connection is the local one over %1 (%2 ms).")
            : ConnectionDoctor::tr("The only reachable connection is the remote one over %1 (%2 ms)."))
        .arg(protocolWord(best))
        .arg(latency);
}

QString lowestLatencyReason(const Connection &best, int latency)
{
    return (best.local ? ConnectionDoctor::tr("Local connection over %1 with the lowest latency (%2 ms).")
                       : ConnectionDoctor::tr("Remote connection over %1 with the lowest latency (%2 ms)."))
        .arg(protocolWord(best))
        .arg(latency);
}

// The best connection is never slower than a faster one of an earlier rank: https before http, then
// local, remote, relay.
QString preferredReason(const Connection &best, int latency, const Connection &faster, int fasterLatency)
{
    const QString lead = (best.local ? ConnectionDoctor::tr("Local connection over %1 (%2 ms).")
                                     : ConnectionDoctor::tr("Remote connection over %1 (%2 ms)."))
                             .arg(protocolWord(best))
                             .arg(latency);
    QString why;
    if (faster.relay)
        why = ConnectionDoctor::tr("It is preferred to the faster relay (%1 ms): direct connections come "
                                   "first, and the relay's bandwidth is limited.")
                  .arg(fasterLatency);
    else if (usesHttps(best) && !usesHttps(faster))
        why = (faster.local
                ? ConnectionDoctor::tr("It is preferred to the faster local connection over http "
                                       "(%1 ms): https comes before http.")
                : ConnectionDoctor::tr("It is preferred to the faster remote connection over http "
                                       "(%1 ms): https comes before http."))
                  .arg(fasterLatency);
    else
        why = ConnectionDoctor::tr("It is preferred to the faster remote connection over %1 (%2 ms): local "
                                   "connections come before remote ones.")
                  .arg(protocolWord(faster))
                  .arg(fasterLatency);
    return lead + u' ' + why;
}

QString reachableExplanation(const Connection &connection, const ServerIdentity &identity)
{
    if (connection.relay) {
        return ConnectionDoctor::tr(
            "Works, but through a relay at Plex, which has limited bandwidth: Plex caps relayed streams at a "
            "few Mbit/s (about 2 Mbit/s with Plex Pass and less without). Use it only when nothing direct "
            "works.");
    }
    if (!usesHttps(connection)) {
        return connection.local
            ? ConnectionDoctor::tr("Answers over plain http on the local network: the connection is not "
                                   "encrypted, which is acceptable only on a network you trust.")
            : ConnectionDoctor::tr("Answers over plain http across the internet: the connection is not "
                                   "encrypted, so anything sent over it, a token included, can be read on "
                                   "the way. Prefer an https connection.");
    }
    return identity.version.isEmpty()
        ? ConnectionDoctor::tr("Answers as this server over a secure connection.")
        : ConnectionDoctor::tr("Answers as this server (version %1) over a secure connection.")
              .arg(identity.version);
}

void explainFailure(const Connection &connection, std::chrono::milliseconds timeout, ProbeResult &result)
{
    const PlexError &error = *result.error;
    const QString host = connection.uri.host();
    const int port = connection.uri.port(connection.port);
    switch (error.kind) {
    case ErrorKind::TlsFailure:
        if (!error.certificateHosts.isEmpty()) {
            result.suggestedUri = plexDirectUri(connection, error.certificateHosts);
            const QString names = error.certificateHosts.join(QStringLiteral(", "));
            result.explanation = result.suggestedUri.isValid()
                ? ConnectionDoctor::tr("The certificate at this address is for %1, not for %2, so the "
                                       "connection was refused (certificate checks stay on). A Plex server's "
                                       "certificate covers its plex.direct names: use %3 instead.")
                      .arg(names, host, result.suggestedUri.toString())
                : ConnectionDoctor::tr("The certificate at this address is for %1, not for %2, so the "
                                       "connection was refused (certificate checks stay on). Connect with a "
                                       "name the certificate covers.")
                      .arg(names, host);
        } else {
            result.explanation = ConnectionDoctor::tr(
                "The certificate at this address is not trusted, so the connection was refused "
                "(certificate checks stay on). Something may be intercepting the connection (an antivirus "
                "or a company proxy), or the server's certificate is self-signed or expired.");
        }
        return;
    case ErrorKind::HostNotFound: {
        if (!host.endsWith(QLatin1String(".plex.direct"), Qt::CaseInsensitive)) {
            result.explanation = ConnectionDoctor::tr("The name %1 could not be looked up: check the address "
                                                      "and this computer's network and DNS settings.")
                                     .arg(host);
            return;
        }
        // DNS-rebinding protection drops answers that point into the local network.
        const QHostAddress address = connectionAddress(connection);
        if (!connection.local
            && (address.isNull() || !TokenPolicy::isPrivateNetworkHost(address.toString()))) {
            result.explanation = ConnectionDoctor::tr(
                "The name %1 could not be looked up: check this computer's internet connection and DNS "
                "settings. A DNS filter that blocks plex.direct names does this too: allow plex.direct "
                "there.")
                                     .arg(host);
            return;
        }
        const QString rebinding = ConnectionDoctor::tr(
            "The name %1 could not be looked up. plex.direct names resolve to the server's own address, and "
            "routers and DNS filters with DNS-rebinding protection block answers that point into the local "
            "network.")
                                      .arg(host);
        result.explanation = rebinding + u' '
            + (address.isNull()
                    ? ConnectionDoctor::tr("Allow plex.direct in the router's or Pi-hole's rebinding "
                                           "protection, or connect with the server's local IP address "
                                           "instead.")
                    : ConnectionDoctor::tr("Allow plex.direct in the router's or Pi-hole's rebinding "
                                           "protection, or connect with the server's local IP address "
                                           "(%1) instead.")
                          .arg(address.toString()));
        return;
    }
    case ErrorKind::ConnectionRefused:
        result.explanation = ConnectionDoctor::tr("Nothing is listening on port %1 of %2: the server is not "
                                                  "running, or it listens on another port.")
                                 .arg(port)
                                 .arg(host);
        return;
    case ErrorKind::Timeout:
        result.explanation = ConnectionDoctor::tr(
            "No answer within %1 s: a firewall may be dropping the connection, this computer may be on "
            "another network than the address (a local address seen from outside, for example), or the "
            "server may be asleep or overloaded.")
                                 .arg(secondsText(timeout));
        return;
    case ErrorKind::ConnectionDropped:
        result.explanation = ConnectionDoctor::tr(
            "The connection opened but was closed before an answer came: a proxy, VPN or firewall on "
            "the way may be cutting it, or the server restarted. Try again.");
        return;
    case ErrorKind::Canceled:
        result.explanation = ConnectionDoctor::tr("The test was stopped before this address answered.");
        return;
    default:
        result.explanation = error.message;
        return;
    }
}

} // namespace PlexAuth::ProbeExplanations
