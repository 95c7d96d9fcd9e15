#include "connectiondoctor.h"

#include "probeexplanations.h"

#include <algorithm>
#include <tuple>

namespace PlexAuth {

using namespace ProbeExplanations;

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
    // Any https before any http: a token may cross an encrypted relay, never a plain network.
    const int kind = connection.relay ? 2 : (connection.local ? 0 : 1);
    return (usesHttps(connection) ? 0 : 3) + kind;
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
        m_connections[index].uri.toUrl(), this,
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
    if (m_policy && !m_expected.isEmpty()) {
        if (probe.status == ProbeResult::Status::Reachable)
            m_policy->recordVerified(connection.uri.toUrl(), m_expected);
        else if (probe.status == ProbeResult::Status::WrongServer)
            m_policy->forgetVerified(connection.uri.toUrl());
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
            ErrorMapping::canceled({ Peer::MediaServer, Purpose::General, m_connections[i].uri.toUrl() }),
            m_timeout);
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

QList<int> ConnectionDoctor::rankedUsable() const
{
    QList<int> usable;
    for (int i = 0; i < m_results.size(); ++i) {
        if (m_results[i].isUsable())
            usable.append(i);
    }
    std::sort(usable.begin(), usable.end(), [this](int a, int b) {
        return std::tuple(preferenceRank(m_connections[a]), m_results[a].latencyMs.value_or(0), a)
            < std::tuple(preferenceRank(m_connections[b]), m_results[b].latencyMs.value_or(0), b);
    });
    return usable;
}

void ConnectionDoctor::chooseBest()
{
    const QList<int> ranked = rankedUsable();
    m_best = ranked.isEmpty() ? -1 : ranked.first();
    const auto reachable = ranked.size();
    int fastest = -1;
    for (const int i : ranked) {
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
    bool directAnswered = false;
    for (int i = 0; i < m_results.size(); ++i)
        directAnswered = directAnswered || (m_results[i].isUsable() && !m_connections[i].relay);
    if (best.relay && directAnswered) {
        m_bestReason = tr("The relay over https (%1 ms) is used because the direct connections that answered "
                          "are plain http: https comes before http, though the relay's bandwidth is limited.")
                           .arg(latency);
    } else if (best.relay) {
        m_bestReason = tr("No direct connection answered; the relay works (%1 ms) but its bandwidth is "
                          "limited.")
                           .arg(latency);
    } else if (reachable == 1) {
        m_bestReason = onlyReachableReason(best, latency);
    } else if (m_results[fastest].latencyMs.value_or(0) >= latency) {
        m_bestReason = lowestLatencyReason(best, latency);
    } else {
        m_bestReason = preferredReason(
            best, latency, m_connections[fastest], m_results[fastest].latencyMs.value_or(0));
    }
}

} // namespace PlexAuth
