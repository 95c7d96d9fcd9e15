// PlexJwtVerifier: a Plex JWT is checked (signature against plex.tv's keys, then its claims) before
// PlexAuth stores or uses it. Test tokens are signed by a DeviceKey playing plex.tv's key.
#include "devicekey.h"
#include "plexjwtverifier.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PlexAuth;

namespace {
const QString clientIdentifier = QStringLiteral("5d5f1c6a-plexauth-test");
const QDateTime now = QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC); // 2026-01-01T00:00:00Z
const qint64 nowSeconds = 1767225600;
const qint64 sevenDays = qint64(7) * 24 * 3600;

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray json(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

// A compact JWS with any header, signed by `key` (the header may say whatever a test needs).
QString signedToken(const DeviceKey &key, const QJsonObject &header, const QJsonObject &claims)
{
    const QByteArray input = base64Url(json(header)) + '.' + base64Url(json(claims));
    return QString::fromLatin1(input + '.' + base64Url(key.sign(input)));
}

const QJsonObject edDsaHeader { { QStringLiteral("alg"), QStringLiteral("EdDSA") },
    { QStringLiteral("typ"), QStringLiteral("JWT") } };
} // namespace

class TestPlexJwtVerifier : public QObject
{
    Q_OBJECT

private:
    DeviceKey m_plexKey = DeviceKey::generate().value();
    DeviceKey m_rotatedKey = DeviceKey::generate().value();
    DeviceKey m_deviceKey = DeviceKey::generate().value();

    QJsonObject validClaims() const
    {
        return { { QStringLiteral("iss"), QStringLiteral("plex.tv") },
            { QStringLiteral("aud"), QStringLiteral("plex.tv") }, { QStringLiteral("iat"), nowSeconds - 60 },
            { QStringLiteral("exp"), nowSeconds - 60 + sevenDays },
            { QStringLiteral("thumbprint"), m_deviceKey.keyId() },
            { QStringLiteral("user"),
                QJsonObject { { QStringLiteral("username"), QStringLiteral("alice") } } } };
    }

    PlexJwtExpectations expectations() const { return { clientIdentifier, m_deviceKey.keyId(), now }; }

    QList<QJsonObject> plexKeys() const { return { m_plexKey.publicJwk() }; }

    // Refused, for the reason `check` (the detail names it), with a message that has none of the token in it.
    static bool refused(const Result<DecodedJwt> &result, const QString &token, const QString &check)
    {
        if (result.ok()) {
            qWarning("accepted, expected refused by the %s check", qPrintable(check));
            return false;
        }
        const PlexError &error = result.error();
        bool clean = true;
        for (const QString &part : token.split(u'.')) {
            if (part.size() >= 8 && (error.message.contains(part) || error.detail.contains(part)))
                clean = false;
        }
        if (error.kind != ErrorKind::TokenVerificationFailed
            || !error.detail.endsWith(u' ' + check + u" check") || !clean || error.message.isEmpty()) {
            qWarning("refused as %s (%s): %s", qPrintable(errorKindName(error.kind)),
                qPrintable(error.detail), qPrintable(error.message));
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void acceptsAValidToken()
    {
        const QString token = m_plexKey.signJwt(validClaims());
        const Result<DecodedJwt> result = PlexJwtVerifier::verify(token, plexKeys(), expectations());
        QVERIFY2(result.ok(), TestSupport::describe(result).constData());
        QCOMPARE(result.value().claims, validClaims());
        QCOMPARE(result.value().expiresAt, std::optional(now.addSecs(sevenDays - 60)));
    }

    void triesEveryKeyBecausePlexRotatesThem()
    {
        // The header names the new key's kid; the right key is second in the list, after a non-Ed25519 one.
        const QString token = m_plexKey.signJwt(validClaims());
        const QJsonObject ecKey { { QStringLiteral("kty"), QStringLiteral("EC") },
            { QStringLiteral("crv"), QStringLiteral("P-256") } };
        QVERIFY(PlexJwtVerifier::verify(
            token, { m_rotatedKey.publicJwk(), m_plexKey.publicJwk() }, expectations())
                    .ok());
        QVERIFY(PlexJwtVerifier::verify(
            token, { ecKey, m_rotatedKey.publicJwk(), m_plexKey.publicJwk() }, expectations())
                    .ok());
        // A kid in the header that names the other key does not stop the right one from being tried.
        QJsonObject header = edDsaHeader;
        header.insert(QStringLiteral("kid"), m_rotatedKey.keyId());
        const QString misnamed = signedToken(m_plexKey, header, validClaims());
        QVERIFY(PlexJwtVerifier::verify(
            misnamed, { m_rotatedKey.publicJwk(), m_plexKey.publicJwk() }, expectations())
                    .ok());
    }

    void refusesATokenSignedByAnotherKey()
    {
        const QString token = m_rotatedKey.signJwt(validClaims());
        QVERIFY(refused(
            PlexJwtVerifier::verify(token, plexKeys(), expectations()), token, QStringLiteral("signature")));
        // Our own device key is not plex.tv's either.
        const QString selfSigned = m_deviceKey.signJwt(validClaims());
        QVERIFY(refused(PlexJwtVerifier::verify(selfSigned, plexKeys(), expectations()), selfSigned,
            QStringLiteral("signature")));
    }

    void refusesAlgorithmsOtherThanEdDsa_data()
    {
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("check");
        const QByteArray claims = base64Url(json(validClaims()));
        const QByteArray none = base64Url(R"({"alg":"none","typ":"JWT"})");
        // Unsigned: the empty signature part is no JWS at all.
        QTest::newRow("none, unsigned")
            << QString::fromLatin1(none + '.' + claims + '.') << QStringLiteral("format");
        // Even with a valid signature over it, "none" is refused by name.
        QTest::newRow("none, signed")
            << signedToken(m_plexKey, { { QStringLiteral("alg"), QStringLiteral("none") } }, validClaims())
            << QStringLiteral("alg");
        QTest::newRow("HS256") << signedToken(
            m_plexKey, { { QStringLiteral("alg"), QStringLiteral("HS256") } }, validClaims())
                               << QStringLiteral("alg");
        QTest::newRow("no alg") << signedToken(
            m_plexKey, { { QStringLiteral("typ"), QStringLiteral("JWT") } }, validClaims())
                                << QStringLiteral("alg");
        QJsonObject critical = edDsaHeader;
        critical.insert(QStringLiteral("crit"), QJsonArray { QStringLiteral("exp") });
        QTest::newRow("crit") << signedToken(m_plexKey, critical, validClaims()) << QStringLiteral("crit");
    }

    void refusesAlgorithmsOtherThanEdDsa()
    {
        QFETCH(QString, token);
        QFETCH(QString, check);
        QVERIFY(refused(PlexJwtVerifier::verify(token, plexKeys(), expectations()), token, check));
    }

    void refusesATamperedPayload()
    {
        const QString token = m_plexKey.signJwt(validClaims());
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("user"),
            QJsonObject { { QStringLiteral("username"), QStringLiteral("mallory") } });
        const QStringList parts = token.split(u'.');
        const QString tampered
            = parts[0] + u'.' + QString::fromLatin1(base64Url(json(claims))) + u'.' + parts[2];
        QVERIFY(refused(PlexJwtVerifier::verify(tampered, plexKeys(), expectations()), tampered,
            QStringLiteral("signature")));
    }

    void checksTheClaims_data()
    {
        QTest::addColumn<QJsonObject>("changes"); // members to set; a null value removes the member
        QTest::addColumn<QString>("check"); // empty: accepted
        const auto row = [](const char *name, const QJsonObject &changes, const char *check) {
            QTest::newRow(name) << changes << QString::fromLatin1(check);
        };
        const QString aud = QStringLiteral("aud");
        const QString iat = QStringLiteral("iat");
        const QString exp = QStringLiteral("exp");
        const QJsonValue removed(QJsonValue::Null);
        row("iss another issuer", { { QStringLiteral("iss"), QStringLiteral("evil.example") } }, "iss");
        row("iss missing", { { QStringLiteral("iss"), removed } }, "iss");
        row("aud the client identifier", { { aud, clientIdentifier } }, "");
        row("aud another client", { { aud, QStringLiteral("another-client") } }, "aud");
        row("aud missing", { { aud, removed } }, "aud");
        row("aud array with plex.tv",
            { { aud, QJsonArray { QStringLiteral("other"), QStringLiteral("plex.tv") } } }, "");
        row("aud array with the client", { { aud, QJsonArray { clientIdentifier } } }, "");
        row("aud array of others",
            { { aud, QJsonArray { QStringLiteral("other"), QStringLiteral("another") } } }, "aud");
        row("aud empty array", { { aud, QJsonArray {} } }, "aud");
        row("expired within skew", { { iat, nowSeconds - sevenDays - 60 }, { exp, nowSeconds - 60 } }, "");
        row("expired beyond skew", { { iat, nowSeconds - sevenDays - 600 }, { exp, nowSeconds - 301 } },
            "exp");
        row("expired at the skew's edge",
            { { iat, nowSeconds - sevenDays - 600 }, { exp, nowSeconds - 300 } }, "exp");
        row("iat in the future within skew", { { iat, nowSeconds + 240 }, { exp, nowSeconds + sevenDays } },
            "");
        row("iat in the future beyond skew", { { iat, nowSeconds + 301 }, { exp, nowSeconds + sevenDays } },
            "iat");
        row("exp before iat", { { iat, nowSeconds - 60 }, { exp, nowSeconds - 120 } }, "exp");
        row("exp missing", { { exp, removed } }, "exp");
        row("exp a string", { { exp, QString::number(nowSeconds + sevenDays) } }, "exp");
        row("iat missing", { { iat, removed } }, "iat");
        row("nbf past", { { QStringLiteral("nbf"), nowSeconds - 60 } }, "");
        row("nbf beyond skew", { { QStringLiteral("nbf"), nowSeconds + 3600 } }, "nbf");
        row("thumbprint missing", { { QStringLiteral("thumbprint"), removed } }, "thumbprint");
        row("thumbprint another key", { { QStringLiteral("thumbprint"), m_rotatedKey.keyId() } },
            "thumbprint");
        row("thumbprint a number", { { QStringLiteral("thumbprint"), 42 } }, "thumbprint");
    }

    void checksTheClaims()
    {
        QFETCH(QJsonObject, changes);
        QFETCH(QString, check);
        QJsonObject claims = validClaims();
        for (auto change = changes.begin(); change != changes.end(); ++change) {
            if (change.value().isNull())
                claims.remove(change.key());
            else
                claims.insert(change.key(), change.value());
        }
        const QString token = m_plexKey.signJwt(claims);
        const Result<DecodedJwt> result = PlexJwtVerifier::verify(token, plexKeys(), expectations());
        if (check.isEmpty())
            QVERIFY2(result.ok(), TestSupport::describe(result).constData());
        else
            QVERIFY(refused(result, token, check));
    }

    void theSkewIsTheCallers()
    {
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("iat"), nowSeconds - sevenDays - 60);
        claims.insert(QStringLiteral("exp"), nowSeconds - 60);
        const QString token = m_plexKey.signJwt(claims);
        PlexJwtExpectations strict = expectations();
        strict.allowedSkew = std::chrono::seconds(30);
        QVERIFY(refused(PlexJwtVerifier::verify(token, plexKeys(), strict), token, QStringLiteral("exp")));
    }

    void refusesWhenTheTimeIsNotKnown()
    {
        const QString token = m_plexKey.signJwt(validClaims());
        PlexJwtExpectations noClock = expectations();
        noClock.now = QDateTime();
        QVERIFY(refused(PlexJwtVerifier::verify(token, plexKeys(), noClock), token, QStringLiteral("clock")));
    }

    void refusesWhenTheKeyIdIsNotKnown()
    {
        // An empty thumbprint does not match an empty key id: no key id, no token.
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("thumbprint"), QString());
        const QString token = m_plexKey.signJwt(claims);
        PlexJwtExpectations noKey = expectations();
        noKey.keyId.clear();
        QVERIFY(
            refused(PlexJwtVerifier::verify(token, plexKeys(), noKey), token, QStringLiteral("thumbprint")));
    }

    void refusesMalformedTokens_data()
    {
        QTest::addColumn<QString>("token");
        const QString valid = m_plexKey.signJwt(validClaims());
        const QStringList parts = valid.split(u'.');
        QTest::newRow("empty") << QString();
        QTest::newRow("classic token") << QStringLiteral("CxoUzBTSV5hsxjTpFKaf");
        QTest::newRow("two parts") << parts[0] + u'.' + parts[1];
        QTest::newRow("four parts") << valid + QStringLiteral(".AAAA");
        QTest::newRow("padded signature") << valid + QStringLiteral("==");
        QTest::newRow("signature not base64url") << parts[0] + u'.' + parts[1] + QStringLiteral(".a+b/c");
        QTest::newRow("short signature") << parts[0] + u'.' + parts[1] + u'.' + parts[2].left(40);
        QTest::newRow("whitespace") << valid + u'\n';
        QTest::newRow("header not JSON") << QStringLiteral("bm90IGpzb24.") + parts[1] + u'.' + parts[2];
    }

    void refusesMalformedTokens()
    {
        QFETCH(QString, token);
        const Result<DecodedJwt> result = PlexJwtVerifier::verify(token, plexKeys(), expectations());
        // A signature of the wrong length passes the format check and fails against every key.
        QVERIFY(refused(result, token,
            QLatin1String(QTest::currentDataTag()) == QLatin1String("short signature")
                ? QStringLiteral("signature")
                : QStringLiteral("format")));
    }

    void refusesWithoutKeys()
    {
        const QString token = m_plexKey.signJwt(validClaims());
        QVERIFY(refused(PlexJwtVerifier::verify(token, {}, expectations()), token, QStringLiteral("keys")));
        // Keys that are not Ed25519 keys are as good as none.
        const QJsonObject rsa { { QStringLiteral("kty"), QStringLiteral("RSA") },
            { QStringLiteral("n"), QStringLiteral("AQAB") } };
        QVERIFY(refused(
            PlexJwtVerifier::verify(token, { rsa }, expectations()), token, QStringLiteral("signature")));
    }

    void messagesNeverContainTheToken()
    {
        // One refusal for every check, with the whole token and each of its parts looked for.
        QJsonObject claims = validClaims();
        claims.insert(QStringLiteral("iss"), QStringLiteral("evil.example"));
        const QString token = m_plexKey.signJwt(claims);
        const Result<DecodedJwt> result = PlexJwtVerifier::verify(token, plexKeys(), expectations());
        QVERIFY(!result.ok());
        QVERIFY(!result.error().message.contains(token));
        QVERIFY(!result.error().detail.contains(token));
        QVERIFY(result.error().message.contains(QLatin1String("iss")));
        QVERIFY(result.error().message.contains(QLatin1String("not stored")));
        QVERIFY(refused(result, token, QStringLiteral("iss")));
    }
};

QTEST_GUILESS_MAIN(TestPlexJwtVerifier)
#include "tst_plexjwtverifier.moc"
