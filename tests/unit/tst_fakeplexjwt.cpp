// The fake plex.tv's JWT device authentication (tests/fakeplex/jwtroutes.cpp), driven over HTTP with
// QNetworkAccessManager and device JWTs signed here with OpenSSL's EVP API: none of the app's classes.

#include "fakeplexserver.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

const QString kClient = u"tst-fakeplexjwt-client"_s;
const QString kOtherClient = u"tst-fakeplexjwt-other"_s;
const QString kAliceToken = u"alice-token-Zkfs-HfWAsWEFzGJdo_H"_s;
const QString kAliceUuid = u"dae343c1f45beb4f"_s;
const QString kDaveUuid = u"da7eda7eda7eda7e"_s;

QByteArray b64url(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray unb64url(const QByteArray &text)
{
    return QByteArray::fromBase64(text, QByteArray::Base64UrlEncoding);
}

using PKey = std::unique_ptr<EVP_PKEY, decltype(&EVP_PKEY_free)>;
using MdCtx = std::unique_ptr<EVP_MD_CTX, decltype(&EVP_MD_CTX_free)>;

// An Ed25519 device key and its JWK, kid = RFC 7638 thumbprint.
struct DeviceKey
{
    PKey key { EVP_PKEY_Q_keygen(nullptr, nullptr, "ED25519"), EVP_PKEY_free };

    QJsonObject jwk() const
    {
        QByteArray raw(32, '\0');
        size_t size = 32;
        EVP_PKEY_get_raw_public_key(key.get(), reinterpret_cast<unsigned char *>(raw.data()), &size);
        const QByteArray x = b64url(raw);
        const QByteArray canonical = R"({"crv":"Ed25519","kty":"OKP","x":")" + x + R"("})";
        unsigned char digest[EVP_MAX_MD_SIZE];
        unsigned int length = 0;
        EVP_Digest(canonical.constData(), canonical.size(), digest, &length, EVP_sha256(), nullptr);
        const QByteArray kid = b64url(QByteArray(reinterpret_cast<const char *>(digest), length));
        return { { u"kty"_s, u"OKP"_s }, { u"crv"_s, u"Ed25519"_s }, { u"x"_s, QString::fromLatin1(x) },
            { u"use"_s, u"sig"_s }, { u"alg"_s, u"EdDSA"_s }, { u"kid"_s, QString::fromLatin1(kid) } };
    }
    QString kid() const { return jwk().value(u"kid"_s).toString(); }

    QByteArray sign(const QByteArray &message) const
    {
        const MdCtx context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
        QByteArray signature(64, '\0');
        size_t size = 64;
        EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, key.get());
        EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
            reinterpret_cast<const unsigned char *>(message.constData()), message.size());
        return signature;
    }

    // A device JWT (plex-auth-api.md §2.7 step 3) with header kid; claims override the defaults.
    QByteArray jwt(const QString &nonce, const QJsonObject &overrides = {}, const QString &kid = {}) const
    {
        const QJsonObject header { { u"alg"_s, u"EdDSA"_s }, { u"kid"_s, kid.isEmpty() ? this->kid() : kid },
            { u"typ"_s, u"JWT"_s } };
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QJsonObject claims { { u"nonce"_s, nonce }, { u"scope"_s, u"username,email"_s },
            { u"aud"_s, u"plex.tv"_s }, { u"iss"_s, kClient }, { u"iat"_s, now }, { u"exp"_s, now + 300 } };
        for (auto it = overrides.begin(); it != overrides.end(); ++it)
            claims.insert(it.key(), it.value());
        const QByteArray input = b64url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
            + b64url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
        return input + '.' + b64url(sign(input));
    }
};

bool verifies(const QJsonObject &jwk, const QString &token)
{
    const QList<QByteArray> parts = token.toLatin1().split('.');
    const QByteArray raw = unb64url(jwk.value(u"x"_s).toString().toLatin1());
    const PKey key(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr,
                       reinterpret_cast<const unsigned char *>(raw.constData()), raw.size()),
        EVP_PKEY_free);
    if (parts.size() != 3 || !key)
        return false;
    const QByteArray input = parts.at(0) + '.' + parts.at(1);
    const QByteArray signature = unb64url(parts.at(2));
    const MdCtx context(EVP_MD_CTX_new(), EVP_MD_CTX_free);
    return EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), reinterpret_cast<const unsigned char *>(signature.constData()),
               signature.size(), reinterpret_cast<const unsigned char *>(input.constData()), input.size())
        == 1;
}

QJsonObject jwtPart(const QString &token, int index)
{
    return QJsonDocument::fromJson(unb64url(token.toLatin1().split('.').value(index))).object();
}

struct Answer
{
    int status = 0;
    QJsonObject body;
    QByteArray retryAfter;
    QByteArray date;
    QString errorMessage() const
    {
        return body.value(u"errors"_s).toArray().first().toObject().value(u"message"_s).toString();
    }
};

} // namespace

class TestFakePlexJwt : public QObject
{
    Q_OBJECT

    std::unique_ptr<FakePlex::Server> m_server;
    QNetworkAccessManager m_network;

    Answer call(const QByteArray &method, const QString &path, const QJsonObject &body = {},
        const QString &token = {}, const QString &client = kClient)
    {
        QNetworkRequest request(QUrl(m_server->plexTvUrl().toString() + path));
        request.setRawHeader("Accept", "application/json");
        if (!client.isEmpty())
            request.setRawHeader("X-Plex-Client-Identifier", client.toUtf8());
        if (!token.isEmpty())
            request.setRawHeader("X-Plex-Token", token.toUtf8());
        QByteArray payload;
        if (method == "POST" && !body.isEmpty()) {
            request.setRawHeader("Content-Type", "application/json");
            payload = QJsonDocument(body).toJson(QJsonDocument::Compact);
        }
        std::unique_ptr<QNetworkReply> reply(m_network.sendCustomRequest(request, method, payload));
        QSignalSpy finished(reply.get(), &QNetworkReply::finished);
        if (!reply->isFinished() && !finished.wait(5000))
            return {};
        return { reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
            QJsonDocument::fromJson(reply->readAll()).object(), reply->rawHeader("Retry-After"),
            reply->rawHeader("Date") };
    }

    QString nonce(const QString &client = kClient)
    {
        return call("GET", u"/auth/nonce"_s, {}, {}, client).body.value(u"nonce"_s).toString();
    }

    Answer exchange(const QByteArray &deviceJwt, const QString &client = kClient)
    {
        return call("POST", u"/auth/token"_s, { { u"jwt"_s, QString::fromLatin1(deviceJwt) } }, {}, client);
    }

    // Registers key for alice with her classic token, then exchanges a nonce for a Plex JWT.
    QString upgradeAlice(const DeviceKey &key)
    {
        if (call("POST", u"/auth/jwk"_s, { { u"jwk"_s, key.jwk() } }, kAliceToken).status != 201)
            return {};
        return exchange(key.jwt(nonce())).body.value(u"auth_token"_s).toString();
    }

private Q_SLOTS:
    void init()
    {
        m_network.setProxy(QNetworkProxy::NoProxy);
        m_server = std::make_unique<FakePlex::Server>();
        QVERIFY(m_server->start());
    }

    void upgradeIssuesAJwtAndRevokesTheClassicToken()
    {
        const DeviceKey key;
        QCOMPARE(call("GET", u"/user"_s, {}, kAliceToken).status, 200);
        const QString token = upgradeAlice(key);
        QVERIFY(!token.isEmpty());
        const Answer user = call("GET", u"/user"_s, {}, token);
        QCOMPARE(user.status, 200);
        QCOMPARE(user.body.value(u"uuid"_s).toString(), kAliceUuid);
        QCOMPARE(call("GET", u"/user"_s, {}, kAliceToken).status, 401);
        QCOMPARE(call("GET", u"/resources"_s, {}, token).status, 200);

        const QList<FakePlex::RegisteredDeviceKey> keys = m_server->registeredDeviceKeys();
        QCOMPARE(keys.size(), 1);
        QCOMPARE(keys.first().thumbprint, key.kid());
        QCOMPARE(keys.first().clientIdentifier, kClient);
        QCOMPARE(keys.first().accountUuid, kAliceUuid);

        // A refresh with the registered key needs no token and leaves the first JWT valid.
        const Answer refreshed = exchange(key.jwt(nonce()));
        QCOMPARE(refreshed.status, 200);
        QVERIFY(refreshed.body.value(u"auth_token"_s).toString() != token);
    }

    void theIssuedJwtVerifiesAgainstTheServerKeyOnly()
    {
        const DeviceKey key;
        const QString token = upgradeAlice(key);
        const QJsonArray keys = call("GET", u"/auth/keys"_s).body.value(u"keys"_s).toArray();
        QCOMPARE(keys.size(), 2);
        QVERIFY(!verifies(keys.at(0).toObject(), token)); // the decoy
        QVERIFY(verifies(keys.at(1).toObject(), token));
        QCOMPARE(keys.at(1).toObject().value(u"kid"_s).toString(), m_server->serverKeyId());

        const QJsonObject header = jwtPart(token, 0);
        QCOMPARE(header.value(u"alg"_s).toString(), u"EdDSA"_s);
        QCOMPARE(header.value(u"kid"_s).toString(), m_server->serverKeyId());
        const QJsonObject claims = jwtPart(token, 1);
        QCOMPARE(claims.value(u"iss"_s).toString(), u"plex.tv"_s);
        QCOMPARE(claims.value(u"aud"_s).toString(), kClient);
        QCOMPARE(claims.value(u"thumbprint"_s).toString(), key.kid());
        QCOMPARE(claims.value(u"user"_s).toObject().value(u"username"_s).toString(), u"alice"_s);
        QCOMPARE(claims.value(u"exp"_s).toInteger() - claims.value(u"iat"_s).toInteger(), 7 * 24 * 3600);
    }

    void aNonceIsSingleUse()
    {
        const DeviceKey key;
        QVERIFY(!upgradeAlice(key).isEmpty());
        const QString used = nonce();
        QCOMPARE(exchange(key.jwt(used)).status, 200);
        QCOMPARE(
            exchange(key.jwt(used, { { u"iat"_s, QDateTime::currentSecsSinceEpoch() - 1 } })).status, 401);
        QCOMPARE(exchange(key.jwt(u"7c415b56-8f48-488a-98ab-847ef4460442"_s)).status, 401);
        // Older than 5 minutes by the server's clock.
        const QString stale = nonce();
        m_server->setClockOffset(301s);
        const qint64 serverNow = QDateTime::currentSecsSinceEpoch() + 301;
        const QJsonObject shifted { { u"iat"_s, serverNow }, { u"exp"_s, serverNow + 300 } };
        QCOMPARE(exchange(key.jwt(stale, shifted)).status, 401);
        QCOMPARE(exchange(key.jwt(nonce(), shifted)).status, 200);
    }

    void badClaimsAreRefused_data()
    {
        QTest::addColumn<QJsonObject>("overrides");
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        QTest::newRow("another iss") << QJsonObject { { u"iss"_s, kOtherClient } };
        QTest::newRow("another aud") << QJsonObject { { u"aud"_s, u"plex.example"_s } };
        QTest::newRow("expired") << QJsonObject { { u"iat"_s, now - 400 }, { u"exp"_s, now - 100 } };
        QTest::newRow("10 min lifetime") << QJsonObject { { u"exp"_s, now + 600 } };
        QTest::newRow("iat in the future")
            << QJsonObject { { u"iat"_s, now + 200 }, { u"exp"_s, now + 400 } };
    }

    void badClaimsAreRefused()
    {
        QFETCH(QJsonObject, overrides);
        const DeviceKey key;
        QVERIFY(!upgradeAlice(key).isEmpty());
        const QString fresh = nonce();
        const Answer refused = exchange(key.jwt(fresh, overrides));
        QCOMPARE(refused.status, 401);
        QVERIFY(!refused.errorMessage().isEmpty());
        QCOMPARE(exchange(key.jwt(fresh)).status, 200); // a refused JWT does not use up its nonce
        QCOMPARE(exchange(key.jwt(nonce()), kOtherClient).status, 401); // from another client identifier
    }

    void aBadSignatureIs422()
    {
        const DeviceKey key;
        const DeviceKey stranger;
        QVERIFY(!upgradeAlice(key).isEmpty());
        QByteArray tampered = key.jwt(nonce());
        tampered[tampered.size() - 5] = tampered.at(tampered.size() - 5) == 'A' ? 'B' : 'A';
        const Answer refused = exchange(tampered);
        QCOMPARE(refused.status, 422);
        QVERIFY(refused.errorMessage().contains(u"signature verification failed"_s, Qt::CaseInsensitive));
        QCOMPARE(exchange(stranger.jwt(nonce(), {}, key.kid())).status, 422); // signed with another key
        QCOMPARE(exchange(stranger.jwt(nonce())).status, 422); // an unknown kid
        QCOMPARE(exchange("not.a.jwt").status, 400);
    }

    void registrationIsChecked()
    {
        const DeviceKey key;
        const QJsonObject body { { u"jwk"_s, key.jwk() } };
        QCOMPARE(call("POST", u"/auth/jwk"_s, body).status, 401);
        QCOMPARE(call("POST", u"/auth/jwk"_s, body, u"no-such-token"_s).status, 401);
        QCOMPARE(call("POST", u"/auth/jwk"_s, body, kAliceToken, {}).status, 400);
        QJsonObject rsa = key.jwk();
        rsa.insert(u"kty"_s, u"RSA"_s);
        QCOMPARE(call("POST", u"/auth/jwk"_s, { { u"jwk"_s, rsa } }, kAliceToken).status, 400);
        QJsonObject shortX = key.jwk();
        shortX.insert(u"x"_s, u"AAAA"_s);
        QCOMPARE(call("POST", u"/auth/jwk"_s, { { u"jwk"_s, shortX } }, kAliceToken).status, 400);
        QVERIFY(m_server->registeredDeviceKeys().isEmpty());

        // The server's thumbprint, against RFC 8037 §A.2/§A.3 (and so the test's own one too).
        const QJsonObject rfcJwk { { u"kty"_s, u"OKP"_s }, { u"crv"_s, u"Ed25519"_s },
            { u"x"_s, u"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"_s } };
        QCOMPARE(call("POST", u"/auth/jwk"_s, { { u"jwk"_s, rfcJwk } }, kAliceToken).status, 201);
        QCOMPARE(m_server->registeredDeviceKeys().value(0).thumbprint,
            u"kPrK_qmxVWaYVA9wwBF6Iuo3vVzz7TxHCTwXBygrS4k"_s);
        QCOMPARE(key.kid().size(), 43);
    }

    void aThumbprintTakenByAnotherClientIs422()
    {
        const DeviceKey key;
        QVERIFY(!upgradeAlice(key).isEmpty());
        const QJsonObject body { { u"jwk"_s, key.jwk() } };
        const Answer taken
            = call("POST", u"/auth/jwk"_s, body, u"bob-token-2ffLuB84dqLswk9skLos"_s, kOtherClient);
        QCOMPARE(taken.status, 422);
        QVERIFY(taken.errorMessage().contains(u"thumbprint already taken"_s, Qt::CaseInsensitive));
        const QJsonObject pin { { u"jwk"_s, key.jwk() }, { u"strong"_s, true } };
        QCOMPARE(call("POST", u"/pins"_s, pin, {}, kOtherClient).status, 422);
        QCOMPARE(m_server->registeredDeviceKeys().size(), 1);
    }

    void anExpiredJwtIs498AndAnUnknownOne401()
    {
        const DeviceKey key;
        m_server->setJwtLifetime(0s);
        const QString expired = upgradeAlice(key);
        QVERIFY(!expired.isEmpty());
        const Answer user = call("GET", u"/user"_s, {}, expired);
        QCOMPARE(user.status, 498);
        QCOMPARE(user.errorMessage(), u"Token expired"_s);
        QCOMPARE(call("GET", u"/resources"_s, {}, expired).status, 498);
        // Refreshing works after expiry.
        m_server->setJwtLifetime(3600s);
        const QString fresh = exchange(key.jwt(nonce())).body.value(u"auth_token"_s).toString();
        QCOMPARE(call("GET", u"/user"_s, {}, fresh).status, 200);
        QCOMPARE(
            call("GET", u"/user"_s, {}, m_server->issueJwtFor(u"bob"_s, key.jwk(), kClient)).status, 200);
        QCOMPARE(call("GET", u"/user"_s, {}, fresh.chopped(2)).status, 401);
        // Loading a fixture forgets issued tokens and registered keys.
        QVERIFY(m_server->loadDefaultFixture());
        QCOMPARE(call("GET", u"/user"_s, {}, fresh).status, 401);
        QVERIFY(m_server->registeredDeviceKeys().isEmpty());
    }

    void tooManyNoncesAre429()
    {
        m_server->setNonceLimit(3);
        for (int i = 0; i < 3; ++i)
            QVERIFY(!nonce().isEmpty());
        const Answer limited = call("GET", u"/auth/nonce"_s);
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.retryAfter.toInt() >= 1 && limited.retryAfter.toInt() <= 60);
        QCOMPARE(limited.body.value(u"errors"_s).toArray().first().toObject().value(u"code"_s).toInt(), 429);
        QVERIFY(!nonce(kOtherClient).isEmpty()); // counted per client identifier
        m_server->setClockOffset(61s);
        QVERIFY(!nonce().isEmpty());
    }

    void thePinFlowWithADeviceKey()
    {
        const DeviceKey key;
        const DeviceKey stranger;
        const Answer created = call("POST", u"/pins"_s, { { u"jwk"_s, key.jwk() }, { u"strong"_s, true } });
        QCOMPARE(created.status, 201);
        QCOMPARE(created.body.value(u"code"_s).toString().size(), 25);
        const QString path = u"/pins/%1"_s.arg(created.body.value(u"id"_s).toInteger());
        const QJsonObject noNonce { { u"nonce"_s, QJsonValue() } };
        const QString signedQuery = u"?deviceJWT="_s + QString::fromLatin1(key.jwt({}, noNonce));
        QCOMPARE(call("GET", path).status, 400);
        QCOMPARE(call("GET", path + u"?deviceJWT="_s + QString::fromLatin1(stranger.jwt({}))).status, 422);
        const qint64 past = QDateTime::currentSecsSinceEpoch() - 400;
        const QByteArray old = key.jwt({}, { { u"iat"_s, past }, { u"exp"_s, past + 300 } });
        QCOMPARE(call("GET", path + u"?deviceJWT="_s + QString::fromLatin1(old)).status, 401);
        for (int poll = 1; poll <= 2; ++poll) // the fixture's PIN is claimed on the third good poll
            QVERIFY(call("GET", path + signedQuery).body.value(u"authToken"_s).isNull());
        const Answer claimed = call("GET", path + signedQuery);
        const QString token = claimed.body.value(u"authToken"_s).toString();
        QCOMPARE(jwtPart(token, 1).value(u"thumbprint"_s).toString(), key.kid());
        QCOMPARE(call("GET", u"/user"_s, {}, token).body.value(u"uuid"_s).toString(), kDaveUuid);
        QCOMPARE(m_server->registeredDeviceKeys().size(), 1);
        QCOMPARE(m_server->registeredDeviceKeys().first().accountUuid, kDaveUuid);
        QCOMPARE(exchange(key.jwt(nonce())).status, 200); // the key now refreshes

        // The classic PIN flow is unchanged: no body, no deviceJWT, the account's own token.
        const Answer classic = call("POST", u"/pins?strong=true"_s);
        QCOMPARE(classic.status, 201);
        const QString classicPath = u"/pins/%1"_s.arg(classic.body.value(u"id"_s).toInteger());
        for (int i = 0; i < 2; ++i)
            QCOMPARE(call("GET", classicPath).status, 200);
        QCOMPARE(call("GET", classicPath).body.value(u"authToken"_s).toString(),
            u"dave-token-gcgzw5rz2xovp84b4vha3a40"_s);
    }

    void theDateHeaderFollowsTheClockOffset()
    {
        const auto dateOf = [](const Answer &answer) {
            QDateTime date = QLocale::c().toDateTime(
                QString::fromLatin1(answer.date), u"ddd, dd MMM yyyy hh:mm:ss 'GMT'"_s);
            date.setTimeSpec(Qt::UTC);
            return date;
        };
        const QDateTime now = QDateTime::currentDateTimeUtc();
        QVERIFY(qAbs(dateOf(call("GET", u"/auth/keys"_s)).secsTo(now)) < 30);
        m_server->setClockOffset(-3600s);
        const QDateTime shifted = dateOf(call("GET", u"/user"_s, {}, kAliceToken));
        QVERIFY2(qAbs(shifted.secsTo(now.addSecs(-3600))) < 30, qPrintable(shifted.toString(Qt::ISODate)));

        // The server's clock is an hour behind: a device JWT issued now lies in its future.
        const DeviceKey key;
        QCOMPARE(call("POST", u"/auth/jwk"_s, { { u"jwk"_s, key.jwk() } }, kAliceToken).status, 201);
        QCOMPARE(exchange(key.jwt(nonce())).status, 401);
        const qint64 serverNow = QDateTime::currentSecsSinceEpoch() - 3600;
        QCOMPARE(
            exchange(key.jwt(nonce(), { { u"iat"_s, serverNow }, { u"exp"_s, serverNow + 300 } })).status,
            200);
    }
};

QTEST_GUILESS_MAIN(TestFakePlexJwt)
#include "tst_fakeplexjwt.moc"
