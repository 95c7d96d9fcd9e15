// The direct Secret Service read against the real Secret Service (the throwaway gnome-keyring that
// scripts/run-tests starts), watched on the bus with dbus-monitor.
#include "keychain.h"
#include "secretservice.h"
#include "testsupport.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QProcess>
#include <QTest>
#include <QUuid>

using namespace PlexAuth;
using TestSupport::Outcome;

namespace {

const QString testService = QStringLiteral("PlexAuth-test-secretservice");

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// secret-tool with `input` on its standard input; what it printed (`search` prints the attributes on
// standard error), or std::nullopt on failure.
std::optional<QByteArray> secretTool(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess tool;
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(QStringLiteral("secret-tool"), arguments);
    tool.write(input);
    tool.closeWriteChannel();
    if (!tool.waitForFinished(10000) || tool.exitStatus() != QProcess::NormalExit || tool.exitCode() != 0)
        return std::nullopt;
    return tool.readAllStandardOutput();
}

// Stores an item as another application would: with QtKeychain's three attributes, and `extra`.
bool storeWithSecretTool(const QString &key, const QByteArray &secret, const QStringList &extra = {})
{
    QStringList arguments { QStringLiteral("store"), QStringLiteral("--label=tst_secretservice") };
    arguments << extra << QStringLiteral("server") << testService << QStringLiteral("user") << key
              << QStringLiteral("type") << QStringLiteral("plaintext");
    return secretTool(arguments, secret).has_value();
}

// Everything on the session bus while it runs, as `dbus-monitor` prints it.
class BusMonitor
{
public:
    BusMonitor()
    {
        m_process.setProcessChannelMode(QProcess::SeparateChannels);
        m_process.start(QStringLiteral("dbus-monitor"), { QStringLiteral("--session") });
    }
    ~BusMonitor()
    {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
    BusMonitor(const BusMonitor &) = delete;
    BusMonitor &operator=(const BusMonitor &) = delete;

    // Sends a signal with a fresh marker and waits until the monitor printed it: everything sent before
    // has been seen, and the monitor is listening.
    bool sync()
    {
        const QString marker = QStringLiteral("plexauth-marker-%1").arg(newUuid());
        for (int attempt = 0; attempt < 50; ++attempt) {
            QDBusMessage signal = QDBusMessage::createSignal(QStringLiteral("/org/plexauth/test"),
                QStringLiteral("org.plexauth.Test"), QStringLiteral("Marker"));
            signal << marker;
            QDBusConnection::sessionBus().send(signal);
            if (QTest::qWaitFor([&] { return output().contains(marker.toUtf8()); }, 200))
                return true;
        }
        return false;
    }

    QByteArray output()
    {
        m_output += m_process.readAllStandardOutput();
        return m_output;
    }

private:
    QProcess m_process;
    QByteArray m_output;
};

} // namespace

class TestSecretService : public QObject
{
    Q_OBJECT

private:
    std::pair<SecretService::Verdict, QString> lookup(const QString &key)
    {
        std::optional<std::pair<SecretService::Verdict, QString>> answer;
        SecretService::lookup(
            testService, key, this, [&answer](SecretService::Verdict verdict, const QString &secret) {
                answer.emplace(verdict, secret);
            });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            qFatal("Secret Service lookup did not finish");
        return *answer;
    }

    Result<Done> write(Keychain &keychain, const QString &uuid, const QString &token)
    {
        Outcome<Done> outcome;
        keychain.writeToken(uuid, token, this, outcome.handler());
        if (!outcome.wait(20000))
            qFatal("keychain write did not finish");
        return outcome.result();
    }

    static void clear(const QString &key)
    {
        secretTool(
            { QStringLiteral("clear"), QStringLiteral("server"), testService, QStringLiteral("user"), key });
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY2(qgetenv("PLEXAUTH_TEST_THROWAWAY_KEYRING") == "1",
            "run the tests with scripts/run-tests, which starts a throwaway keyring in a private D-Bus "
            "session");
    }

    void qtKeychainItemsCarryItsSchema()
    {
        // What the lookup relies on: libsecret files QtKeychain 0.13's items with xdg:schema
        // org.qt.keychain (secret-tool shows it as "schema").
        Keychain keychain(testService);
        const QString key = newUuid();
        QVERIFY(write(keychain, key, TestSupport::aliceToken).ok());
        const auto listed = secretTool({ QStringLiteral("search"), QStringLiteral("--all"),
            QStringLiteral("server"), testService, QStringLiteral("user"), key });
        clear(key);
        QVERIFY(listed);
        QVERIFY2(listed->contains("schema = org.qt.keychain\n"), listed->constData());
        QVERIFY2(listed->contains("attribute.type = plaintext\n"), listed->constData());
    }

    void theTokenNeverCrossesTheBusInClear()
    {
        Keychain keychain(testService);
        const QString key = newUuid();
        QVERIFY(write(keychain, key, TestSupport::aliceToken).ok());

        BusMonitor monitor;
        QVERIFY2(monitor.sync(), "dbus-monitor did not start listening");
        const auto [verdict, secret] = lookup(key);
        QVERIFY(monitor.sync());
        clear(key);

        QCOMPARE(int(verdict), int(SecretService::Verdict::Found));
        QCOMPARE(secret, TestSupport::aliceToken);
        const QByteArray seen = monitor.output();
        // The monitor saw the exchange, in the encrypted session...
        QVERIFY(seen.contains("member=GetSecrets"));
        QVERIFY(seen.contains("string \"dh-ietf1024-sha256-aes128-cbc-pkcs7\""));
        // ...and the token in no form: not as text, not as the hex dump of a byte array.
        QVERIFY(!seen.contains(TestSupport::aliceToken.toUtf8()));
        QByteArray hexDump = seen;
        hexDump.replace(' ', "").replace('\n', "");
        QVERIFY(!hexDump.contains(TestSupport::aliceToken.toUtf8().toHex()));
    }

    void anotherApplicationsItemIsNeverRead()
    {
        // Same server, user and type, but not QtKeychain's schema: secret-tool files it under
        // org.freedesktop.Secret.Generic.
        const QString key = newUuid();
        QVERIFY(storeWithSecretTool(key, "not-plexauths-token"));
        const auto [verdict, secret] = lookup(key);
        clear(key);
        QCOMPARE(int(verdict), int(SecretService::Verdict::NotFound));
        QVERIFY(secret.isEmpty());
    }

    void moreThanOneUnlockedMatchIsAnErrorThatNamesTheFix()
    {
        Keychain keychain(testService);
        const QString key = newUuid();
        QVERIFY(write(keychain, key, TestSupport::aliceToken).ok());
        // A second item with exactly QtKeychain's attributes, in gnome-keyring's other (session) collection.
        QVERIFY(storeWithSecretTool(key, "a-second-token",
            { QStringLiteral("--collection=/org/freedesktop/secrets/collection/session"),
                QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain") }));

        const auto [verdict, secret] = lookup(key);
        QCOMPARE(int(verdict), int(SecretService::Verdict::Ambiguous));
        QVERIFY(secret.isEmpty());

        Outcome<std::optional<QString>> read;
        keychain.readToken(key, this, read.handler());
        QVERIFY(read.wait(20000));
        clear(key);
        QVERIFY(!read.result().ok());
        const PlexError error = read.result().error();
        QCOMPARE(errorKindName(error.kind), errorKindName(ErrorKind::KeychainFailure));
        QVERIFY2(
            error.message.contains(QStringLiteral("More than one keychain item")), qPrintable(error.message));
        QVERIFY2(error.message.contains(
                     QStringLiteral("secret-tool clear server %1 user %2").arg(testService, key)),
            qPrintable(error.message));
        QVERIFY(!error.message.contains(TestSupport::aliceToken));
    }
};

QTEST_GUILESS_MAIN(TestSecretService)
#include "tst_secretservice.moc"
