// CredentialWatch against the fake Plex server and the real Secret Service: background renewal of
// Plex JWTs, backing off after failures, and which accounts need their person (and only those).
#include "appservices.h"
#include "credentialwatch.h"
#include "testsupport.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PlexAuth;
using namespace Qt::StringLiterals;
using TestSupport::Outcome;
using Health = CredentialWatch::Health;

namespace {
const QString service = u"PlexAuth-test-credentialwatch"_s;
const QString aliceUuid = u"dae343c1f45beb4f"_s;

Account alice()
{
    Account account;
    account.uuid = aliceUuid;
    account.username = u"alice"_s;
    account.title = u"Alice"_s;
    account.email = u"alice@example.com"_s;
    account.authToken = TestSupport::aliceToken;
    return account;
}
} // namespace

class TestCredentialWatch : public QObject
{
    Q_OBJECT

private:
    FakePlex::Server m_server;
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<AppServices> m_services;
    std::unique_ptr<CredentialWatch> m_watch;

    QString confPath() const { return m_dir.filePath(u"PlexAuth.conf"_s); }

    // A later run: new services over the same settings file and keychain.
    void reopen()
    {
        m_watch.reset();
        m_services.reset();
        m_settings = std::make_unique<QSettings>(confPath(), QSettings::IniFormat);
        AppSettings(*m_settings).setPlexTvUrl(m_server.plexTvUrl());
        m_services = std::make_unique<AppServices>(*m_settings, service);
        m_watch = std::make_unique<CredentialWatch>(m_services->sessions(), m_services->accounts());
    }

    AccountSession *alicesSession() { return m_services->sessions()->session(aliceUuid); }

    void storeAlice()
    {
        Outcome<StoredAccount> kept;
        m_services->accounts()->add(alice(), true, this, kept.handler());
        QVERIFY(kept.wait(20000) && kept.result().ok());
    }

    // Alice with a device key, her token issued for `lifetime`, as an earlier run left her: last
    // renewed two hours ago.
    void storeAliceWithADeviceKey(std::chrono::seconds lifetime)
    {
        storeAlice();
        m_server.setJwtLifetime(lifetime);
        Outcome<Done> upgraded;
        alicesSession()->upgradeToDeviceKey(this, upgraded.handler());
        QVERIFY(upgraded.wait(20000));
        QVERIFY2(upgraded.result().ok(), TestSupport::describe(upgraded.result()).constData());
        m_settings->setValue(u"accounts/%1/lastRefreshAt"_s.arg(aliceUuid),
            QDateTime::currentDateTimeUtc().addSecs(-7200).toString(Qt::ISODate));
        m_settings->sync();
        reopen();
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_server.start()); }

    void init()
    {
        QVERIFY(m_server.loadDefaultFixture());
        m_server.clearFaults();
        m_server.clearRequests();
        QFile::remove(confPath());
        reopen();
    }

    void cleanup()
    {
        m_watch.reset();
        Outcome<Done> removed;
        m_services->accounts()->remove(aliceUuid, this, removed.handler());
        removed.wait(20000);
        m_services.reset();
    }

    void aTokenDueForRenewalIsRenewedAtStart()
    {
        storeAliceWithADeviceKey(std::chrono::hours(1)); // less than a day left: due
        m_server.setJwtLifetime(std::chrono::days(7));
        AccountSession *session = alicesSession();
        QSignalSpy changed(session, &AccountSession::tokenChanged);
        m_watch->start();
        QTRY_VERIFY_WITH_TIMEOUT(changed.size() >= 1 && !session->isRenewing(), 20000);
        QCOMPARE(m_server.requestCount(u"/api/v2/auth/token"_s), 2); // the upgrade's, then this one
        QCOMPARE(m_watch->health(aliceUuid), Health::Healthy);
        // The next renewal: a day before the new token's expiry, six days from now.
        const qint64 untilNext = QDateTime::currentDateTimeUtc().secsTo(m_watch->nextRenewalAt(aliceUuid));
        QVERIFY2(std::abs(untilNext - 6 * 24 * 3600) < 120, qPrintable(QString::number(untilNext)));
    }

    void aTokenWithTimeLeftIsLeftAlone()
    {
        storeAliceWithADeviceKey(std::chrono::days(7));
        m_watch->start();
        QTRY_VERIFY(m_watch->nextRenewalAt(aliceUuid).isValid());
        QCOMPARE(m_server.requestCount(u"/api/v2/auth/nonce"_s), 1); // the upgrade's only
        QCOMPARE(m_watch->health(aliceUuid), Health::Healthy);
    }

    void aNetworkFailureIsRetriedWithoutBotheringThePerson()
    {
        storeAliceWithADeviceKey(std::chrono::hours(1));
        m_server.setJwtLifetime(std::chrono::days(7));
        m_server.setFault(
            u"/api/v2/auth/nonce"_s, TestSupport::fault(FakePlex::FaultKind::ServiceUnavailable503, 1));
        QSignalSpy attention(m_watch.get(), &CredentialWatch::attentionNeeded);
        m_watch->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_watch->health(aliceUuid), Health::RenewalFailing, 20000);
        QCOMPARE(attention.size(), 0);
        // Backing off: the first retry is a minute away.
        const qint64 untilRetry = QDateTime::currentDateTimeUtc().secsTo(m_watch->nextRenewalAt(aliceUuid));
        QVERIFY2(untilRetry > 30 && untilRetry <= 60, qPrintable(QString::number(untilRetry)));
        QVERIFY(alicesSession()->deviceAuth().refreshFailingSince.isValid());

        m_watch->catchUp(); // the network came back
        QTRY_COMPARE_WITH_TIMEOUT(m_watch->health(aliceUuid), Health::Healthy, 20000);
        QVERIFY(!alicesSession()->deviceAuth().refreshFailingSince.isValid());
        QCOMPARE(attention.size(), 0);
    }

    void aKeyPlexTvNoLongerKnowsNeedsSignIn()
    {
        storeAliceWithADeviceKey(std::chrono::hours(1));
        QVERIFY(m_server.loadDefaultFixture()); // plex.tv forgot the device key
        QSignalSpy attention(m_watch.get(), &CredentialWatch::attentionNeeded);
        m_watch->start();
        QTRY_COMPARE_WITH_TIMEOUT(m_watch->health(aliceUuid), Health::NeedsSignIn, 20000);
        QCOMPARE(attention.size(), 1);
        QCOMPARE(attention.first().at(0).toString(), aliceUuid);
        QVERIFY2(
            m_watch->attention(aliceUuid).contains(u"Alice"_s), qPrintable(m_watch->attention(aliceUuid)));

        m_watch->catchUp(); // fails again: the person has been told already
        QTRY_VERIFY_WITH_TIMEOUT(!alicesSession()->isRenewing(), 20000);
        QCOMPARE(m_watch->health(aliceUuid), Health::NeedsSignIn);
        QCOMPARE(attention.size(), 1);
    }

    void aRejectedClassicTokenNeedsSignIn()
    {
        storeAlice();
        reopen();
        m_server.revokeToken(TestSupport::aliceToken);
        QSignalSpy attention(m_watch.get(), &CredentialWatch::attentionNeeded);
        m_watch->start(); // validates every account quietly
        QTRY_COMPARE_WITH_TIMEOUT(m_watch->health(aliceUuid), Health::NeedsSignIn, 20000);
        QCOMPARE(attention.size(), 1);
        QVERIFY(!m_watch->nextRenewalAt(aliceUuid).isValid()); // a classic token is never renewed
    }

    void anUnreachablePlexTvIsNoProblemOfTheAccount()
    {
        storeAlice();
        reopen();
        m_server.setFault(u"/api/v2/user"_s, TestSupport::fault(FakePlex::FaultKind::ServiceUnavailable503));
        QSignalSpy checked(alicesSession(), &AccountSession::checkChanged);
        QSignalSpy attention(m_watch.get(), &CredentialWatch::attentionNeeded);
        m_watch->start();
        QVERIFY(checked.wait(20000));
        QCOMPARE(m_watch->health(aliceUuid), Health::Healthy);
        QCOMPARE(attention.size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCredentialWatch)
#include "tst_credentialwatch.moc"
