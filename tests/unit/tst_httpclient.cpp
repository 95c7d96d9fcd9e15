#include "testsupport.h"

#include <QElapsedTimer>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QSslKey>
#include <QTcpServer>
#include <QTemporaryDir>

#include <cstring>

using namespace PlexAuth;
using FakePlex::FaultKind;
using TestSupport::describe;
using TestSupport::fault;

namespace {
// Runs one request to completion and returns its outcome.
Result<HttpResponse> run(HttpClient &http, const RequestSpec &spec, PlexCall **callOut = nullptr)
{
    PlexCall *call = http.send(spec);
    if (callOut)
        *callOut = call;
    QSignalSpy finished(call, &PlexCall::finished);
    std::optional<Result<HttpResponse>> outcome;
    QObject::connect(call, &PlexCall::finished, call, [&] { outcome.emplace(call->result()); });
    if (!finished.wait(40000))
        return PlexError { ErrorKind::NetworkFailure, 0, 0, -1, QStringLiteral("test: no outcome"), {}, {},
            {} };
    return *outcome;
}

RequestSpec get(const QUrl &base, const QString &path, const QString &token = {})
{
    RequestSpec spec;
    spec.url = joinUrl(base, path);
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return spec;
}

// Wraps each real reply and hands its body over only once it has finished, with no readyRead before:
// what a reply does when the last bytes (or all of them, for a small answer) arrive with the end of
// the transfer. Headers are passed on without metaDataChanged, as for an answer with no Content-Length.
class BodyAtFinishReply : public QNetworkReply
{
public:
    BodyAtFinishReply(QNetworkReply *inner, QObject *parent)
        : QNetworkReply(parent)
        , m_inner(inner)
    {
        // Owned here and not by the manager, which deletes every reply it finds among its descendants.
        inner->setParent(nullptr);
        setRequest(inner->request());
        setUrl(inner->url());
        setOperation(inner->operation());
        connect(inner, &QNetworkReply::finished, this, [this] {
            m_body = m_inner->readAll();
            setAttribute(QNetworkRequest::HttpStatusCodeAttribute,
                m_inner->attribute(QNetworkRequest::HttpStatusCodeAttribute));
            setRawHeader("Content-Type", m_inner->rawHeader("Content-Type"));
            setError(m_inner->error(), m_inner->errorString());
            open(QIODevice::ReadOnly | QIODevice::Unbuffered);
            setFinished(true);
            Q_EMIT finished();
        });
    }

    ~BodyAtFinishReply() override { delete m_inner; }
    Q_DISABLE_COPY_MOVE(BodyAtFinishReply)

    void abort() override { m_inner->abort(); }
    qint64 bytesAvailable() const override
    {
        return m_body.size() - m_read + QNetworkReply::bytesAvailable();
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        const qint64 count = std::min(maxSize, qint64(m_body.size()) - m_read);
        std::memcpy(data, m_body.constData() + m_read, size_t(count));
        m_read += count;
        return count;
    }

private:
    QNetworkReply *m_inner;
    QByteArray m_body;
    qint64 m_read = 0;
};

class BodyAtFinishNetwork : public QNetworkAccessManager
{
protected:
    QNetworkReply *createRequest(Operation op, const QNetworkRequest &request, QIODevice *body) override
    {
        return new BodyAtFinishReply(QNetworkAccessManager::createRequest(op, request, body), this);
    }
};

} // namespace

class TestHttpClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRequestCarriesTheFullHeaderSet()
    {
        TestSupport::Harness h;
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY2(result.ok(), describe(result).constData());
        const FakePlex::RecordedRequest request = h.server.requests().last();
        QCOMPARE(request.header("accept"), QByteArray("application/json"));
        QCOMPARE(request.header("x-plex-client-identifier"),
            QByteArray(TestSupport::Harness::testClientIdentifier));
        QCOMPARE(request.header("x-plex-product"), QByteArray("PlexAuth"));
        QCOMPARE(request.header("x-plex-version"), QByteArray(PLEXAUTH_VERSION));
        QVERIFY(!request.header("x-plex-platform").isEmpty());
        QVERIFY(!request.header("x-plex-device").isEmpty());
        QCOMPARE(QString::fromUtf8(request.header("x-plex-device-name")), QSysInfo::machineHostName());
        QVERIFY(request.header("x-plex-token").isEmpty());
    }

    // An answer's Date header is read (HTTP's "GMT" form included, which Qt's parser does not take
    // alone), for errors too: a clock that is off is told from it.
    void theServersClockIsReadFromTheDateHeader()
    {
        TestSupport::Harness h;
        h.server.setClockOffset(std::chrono::hours(2));
        const auto answered = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY2(answered.ok(), describe(answered).constData());
        const QDateTime expected = QDateTime::currentDateTimeUtc().addSecs(2 * 3600);
        QVERIFY2(std::abs(answered.value().serverTime.secsTo(expected)) < 30,
            qPrintable(answered.value().serverTime.toString(Qt::ISODate)));

        const auto refused
            = run(h.http, get(h.server.plexTvUrl(), QStringLiteral("/user"), QStringLiteral("not-a-token")));
        QVERIFY(!refused.ok());
        QVERIFY2(std::abs(refused.error().serverTime.secsTo(expected)) < 30,
            qPrintable(refused.error().serverTime.toString(Qt::ISODate)));
    }

    void tokenTravelsOnlyInTheHeader()
    {
        TestSupport::Harness h;
        const auto result
            = run(h.http, get(h.server.plexTvUrl(), QStringLiteral("/user"), TestSupport::aliceToken));
        QVERIFY2(result.ok(), describe(result).constData());
        const FakePlex::RecordedRequest request = h.server.requests().last();
        QCOMPARE(request.header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        QVERIFY(!request.query.toString(QUrl::FullyDecoded).contains(TestSupport::aliceToken));
        QVERIFY(!request.path.contains(TestSupport::aliceToken));
    }

    void aHangingServerIsReportedAsATimeout()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::Hang));
        RequestSpec spec = get(h.server.mediaServerUrl(), QStringLiteral("/identity"));
        spec.timeout = std::chrono::milliseconds(400);
        QElapsedTimer clock;
        clock.start();
        const auto result = run(h.http, spec);
        QVERIFY(!result.ok());
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::Timeout));
        QVERIFY2(result.error().message.contains(u"1-second"), qPrintable(result.error().message));
        // A timeout is not retried: each attempt would wait as long again.
        QCOMPARE(h.server.requestCount(QStringLiteral("/identity")), 1);
        QVERIFY(clock.elapsed() < 3000);
    }

    void idempotentGetIsRetriedOn503ThenSucceeds()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::ServiceUnavailable503, 2));
        PlexCall *call = nullptr;
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")), &call);
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(h.server.requestCount(QStringLiteral("/identity")), 3);
    }

    void retriesStopAfterThreeAttempts()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::ServiceUnavailable503));
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY(!result.ok());
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::ServerError));
        QCOMPARE(result.error().httpStatus, 503);
        QCOMPARE(h.server.requestCount(QStringLiteral("/identity")), 3);
    }

    void retryAfterIsHonoured()
    {
        TestSupport::Harness h;
        FakePlex::Fault limited = fault(FaultKind::RateLimited, 1);
        limited.retryAfterSeconds = 1;
        h.server.setFault(QStringLiteral("/identity"), limited);
        QElapsedTimer clock;
        clock.start();
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY2(result.ok(), describe(result).constData());
        QVERIFY2(clock.elapsed() >= 950, QByteArray::number(clock.elapsed()).constData());
        QCOMPARE(h.server.requestCount(QStringLiteral("/identity")), 2);
    }

    void retryAfterBeyondTheBudgetEndsAtOnce()
    {
        TestSupport::Harness h;
        FakePlex::Fault limited = fault(FaultKind::RateLimited);
        limited.retryAfterSeconds = 120;
        h.server.setFault(QStringLiteral("/identity"), limited);
        QElapsedTimer clock;
        clock.start();
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY(!result.ok());
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::RateLimited));
        QCOMPARE(result.error().retryAfterSeconds, 120);
        QVERIFY(result.error().message.contains(u"120"));
        QCOMPARE(h.server.requestCount(QStringLiteral("/identity")), 1);
        QVERIFY(clock.elapsed() < 5000);
    }

    void backoffGrowsBetweenAttempts()
    {
        TestSupport::Harness h;
        h.http.setRetryPolicy({ 3, std::chrono::milliseconds(200), std::chrono::seconds(30) });
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::ServiceUnavailable503));
        QElapsedTimer clock;
        clock.start();
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY(!result.ok());
        // 200 ms then 400 ms, each plus up to half again of jitter.
        QVERIFY2(clock.elapsed() >= 600, QByteArray::number(clock.elapsed()).constData());
        QVERIFY2(clock.elapsed() < 3000, QByteArray::number(clock.elapsed()).constData());
    }

    void aPostIsNeverRetried()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/security/token"), fault(FaultKind::ServiceUnavailable503));
        RequestSpec spec
            = get(h.server.mediaServerUrl(), QStringLiteral("/security/token"), TestSupport::aliceToken);
        spec.verb = "POST";
        const auto result = run(h.http, spec);
        QVERIFY(!result.ok());
        QCOMPARE(h.server.requestCount(QStringLiteral("/security/token")), 1);
    }

    void unauthorizedIsNotRetried()
    {
        TestSupport::Harness h;
        const auto result
            = run(h.http, get(h.server.plexTvUrl(), QStringLiteral("/user"), QStringLiteral("wrong-token")));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().httpStatus, 401);
        QCOMPARE(h.server.requestCount(QStringLiteral("/api/v2/user")), 1);
    }

    void aDroppedConnectionIsRetried()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::ConnectionReset, 1));
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY2(result.ok(), describe(result).constData());
        QVERIFY(h.server.requestCount(QStringLiteral("/identity")) >= 2);
    }

    void anOversizedBodyIsRefused()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::OversizedBody));
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY(!result.ok());
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::ResponseTooLarge));
        QVERIFY(result.error().message.contains(u"8"));
    }

    void theBodyCapAppliesWhileStreaming()
    {
        TestSupport::Harness h;
        h.http.setMaxBodyBytes(200); // the account answer is larger than this
        const auto result
            = run(h.http, get(h.server.plexTvUrl(), QStringLiteral("/user"), TestSupport::aliceToken));
        QVERIFY(!result.ok());
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::ResponseTooLarge));
    }

    // A deflated answer announces only its few compressed KB (no Content-Length to refuse it by), and
    // Qt inflates it as it is read: the cap counts the inflated body.
    void theBodyCapAppliesToAnInflatedBody()
    {
        TestSupport::Harness h;
        FakePlex::Fault deflated = fault(FaultKind::DeflatedBody);
        deflated.oversizeBytes = HttpClient::defaultMaxBodyBytes + 1;
        h.server.setFault(QStringLiteral("/identity"), deflated);
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QCOMPARE(errorKindName(result.ok() ? ErrorKind::NetworkFailure : result.error().kind),
            errorKindName(ErrorKind::ResponseTooLarge));

        // At the cap exactly, the whole body arrives.
        deflated.oversizeBytes = HttpClient::defaultMaxBodyBytes;
        h.server.setFault(QStringLiteral("/identity"), deflated);
        const auto atTheCap = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY2(atTheCap.ok(), describe(atTheCap).constData());
        QCOMPARE(atTheCap.value().body.size(), HttpClient::defaultMaxBodyBytes);
    }

    // The read after finished() is capped too: here it is the only read, so all of the body comes by it.
    void theBodyCapAppliesToTheReadAfterFinished()
    {
        FakePlex::Server server;
        QVERIFY(server.start());
        BodyAtFinishNetwork network;
        HttpClient http(&network,
            ClientIdentity::withIdentifier(QString::fromLatin1(TestSupport::Harness::testClientIdentifier)));
        const RequestSpec user = get(server.plexTvUrl(), QStringLiteral("/user"), TestSupport::aliceToken);
        const auto whole = run(http, user);
        QVERIFY2(whole.ok(), describe(whole).constData());
        const qint64 size = whole.value().body.size();

        http.setMaxBodyBytes(size - 1);
        const auto overTheCap = run(http, user);
        QCOMPARE(errorKindName(overTheCap.ok() ? ErrorKind::NetworkFailure : overTheCap.error().kind),
            errorKindName(ErrorKind::ResponseTooLarge));

        http.setMaxBodyBytes(size);
        const auto atTheCap = run(http, user);
        QVERIFY2(atTheCap.ok(), describe(atTheCap).constData());
        QCOMPARE(atTheCap.value().body, whole.value().body);
    }

    void abortEndsWithCanceledExactlyOnce()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::Hang));
        PlexCall *call = h.http.send(get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QSignalSpy finished(call, &PlexCall::finished);
        std::optional<ErrorKind> kind;
        connect(call, &PlexCall::finished, this, [&] { kind = call->result().error().kind; });
        QVERIFY(QTest::qWaitFor([&] { return h.server.requestCount(QStringLiteral("/identity")) == 1; }));
        call->abort();
        call->abort();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(errorKindName(*kind), errorKindName(ErrorKind::Canceled));
    }

    void aClosedPortIsConnectionRefused()
    {
        TestSupport::Harness h;
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 closedPort = probe.serverPort();
        probe.close();
        const auto result = run(h.http,
            get(QUrl(QStringLiteral("http://127.0.0.1:%1").arg(closedPort)), QStringLiteral("/identity")));
        QVERIFY(!result.ok());
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::ConnectionRefused));
    }

    void activeCallCountRisesAndFalls()
    {
        TestSupport::Harness h;
        QSignalSpy active(&h.http, &HttpClient::activeCallsChanged);
        const auto result = run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity")));
        QVERIFY(result.ok());
        QCOMPARE(active.size(), 2);
        QCOMPARE(active.at(0).at(0).toInt(), 1);
        QCOMPARE(active.at(1).at(0).toInt(), 0);
    }

    void theSameClientIdentifierIsSentOnEveryRequest()
    {
        TestSupport::Harness h;
        for (int i = 0; i < 3; ++i)
            QVERIFY(run(h.http, get(h.server.mediaServerUrl(), QStringLiteral("/identity"))).ok());
        QSet<QByteArray> identifiers;
        for (const auto &request : h.server.requests())
            identifiers.insert(request.header("x-plex-client-identifier"));
        QCOMPARE(identifiers.size(), 1);
    }

    void aCertificateForAnotherNameIsRefusedAndExplained()
    {
        // A TLS server whose certificate names another host, generated for this run.
        QTemporaryDir dir;
        const QString certPath = dir.filePath(QStringLiteral("cert.pem"));
        const QString keyPath = dir.filePath(QStringLiteral("key.pem"));
        const int status = QProcess::execute(QStringLiteral("openssl"),
            { QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                QStringLiteral("rsa:2048"), QStringLiteral("-nodes"), QStringLiteral("-days"),
                QStringLiteral("1"), QStringLiteral("-subj"),
                QStringLiteral("/CN=192-168-1-44.abc.plex.direct"), QStringLiteral("-addext"),
                QStringLiteral("subjectAltName=DNS:*.abc.plex.direct"), QStringLiteral("-keyout"), keyPath,
                QStringLiteral("-out"), certPath });
        QCOMPARE(status, 0);
        QFile certFile(certPath);
        QFile keyFile(keyPath);
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        FakePlex::Server tlsServer;
        tlsServer.sslSetup(QSslCertificate(certFile.readAll()), QSslKey(keyFile.readAll(), QSsl::Rsa));
        QVERIFY(tlsServer.start());

        TestSupport::Harness h;
        QUrl server(QStringLiteral("https://127.0.0.1"));
        server.setPort(tlsServer.port());
        const auto result = run(h.http, get(server, QStringLiteral("/identity")));
        QVERIFY(!result.ok());
        QCOMPARE(errorKindName(result.error().kind), errorKindName(ErrorKind::TlsFailure));
        QVERIFY2(result.error().certificateHosts.contains(QStringLiteral("*.abc.plex.direct")),
            qPrintable(result.error().certificateHosts.join(u',')));
        QVERIFY2(result.error().message.contains(u"plex.direct"), qPrintable(result.error().message));
        // Nothing was served: the request never got past the handshake.
        QCOMPARE(tlsServer.requestCount(QStringLiteral("/identity")), 0);
    }
};

QTEST_GUILESS_MAIN(TestHttpClient)
#include "tst_httpclient.moc"
