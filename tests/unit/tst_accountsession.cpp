// AccountSession and AccountSessions against the fake Plex server and the real Secret Service: the
// one owner of an account's token, its check and its server list, and the only place that puts a
// token on a request, after the token policy allowed the destination.
#include "appservices.h"
#include "probeservers.h"
#include "redaction.h"
#include "secrettool.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PlexAuth;
using namespace Qt::StringLiterals;
using TestSupport::describe;
using TestSupport::Outcome;

namespace {
const QString service = u"PlexAuth-test-accountsession"_s;
const QString livingRoomId = u"546684a3d18ac5c39037360ec9ce900b7af9cc36"_s;

Account alice(const QString &token = TestSupport::aliceToken)
{
    Account account;
    account.uuid = u"dae343c1f45beb4f"_s;
    account.username = u"alice"_s;
    account.title = u"Alice"_s;
    account.email = u"alice@example.com"_s;
    account.authToken = token;
    return account;
}
} // namespace

class TestAccountSession : public QObject
{
    Q_OBJECT

private:
    FakePlex::Server m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppServices> m_services;

    AccountSession *storeAlice(const QString &token = TestSupport::aliceToken)
    {
        Outcome<StoredAccount> kept;
        m_services->accounts()->add(alice(token), true, this, kept.handler());
        if (!kept.wait(20000) || !kept.result().ok())
            qFatal("could not store the test account");
        return m_services->sessions()->session(alice().uuid);
    }

    int requests(const QString &path) const { return m_server.requestCount(path); }

    template<typename T> Result<T> waitFor(Outcome<T> &outcome)
    {
        if (!outcome.wait(20000))
            qFatal("no outcome");
        return outcome.result();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        m_server.loadDefaultFixture();
        m_server.clearFaults();
        m_server.clearRequests();
        QFile::remove(m_dir.filePath(u"PlexAuth.conf"_s));
        m_settings = std::make_unique<QSettings>(m_dir.filePath(u"PlexAuth.conf"_s), QSettings::IniFormat);
        AppSettings(*m_settings).setPlexTvUrl(m_server.plexTvUrl());
        m_services = std::make_unique<AppServices>(*m_settings, service);
        // The fixture's plex.direct addresses cannot answer here: keep their probes short.
        m_services->serverReach()->setProbeTimeout(std::chrono::milliseconds(1500));
    }

    void cleanup()
    {
        Outcome<Done> removed;
        m_services->accounts()->remove(alice().uuid, this, removed.handler());
        QVERIFY(removed.wait(20000));
        m_services.reset();
        m_settings.reset();
    }

    void readsTheTokenOnce()
    {
        AccountSession *session = storeAlice();
        QCOMPARE(session->tokenStatus(), AccountSession::TokenStatus::NotRead);
        Outcome<Done> ready;
        session->whenTokenReady(this, ready.handler());
        QVERIFY(waitFor(ready).ok());
        QCOMPARE(session->tokenForPerson(), TestSupport::aliceToken);
        // Delete the keychain item behind the session's back: a second read would now fail, so
        // another consumer getting the token proves that the session did not read it again.
        Outcome<Done> deleted;
        m_services->keychain()->deleteToken(alice().uuid, this, deleted.handler());
        QVERIFY(waitFor(deleted).ok());
        QCOMPARE(TestSupport::secretToolLookup(service, alice().uuid), std::nullopt);
        Outcome<Done> again;
        m_services->sessions()->session(alice().uuid)->whenTokenReady(this, again.handler());
        QVERIFY(again.arrived()); // at once, from memory
        QVERIFY(again.result().ok());
        QCOMPARE(m_services->sessions()->session(alice().uuid), session);
    }

    void listsTheServersOncePerRun()
    {
        AccountSession *session = storeAlice();
        QSignalSpy changed(session, &AccountSession::serversChanged);
        session->loadServers();
        session->loadServers(); // a second view asking meanwhile
        QVERIFY(changed.wait(10000));
        QVERIFY(session->servers());
        QCOMPARE(session->servers()->size(), 2);
        session->loadServers(); // and one asking later
        QCOMPARE(requests(u"/api/v2/resources"_s), 1);
        QCOMPARE(changed.size(), 1);

        session->refreshServers();
        QVERIFY(changed.wait(10000));
        QCOMPARE(requests(u"/api/v2/resources"_s), 2);
    }

    void aSupersededRefreshIsNoFailure()
    {
        AccountSession *session = storeAlice();
        m_server.setFault(
            u"/api/v2/resources"_s, FakePlex::Fault { FakePlex::FaultKind::Delay, 300, 1, 0, 1 });
        QSignalSpy changed(session, &AccountSession::serversChanged);
        session->loadServers();
        QTRY_COMPARE(requests(u"/api/v2/resources"_s), 1);
        session->refreshServers(); // the first request is canceled: that is not an error
        QVERIFY(changed.wait(10000));
        QCOMPARE(changed.size(), 1);
        QVERIFY2(!session->serversError(),
            session->serversError() ? describe(*session->serversError()).constData() : "");
        QVERIFY(session->servers());
    }

    void aNewTokenIsAnnouncedAndCountsAsChecked()
    {
        AccountSession *session = storeAlice(u"alice-old-token-1234567890"_s);
        session->readToken();
        QTRY_VERIFY(session->hasToken());
        QSignalSpy tokenChanged(session, &AccountSession::tokenChanged);
        QSignalSpy checkChanged(session, &AccountSession::checkChanged);
        Outcome<StoredAccount> adopted;
        m_services->sessions()->adopt(alice(), true, this, adopted.handler());
        QVERIFY(waitFor(adopted).ok());
        QCOMPARE(tokenChanged.size(), 1);
        QCOMPARE(checkChanged.size(), 1);
        QCOMPARE(session->tokenForPerson(), TestSupport::aliceToken);
        QVERIFY(session->checkedThisRun());
        QCOMPARE(session->verdict(), std::optional(TokenState::Valid));
        // plex.tv has just issued it: nobody asks /user again.
        QCOMPARE(requests(u"/api/v2/user"_s), 0);
        QCOMPARE(
            TestSupport::secretToolLookup(service, alice().uuid), std::optional(TestSupport::aliceToken));
    }

    void validatesAndRecordsTheVerdict()
    {
        AccountSession *session = storeAlice();
        QSignalSpy checked(session, &AccountSession::checkChanged);
        session->validate();
        session->validate(); // one check at a time
        QVERIFY(checked.wait(10000));
        QCOMPARE(requests(u"/api/v2/user"_s), 1);
        QCOMPARE(session->verdict(), std::optional(TokenState::Valid));
        QCOMPARE(
            m_services->accounts()->account(alice().uuid)->lastTokenState, std::optional(TokenState::Valid));
    }

    void aListedServerIsProbedBeforeTheTokenGoesThere()
    {
        AccountSession *session = storeAlice();
        m_server.clearRequests();
        Outcome<TransientToken> got;
        session->transientToken(ServerTarget::listed(livingRoomId), this, got.handler());
        const Result<TransientToken> result = waitFor(got);
        QVERIFY2(result.ok(), describe(result).constData());
        // The loopback connection answered /identity as Living Room PMS; the plex.direct ones cannot
        // answer here. The token went only to the verified one.
        QCOMPARE(result.value().server, m_server.mediaServerUrl());
        const QList<FakePlex::RecordedRequest> recorded = m_server.requests();
        const auto identity = std::find_if(recorded.cbegin(), recorded.cend(),
            [](const FakePlex::RecordedRequest &r) { return r.path == u"/identity"_s; });
        const auto token = std::find_if(recorded.cbegin(), recorded.cend(),
            [](const FakePlex::RecordedRequest &r) { return r.path == u"/security/token"_s; });
        QVERIFY(identity != recorded.cend() && token != recorded.cend());
        QVERIFY(identity < token);
        QVERIFY(identity->header("x-plex-token").isEmpty());
        QVERIFY(m_services->tokenPolicy()->isVerified(m_server.mediaServerUrl(), livingRoomId));

        // The verified address is kept for the run: no second probe.
        const int probes = requests(u"/identity"_s);
        Outcome<TransientToken> second;
        session->transientToken(ServerTarget::listed(u"Living Room PMS"_s), this, second.handler());
        QVERIFY(waitFor(second).ok());
        QCOMPARE(requests(u"/identity"_s), probes);
    }

    void anUnprovenSuggestionGetsNoToken()
    {
        AccountSession *session = storeAlice();
        // A certificate suggested an address where another server answers.
        const auto other = ProbeServers::startServer(u"0123456789abcdef0123456789abcdef"_s);
        QVERIFY(other);
        Outcome<SourceDevice> found;
        session->lookUpSource(ServerTarget::listed(livingRoomId, other->mediaServerUrl(),
                                  AddressOrigin::SuggestedByCertificate),
            u"provider://tv.plex.provider.podcasts"_s, false, this, found.handler());
        const Result<SourceDevice> result = waitFor(found);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::NoVerifiedConnection);
        QCOMPARE(other->requestCount(u"/identity"_s), 1);
        QCOMPARE(other->requestCount(u"/security/resources"_s), 0);
    }

    void plainHttpAcrossTheInternetIsRefusedUnsent()
    {
        AccountSession *session = storeAlice();
        Outcome<TransientToken> got;
        session->transientToken(
            ServerTarget::typed(QUrl(u"http://203.0.113.7:32400"_s)), this, got.handler());
        const Result<TransientToken> result = waitFor(got);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::UnsafeDestination);
        QVERIFY(result.error().message.contains(u"not on your local network"_s));
    }

    void anAbortedRequestIsNotReported()
    {
        AccountSession *session = storeAlice();
        m_server.setFault(u"/security/token"_s, TestSupport::fault(FakePlex::FaultKind::Hang));
        int calls = 0;
        QPointer<PendingRequest> request
            = session->transientToken(ServerTarget::typed(m_server.mediaServerUrl()), this,
                [&calls](const Result<TransientToken> &) { ++calls; });
        QTRY_COMPARE(requests(u"/security/token"_s), 1);
        request->abort();
        QTRY_VERIFY(request.isNull());
        QCOMPARE(calls, 0);
    }

    void findsServersByNameOrMachineIdentifier()
    {
        AccountSession *session = storeAlice();
        QSignalSpy changed(session, &AccountSession::serversChanged);
        session->loadServers();
        QVERIFY(changed.wait(10000));
        QCOMPARE(session->findServer(u"living room pms"_s).value().clientIdentifier, livingRoomId);
        QCOMPARE(session->findServer(livingRoomId.toUpper()).value().name, u"Living Room PMS"_s);
        QCOMPARE(session->findServer(u"Kitchen"_s).error().kind, ErrorKind::NoSuchServer);
    }

    void signOutRevokesOnPlexTvThenForgets()
    {
        AccountSession *session = storeAlice();
        QSignalSpy listed(session, &AccountSession::serversChanged);
        session->loadServers();
        QVERIFY(listed.wait(10000));
        const QString serverToken = session->servers()->constFirst().accessToken;
        QVERIFY(!serverToken.isEmpty());
        QVERIFY(!Redaction::redact(TestSupport::aliceToken).contains(TestSupport::aliceToken));
        QVERIFY(!Redaction::redact(serverToken).contains(serverToken));

        Outcome<Done> out;
        m_services->sessions()->signOut(alice().uuid, true, this, out.handler());
        QVERIFY(waitFor(out).ok());
        QCOMPARE(requests(u"/api/v2/users/signout"_s), 1);
        QCOMPARE(m_services->accounts()->account(alice().uuid), std::nullopt);
        QCOMPARE(TestSupport::secretToolLookup(service, alice().uuid), std::nullopt);
        // The redaction registry lets the account's secrets go with it: nothing keeps them in memory
        // for the rest of the run.
        QCOMPARE(Redaction::redact(TestSupport::aliceToken), TestSupport::aliceToken);
        QCOMPARE(Redaction::redact(serverToken), serverToken);
    }

    void aFailedRevokeKeepsTheAccount()
    {
        storeAlice();
        m_server.setFault(
            u"/api/v2/users/signout"_s, TestSupport::fault(FakePlex::FaultKind::ServerError500));
        Outcome<Done> out;
        m_services->sessions()->signOut(alice().uuid, true, this, out.handler());
        const Result<Done> result = waitFor(out);
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, ErrorKind::ServerError);
        QVERIFY(result.error().message.contains(u"kept"_s));
        QVERIFY(m_services->accounts()->account(alice().uuid));
        QCOMPARE(
            TestSupport::secretToolLookup(service, alice().uuid), std::optional(TestSupport::aliceToken));
        QVERIFY(!Redaction::redact(TestSupport::aliceToken).contains(TestSupport::aliceToken));
    }

    void aTokenAlreadyRejectedCountsAsRevoked()
    {
        storeAlice();
        m_server.revokeToken(TestSupport::aliceToken);
        Outcome<Done> out;
        m_services->sessions()->signOut(alice().uuid, true, this, out.handler());
        QVERIFY(waitFor(out).ok());
        QCOMPARE(m_services->accounts()->account(alice().uuid), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestAccountSession)
#include "tst_accountsession.moc"
