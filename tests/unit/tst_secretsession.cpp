// The Secret Service's encrypted session, on its own: both sides of the exchange are SecretSession
// objects (the service's side is what gnome-keyring does; tst_secretservice checks against it).
#include "secretsession.h"

#include <QTest>

using namespace PlexAuth;

namespace {

// RFC 2409 section 6.2, the Second Oakley Group: 2^1024 - 2^960 - 1 + 2^64 * { [2^894 pi] + 129093 }.
const QByteArray groupPrime = QByteArray::fromHex(
    "FFFFFFFFFFFFFFFFC90FDAA22168C234C4C6628B80DC1CD129024E088A67CC74020BBEA63B139B22514A08798E3404DD"
    "EF9519B3CD3A431B302B0A6DF25F14374FE1356D6D51C245E485B576625E7EC6F44C42E9A637ED6B0BFF5CB6F406B7ED"
    "EE386BFB5A899FA5AE9F24117C4B1FE649286651ECE65381FFFFFFFFFFFFFFFF");

SecretSession newSession()
{
    std::optional<SecretSession> session = SecretSession::create();
    if (!session)
        qFatal("libcrypto made no key pair");
    return std::move(*session);
}

} // namespace

class TestSecretSession : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keyDerivationIsRfc5869Hkdf()
    {
        // RFC 5869 appendix A.3: SHA-256 with zero-length salt and info; the key is the first 16 bytes.
        const auto key = SecretSession::deriveKey(QByteArray(22, '\x0b'));
        QVERIFY(key);
        QCOMPARE(key->toHex(), QByteArray("8da4e775a563c18f715f802a063c5a31"));
    }

    void bothSidesDeriveTheSameKey()
    {
        SecretSession client = newSession();
        SecretSession service = newSession();
        QVERIFY(!client.publicKey().isEmpty());
        QVERIFY(client.publicKey().size() <= 128);
        QVERIFY(client.publicKey() != service.publicKey());
        QVERIFY(!client.hasKey());
        QVERIFY(client.agree(service.publicKey()));
        QVERIFY(service.agree(client.publicKey()));

        const QByteArray token("alice-token-Zkfs-HfWAsWEFzGJdo_H");
        QByteArray iv;
        const auto sealed = service.encrypt(token, &iv);
        QVERIFY(sealed);
        QCOMPARE(iv.size(), SecretSession::ivSize);
        QCOMPARE(sealed->size(), 48); // 32 bytes and a whole block of PKCS#7 padding
        QVERIFY(!sealed->contains(token));
        QCOMPARE(client.decrypt(iv, *sealed), std::optional<QByteArray>(token));
    }

    void keepsSecretsOfEveryLength()
    {
        SecretSession client = newSession();
        SecretSession service = newSession();
        QVERIFY(client.agree(service.publicKey()) && service.agree(client.publicKey()));
        for (const int length : { 0, 1, 15, 16, 17, 1200 }) {
            const QByteArray secret(length, 'x');
            QByteArray iv;
            const auto sealed = service.encrypt(secret, &iv);
            QVERIFY(sealed);
            QCOMPARE(client.decrypt(iv, *sealed), std::optional<QByteArray>(secret));
        }
    }

    void aThirdPartyCannotDecrypt()
    {
        SecretSession client = newSession();
        SecretSession service = newSession();
        SecretSession eavesdropper = newSession();
        QVERIFY(client.agree(service.publicKey()) && service.agree(client.publicKey()));
        QVERIFY(eavesdropper.agree(service.publicKey()));
        const QByteArray token("alice-token-Zkfs-HfWAsWEFzGJdo_H");
        QByteArray iv;
        const auto sealed = service.encrypt(token, &iv);
        QVERIFY(sealed);
        QVERIFY(eavesdropper.decrypt(iv, *sealed) != std::optional<QByteArray>(token));
    }

    void rejectsPublicKeysOutsideTheGroup_data()
    {
        QTest::addColumn<QByteArray>("peerKey");
        QByteArray primeMinusOne = groupPrime;
        primeMinusOne[primeMinusOne.size() - 1] = '\xfe';
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("zero") << QByteArray(1, '\0');
        QTest::newRow("one") << QByteArray(1, '\1');
        QTest::newRow("p - 1") << primeMinusOne;
        QTest::newRow("p") << groupPrime;
        QTest::newRow("longer than p") << QByteArray(129, '\x7f');
    }

    void rejectsPublicKeysOutsideTheGroup()
    {
        QFETCH(QByteArray, peerKey);
        SecretSession client = newSession();
        QVERIFY(!client.agree(peerKey));
        QVERIFY(!client.hasKey());
    }

    void rejectsMalformedCiphertext()
    {
        SecretSession client = newSession();
        SecretSession service = newSession();
        QVERIFY(!client.decrypt(QByteArray(16, 'i'), QByteArray(16, 'c'))); // no key yet
        QVERIFY(client.agree(service.publicKey()) && service.agree(client.publicKey()));
        QByteArray iv;
        const auto sealed = service.encrypt("a token", &iv);
        QVERIFY(sealed);
        QCOMPARE(client.decrypt(iv, *sealed), std::optional<QByteArray>("a token"));
        QVERIFY(!client.decrypt(iv.left(15), *sealed));
        QVERIFY(!client.decrypt(QByteArray(), *sealed));
        QVERIFY(!client.decrypt(iv, sealed->left(15)));
        QVERIFY(!client.decrypt(iv, QByteArray()));
    }
};

QTEST_GUILESS_MAIN(TestSecretSession)
#include "tst_secretsession.moc"
