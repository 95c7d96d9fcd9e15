// The keychain wrapper against the real Secret Service (the throwaway gnome-keyring that
// scripts/run-tests starts), checked independently with secret-tool.
#include "keychain.h"
#include "secrettool.h"
#include "testruns.h"
#include "testsupport.h"

#include <QDir>
#include <QTemporaryDir>
#include <QUuid>
#include <qt6keychain/keychain.h>

using namespace PlexAuth;
using TestSupport::Outcome;

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    static QString newUuid() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

    template<typename T> static Result<T> waitFor(Outcome<T> &outcome)
    {
        if (!outcome.wait(20000))
            qFatal("keychain operation did not finish");
        return outcome.result();
    }

    Result<std::optional<QString>> read(Keychain &keychain, const QString &uuid)
    {
        Outcome<std::optional<QString>> outcome;
        keychain.readToken(uuid, this, outcome.handler());
        return waitFor(outcome);
    }
    Result<Done> write(Keychain &keychain, const QString &uuid, const QString &token)
    {
        Outcome<Done> outcome;
        keychain.writeToken(uuid, token, this, outcome.handler());
        return waitFor(outcome);
    }
    Result<Done> remove(Keychain &keychain, const QString &uuid)
    {
        Outcome<Done> outcome;
        keychain.deleteToken(uuid, this, outcome.handler());
        return waitFor(outcome);
    }

    QTemporaryDir m_home;

    bool expectNoKeychain() const { return qgetenv("PLEXAUTH_TEST_KEYCHAIN") == "none"; }

private Q_SLOTS:
    void initTestCase()
    {
        if (expectNoKeychain()) {
            // A HOME of our own, so the scan below sees only what this run could have written.
            QVERIFY(m_home.isValid());
            qputenv("HOME", QFile::encodeName(m_home.path()));
            qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".config"))));
            qputenv("XDG_DATA_HOME", QFile::encodeName(m_home.filePath(QStringLiteral(".local/share"))));
        }
    }

    void init()
    {
        // Items under the real service name "PlexAuth": only ever in a throwaway keyring.
        if (qEnvironmentVariableIsEmpty("PLEXAUTH_TEST_KEYCHAIN"))
            QVERIFY2(qgetenv("PLEXAUTH_TEST_THROWAWAY_KEYRING") == "1",
                "run the tests with scripts/run-tests, which starts a throwaway keyring in a private D-Bus "
                "session");
    }

    void writeReadAndDeleteUnderThePlexAuthService()
    {
        Keychain keychain;
        QCOMPARE(keychain.service(), QStringLiteral("PlexAuth"));
        const QString uuid = newUuid();
        QVERIFY2(write(keychain, uuid, TestSupport::aliceToken).ok(), "write failed");

        const auto readBack = read(keychain, uuid);
        QVERIFY(readBack.ok());
        QCOMPARE(readBack.value(), std::optional<QString>(TestSupport::aliceToken));
        QCOMPARE(TestSupport::secretToolLookup(QStringLiteral("PlexAuth"), uuid),
            std::optional<QString>(TestSupport::aliceToken));

        QVERIFY(remove(keychain, uuid).ok());
        QVERIFY(read(keychain, uuid).ok());
        QCOMPARE(read(keychain, uuid).value(), std::nullopt);
        QCOMPARE(TestSupport::secretToolLookup(QStringLiteral("PlexAuth"), uuid), std::nullopt);
    }

    void missingEntryMeansSignedOutNotAnError()
    {
        Keychain keychain;
        const auto readBack = read(keychain, newUuid());
        QVERIFY(readBack.ok());
        QCOMPARE(readBack.value(), std::nullopt);
        QVERIFY(remove(keychain, newUuid()).ok());
    }

    void writingAgainReplacesTheToken()
    {
        Keychain keychain;
        const QString uuid = newUuid();
        QVERIFY(write(keychain, uuid, QStringLiteral("first-token-aaaaaaaaaa")).ok());
        QVERIFY(write(keychain, uuid, QStringLiteral("second-token-bbbbbbbbb")).ok());
        QCOMPARE(
            read(keychain, uuid).value(), std::optional<QString>(QStringLiteral("second-token-bbbbbbbbb")));
        QCOMPARE(TestSupport::secretToolLookup(QStringLiteral("PlexAuth"), uuid),
            std::optional<QString>(QStringLiteral("second-token-bbbbbbbbb")));
        QVERIFY(remove(keychain, uuid).ok());
    }

    void keepsLongJwtTokensWhole()
    {
        // JWTs are hundreds of characters (LukeHagar/plex-api-spec description.md, "JWT Authentication").
        QString jwt = QStringLiteral("eyJhbGciOiJFZERTQSIsInR5cCI6IkpXVCJ9.");
        while (jwt.size() < 1200)
            jwt += QStringLiteral("eyJzdWIiOiJwbGV4YXV0aCJ9-_");
        Keychain keychain;
        const QString uuid = newUuid();
        QVERIFY(write(keychain, uuid, jwt).ok());
        QCOMPARE(read(keychain, uuid).value(), std::optional<QString>(jwt));
        QVERIFY(remove(keychain, uuid).ok());
    }

    void servicesAreSeparate()
    {
        Keychain plexAuth;
        Keychain other(QStringLiteral("PlexAuth-test-other"));
        const QString uuid = newUuid();
        QVERIFY(write(other, uuid, QStringLiteral("other-service-token-123")).ok());
        QCOMPARE(read(plexAuth, uuid).value(), std::nullopt);
        QVERIFY(remove(other, uuid).ok());
    }

    void checkAvailableSucceedsWithASecretService()
    {
        Keychain keychain;
        Outcome<Done> outcome;
        keychain.checkAvailable(this, outcome.handler());
        QVERIFY2(waitFor(outcome).ok(), TestSupport::describe(outcome.result()).constData());
    }

    void errorsNameWhatIsMissing_data()
    {
        QTest::addColumn<int>("keychainError");
        QTest::addColumn<QString>("errorString");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("mentions");

        QTest::newRow("no backend") << int(QKeychain::NoBackendAvailable) << QString()
                                    << int(ErrorKind::KeychainUnavailable) << QStringLiteral("gnome-keyring");
        QTest::newRow("no D-Bus session")
            << int(QKeychain::OtherError) << QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY")
            << int(ErrorKind::KeychainUnavailable) << QStringLiteral("D-Bus");
        QTest::newRow("no secret service")
            << int(QKeychain::OtherError)
            << QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files")
            << int(ErrorKind::KeychainUnavailable) << QStringLiteral("KWallet");
        QTest::newRow("locked") << int(QKeychain::OtherError)
                                << QStringLiteral("Cannot create an item in a locked collection")
                                << int(ErrorKind::KeychainAccessDenied) << QStringLiteral("Unlock");
        QTest::newRow("prompt dismissed") << int(QKeychain::AccessDeniedByUser) << QString()
                                          << int(ErrorKind::KeychainAccessDenied) << QStringLiteral("Unlock");
        QTest::newRow("access denied") << int(QKeychain::AccessDenied) << QString()
                                       << int(ErrorKind::KeychainAccessDenied) << QStringLiteral("locked");
        QTest::newRow("other") << int(QKeychain::OtherError) << QStringLiteral("disk on fire")
                               << int(ErrorKind::KeychainFailure) << QStringLiteral("disk on fire");
    }

    void errorsNameWhatIsMissing()
    {
        QFETCH(int, keychainError);
        QFETCH(QString, errorString);
        QFETCH(int, kind);
        QFETCH(QString, mentions);
        const PlexError error = Keychain::errorFor(keychainError, errorString);
        QCOMPARE(errorKindName(error.kind), errorKindName(ErrorKind(kind)));
        QVERIFY2(error.message.contains(mentions), qPrintable(error.message));
        QVERIFY(error.message.endsWith(u'.'));
    }

    // Run by the "tst_keychain_without_dbus" CTest entry, with no D-Bus session bus at all.
    void withoutSecretService()
    {
        Keychain keychain;
        Outcome<Done> available;
        keychain.checkAvailable(this, available.handler());
        QVERIFY(!waitFor(available).ok());
        QCOMPARE(
            errorKindName(available.result().error().kind), errorKindName(ErrorKind::KeychainUnavailable));

        const QString uuid = newUuid();
        const auto written = write(keychain, uuid, TestSupport::aliceToken);
        QVERIFY(!written.ok());
        QCOMPARE(errorKindName(written.error().kind), errorKindName(ErrorKind::KeychainUnavailable));
        QVERIFY2(written.error().message.contains(QStringLiteral("gnome-keyring")),
            qPrintable(written.error().message));

        // No plaintext fallback: the token reached no file in HOME.
        QCOMPARE(
            TestSupport::filesContaining(QDir::homePath(), TestSupport::aliceToken.toUtf8()), QStringList());
    }

    // Run by "tst_keychain_locked": the keychain holds an item but is locked (tests/scripts/).
    void withLockedKeychain()
    {
        Keychain keychain;
        const QString lockedUuid = QStringLiteral("locked-account-uuid");
        const auto readBack = read(keychain, lockedUuid);
        QVERIFY(!readBack.ok());
        QCOMPARE(errorKindName(readBack.error().kind), errorKindName(ErrorKind::KeychainAccessDenied));
        QVERIFY2(readBack.error().message.contains(QStringLiteral("Unlock")),
            qPrintable(readBack.error().message));

        const auto written = write(keychain, lockedUuid, QStringLiteral("replacement-token-abcdef"));
        QVERIFY(!written.ok());
        QCOMPARE(errorKindName(written.error().kind), errorKindName(ErrorKind::KeychainAccessDenied));
        // The availability check before a sign-in sees the lock too, before anyone types a password.
        Outcome<Done> available;
        keychain.checkAvailable(this, available.handler());
        QVERIFY(!waitFor(available).ok());
        QCOMPARE(
            errorKindName(available.result().error().kind), errorKindName(ErrorKind::KeychainAccessDenied));

        // Deleting must not report success while the item is merely locked away.
        const auto removed = remove(keychain, lockedUuid);
        QVERIFY(!removed.ok());
        QCOMPARE(errorKindName(removed.error().kind), errorKindName(ErrorKind::KeychainAccessDenied));
        // An item that does not exist is still "not signed in", locked keychain or not.
        const auto missing = read(keychain, newUuid());
        QVERIFY(missing.ok());
        QCOMPARE(missing.value(), std::nullopt);
    }
};

// The same executable runs three times (tests/CMakeLists.txt): with the Secret Service, without any
// D-Bus session (PLEXAUTH_TEST_KEYCHAIN=none), and with a locked keychain whose unlock prompt cannot
// show (PLEXAUTH_TEST_KEYCHAIN=locked).
int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    TestKeychain test;
    QTEST_SET_MAIN_SOURCE_PATH
    const QByteArray run = qgetenv("PLEXAUTH_TEST_KEYCHAIN");
    return TestSupport::runFunctionsOfThisRun(&test, argc, argv, [run](const QByteArray &function) {
        const QByteArray wanted = function == "withoutSecretService" ? "none"
            : function == "withLockedKeychain"                       ? "locked"
                                                                     : "";
        return run == wanted;
    });
}
#include "tst_keychain.moc"
