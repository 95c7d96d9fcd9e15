#include "logging.h"
#include "redaction.h"

#include <QTest>

using PlexAuth::Redaction;

class TestRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { Redaction::forgetAllSecrets(); }

    void registeredSecretIsMaskedEverywhere()
    {
        Redaction::registerSecret(QStringLiteral("Zkfs-HfWAsWEFzGJdo_H"));
        const QString text = QStringLiteral("got Zkfs-HfWAsWEFzGJdo_H then again (Zkfs-HfWAsWEFzGJdo_H)");
        const QString redacted = Redaction::redact(text);
        QVERIFY(!redacted.contains(u"Zkfs-HfWAsWEFzGJdo_H"));
        QCOMPARE(redacted.count(Redaction::mask), 2);
    }

    void forgottenSecretIsNoLongerMasked()
    {
        Redaction::registerSecret(QStringLiteral("temporary-password"));
        Redaction::forgetSecret(QStringLiteral("temporary-password"));
        QCOMPARE(Redaction::redact(QStringLiteral("x temporary-password y")),
            QStringLiteral("x temporary-password y"));
    }

    void anAccountsSecretsGoWithIt()
    {
        Redaction::registerSecret(QStringLiteral("alice-token-1234"), QStringLiteral("alice"));
        Redaction::registerSecret(QStringLiteral("alice-server-5678"), QStringLiteral("alice"));
        Redaction::registerSecret(QStringLiteral("bob-token-9012"), QStringLiteral("bob"));
        Redaction::registerSecret(QStringLiteral("environment-token"));
        Redaction::forgetSecretsOf(QStringLiteral("alice"));
        QCOMPARE(Redaction::redact(QStringLiteral("alice-token-1234 alice-server-5678")),
            QStringLiteral("alice-token-1234 alice-server-5678"));
        QCOMPARE(Redaction::redact(QStringLiteral("bob-token-9012 environment-token")),
            Redaction::mask.toString() + u' ' + Redaction::mask.toString());
        QCOMPARE(Redaction::registeredCount(), 2);
    }

    void aSecretTwoAccountsHoldStaysUntilBothAreGone()
    {
        // A server's access token is the same for every account the server is shared with.
        Redaction::registerSecret(QStringLiteral("shared-server-token"), QStringLiteral("alice"));
        Redaction::registerSecret(QStringLiteral("shared-server-token"), QStringLiteral("bob"));
        Redaction::forgetSecretsOf(QStringLiteral("alice"));
        QCOMPARE(Redaction::redact(QStringLiteral("shared-server-token")), Redaction::mask.toString());
        Redaction::forgetSecretsOf(QStringLiteral("bob"));
        QCOMPARE(
            Redaction::redact(QStringLiteral("shared-server-token")), QStringLiteral("shared-server-token"));
    }

    void aSecretSeenFirstWithoutOwnerIsClaimedByItsAccount()
    {
        // The HTTP client registers every token it sends before the account's session claims it.
        Redaction::registerSecret(QStringLiteral("sent-before-claimed"));
        Redaction::registerSecret(QStringLiteral("sent-before-claimed"), QStringLiteral("alice"));
        Redaction::registerSecret(QStringLiteral("sent-before-claimed")); // sent again
        Redaction::forgetSecretsOf(QStringLiteral("alice"));
        QCOMPARE(
            Redaction::redact(QStringLiteral("sent-before-claimed")), QStringLiteral("sent-before-claimed"));
        QCOMPARE(Redaction::registeredCount(), 0);
    }

    void registeringTheSameSecretTwiceKeepsOneEntry()
    {
        Redaction::registerSecret(QStringLiteral("same-secret-twice"), QStringLiteral("alice"));
        Redaction::registerSecret(QStringLiteral("same-secret-twice"), QStringLiteral("alice"));
        QCOMPARE(Redaction::registeredCount(), 1);
    }

    void shortValuesAreNotRegistered()
    {
        Redaction::registerSecret(QStringLiteral("ab"));
        QCOMPARE(Redaction::redact(QStringLiteral("abcabc")), QStringLiteral("abcabc"));
    }

    void longerSecretWinsOverItsPrefix()
    {
        Redaction::registerSecret(QStringLiteral("abcd1234"));
        Redaction::registerSecret(QStringLiteral("abcd1234efgh5678"));
        const QString redacted = Redaction::redact(QStringLiteral("[abcd1234efgh5678]"));
        QCOMPARE(redacted, QStringLiteral("[<redacted>]"));
    }

    void unregisteredCarriersAreMasked_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("secret");
        QTest::newRow("header") << QStringLiteral("X-Plex-Token: aaaabbbbccccdddd")
                                << QStringLiteral("aaaabbbbccccdddd");
        QTest::newRow("query") << QStringLiteral("http://h/x?X-Plex-Token=qqqqwwwweeee&a=1")
                               << QStringLiteral("qqqqwwwweeee");
        QTest::newRow("json") << QStringLiteral(R"({"authToken":"jjjjkkkkllll","id":1})")
                              << QStringLiteral("jjjjkkkkllll");
        QTest::newRow("json spaced") << QStringLiteral(R"({"accessToken" : "mmmmnnnnoooo"})")
                                     << QStringLiteral("mmmmnnnnoooo");
        QTest::newRow("xml") << QStringLiteral(R"(<MediaContainer token="tttxxxyyyzzz"/>)")
                             << QStringLiteral("tttxxxyyyzzz");
        QTest::newRow("form password") << QStringLiteral("login=a%40b.c&password=s3cr3t%2Bpw&rememberMe=true")
                                       << QStringLiteral("s3cr3t%2Bpw");
        QTest::newRow("form code") << QStringLiteral("password=x&verificationCode=123456")
                                   << QStringLiteral("123456");
        QTest::newRow("jwt") << QStringLiteral(
            R"({"auth_token":"eyJhbGciOiJFZERTQSJ9.eyJ1c2VyIjp7fX0.c2ln"})")
                             << QStringLiteral("eyJhbGciOiJFZERTQSJ9");
    }

    void unregisteredCarriersAreMasked()
    {
        QFETCH(QString, text);
        QFETCH(QString, secret);
        const QString redacted = Redaction::redact(text);
        QVERIFY2(!redacted.contains(secret), qPrintable(redacted));
        QVERIFY(redacted.contains(Redaction::mask));
    }

    void ordinaryTextIsUntouched()
    {
        const QString text = QStringLiteral("HTTP 401 from plex.tv /api/v2/user; Plex code 1001");
        QCOMPARE(Redaction::redact(text), text);
    }

    void byteArrayOverloadMasksToo()
    {
        Redaction::registerSecret(QStringLiteral("bytes-secret-value"));
        QCOMPARE(Redaction::redact(QByteArray("a bytes-secret-value b")), QByteArray("a <redacted> b"));
    }

    void logLinesAreRedacted()
    {
        Redaction::registerSecret(QStringLiteral("token-in-a-log-line"));
        QString captured;
        static QString *sink = nullptr;
        sink = &captured;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { *sink = message; });
        PlexAuth::installRedactingMessageHandler();
        qInfo("request with token-in-a-log-line failed");
        qInstallMessageHandler(previous);
        QVERIFY(!captured.isEmpty());
        QVERIFY2(!captured.contains(u"token-in-a-log-line"), qPrintable(captured));
    }

    void displayMaskShowsOnlyTheEnds()
    {
        QCOMPARE(
            Redaction::maskForDisplay(QStringLiteral("CxoUzBTSV5hsxjTpFKaf")), QStringLiteral("CxoU…FKaf"));
        QVERIFY(!Redaction::maskForDisplay(QStringLiteral("short")).contains(u's'));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
