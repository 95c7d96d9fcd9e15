// DeviceKey: the published Ed25519 and JWK vectors, the keychain text, and a signature checked by the
// openssl command line, independently of PlexAuth's own code.
#include "devicekey.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PlexAuth;

namespace {
QString base64Url(const QByteArray &bytes)
{
    return QString::fromLatin1(
        bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString keychainText(const QString &d, const QString &x)
{
    return QStringLiteral(R"({"crv":"Ed25519","d":"%1","kty":"OKP","x":"%2"})").arg(d, x);
}

// RFC 8037 Appendix A.1 and A.2 (the key of RFC 8032 §7.1 TEST 1).
const QString rfc8037D = QStringLiteral("nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A");
const QString rfc8037X = QStringLiteral("11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo");

DeviceKey rfc8037Key()
{
    const Result<DeviceKey> key = DeviceKey::fromKeychainText(keychainText(rfc8037D, rfc8037X));
    if (!key.ok())
        qFatal("the RFC 8037 key was refused: %s", qPrintable(key.error().message));
    return key.value();
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}
} // namespace

class TestDeviceKey : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc8032Vectors_data()
    {
        QTest::addColumn<QByteArray>("secretKey");
        QTest::addColumn<QByteArray>("publicKey");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        // RFC 8032 §7.1, TEST 1 to TEST 3.
        QTest::newRow("TEST 1")
            << QByteArray::fromHex("9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
            << QByteArray::fromHex("d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
            << QByteArray()
            << QByteArray::fromHex(
                   "e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e065224901555fb8821590"
                   "a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
        QTest::newRow("TEST 2")
            << QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
            << QByteArray::fromHex("3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
            << QByteArray::fromHex("72")
            << QByteArray::fromHex(
                   "92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da085ac1e43e"
                   "15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
        QTest::newRow("TEST 3")
            << QByteArray::fromHex("c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
            << QByteArray::fromHex("fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
            << QByteArray::fromHex("af82")
            << QByteArray::fromHex(
                   "6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac18ff9b538d"
                   "16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    }

    void rfc8032Vectors()
    {
        QFETCH(QByteArray, secretKey);
        QFETCH(QByteArray, publicKey);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        const Result<DeviceKey> key
            = DeviceKey::fromKeychainText(keychainText(base64Url(secretKey), base64Url(publicKey)));
        QVERIFY2(key.ok(), TestSupport::describe(key).constData());
        QCOMPARE(key.value().publicKey(), publicKey);
        // Ed25519 is deterministic: the very signature of the RFC.
        QCOMPARE(key.value().sign(message).toHex(), signature.toHex());
        QVERIFY(DeviceKey::verify(key.value().publicJwk(), message, signature));
    }

    void rfc8037JwkThumbprintAndJws()
    {
        const DeviceKey key = rfc8037Key();
        QCOMPARE(base64Url(key.publicKey()), rfc8037X);
        // RFC 8037 §A.3: the thumbprint of the public key is the key id.
        const QString thumbprint = QStringLiteral("kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k");
        QCOMPARE(key.keyId(), thumbprint);
        const QJsonObject publicJwk { { QStringLiteral("kty"), QStringLiteral("OKP") },
            { QStringLiteral("crv"), QStringLiteral("Ed25519") }, { QStringLiteral("x"), rfc8037X } };
        QCOMPARE(DeviceKey::thumbprint(publicJwk), thumbprint);

        const QJsonObject jwk = key.publicJwk();
        QCOMPARE(jwk.value(QLatin1String("kty")).toString(), QStringLiteral("OKP"));
        QCOMPARE(jwk.value(QLatin1String("crv")).toString(), QStringLiteral("Ed25519"));
        QCOMPARE(jwk.value(QLatin1String("x")).toString(), rfc8037X);
        QCOMPARE(jwk.value(QLatin1String("use")).toString(), QStringLiteral("sig"));
        QCOMPARE(jwk.value(QLatin1String("alg")).toString(), QStringLiteral("EdDSA"));
        QCOMPARE(jwk.value(QLatin1String("kid")).toString(), thumbprint);
        QVERIFY(!jwk.contains(QLatin1String("d")));
        // Members beyond crv, kty and x do not change it (RFC 7638 §3.2).
        QCOMPARE(DeviceKey::thumbprint(jwk), thumbprint);

        // RFC 8037 §A.4: the JWS of "Example of Ed25519 signing" under the header {"alg":"EdDSA"}.
        const QByteArray signingInput("eyJhbGciOiJFZERTQSJ9.RXhhbXBsZSBvZiBFZDI1NTE5IHNpZ25pbmc");
        const QString signature = QStringLiteral(
            "hgyY0il_MGCjP0JzlnLWG1PPOt7-09PGcvMg3AIbQR6dWbhijcNR4ki4iylGjg5BhVsPt9g7sVvpAr_MuM0KAg");
        QCOMPARE(base64Url(key.sign(signingInput)), signature);
        // §A.5: verification with the public key alone.
        QVERIFY(DeviceKey::verify(publicJwk, signingInput,
            QByteArray::fromBase64(signature.toLatin1(), QByteArray::Base64UrlEncoding)));
    }

    void thumbprintIsEmptyForWhatIsNotAnOkpKey_data()
    {
        QTest::addColumn<QByteArray>("jwk");
        QTest::newRow("EC key") << QByteArray(
            R"({"kty":"EC","crv":"P-256","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})");
        QTest::newRow("no x") << QByteArray(R"({"kty":"OKP","crv":"Ed25519"})");
        QTest::newRow("no crv") << QByteArray(
            R"({"kty":"OKP","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})");
        QTest::newRow("x not base64url") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":"11qY+/=="})");
        QTest::newRow("empty crv") << QByteArray(
            R"({"kty":"OKP","crv":"","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})");
        QTest::newRow("empty x") << QByteArray(R"({"kty":"OKP","crv":"Ed25519","x":""})");
        QTest::newRow("empty") << QByteArray("{}");
    }

    void thumbprintIsEmptyForWhatIsNotAnOkpKey()
    {
        QFETCH(QByteArray, jwk);
        QCOMPARE(DeviceKey::thumbprint(QJsonDocument::fromJson(jwk).object()), QString());
    }

    void generatedKeysAreDistinctAndWork()
    {
        const Result<DeviceKey> first = DeviceKey::generate();
        const Result<DeviceKey> second = DeviceKey::generate();
        QVERIFY(first.ok() && second.ok());
        QCOMPARE(first.value().publicKey().size(), 32);
        QVERIFY(first.value().publicKey() != second.value().publicKey());
        QVERIFY(first.value().keyId() != second.value().keyId());
        QVERIFY(first.value().keychainText() != second.value().keychainText());
        const QByteArray message("nonce 7c415b56");
        QVERIFY(DeviceKey::verify(first.value().publicJwk(), message, first.value().sign(message)));
        QVERIFY(!DeviceKey::verify(second.value().publicJwk(), message, first.value().sign(message)));
    }

    void keychainTextRoundTrips()
    {
        const Result<DeviceKey> generated = DeviceKey::generate();
        QVERIFY(generated.ok());
        const QString text = generated.value().keychainText();
        const QJsonObject jwk = QJsonDocument::fromJson(text.toUtf8()).object();
        QCOMPARE(jwk.keys(),
            (QStringList {
                QStringLiteral("crv"), QStringLiteral("d"), QStringLiteral("kty"), QStringLiteral("x") }));
        QVERIFY(!text.contains(u' ') && !text.contains(u'='));
        const Result<DeviceKey> loaded = DeviceKey::fromKeychainText(text);
        QVERIFY2(loaded.ok(), TestSupport::describe(loaded).constData());
        QCOMPARE(loaded.value().publicKey(), generated.value().publicKey());
        QCOMPARE(loaded.value().keyId(), generated.value().keyId());
        QCOMPARE(loaded.value().keychainText(), text);
        // The RFC 8037 key is written exactly as its appendix spells the members.
        QCOMPARE(rfc8037Key().keychainText(), keychainText(rfc8037D, rfc8037X));
    }

    void refusesMalformedKeychainText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("reason"); // what the message says is wrong
        const QString otherX
            = QStringLiteral("PUAXw-hDiVqStwqnTRt-vJyYLM8uxJaMwM1V8Sr0Zgw"); // RFC 8032 TEST 2
        QString strayBits = rfc8037D;
        strayBits.back() = u'B'; // 'A' + 1: a bit beyond the 256 of the key
        const QString valid = keychainText(rfc8037D, rfc8037X);
        const auto row = [](const char *name, const QString &text, const char *reason) {
            QTest::newRow(name) << text << QString::fromLatin1(reason);
        };
        const char *notJson = "not a JSON object";
        const char *notEd25519 = "not an Ed25519 key";
        const char *badD = "private key is not 32 bytes";
        const char *badX = "public key is not 32 bytes";
        row("empty", QString(), notJson);
        row("not JSON", QStringLiteral("not a key"), notJson);
        row("array", QStringLiteral("[]"), notJson);
        row("EC key", QString(valid).replace(QStringLiteral("OKP"), QStringLiteral("EC")), notEd25519);
        row("Ed448", QString(valid).replace(QStringLiteral("Ed25519"), QStringLiteral("Ed448")), notEd25519);
        row("X25519", QString(valid).replace(QStringLiteral("Ed25519"), QStringLiteral("X25519")),
            notEd25519);
        row("no kty", QStringLiteral(R"({"crv":"Ed25519","d":"%1","x":"%2"})").arg(rfc8037D, rfc8037X),
            notEd25519);
        row("no d", QStringLiteral(R"({"crv":"Ed25519","kty":"OKP","x":"%1"})").arg(rfc8037X), badD);
        row("no x", QStringLiteral(R"({"crv":"Ed25519","d":"%1","kty":"OKP"})").arg(rfc8037D), badX);
        row("d a number", QStringLiteral(R"({"crv":"Ed25519","d":42,"kty":"OKP","x":"%1"})").arg(rfc8037X),
            badD);
        row("d 31 bytes", keychainText(base64Url(QByteArray(31, 'k')), rfc8037X), badD);
        row("d 33 bytes", keychainText(base64Url(QByteArray(33, 'k')), rfc8037X), badD);
        row("x 31 bytes", keychainText(rfc8037D, base64Url(QByteArray(31, 'k'))), badX);
        row("d padded", keychainText(rfc8037D + u'=', rfc8037X), badD);
        row("d in base64, not base64url", keychainText(QString(rfc8037D).replace(u'_', u'/'), rfc8037X),
            badD);
        row("d with stray bits", keychainText(strayBits, rfc8037X), badD);
        row("d with a space", keychainText(rfc8037D.left(10) + u' ' + rfc8037D.mid(10), rfc8037X), badD);
        row("x of another key", keychainText(rfc8037D, otherX), "does not belong to its private key");
    }

    void refusesMalformedKeychainText()
    {
        QFETCH(QString, text);
        QFETCH(QString, reason);
        const Result<DeviceKey> key = DeviceKey::fromKeychainText(text);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().kind, ErrorKind::DeviceKeyMissing);
        QVERIFY2(key.error().message.contains(reason), qPrintable(key.error().message));
        QVERIFY(key.error().message.contains(QLatin1String("Sign in")));
        // The private key is a secret: never in a message.
        QVERIFY(!key.error().message.contains(rfc8037D.left(8)));
        QVERIFY(!key.error().detail.contains(rfc8037D.left(8)));
    }

    void verifyRefusesAFlippedBit()
    {
        const DeviceKey key = rfc8037Key();
        const QByteArray message("Example of Ed25519 signing");
        const QByteArray signature = key.sign(message);
        QVERIFY(DeviceKey::verify(key.publicJwk(), message, signature));
        for (qsizetype byte : { qsizetype(0), qsizetype(31), qsizetype(32), qsizetype(63) }) {
            QByteArray flipped = signature;
            flipped[byte] = char(flipped[byte] ^ 0x01);
            QVERIFY2(
                !DeviceKey::verify(key.publicJwk(), message, flipped), qPrintable(QString::number(byte)));
        }
        QByteArray changed = message;
        changed[0] = char(changed[0] ^ 0x20);
        QVERIFY(!DeviceKey::verify(key.publicJwk(), changed, signature));
        QVERIFY(!DeviceKey::verify(key.publicJwk(), message, signature.left(63)));
        QJsonObject forEncryption = key.publicJwk();
        forEncryption.insert(QStringLiteral("use"), QStringLiteral("enc"));
        QVERIFY(!DeviceKey::verify(forEncryption, message, signature));
        QJsonObject otherCurve = key.publicJwk();
        otherCurve.insert(QStringLiteral("crv"), QStringLiteral("X25519"));
        QVERIFY(!DeviceKey::verify(otherCurve, message, signature));
        QJsonObject otherAlgorithm = key.publicJwk();
        otherAlgorithm.insert(QStringLiteral("alg"), QStringLiteral("ES256"));
        QVERIFY(!DeviceKey::verify(otherAlgorithm, message, signature));
    }

    void opensslCommandLineVerifiesASignedJwt()
    {
        const QString openssl = QStandardPaths::findExecutable(QStringLiteral("openssl"));
        if (openssl.isEmpty())
            QSKIP("the openssl command is not installed (Debian package openssl)");
        const Result<DeviceKey> key = DeviceKey::generate();
        QVERIFY(key.ok());
        const QString jwt
            = key.value().signJwt({ { QStringLiteral("iss"), QStringLiteral("plexauth-test") } });
        const QList<QStringView> parts = QStringView(jwt).split(u'.');
        QCOMPARE(parts.size(), 3);
        const QByteArray signingInput = jwt.left(jwt.lastIndexOf(u'.')).toLatin1();
        const QByteArray signature
            = QByteArray::fromBase64(parts[2].toLatin1(), QByteArray::Base64UrlEncoding);

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        // SubjectPublicKeyInfo of an Ed25519 key (RFC 8410 §4): a fixed DER prefix, then the 32 key bytes.
        const QByteArray spki = QByteArray::fromHex("302a300506032b6570032100") + key.value().publicKey();
        const QByteArray pem
            = "-----BEGIN PUBLIC KEY-----\n" + spki.toBase64() + "\n-----END PUBLIC KEY-----\n";
        QVERIFY(writeFile(dir.filePath(QStringLiteral("pub.pem")), pem));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("input")), signingInput));
        QVERIFY(writeFile(dir.filePath(QStringLiteral("sig")), signature));
        QByteArray flipped = signature;
        flipped[10] = char(flipped[10] ^ 0x04);
        QVERIFY(writeFile(dir.filePath(QStringLiteral("flipped")), flipped));

        const auto opensslSays = [&](const QString &signatureFile) {
            QProcess process;
            process.start(openssl,
                { QStringLiteral("pkeyutl"), QStringLiteral("-verify"), QStringLiteral("-pubin"),
                    QStringLiteral("-inkey"), dir.filePath(QStringLiteral("pub.pem")),
                    QStringLiteral("-rawin"), QStringLiteral("-in"), dir.filePath(QStringLiteral("input")),
                    QStringLiteral("-sigfile"), dir.filePath(signatureFile) });
            const bool finished
                = process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit;
            return finished ? QString::number(process.exitCode()) + u' '
                    + QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed()
                            : QStringLiteral("did not finish");
        };
        QCOMPARE(opensslSays(QStringLiteral("sig")), QStringLiteral("0 Signature Verified Successfully"));
        // The same command refuses a signature with one bit changed: it really checks.
        QCOMPARE(opensslSays(QStringLiteral("flipped")), QStringLiteral("1 Signature Verification Failure"));
    }
};

QTEST_GUILESS_MAIN(TestDeviceKey)
#include "tst_devicekey.moc"
