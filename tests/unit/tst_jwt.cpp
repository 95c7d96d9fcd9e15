#include "jwt.h"

#include <QJsonDocument>
#include <QTest>

using namespace PlexAuth;

namespace {
QString segment(const QByteArray &json)
{
    return QString::fromLatin1(json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString makeJwt(const QByteArray &header, const QByteArray &claims)
{
    return segment(header) + u'.' + segment(claims) + QStringLiteral(".c2lnbmF0dXJlLW5vdC1jaGVja2Vk");
}
} // namespace

class TestJwt : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesHeaderClaimsAndDates()
    {
        const QString token = makeJwt(R"({"alg":"EdDSA","typ":"JWT","kid":"k1"})",
            R"({"sub":"dae343c1f45beb4f","exp":1798761600,"iat":1796083200,"nbf":1796083200,"scope":["all"]})");
        QString whyNot;
        const std::optional<DecodedJwt> jwt = Jwt::decode(token, &whyNot);
        QVERIFY2(jwt, qPrintable(whyNot));
        QCOMPARE(jwt->algorithm(), QStringLiteral("EdDSA"));
        QCOMPARE(jwt->claims.value(QLatin1String("sub")).toString(), QStringLiteral("dae343c1f45beb4f"));
        QCOMPARE(jwt->expiresAt, std::optional(QDateTime::fromSecsSinceEpoch(1798761600, Qt::UTC)));
        QCOMPARE(jwt->issuedAt, std::optional(QDateTime::fromSecsSinceEpoch(1796083200, Qt::UTC)));
        QCOMPARE(jwt->notBefore, jwt->issuedAt);
        QCOMPARE(Jwt::kindOf(token), TokenKind::Jwt);
    }

    void classicTokensAreNotJwts_data()
    {
        QTest::addColumn<QString>("token");
        QTest::newRow("legacy 20 chars") << QStringLiteral("CxoUzBTSV5hsxjTpFKaf");
        QTest::newRow("with - and _") << QStringLiteral("alice-token-Zkfs-HfWAsWEFzGJdo_H");
        QTest::newRow("dots but not base64 json") << QStringLiteral("abc.def.ghi");
        QTest::newRow("two parts") << segment(R"({"alg":"none"})") + u'.' + segment(R"({"a":1})");
        QTest::newRow("claims not an object")
            << segment(R"({"alg":"none"})") + u'.' + segment("[1,2]") + QStringLiteral(".x");
        QTest::newRow("newline inside a part") << segment(R"({"alg":"none"})") + QStringLiteral("\n.")
                + segment(R"({"a":1})") + QStringLiteral(".x");
        QTest::newRow("empty") << QString();
    }

    void classicTokensAreNotJwts()
    {
        QFETCH(QString, token);
        QString whyNot;
        QVERIFY(!Jwt::decode(token, &whyNot));
        QVERIFY(!whyNot.isEmpty());
        QCOMPARE(Jwt::kindOf(token), TokenKind::Classic);
    }

    void ignoresDatesThatAreNotNumbers()
    {
        const std::optional<DecodedJwt> jwt
            = Jwt::decode(makeJwt(R"({"alg":"HS256"})", R"({"exp":"tomorrow","iat":-5,"nbf":1e300})"));
        QVERIFY(jwt);
        QCOMPARE(jwt->expiresAt, std::nullopt);
        QCOMPARE(jwt->issuedAt, std::nullopt);
        QCOMPARE(jwt->notBefore, std::nullopt);
    }

    void acceptsPaddedSegments()
    {
        const QString header
            = QString::fromLatin1(QByteArray(R"({"alg":"none"})").toBase64(QByteArray::Base64UrlEncoding));
        const QString claims
            = QString::fromLatin1(QByteArray(R"({"a":1})").toBase64(QByteArray::Base64UrlEncoding));
        QVERIFY(Jwt::decode(header + u'.' + claims + QStringLiteral(".sig")));
    }
};

QTEST_GUILESS_MAIN(TestJwt)
#include "tst_jwt.moc"
