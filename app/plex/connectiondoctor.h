#pragma once

#include "mediaserverclient.h"
#include "plextypes.h"
#include "tokenpolicy.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <chrono>

namespace PlexAuth {

// What one probe of one connection found.
struct ProbeResult
{
    enum class Status
    {
        Pending, // not probed yet
        Probing,
        Reachable, // answered /identity as the expected server
        WrongServer, // answered, but as another server (machineIdentifier differs)
        Failed,
    };

    Status status = Status::Pending;
    std::optional<int> latencyMs; // for answers (Reachable, WrongServer) only
    QString machineIdentifier; // what the address answered
    QString serverVersion;
    std::optional<PlexError> error;
    QString explanation; // in words: why it failed, or what to know about it (e.g. relay limits)
    QUrl suggestedUri; // on a certificate name mismatch: the plex.direct address the certificate covers

    bool isUsable() const { return status == Status::Reachable; }
};

QString probeStatusName(ProbeResult::Status status);

// The connection doctor: probes every connection of one server at once (GET {uri}/identity,
// which needs no token, so none is sent to an address that has not yet proved to be this server),
// each with its own timeout, checks that the answer comes from the expected server, explains each
// failure in words, and picks the best connection: https before http, then local before remote before
// relay, then the lowest latency. Certificate checks stay on.
class ConnectionDoctor final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionDoctor)

public:
    explicit ConnectionDoctor(MediaServerClient *mediaServer, QObject *parent = nullptr);
    ~ConnectionDoctor() override; // aborts the probes still running, without emitting anything

    void setProbeTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    // Where an address that answered as the expected server is recorded as verified for this run
    // (and one that answered as another server is forgotten). Optional; must outlive the doctor.
    void setTokenPolicy(TokenPolicy *policy) { m_policy = policy; }
    std::chrono::milliseconds probeTimeout() const { return m_timeout; }

    // Starts probing; a run in progress is canceled first. An empty `expectedMachineIdentifier`
    // accepts any server that answers. Every run ends with one finished(): when the last probe has
    // answered or failed (at once for no connections), or on cancel().
    void start(const QString &expectedMachineIdentifier, const QList<Connection> &connections);
    // Aborts the probes still running: they become Failed with a Canceled error, the answers that
    // already arrived are kept and the best is chosen among them, then finished(). Late answers of a
    // canceled run are ignored. Does nothing when no run is in progress.
    void cancel();
    bool isRunning() const { return m_pending > 0; }

    const QList<Connection> &connections() const { return m_connections; }
    const QList<ProbeResult> &results() const { return m_results; }
    // The usable connections (answered as the expected server), best first: the one ranking.
    QList<int> rankedUsable() const;
    // The best usable connection, or -1; and why it was chosen, in words.
    int bestIndex() const { return m_best; }
    QString bestReason() const { return m_bestReason; }
    // How long the last run took, from start to its last answer.
    qint64 elapsedMs() const { return m_elapsedMs; }

    // Lower is better: https before http, then local before remote before relay (no latency here).
    static int preferenceRank(const Connection &connection);
    // A failed probe of `connection`: `error`, why it failed in words (`timeout` is the probe timeout),
    // and on a certificate name mismatch the plex.direct address the certificate covers.
    static ProbeResult failedProbe(
        const Connection &connection, const PlexError &error, std::chrono::milliseconds timeout);

Q_SIGNALS:
    void probeUpdated(int index);
    void finished();

private:
    void probe(int index);
    void answered(int index, const Result<ServerIdentity> &result, qint64 latencyMs);
    void chooseBest();
    void abortCalls();

    MediaServerClient *m_mediaServer;
    TokenPolicy *m_policy = nullptr;
    std::chrono::milliseconds m_timeout { 5000 };
    QString m_expected;
    QList<Connection> m_connections;
    QList<ProbeResult> m_results;
    QList<QPointer<PlexCall>> m_calls;
    QElapsedTimer m_clock;
    qint64 m_elapsedMs = 0;
    int m_pending = 0;
    int m_best = -1;
    QString m_bestReason;
    quint64 m_run = 0;
};

} // namespace PlexAuth
