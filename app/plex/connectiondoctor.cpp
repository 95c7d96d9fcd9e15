#include "connectiondoctor.h"

#include "errormapping.h"
#include "localaddress.h"

#include <QHostAddress>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <tuple>

namespace PlexAuth {

namespace {

bool usesHttps(const Connection &connection)
{
    const QString protocol = connection.protocol.isEmpty() ? connection.uri.scheme() : connection.protocol;
    return protocol.compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
}

QString protocolWord(const Connection &connection)
{
    return usesHttps(connection) ? QStringLiteral("https") : QStringLiteral("http");
}

// "Local", "Remote", "Relay": the start of a sentence.
QString kindWord(const Connection &connection)
{
    if (connection.relay)
        return ConnectionDoctor::tr("Relay");
    return connection.local ? ConnectionDoctor::tr("Local") : ConnectionDoctor::tr("Remote");
}

QString kindNoun(const Connection &connection)
{
    if (connection.relay)
        return ConnectionDoctor::tr("relay");
    return connection.local ? ConnectionDoctor::tr("local") : ConnectionDoctor::tr("remote");
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
// (shared/docs/plex-auth-api.md §1.1); the certificates of Plex servers cover *.<hash>.plex.direct.
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
        if (!connection.local && (address.isNull() || !isLocalNetworkHost(address.toString()))) {
            result.explanation = ConnectionDoctor::tr(
                "The name %1 could not be looked up: check this computer's internet connection and DNS "
                "settings. A DNS filter that blocks plex.direct names does this too: allow plex.direct "
                "there.")
                                     .arg(host);
            return;
        }
        result.explanation = ConnectionDoctor::tr(
            "The name %1 could not be looked up. plex.direct names resolve to the server's own address, and "
            "routers and DNS filters with DNS-rebinding protection block answers that point into the local "
            "network. Allow plex.direct in the router's or Pi-hole's rebinding protection, or connect with "
            "the server's local IP address%2 instead.")
                                 .arg(host,
                                     address.isNull() ? QString()
                                                      : QStringLiteral(" (%1)").arg(address.toString()));
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

} // namespace

QString probeStatusName(ProbeResult::Status status)
{
    switch (status) {
    case ProbeResult::Status::Pending:
        return QStringLiteral("pending");
    case ProbeResult::Status::Probing:
        return QStringLiteral("probing");
    case ProbeResult::Status::Reachable:
        return QStringLiteral("reachable");
    case ProbeResult::Status::WrongServer:
        return QStringLiteral("wrong-server");
    case ProbeResult::Status::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("failed");
}

ProbeResult ConnectionDoctor::failedProbe(
    const Connection &connection, const PlexError &error, std::chrono::milliseconds timeout)
{
    ProbeResult result;
    result.status = ProbeResult::Status::Failed;
    result.error = error;
    explainFailure(connection, timeout, result);
    return result;
}

ConnectionDoctor::ConnectionDoctor(MediaServerClient *mediaServer, QObject *parent)
    : QObject(parent)
    , m_mediaServer(mediaServer)
{ }

ConnectionDoctor::~ConnectionDoctor()
{
    ++m_run;
    abortCalls();
}

int ConnectionDoctor::preferenceRank(const Connection &connection)
{
    const int kind = connection.relay ? 4 : (connection.local ? 0 : 2);
    return kind + (usesHttps(connection) ? 0 : 1);
}

void ConnectionDoctor::start(const QString &expectedMachineIdentifier, const QList<Connection> &connections)
{
    cancel();
    const quint64 run = ++m_run;
    m_expected = expectedMachineIdentifier;
    m_connections = connections;
    m_results = QList<ProbeResult>(connections.size());
    m_calls = QList<QPointer<PlexCall>>(connections.size());
    m_best = -1;
    m_bestReason.clear();
    m_elapsedMs = 0;
    m_pending = int(connections.size());
    m_clock.start();
    if (m_pending == 0) {
        chooseBest();
        Q_EMIT finished();
        return;
    }
    for (ProbeResult &result : m_results)
        result.status = ProbeResult::Status::Probing;
    // All at once: the calls start from the event loop, so none answers before every one is sent.
    for (int i = 0; i < m_connections.size(); ++i)
        probe(i);
    for (int i = 0; i < m_connections.size() && run == m_run; ++i)
        Q_EMIT probeUpdated(i);
}

void ConnectionDoctor::probe(int index)
{
    const quint64 run = m_run;
    QElapsedTimer timer;
    timer.start();
    m_calls[index] = m_mediaServer->identity(
        m_connections[index].uri, this,
        [this, run, index, timer](const Result<ServerIdentity> &result) {
            if (run == m_run)
                answered(index, result, timer.elapsed());
        },
        m_timeout);
}

void ConnectionDoctor::answered(int index, const Result<ServerIdentity> &result, qint64 latencyMs)
{
    const Connection &connection = m_connections[index];
    ProbeResult &probe = m_results[index];
    m_calls[index] = nullptr;
    if (result.ok()) {
        const ServerIdentity &identity = result.value();
        probe.latencyMs = int(latencyMs);
        probe.machineIdentifier = identity.machineIdentifier;
        probe.serverVersion = identity.version;
        if (!m_expected.isEmpty()
            && identity.machineIdentifier.compare(m_expected, Qt::CaseInsensitive) != 0) {
            probe.status = ProbeResult::Status::WrongServer;
            probe.explanation
                = tr("This address answers as another Plex Media Server (machine identifier %1), not %2; "
                     "the address may belong to a different server on that network.")
                      .arg(identity.machineIdentifier.isEmpty() ? tr("none") : identity.machineIdentifier,
                          m_expected);
        } else {
            probe.status = ProbeResult::Status::Reachable;
            probe.explanation = reachableExplanation(connection, identity);
        }
    } else {
        probe = failedProbe(connection, result.error(), m_timeout);
    }

    const quint64 run = m_run;
    if (--m_pending == 0) {
        m_elapsedMs = m_clock.elapsed();
        chooseBest();
    }
    Q_EMIT probeUpdated(index);
    if (run == m_run && m_pending == 0)
        Q_EMIT finished();
}

void ConnectionDoctor::cancel()
{
    if (m_pending == 0)
        return;
    const quint64 run = ++m_run; // whatever the aborted calls still report is ignored
    abortCalls();
    QList<int> stopped;
    for (int i = 0; i < m_results.size(); ++i) {
        ProbeResult &probe = m_results[i];
        if (probe.status != ProbeResult::Status::Probing)
            continue;
        probe = failedProbe(m_connections[i],
            ErrorMapping::canceled({ Peer::MediaServer, Purpose::General, m_connections[i].uri }), m_timeout);
        stopped.append(i);
    }
    m_pending = 0;
    m_elapsedMs = m_clock.elapsed();
    chooseBest();
    for (int i : std::as_const(stopped)) {
        if (run != m_run)
            return;
        Q_EMIT probeUpdated(i);
    }
    if (run == m_run)
        Q_EMIT finished();
}

void ConnectionDoctor::abortCalls()
{
    const QList<QPointer<PlexCall>> calls = std::exchange(m_calls, QList<QPointer<PlexCall>>(m_calls.size()));
    for (const QPointer<PlexCall> &call : calls) {
        if (call)
            call->abort();
    }
}

void ConnectionDoctor::chooseBest()
{
    m_best = -1;
    int reachable = 0;
    int fastest = -1;
    const auto key = [this](int index) {
        return std::tuple(
            preferenceRank(m_connections[index]), m_results[index].latencyMs.value_or(0), index);
    };
    for (int i = 0; i < m_results.size(); ++i) {
        if (!m_results[i].isUsable())
            continue;
        ++reachable;
        if (m_best < 0 || key(i) < key(m_best))
            m_best = i;
        if (fastest < 0 || m_results[i].latencyMs.value_or(0) < m_results[fastest].latencyMs.value_or(0))
            fastest = i;
    }
    if (m_best < 0) {
        const auto wrong = std::count_if(m_results.cbegin(), m_results.cend(),
            [](const ProbeResult &result) { return result.status == ProbeResult::Status::WrongServer; });
        if (m_connections.isEmpty())
            m_bestReason = tr("There are no connections to test.");
        else if (wrong > 0)
            m_bestReason = tr(
                "No connection answered as this server; %n answered as another one.", nullptr, int(wrong));
        else
            m_bestReason = m_expected.isEmpty() ? tr("No connection answered.")
                                                : tr("No connection answered as this server.");
        return;
    }
    const Connection &best = m_connections[m_best];
    const int latency = m_results[m_best].latencyMs.value_or(0);
    if (best.relay) {
        m_bestReason = tr("No direct connection answered; the relay works (%1 ms) but its bandwidth is "
                          "limited.")
                           .arg(latency);
    } else if (reachable == 1) {
        m_bestReason = tr("The only reachable connection: %1 over %2 (%3 ms).")
                           .arg(kindNoun(best), protocolWord(best))
                           .arg(latency);
    } else if (m_results[fastest].latencyMs.value_or(0) >= latency) {
        m_bestReason = tr("%1 connection over %2 with the lowest latency (%3 ms).")
                           .arg(kindWord(best), protocolWord(best))
                           .arg(latency);
    } else {
        const Connection &faster = m_connections[fastest];
        m_bestReason = tr("%1 connection over %2 (%3 ms), preferred to the faster %4 one over %5 (%6 ms): "
                          "local comes before remote and relay, https before http.")
                           .arg(kindWord(best), protocolWord(best))
                           .arg(latency)
                           .arg(kindNoun(faster), protocolWord(faster))
                           .arg(m_results[fastest].latencyMs.value_or(0));
    }
}

} // namespace PlexAuth
