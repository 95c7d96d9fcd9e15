// The connection doctor against several fake Plex Media Servers on loopback at once, over real HTTP
// and TLS: concurrency, timeouts, refusals, unknown names, another server answering, certificates for
// other names, the choice of the best connection, cancellation, and what each probe sends.
#include "probeservers.h"
#include "testsupport.h"

#include <QSslConfiguration>

#include <numeric>

using namespace PlexAuth;
using namespace ProbeServers;
using namespace Qt::Literals::StringLiterals;
using FakePlex::FaultKind;
using Status = ProbeResult::Status;

namespace {
const QString plexDirectHash = u"546684a3d18ac5c39037360ec9ce900b"_s;

FakePlex::Fault delay(int ms)
{
    FakePlex::Fault fault = TestSupport::fault(FaultKind::Delay);
    fault.delayMs = ms;
    return fault;
}

QByteArray describe(const ConnectionDoctor &doctor)
{
    QString text = u"best %1: %2\n"_s.arg(doctor.bestIndex()).arg(doctor.bestReason());
    for (int i = 0; i < doctor.results().size(); ++i) {
        const ProbeResult &result = doctor.results()[i];
        text += u"  %1 %2 %3 ms: %4\n"_s
                    .arg(doctor.connections()[i].uri.toString(), probeStatusName(result.status))
                    .arg(result.latencyMs.value_or(-1))
                    .arg(result.explanation);
    }
    return text.toUtf8();
}

// Adds a certificate to the trusted ones while it lives: how the tests get a trusted https server on
// loopback without ever turning certificate checks off.
class TrustedCertificate
{
public:
    explicit TrustedCertificate(const QSslCertificate &certificate)
        : m_saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration configuration = m_saved;
        configuration.addCaCertificate(certificate);
        QSslConfiguration::setDefaultConfiguration(configuration);
    }
    ~TrustedCertificate() { QSslConfiguration::setDefaultConfiguration(m_saved); }
    Q_DISABLE_COPY_MOVE(TrustedCertificate)

private:
    QSslConfiguration m_saved;
};
} // namespace

class TestConnectionDoctor : public QObject
{
    Q_OBJECT

private:
    std::optional<TlsIdentity> m_plexDirectCertificate; // *.<hash>.plex.direct, untrusted
    std::optional<TlsIdentity> m_loopbackCertificate; // IP:127.0.0.1, trusted by the tests that want it

private Q_SLOTS:
    void initTestCase()
    {
        m_plexDirectCertificate = makeCertificate(u"192-168-1-44."_s + plexDirectHash + u".plex.direct"_s,
            u"DNS:*."_s + plexDirectHash + u".plex.direct"_s);
        QVERIFY2(m_plexDirectCertificate, "openssl could not make a certificate");
        m_loopbackCertificate = makeCertificate(u"127.0.0.1"_s, u"IP:127.0.0.1"_s);
        QVERIFY2(m_loopbackCertificate, "openssl could not make a certificate");
    }

    void preferenceRankOrdersProtocolsThenKinds()
    {
        const auto rank = [](const char *uri, bool local, bool relay) {
            return ConnectionDoctor::preferenceRank(
                connectionTo(QUrl(QString::fromLatin1(uri)), local, relay));
        };
        // Any https before any http, then local, remote, relay.
        QCOMPARE(rank("https://10.0.0.5:32400", true, false), 0);
        QCOMPARE(rank("https://203.0.113.7:32400", false, false), 1);
        QCOMPARE(rank("https://198.51.100.20:8443", false, true), 2);
        QCOMPARE(rank("http://10.0.0.5:32400", true, false), 3);
        QCOMPARE(rank("http://203.0.113.7:32400", false, false), 4);
        QCOMPARE(rank("http://198.51.100.20:8443", false, true), 5);
    }

    void aReachableLocalConnectionIsBest()
    {
        TestSupport::Harness h;
        ConnectionDoctor doctor(&h.mediaServer);
        QSignalSpy updated(&doctor, &ConnectionDoctor::probeUpdated);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        const QList<Connection> connections { connectionTo(h.server.mediaServerUrl(), true) };
        QVERIFY(runToEnd(doctor, livingRoomId, connections));
        QVERIFY2(doctor.bestIndex() == 0, describe(doctor).constData());
        const ProbeResult &result = doctor.results().first();
        QCOMPARE(result.status, Status::Reachable);
        QVERIFY(result.isUsable());
        QVERIFY(result.latencyMs && *result.latencyMs >= 0 && *result.latencyMs < 5000);
        QCOMPARE(result.machineIdentifier, livingRoomId);
        QCOMPARE(result.serverVersion, livingRoomVersion);
        QVERIFY2(result.explanation.contains(u"plain http"_s), qPrintable(result.explanation));
        QVERIFY2(
            doctor.bestReason().contains(u"only reachable connection"_s), qPrintable(doctor.bestReason()));
        QVERIFY(!doctor.isRunning());
        QCOMPARE(finished.size(), 1);
        // Probing first, then the answer.
        QCOMPARE(updated.size(), 2);
        QVERIFY(doctor.elapsedMs() >= *result.latencyMs);

        // /identity only, with this app's client identifier and never a token.
        const QList<FakePlex::RecordedRequest> requests = h.server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, u"/identity"_s);
        QCOMPARE(requests.first().header("x-plex-client-identifier"),
            QByteArray(TestSupport::Harness::testClientIdentifier));
        QVERIFY(requests.first().header("x-plex-token").isEmpty());
    }

    void probesRunConcurrently()
    {
        TestSupport::Harness h;
        const QList<int> delays { 600, 200, 400 };
        std::vector<std::unique_ptr<FakePlex::Server>> servers;
        QList<Connection> connections;
        for (int ms : delays) {
            servers.push_back(startServer());
            QVERIFY(servers.back());
            servers.back()->setFault(u"/identity"_s, delay(ms));
            connections.append(connectionTo(servers.back()->mediaServerUrl(), true));
        }
        ConnectionDoctor doctor(&h.mediaServer);
        QVERIFY(runToEnd(doctor, livingRoomId, connections));
        for (int i = 0; i < delays.size(); ++i) {
            const ProbeResult &result = doctor.results()[i];
            QVERIFY2(result.status == Status::Reachable, describe(doctor).constData());
            QVERIFY2(*result.latencyMs >= delays[i], describe(doctor).constData());
        }
        const int slowest = *std::max_element(delays.begin(), delays.end());
        const int sum = std::accumulate(delays.begin(), delays.end(), 0);
        qInfo("three probes answering after 200/400/600 ms: %lld ms in all (slowest %d, sum %d)",
            doctor.elapsedMs(), slowest, sum);
        QVERIFY2(doctor.elapsedMs() >= slowest, describe(doctor).constData());
        QVERIFY2(doctor.elapsedMs() < sum, describe(doctor).constData());
        // Equal kinds: the lowest latency wins.
        QCOMPARE(doctor.bestIndex(), 1);
        QVERIFY2(doctor.bestReason().contains(u"lowest latency"_s), qPrintable(doctor.bestReason()));
        for (const auto &server : servers) {
            QCOMPARE(server->requestCount(u"/identity"_s), 1);
            const FakePlex::RecordedRequest request = server->requests().first();
            QVERIFY(request.header("x-plex-token").isEmpty());
            QVERIFY(!request.header("x-plex-client-identifier").isEmpty());
        }
    }

    void aHangingServerTimesOut()
    {
        TestSupport::Harness h;
        h.server.setFault(u"/identity"_s, TestSupport::fault(FaultKind::Hang));
        ConnectionDoctor doctor(&h.mediaServer);
        doctor.setProbeTimeout(std::chrono::milliseconds(300));
        QVERIFY(runToEnd(doctor, livingRoomId, { connectionTo(h.server.mediaServerUrl(), false) }));
        const ProbeResult &result = doctor.results().first();
        QCOMPARE(result.status, Status::Failed);
        QCOMPARE(errorKindName(result.error->kind), errorKindName(ErrorKind::Timeout));
        QVERIFY2(result.explanation.contains(u"No answer within 0.3 s"_s), qPrintable(result.explanation));
        QVERIFY2(result.explanation.contains(u"firewall"_s), qPrintable(result.explanation));
        QVERIFY(!result.latencyMs);
        QCOMPARE(doctor.bestIndex(), -1);
        // A coarse timer may fire up to 5 % early.
        QVERIFY2(doctor.elapsedMs() >= 280 && doctor.elapsedMs() < 3000, describe(doctor).constData());
    }

    void aClosedPortIsRefused()
    {
        TestSupport::Harness h;
        const quint16 port = closedPort();
        ConnectionDoctor doctor(&h.mediaServer);
        QVERIFY(runToEnd(doctor, livingRoomId, { connectionTo(loopbackUrl(port), true) }));
        const ProbeResult &result = doctor.results().first();
        QCOMPARE(errorKindName(result.error->kind), errorKindName(ErrorKind::ConnectionRefused));
        QVERIFY2(result.explanation.contains(u"Nothing is listening on port %1"_s.arg(port)),
            qPrintable(result.explanation));
        QVERIFY2(doctor.bestReason().contains(u"No connection answered"_s), qPrintable(doctor.bestReason()));
    }

    void anUnknownNameIsExplained()
    {
        TestSupport::Harness h;
        ConnectionDoctor doctor(&h.mediaServer);
        QVERIFY(runToEnd(
            doctor, livingRoomId, { connectionTo(QUrl(u"https://nonexistent.invalid:32400"_s), false) }));
        const ProbeResult &result = doctor.results().first();
        QCOMPARE(errorKindName(result.error->kind), errorKindName(ErrorKind::HostNotFound));
        QVERIFY2(result.explanation.contains(u"nonexistent.invalid could not be looked up"_s),
            qPrintable(result.explanation));
        QVERIFY2(!result.explanation.contains(u"rebinding"_s), qPrintable(result.explanation));
    }

    void anUnknownPlexDirectNameBlamesDnsRebindingProtection()
    {
        // plex.direct names cannot be made to fail on demand offline: the explanation of the same
        // error the network layer reports for them.
        Connection connection
            = connectionTo(QUrl(u"https://192-168-1-44."_s + plexDirectHash + u".plex.direct:32400"_s), true);
        connection.address = u"192.168.1.44"_s;
        PlexError error;
        error.kind = ErrorKind::HostNotFound;
        const ProbeResult result = ConnectionDoctor::failedProbe(connection, error, std::chrono::seconds(5));
        QCOMPARE(result.status, Status::Failed);
        QVERIFY2(result.explanation.contains(u"DNS-rebinding protection"_s), qPrintable(result.explanation));
        QVERIFY2(result.explanation.contains(u"Allow plex.direct"_s), qPrintable(result.explanation));
        QVERIFY2(result.explanation.contains(u"(192.168.1.44)"_s), qPrintable(result.explanation));

        // Rebinding protection only drops answers that point into the local network.
        Connection remote
            = connectionTo(QUrl(u"https://203-0-113-7."_s + plexDirectHash + u".plex.direct:32400"_s), false);
        remote.address = u"203.0.113.7"_s;
        const QString publicExplanation
            = ConnectionDoctor::failedProbe(remote, error, std::chrono::seconds(5)).explanation;
        QVERIFY2(!publicExplanation.contains(u"rebinding"_s), qPrintable(publicExplanation));
        QVERIFY2(publicExplanation.contains(u"internet connection"_s), qPrintable(publicExplanation));
    }

    void anIpv6AddressGetsItsPlexDirectName()
    {
        const Connection connection = connectionTo(QUrl(u"https://[2001:db8::7]:32400"_s), false);
        PlexError error;
        error.kind = ErrorKind::TlsFailure;
        error.certificateHosts = { u"*."_s + plexDirectHash + u".plex.direct"_s };
        const ProbeResult result = ConnectionDoctor::failedProbe(connection, error, std::chrono::seconds(5));
        QCOMPARE(
            result.suggestedUri, QUrl(u"https://2001-db8--7."_s + plexDirectHash + u".plex.direct:32400"_s));
    }

    void anotherServerAnsweringIsReported()
    {
        TestSupport::Harness h;
        const auto other = startServer(u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(other);
        ConnectionDoctor doctor(&h.mediaServer);
        QVERIFY(runToEnd(doctor, livingRoomId, { connectionTo(other->mediaServerUrl(), true) }));
        const ProbeResult &result = doctor.results().first();
        QCOMPARE(result.status, Status::WrongServer);
        QVERIFY(!result.isUsable());
        QVERIFY(result.latencyMs.has_value());
        QCOMPARE(result.machineIdentifier, u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY2(result.explanation.contains(u"another Plex Media Server (machine identifier "
                                             "0123456789abcdef0123456789abcdef), not "_s
                     + livingRoomId),
            qPrintable(result.explanation));
        QCOMPARE(doctor.bestIndex(), -1);
        QVERIFY2(
            doctor.bestReason().contains(u"1 answered as another one"_s), qPrintable(doctor.bestReason()));

        // Without an expected identifier, any server that answers will do.
        QVERIFY(runToEnd(doctor, QString(), { connectionTo(other->mediaServerUrl(), true) }));
        QCOMPARE(doctor.results().first().status, Status::Reachable);
        QCOMPARE(doctor.bestIndex(), 0);
    }

    void aCertificateForOtherNamesSuggestsThePlexDirectAddress()
    {
        TestSupport::Harness h;
        const auto tls = startServer(livingRoomId, m_plexDirectCertificate);
        QVERIFY(tls);
        ConnectionDoctor doctor(&h.mediaServer);
        const QUrl uri = loopbackUrl(tls->port(), true);
        QVERIFY(runToEnd(doctor, livingRoomId, { connectionTo(uri, true) }));
        const ProbeResult &result = doctor.results().first();
        QVERIFY2(result.status == Status::Failed, describe(doctor).constData());
        QCOMPARE(errorKindName(result.error->kind), errorKindName(ErrorKind::TlsFailure));
        const QString wildcard = u"*."_s + plexDirectHash + u".plex.direct"_s;
        QVERIFY2(result.explanation.contains(wildcard), qPrintable(result.explanation));
        QVERIFY2(
            result.explanation.contains(u"certificate checks stay on"_s), qPrintable(result.explanation));
        const QUrl suggested(u"https://127-0-0-1.%1.plex.direct:%2"_s.arg(plexDirectHash).arg(tls->port()));
        QCOMPARE(result.suggestedUri, suggested);
        QVERIFY2(result.explanation.contains(suggested.toString()), qPrintable(result.explanation));
        // The handshake was refused: nothing reached the server.
        QCOMPARE(tls->requestCount(u"/identity"_s), 0);
    }

    void anUntrustedCertificateIsExplained()
    {
        TestSupport::Harness h;
        const auto tls = startServer(livingRoomId, m_loopbackCertificate); // right name, not trusted
        QVERIFY(tls);
        ConnectionDoctor doctor(&h.mediaServer);
        QVERIFY(runToEnd(doctor, livingRoomId, { connectionTo(loopbackUrl(tls->port(), true), true) }));
        const ProbeResult &result = doctor.results().first();
        QCOMPARE(errorKindName(result.error->kind), errorKindName(ErrorKind::TlsFailure));
        QVERIFY2(result.explanation.contains(u"not trusted"_s), qPrintable(result.explanation));
        QVERIFY(result.suggestedUri.isEmpty());
        QCOMPARE(tls->requestCount(u"/identity"_s), 0);
    }

    void theBestIsHttpsThenLocalThenRemoteThenRelayThenLatency()
    {
        const TrustedCertificate trusted(m_loopbackCertificate->certificate);
        TestSupport::Harness h;
        std::vector<std::unique_ptr<FakePlex::Server>> servers;
        for (int i = 0; i < 5; ++i) {
            servers.push_back(startServer(livingRoomId, i < 4 ? m_loopbackCertificate : std::nullopt));
            QVERIFY(servers.back());
        }
        servers[0]->setFault(u"/identity"_s, delay(400)); // local https, slow
        servers[1]->setFault(u"/identity"_s, delay(150)); // local https, faster: the best
        const auto https = [&](int i) { return loopbackUrl(servers[size_t(i)]->port(), true); };
        const QList<Connection> all { connectionTo(https(0), true), connectionTo(https(1), true),
            connectionTo(https(2), false), connectionTo(https(3), false, true),
            connectionTo(servers[4]->mediaServerUrl(), true) };

        ConnectionDoctor doctor(&h.mediaServer);
        QVERIFY(runToEnd(doctor, livingRoomId, all));
        for (const ProbeResult &result : doctor.results())
            QVERIFY2(result.status == Status::Reachable, describe(doctor).constData());
        QVERIFY2(doctor.bestIndex() == 1, describe(doctor).constData());
        QVERIFY2(
            doctor.bestReason().startsWith(u"Local connection over https"_s), describe(doctor).constData());
        QVERIFY2(doctor.bestReason().contains(u"preferred to the faster"_s), describe(doctor).constData());
        QVERIFY2(
            doctor.results()[3].explanation.contains(u"limited bandwidth"_s), describe(doctor).constData());

        // Remote https before relay.
        QVERIFY(runToEnd(doctor, livingRoomId, { all[3], all[2] }));
        QVERIFY2(doctor.bestIndex() == 1, describe(doctor).constData());
        // The relay alone, as a last resort.
        QVERIFY(runToEnd(doctor, livingRoomId, { all[3], connectionTo(loopbackUrl(closedPort()), true) }));
        QVERIFY2(doctor.bestIndex() == 0, describe(doctor).constData());
        QVERIFY2(
            doctor.bestReason().contains(u"No direct connection answered"_s), describe(doctor).constData());
        // Any https before any http: remote https before local http, whatever their latencies.
        QVERIFY(runToEnd(doctor, livingRoomId, { all[4], all[2] }));
        QVERIFY2(doctor.bestIndex() == 1, describe(doctor).constData());
        QVERIFY2(
            doctor.bestReason().startsWith(u"Remote connection over https"_s), describe(doctor).constData());
        QVERIFY2(doctor.rankedUsable() == QList<int>({ 1, 0 }), describe(doctor).constData());
        // Even a relay over https comes before direct plain http, and the reason says why.
        QVERIFY(runToEnd(doctor, livingRoomId, { all[4], all[3] }));
        QVERIFY2(doctor.bestIndex() == 1, describe(doctor).constData());
        QVERIFY2(doctor.bestReason().contains(u"https comes before http"_s), describe(doctor).constData());
    }

    void cancelStopsTheProbesStillRunning()
    {
        TestSupport::Harness h;
        const auto hanging = startServer();
        QVERIFY(hanging);
        hanging->setFault(u"/identity"_s, TestSupport::fault(FaultKind::Hang));
        ConnectionDoctor doctor(&h.mediaServer);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start(livingRoomId,
            { connectionTo(h.server.mediaServerUrl(), true), connectionTo(hanging->mediaServerUrl(), true) });
        QVERIFY(doctor.isRunning());
        QTRY_COMPARE(doctor.results().first().status, Status::Reachable);
        QTRY_COMPARE(hanging->requestCount(u"/identity"_s), 1);
        doctor.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(!doctor.isRunning());
        const ProbeResult &stopped = doctor.results()[1];
        QCOMPARE(stopped.status, Status::Failed);
        QCOMPARE(errorKindName(stopped.error->kind), errorKindName(ErrorKind::Canceled));
        QVERIFY(!stopped.explanation.isEmpty());
        QCOMPARE(doctor.bestIndex(), 0); // what had answered is kept
        doctor.cancel(); // nothing running: no second finished()
        QCOMPARE(finished.size(), 1);

        // A new run while one is running ends the first (with its finished()); only the second's
        // answers count.
        doctor.start(livingRoomId, { connectionTo(hanging->mediaServerUrl(), true) });
        doctor.start(livingRoomId, { connectionTo(h.server.mediaServerUrl(), true) });
        QCOMPARE(finished.size(), 2);
        QVERIFY(finished.wait());
        QCOMPARE(finished.size(), 3);
        QCOMPARE(doctor.results().size(), 1);
        QCOMPARE(doctor.results().first().status, Status::Reachable);
    }

    void noConnectionsFinishesAtOnce()
    {
        TestSupport::Harness h;
        ConnectionDoctor doctor(&h.mediaServer);
        QSignalSpy finished(&doctor, &ConnectionDoctor::finished);
        doctor.start(livingRoomId, {});
        QCOMPARE(finished.size(), 1);
        QCOMPARE(doctor.bestIndex(), -1);
        QVERIFY(!doctor.bestReason().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestConnectionDoctor)
#include "tst_connectiondoctor.moc"
