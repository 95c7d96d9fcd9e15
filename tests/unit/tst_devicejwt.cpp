// DeviceJwt: the two JWTs the device signs, their header, claims, lifetime and signature.
#include "devicejwt.h"

#include <QJsonDocument>
#include <QTest>

using namespace PlexAuth;

namespace {
struct Parts
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput;
    QByteArray signature;
};

// Decoded here by hand, not by Jwt::decode, so that the test does not lean on the code around it.
Parts split(const QString &jwt)
{
    const QStringList parts = jwt.split(u'.');
    if (parts.size() != 3)
        return {};
    const auto decode = [](const QString &part) {
        return QByteArray::fromBase64(part.toLatin1(), QByteArray::Base64UrlEncoding);
    };
    return { QJsonDocument::fromJson(decode(parts[0])).object(),
        QJsonDocument::fromJson(decode(parts[1])).object(), (parts[0] + u'.' + parts[1]).toLatin1(),
        decode(parts[2]) };
}

const QString clientIdentifier = QStringLiteral("5d5f1c6a-plexauth-test");
const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01T00:00:00Z
} // namespace

class TestDeviceJwt : public QObject
{
    Q_OBJECT

private:
    DeviceKey m_key = DeviceKey::generate().value();

    void checkHeaderAndSignature(const Parts &parts)
    {
        QCOMPARE(parts.header,
            (QJsonObject { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
                { QStringLiteral("kid"), m_key.keyId() },
                { QStringLiteral("typ"), QStringLiteral("JWT") } }));
        QVERIFY(DeviceKey::verify(m_key.publicJwk(), parts.signingInput, parts.signature));
        QVERIFY(!DeviceKey::verify(
            DeviceKey::generate().value().publicJwk(), parts.signingInput, parts.signature));
    }

private Q_SLOTS:
    void scopeIsWhatPlexAuthAsksFor()
    {
        QCOMPARE(
            DeviceJwt::scope(), QStringLiteral("username,email,friendly_name,restricted,anonymous,joinedAt"));
    }

    void tokenExchangeJwt()
    {
        const QString nonce = QStringLiteral("7c415b56-8f48-488a-98ab-847ef4460442");
        const Parts parts = split(DeviceJwt::forTokenExchange(m_key, clientIdentifier, nonce, now));
        checkHeaderAndSignature(parts);
        const qint64 iat = now.toSecsSinceEpoch();
        QCOMPARE(parts.claims,
            (QJsonObject { { QStringLiteral("nonce"), nonce },
                { QStringLiteral("scope"), DeviceJwt::scope() },
                { QStringLiteral("aud"), QStringLiteral("plex.tv") },
                { QStringLiteral("iss"), clientIdentifier }, { QStringLiteral("iat"), iat },
                { QStringLiteral("exp"), iat + 300 } }));
    }

    void pinPollingJwt()
    {
        const Parts parts = split(DeviceJwt::forPinPolling(m_key, clientIdentifier, now));
        checkHeaderAndSignature(parts);
        const qint64 iat = now.toSecsSinceEpoch();
        QCOMPARE(parts.claims,
            (QJsonObject { { QStringLiteral("aud"), QStringLiteral("plex.tv") },
                { QStringLiteral("iss"), clientIdentifier }, { QStringLiteral("iat"), iat },
                { QStringLiteral("exp"), iat + 300 } }));
    }

    void livesAtMostFiveMinutes()
    {
        QCOMPARE(std::chrono::seconds(DeviceJwt::maxLifetime).count(), 300);
        const QDateTime later = QDateTime::currentDateTimeUtc();
        for (const QString &jwt : { DeviceJwt::forPinPolling(m_key, clientIdentifier, later),
                 DeviceJwt::forTokenExchange(m_key, clientIdentifier, QStringLiteral("n"), later) }) {
            const QJsonObject claims = split(jwt).claims;
            QVERIFY(claims.value(QLatin1String("iat")).isDouble()
                && claims.value(QLatin1String("exp")).isDouble());
            const qint64 iat = claims.value(QLatin1String("iat")).toInteger();
            const qint64 exp = claims.value(QLatin1String("exp")).toInteger();
            QCOMPARE(iat, later.toSecsSinceEpoch());
            QVERIFY(exp > iat);
            QVERIFY(exp - iat <= 300);
        }
    }
};

QTEST_GUILESS_MAIN(TestDeviceJwt)
#include "tst_devicejwt.moc"
