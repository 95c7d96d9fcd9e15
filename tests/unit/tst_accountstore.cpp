// AccountStore against the real Secret Service (a test-only keychain service name, so it never
// touches PlexAuth's own items) and the fake plex.tv for revocation.
#include "accountstore.h"
#include "devicekey.h"
#include "secrettool.h"
#include "testruns.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace PlexAuth;
using TestSupport::Outcome;

namespace {
const QString service = QStringLiteral("PlexAuth-test-accountstore");
const QString aliceUuid = QStringLiteral("dae343c1f45beb4f"); // the fixture's alice

Account alice(const QString &token = TestSupport::aliceToken)
{
    Account account;
    account.uuid = aliceUuid;
    account.username = QStringLiteral("alice");
    account.email = QStringLiteral("alice@example.com");
    account.title = QStringLiteral("Alice");
    account.authToken = token;
    return account;
}

Account person(const QString &uuid, const QString &name, const QString &token)
{
    Account account;
    account.uuid = uuid;
    account.username = name.toLower();
    account.title = name;
    account.email = name.toLower() + QStringLiteral("@example.net");
    account.authToken = token;
    return account;
}
} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Keychain> m_keychain;
    std::unique_ptr<AccountStore> m_store;

    bool expectNoKeychain() const { return qgetenv("PLEXAUTH_TEST_KEYCHAIN") == "none"; }

    template<typename T> static Result<T> waitFor(Outcome<T> &outcome)
    {
        if (!outcome.wait(20000))
            qFatal("store operation did not finish");
        return outcome.result();
    }
    Result<StoredAccount> add(const Account &account, bool remember = true)
    {
        Outcome<StoredAccount> outcome;
        m_store->add(account, remember, this, outcome.handler());
        return waitFor(outcome);
    }
    Result<QString> token(const QString &uuid)
    {
        Outcome<QString> outcome;
        m_store->token(uuid, this, outcome.handler());
        return waitFor(outcome);
    }
    Result<Done> remove(const QString &uuid)
    {
        Outcome<Done> outcome;
        m_store->remove(uuid, this, outcome.handler());
        return waitFor(outcome);
    }
    Result<StoredAccount> addWithKey(
        const Account &account, const DeviceKeyCredential &key, bool remember = true)
    {
        Outcome<StoredAccount> outcome;
        m_store->add(account, remember, key, this, outcome.handler());
        return waitFor(outcome);
    }
    Result<QString> deviceKey(const QString &uuid)
    {
        Outcome<QString> outcome;
        m_store->deviceKey(uuid, this, outcome.handler());
        return waitFor(outcome);
    }
    static DeviceKeyCredential newKey()
    {
        const DeviceKey key = DeviceKey::generate().value();
        DeviceKeyCredential credential;
        credential.keyText = key.keychainText();
        credential.state.keyId = key.keyId();
        credential.state.tokenExpiresAt = QDateTime::currentDateTimeUtc().addDays(7);
        credential.state.lastRefreshAt = QDateTime::currentDateTimeUtc();
        return credential;
    }
    static std::optional<QString> keyItem(const QString &uuid)
    {
        return TestSupport::secretToolLookup(service, uuid + QStringLiteral("/device-key"));
    }
    static QString kind(const PlexError &error) { return errorKindName(error.kind); }
    static QString kind(ErrorKind k) { return errorKindName(k); }

    void reopen()
    {
        m_store.reset();
        m_settings = std::make_unique<QSettings>(
            m_dir.filePath(QStringLiteral("PlexAuth.conf")), QSettings::IniFormat);
        m_store = std::make_unique<AccountStore>(m_keychain.get(), *m_settings);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (expectNoKeychain()) {
            // HOME is this test's folder, so the scans below see anything a plaintext fallback wrote.
            QVERIFY(m_dir.isValid());
            qputenv("HOME", QFile::encodeName(m_dir.path()));
            qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral(".config"))));
            qputenv("XDG_DATA_HOME", QFile::encodeName(m_dir.filePath(QStringLiteral(".local/share"))));
        }
    }

    void init()
    {
        QFile::remove(m_dir.filePath(QStringLiteral("PlexAuth.conf")));
        m_keychain = std::make_unique<Keychain>(service);
        reopen();
    }

    void cleanup()
    {
        if (!m_store || expectNoKeychain())
            return;
        for (const StoredAccount &account : m_store->accounts())
            remove(account.uuid);
        m_store.reset();
    }

    void rememberedAccountGoesToKeychainAndIndex()
    {
        QSignalSpy changed(m_store.get(), &AccountStore::accountsChanged);
        const auto added = add(alice());
        QVERIFY2(added.ok(), TestSupport::describe(added).constData());
        QCOMPARE(changed.size(), 1);
        QVERIFY(added.value().remembered);
        QCOMPARE(added.value().lastTokenState, std::optional<TokenState>(TokenState::Valid));
        QCOMPARE(TestSupport::secretToolLookup(service, aliceUuid),
            std::optional<QString>(TestSupport::aliceToken));
        QCOMPARE(m_store->defaultUuid(), aliceUuid);

        reopen(); // a later run finds it through the index and the keychain
        QCOMPARE(m_store->accounts().size(), 1);
        QCOMPARE(token(aliceUuid).value(), TestSupport::aliceToken);
        QCOMPARE(TestSupport::filesContaining(m_dir.path(), TestSupport::aliceToken.toUtf8()), QStringList());
    }

    void sessionOnlyAccountIsWrittenNowhere()
    {
        const auto added = add(alice(), false);
        QVERIFY(added.ok());
        QVERIFY(!added.value().remembered);
        QCOMPARE(m_store->accounts().size(), 1);
        QCOMPARE(token(aliceUuid).value(), TestSupport::aliceToken);
        QCOMPARE(TestSupport::secretToolLookup(service, aliceUuid), std::nullopt);
        QCOMPARE(TestSupport::filesContaining(m_dir.path(), aliceUuid.toUtf8()), QStringList());

        reopen(); // gone with the session
        QVERIFY(m_store->accounts().isEmpty());
    }

    void signingInAgainReplacesTheToken()
    {
        QVERIFY(add(alice(QStringLiteral("old-token-1111111111"))).ok());
        const QDateTime addedAt = m_store->account(aliceUuid)->addedAt;
        QVERIFY(add(alice(QStringLiteral("new-token-2222222222"))).ok());
        QCOMPARE(token(aliceUuid).value(), QStringLiteral("new-token-2222222222"));
        QCOMPARE(TestSupport::secretToolLookup(service, aliceUuid),
            std::optional<QString>(QStringLiteral("new-token-2222222222")));
        QCOMPARE(m_store->account(aliceUuid)->addedAt, addedAt);
        QCOMPARE(m_store->accounts().size(), 1);
    }

    void refusesAnAccountWithoutUuidOrToken()
    {
        const auto added
            = add(person(QString(), QStringLiteral("Nobody"), QStringLiteral("some-token-3333")));
        QVERIFY(!added.ok());
        QCOMPARE(kind(added.error()), kind(ErrorKind::MalformedResponse));
        QVERIFY(m_store->accounts().isEmpty());
    }

    void resolvesByNameAndDefault()
    {
        QVERIFY(add(alice()).ok());
        QVERIFY(add(
            person(QStringLiteral("u-carol"), QStringLiteral("Carol"), QStringLiteral("carol-token-4444")))
                    .ok());
        QCOMPARE(m_store->resolve(QString()).value().uuid, aliceUuid);
        QCOMPARE(
            m_store->resolve(QStringLiteral("CAROL@example.net")).value().uuid, QStringLiteral("u-carol"));
        QCOMPARE(m_store->resolve(QStringLiteral("u-carol")).value().title, QStringLiteral("Carol"));
        QCOMPARE(kind(m_store->resolve(QStringLiteral("dave")).error()), kind(ErrorKind::NoSuchAccount));

        QVERIFY(m_store->setDefault(QStringLiteral("u-carol")).ok());
        QCOMPARE(m_store->resolve(QString()).value().uuid, QStringLiteral("u-carol"));
        QCOMPARE(
            kind(m_store->setDefault(QStringLiteral("u-nobody")).error()), kind(ErrorKind::NoSuchAccount));
    }

    void ambiguousNameAsksForTheUuid()
    {
        QVERIFY(
            add(person(QStringLiteral("u-1"), QStringLiteral("Sam"), QStringLiteral("sam-token-5555"))).ok());
        Account other
            = person(QStringLiteral("u-2"), QStringLiteral("Sam"), QStringLiteral("sam-token-6666"));
        other.username = QStringLiteral("sam2");
        QVERIFY(add(other).ok());
        const Result<StoredAccount> resolved = m_store->resolve(QStringLiteral("Sam"));
        QVERIFY(!resolved.ok());
        QVERIFY(resolved.error().message.contains(QStringLiteral("uuid")));
    }

    void noSignedInAccount()
    {
        QCOMPARE(kind(m_store->resolve(QString()).error()), kind(ErrorKind::NotSignedIn));
        QCOMPARE(kind(token(QStringLiteral("u-unknown")).error()), kind(ErrorKind::NotSignedIn));
    }

    void tokenMissingFromKeychainMeansSignedOut()
    {
        QVERIFY(add(alice()).ok());
        QProcess::execute(QStringLiteral("secret-tool"),
            { QStringLiteral("clear"), QStringLiteral("server"), service, QStringLiteral("user"),
                aliceUuid });
        const auto read = token(aliceUuid);
        QVERIFY(!read.ok());
        QCOMPARE(kind(read.error()), kind(ErrorKind::NotSignedIn));
        QVERIFY(read.error().message.contains(QStringLiteral("Alice")));
    }

    void removeDeletesKeychainItemAndIndexEntry()
    {
        QVERIFY(add(alice()).ok());
        QVERIFY(add(
            person(QStringLiteral("u-carol"), QStringLiteral("Carol"), QStringLiteral("carol-token-4444")))
                    .ok());
        QVERIFY(remove(aliceUuid).ok());
        QCOMPARE(TestSupport::secretToolLookup(service, aliceUuid), std::nullopt);
        QCOMPARE(m_store->account(aliceUuid), std::nullopt);
        QCOMPARE(m_store->defaultUuid(), QStringLiteral("u-carol"));
    }

    void recordsTokenChecks()
    {
        QVERIFY(add(alice()).ok());
        QSignalSpy changed(m_store.get(), &AccountStore::accountsChanged);
        TokenCheck check;
        check.state = TokenState::Invalid;
        check.checkedAt = QDateTime::currentDateTimeUtc().addSecs(10);
        m_store->recordCheck(aliceUuid, check);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(m_store->account(aliceUuid)->lastTokenState, std::optional<TokenState>(TokenState::Invalid));
        check.state = TokenState::Unverified; // "could not check" says nothing about the token
        m_store->recordCheck(aliceUuid, check);
        QCOMPARE(m_store->account(aliceUuid)->lastTokenState, std::optional<TokenState>(TokenState::Invalid));
    }

    // The tst_accountstore_without_dbus run: no D-Bus session, so no keychain.
    void aDeviceKeyIsKeptAndRemovedWithItsToken()
    {
        const DeviceKeyCredential key = newKey();
        const auto added = addWithKey(alice(QStringLiteral("eyJ.jwt-one.sig")), key);
        QVERIFY2(added.ok(), TestSupport::describe(added).constData());
        QCOMPARE(TestSupport::secretToolLookup(service, aliceUuid),
            std::optional<QString>(QStringLiteral("eyJ.jwt-one.sig")));
        QCOMPARE(keyItem(aliceUuid), std::optional<QString>(key.keyText));

        reopen(); // the index remembers the key's id and the token's expiry; the key is the keychain's only
        const std::optional<StoredAccount> stored = m_store->account(aliceUuid);
        QVERIFY(stored);
        QCOMPARE(stored->deviceAuth.keyId, key.state.keyId);
        QCOMPARE(stored->deviceAuth.tokenExpiresAt.toSecsSinceEpoch(),
            key.state.tokenExpiresAt.toSecsSinceEpoch());
        QCOMPARE(deviceKey(aliceUuid).value(), key.keyText);
        const QByteArray privatePart
            = QJsonDocument::fromJson(key.keyText.toUtf8()).object().value(u"d").toString().toUtf8();
        QCOMPARE(TestSupport::filesContaining(m_dir.path(), privatePart), QStringList());

        QVERIFY(remove(aliceUuid).ok());
        QCOMPARE(TestSupport::secretToolLookup(service, aliceUuid), std::nullopt);
        QCOMPARE(keyItem(aliceUuid), std::nullopt);
    }

    void aRenewedTokenReplacesTheStoredOneAndKeepsTheKey()
    {
        const DeviceKeyCredential key = newKey();
        QVERIFY(addWithKey(alice(QStringLiteral("eyJ.jwt-one.sig")), key).ok());
        DeviceAuthState renewed = key.state;
        renewed.tokenExpiresAt = renewed.tokenExpiresAt.addDays(3);
        Outcome<StoredAccount> replaced;
        m_store->replaceToken(
            aliceUuid, QStringLiteral("eyJ.jwt-two.sig"), renewed, this, replaced.handler());
        const auto result = waitFor(replaced);
        QVERIFY2(result.ok(), TestSupport::describe(result).constData());
        QCOMPARE(result.value().deviceAuth.tokenExpiresAt.toSecsSinceEpoch(),
            renewed.tokenExpiresAt.toSecsSinceEpoch());
        QCOMPARE(token(aliceUuid).value(), QStringLiteral("eyJ.jwt-two.sig"));
        QCOMPARE(keyItem(aliceUuid), std::optional<QString>(key.keyText));

        // A refresh that failed is remembered from its first failure until one succeeds.
        const QDateTime firstFailure = QDateTime::currentDateTimeUtc().addSecs(-3600);
        m_store->recordRefreshOutcome(aliceUuid, false, firstFailure);
        m_store->recordRefreshOutcome(aliceUuid, false, QDateTime::currentDateTimeUtc());
        QCOMPARE(m_store->account(aliceUuid)->deviceAuth.refreshFailingSince.toSecsSinceEpoch(),
            firstFailure.toSecsSinceEpoch());
        m_store->recordRefreshOutcome(aliceUuid, true, QDateTime::currentDateTimeUtc());
        QVERIFY(!m_store->account(aliceUuid)->deviceAuth.refreshFailingSince.isValid());
    }

    void aClassicAccountGetsAKeyAndAClassicSignInDropsIt()
    {
        QVERIFY(add(alice()).ok());
        QCOMPARE(kind(deviceKey(aliceUuid).error()), kind(ErrorKind::DeviceKeyMissing));

        const DeviceKeyCredential key = newKey();
        Outcome<StoredAccount> attached;
        m_store->attachDeviceKey(
            aliceUuid, QStringLiteral("eyJ.upgraded.sig"), key, this, attached.handler());
        const auto upgraded = waitFor(attached);
        QVERIFY2(upgraded.ok(), TestSupport::describe(upgraded).constData());
        QVERIFY(upgraded.value().deviceAuth.hasDeviceKey());
        QCOMPARE(keyItem(aliceUuid), std::optional<QString>(key.keyText));
        QCOMPARE(token(aliceUuid).value(), QStringLiteral("eyJ.upgraded.sig"));

        // Signing in again with a password gives a classic token: the key has no use any more.
        QVERIFY(add(alice()).ok());
        QVERIFY(!m_store->account(aliceUuid)->deviceAuth.hasDeviceKey());
        QTRY_COMPARE(keyItem(aliceUuid), std::nullopt);
    }

    void aSessionOnlyDeviceKeyStaysInMemory()
    {
        const DeviceKeyCredential key = newKey();
        QVERIFY(addWithKey(alice(QStringLiteral("eyJ.session.sig")), key, false).ok());
        QCOMPARE(deviceKey(aliceUuid).value(), key.keyText);
        QCOMPARE(keyItem(aliceUuid), std::nullopt);
        QCOMPARE(TestSupport::secretToolLookup(service, aliceUuid), std::nullopt);
    }

    void withoutKeychainADeviceKeySignInStoresNothing()
    {
        const DeviceKeyCredential key = newKey();
        const auto added = addWithKey(alice(QStringLiteral("eyJ.never-kept.sig")), key);
        QVERIFY(!added.ok());
        QCOMPARE(kind(added.error()), kind(ErrorKind::KeychainUnavailable));
        QVERIFY(!m_store->account(aliceUuid));
        const QByteArray privatePart
            = QJsonDocument::fromJson(key.keyText.toUtf8()).object().value(u"d").toString().toUtf8();
        QCOMPARE(TestSupport::filesContaining(m_dir.path(), privatePart), QStringList());
        QCOMPARE(TestSupport::filesContaining(m_dir.path(), "eyJ.never-kept.sig"), QStringList());
    }

    void withoutKeychainNothingStoredIsLost()
    {
        // An account remembered earlier, as the index shows it.
        {
            AccountIndex index(*m_settings);
            StoredAccount earlier = StoredAccount::fromAccount(alice());
            QVERIFY(index.upsert(earlier));
        }
        QFile conf(m_settings->fileName());
        QVERIFY(conf.open(QIODevice::ReadOnly));
        const QByteArray before = conf.readAll();
        conf.close();

        Account renamed = alice(QStringLiteral("fresh-token-7777777777"));
        renamed.title = QStringLiteral("Alice Renamed");
        const auto added = add(renamed);
        QVERIFY(!added.ok());
        QCOMPARE(kind(added.error()), kind(ErrorKind::KeychainUnavailable));
        QCOMPARE(m_store->account(aliceUuid)->title, QStringLiteral("Alice"));

        const auto removed = remove(aliceUuid);
        QVERIFY(!removed.ok());
        QCOMPARE(kind(removed.error()), kind(ErrorKind::KeychainUnavailable));
        QVERIFY(m_store->account(aliceUuid));

        const auto read = token(aliceUuid);
        QCOMPARE(kind(read.error()), kind(ErrorKind::KeychainUnavailable));

        QVERIFY(conf.open(QIODevice::ReadOnly));
        QCOMPARE(conf.readAll(), before);
        QCOMPARE(TestSupport::filesContaining(m_dir.path(), "fresh-token-7777777777"), QStringList());
    }

    void withoutKeychainSessionOnlyStillWorks()
    {
        const auto added
            = add(person(QStringLiteral("u-dave"), QStringLiteral("Dave"), QStringLiteral("dave-token-8888")),
                false);
        QVERIFY(added.ok());
        QCOMPARE(token(QStringLiteral("u-dave")).value(), QStringLiteral("dave-token-8888"));
        QVERIFY(remove(QStringLiteral("u-dave")).ok());
        QVERIFY(m_store->accounts().isEmpty());
    }
};

// The same executable runs twice (tests/CMakeLists.txt): with the throwaway Secret Service, and
// without any D-Bus session (PLEXAUTH_TEST_KEYCHAIN=none) for the withoutKeychain… functions.
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestAccountStore test;
    QTEST_SET_MAIN_SOURCE_PATH
    const bool noKeychainRun = qgetenv("PLEXAUTH_TEST_KEYCHAIN") == "none";
    return TestSupport::runFunctionsOfThisRun(&test, argc, argv, [noKeychainRun](const QByteArray &function) {
        return noKeychainRun == function.startsWith("withoutKeychain");
    });
}
#include "tst_accountstore.moc"
