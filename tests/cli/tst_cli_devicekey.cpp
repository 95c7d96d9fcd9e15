// plexauth pin --jwt, upgrade and refresh, and the renewal of a Plex JWT before a command uses it
// (plex-auth-api.md §2.7), against the fake server's real EdDSA checks.

#include "secrettool.h"
#include "tst_cli.h"

#include <QJsonDocument>
#include <QSettings>

using namespace CliFixture;
using namespace Qt::Literals::StringLiterals;
using Forgery = FakePlex::Server::JwtForgery;

namespace {
std::optional<QString> deviceKeyItem(const Account &account)
{
    return TestSupport::secretToolLookup(u"PlexAuth"_s, account.uuid + u"/device-key"_s);
}

bool isJwt(const QString &token)
{
    return token.count(u'.') == 2 && token.startsWith(u"eyJ"_s);
}

// The requests the fake server saw, as "METHOD /path", for the flows' sequences.
QStringList sequence(const QList<FakePlex::RecordedRequest> &requests)
{
    QStringList lines;
    for (const FakePlex::RecordedRequest &request : requests)
        lines.append(QString::fromLatin1(request.method) + u' ' + request.path);
    return lines;
}
} // namespace

void TestCli::pinWithADeviceKeyKeepsKeyAndTokenTogether()
{
    const CliResult signedIn = run({ u"pin"_s, u"--jwt"_s, u"--no-browser"_s });
    EXPECT_EXIT(signedIn, 0);
    const QStringList requests = sequence(m_server.requests());
    qInfo().noquote() << "pin --jwt:" << requests.join(u", "_s);
    QCOMPARE(requests.first(), u"POST /api/v2/pins"_s);
    QVERIFY(requests.contains(u"GET /api/v2/auth/keys"_s));
    QCOMPARE(requests.last(), u"GET /api/v2/user"_s);
    for (const FakePlex::RecordedRequest &request : m_server.requests()) {
        if (request.path.startsWith(u"/api/v2/pins/"_s))
            QVERIFY2(request.query.hasQueryItem(u"deviceJWT"_s), qPrintable(request.path));
    }

    const std::optional<QString> token = keychainItem(dave);
    const std::optional<QString> key = deviceKeyItem(dave);
    QVERIFY(token && isJwt(*token));
    QVERIFY(key);
    const QJsonObject privateJwk = QJsonDocument::fromJson(key->toUtf8()).object();
    const QString d = privateJwk[u"d"_s].toString();
    QVERIFY(!d.isEmpty());

    const QList<FakePlex::RegisteredDeviceKey> registered = m_server.registeredDeviceKeys();
    QCOMPARE(registered.size(), 1);
    QCOMPARE(registered.first().jwk[u"x"_s].toString(), privateJwk[u"x"_s].toString());
    const QJsonObject account = accountIn(listAccounts(), dave.uuid);
    QCOMPARE(account[u"tokenKind"_s].toString(), u"jwt"_s);
    QCOMPARE(account[u"deviceKeyId"_s].toString(), registered.first().thumbprint);
    QVERIFY(isIsoDate(account[u"tokenExpiresAt"_s]));

    // The token and the key are in the keychain only, after sign-in, refresh and sign-out alike.
    QCOMPARE(TestSupport::filesContaining(m_home->path(), d.toUtf8()), QStringList());
    QCOMPARE(TestSupport::filesContaining(m_home->path(), token->toUtf8()), QStringList());
    m_server.clearRequests();
    EXPECT_EXIT(run({ u"refresh"_s }), 0);
    qInfo().noquote() << "refresh:" << sequence(m_server.requests()).join(u", "_s);
    const std::optional<QString> renewed = keychainItem(dave);
    QVERIFY(renewed && isJwt(*renewed) && *renewed != *token);
    QCOMPARE(deviceKeyItem(dave), key);
    QCOMPARE(TestSupport::filesContaining(m_home->path(), d.toUtf8()), QStringList());

    EXPECT_EXIT(run({ u"signout"_s }), 0);
    QCOMPARE(keychainItem(dave), std::nullopt);
    QCOMPARE(deviceKeyItem(dave), std::nullopt);
    QCOMPARE(TestSupport::filesContaining(m_home->path(), d.toUtf8()), QStringList());
}

void TestCli::tokenIsRenewedWhenLessThanADayIsLeft()
{
    m_server.setJwtLifetime(std::chrono::hours(30));
    EXPECT_EXIT(run({ u"pin"_s, u"--jwt"_s, u"--no-browser"_s }), 0);
    const QString first = keychainItem(dave).value_or(QString());
    m_server.clearRequests();
    const CliResult fresh = run({ u"token"_s });
    EXPECT_EXIT(fresh, 0);
    QCOMPARE(fresh.out, first + u'\n');
    QCOMPARE(m_server.requestCount(u"/api/v2/auth/nonce"_s), 0);

    m_server.setJwtLifetime(std::chrono::hours(20)); // the next token: less than a day from the start
    EXPECT_EXIT(run({ u"refresh"_s }), 0);
    const QString dueSoon = keychainItem(dave).value_or(QString());
    m_server.setJwtLifetime(std::chrono::days(7));
    m_server.clearRequests();
    const CliResult renewed = run({ u"token"_s });
    EXPECT_EXIT(renewed, 0);
    QCOMPARE(m_server.requestCount(u"/api/v2/auth/nonce"_s), 1);
    QCOMPARE(m_server.requestCount(u"/api/v2/auth/token"_s), 1);
    QVERIFY(renewed.out.trimmed() != dueSoon);
    QCOMPARE(renewed.out, keychainItem(dave).value_or(QString()) + u'\n');
}

void TestCli::anExpiredTokenIsRenewedAndTheCommandRunsAgain()
{
    m_server.setJwtLifetime(std::chrono::seconds(60));
    EXPECT_EXIT(run({ u"pin"_s, u"--jwt"_s, u"--no-browser"_s }), 0);
    // plex.tv's clock runs two minutes ahead (within what signing tolerates), so to plex.tv the token
    // has expired; the index believes it has days left, so the command uses it and meets the 498.
    m_server.setClockOffset(std::chrono::minutes(2));
    {
        QSettings index(m_cli->configFile(), QSettings::IniFormat);
        index.setValue(u"accounts/%1/tokenExpiresAt"_s.arg(dave.uuid),
            QDateTime::currentDateTimeUtc().addDays(5).toString(Qt::ISODate));
    }
    m_server.setJwtLifetime(std::chrono::days(7));
    m_server.clearRequests();
    const CliResult result = run({ u"whoami"_s, u"--json"_s });
    EXPECT_EXIT(result, 0);
    QCOMPARE(jsonObject(result)[u"username"_s].toString(), u"dave"_s);
    QCOMPARE(sequence(m_server.requests()),
        QStringList({ u"GET /api/v2/user"_s, u"GET /api/v2/auth/nonce"_s, u"POST /api/v2/auth/token"_s,
            u"GET /api/v2/auth/keys"_s, u"GET /api/v2/user"_s }));
}

void TestCli::upgradeNeedsConfirmationThenRetiresTheClassicToken()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult unconfirmed = run({ u"upgrade"_s });
    EXPECT_FAILURE(unconfirmed, 2);
    QVERIFY2(unconfirmed.err.contains(u"--yes"_s), unconfirmed.describe().constData());
    QVERIFY2(unconfirmed.err.contains(u"retires"_s), unconfirmed.describe().constData());
    QCOMPARE(keychainItem(alice), std::optional<QString>(alice.token));
    QCOMPARE(m_server.registeredDeviceKeys().size(), 0);

    m_server.clearRequests();
    const CliResult upgraded = run({ u"upgrade"_s, u"--yes"_s });
    EXPECT_EXIT(upgraded, 0);
    qInfo().noquote() << "upgrade:" << sequence(m_server.requests()).join(u", "_s);
    QCOMPARE(sequence(m_server.requests()),
        QStringList({ u"POST /api/v2/auth/jwk"_s, u"GET /api/v2/auth/nonce"_s, u"POST /api/v2/auth/token"_s,
            u"GET /api/v2/auth/keys"_s }));
    const std::optional<QString> token = keychainItem(alice);
    QVERIFY(token && isJwt(*token));
    QVERIFY(deviceKeyItem(alice));
    QCOMPARE(accountIn(listAccounts(), alice.uuid)[u"tokenKind"_s].toString(), u"jwt"_s);

    // plex.tv retired the classic token; the new one works.
    CliRunner classic(m_home->path(), m_server.plexTvUrl());
    classic.setVariable(u"PLEX_TOKEN"_s, alice.token);
    EXPECT_FAILURE(classic.run({ u"whoami"_s }), 3);
    EXPECT_EXIT(run({ u"whoami"_s }), 0);
}

void TestCli::deviceKeyFailures_data()
{
    QTest::addColumn<QString>("failure");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("saying");
    QTest::newRow("key unknown to plex.tv: 422") << u"unregistered"_s << 3 << u"signature"_s;
    QTest::newRow("nonce rate limit: 429") << u"ratelimit"_s << 6 << u"too many requests"_s;
    QTest::newRow("clients API unreachable") << u"unreachable"_s << 4 << QString();
    QTest::newRow("clock an hour off") << u"clock"_s << 1 << u"clock"_s;
    QTest::newRow("token signed by a stranger") << u"stranger"_s << 3 << u"not stored"_s;
    QTest::newRow("token for another client") << u"audience"_s << 3 << u"not stored"_s;
    QTest::newRow("token for another key") << u"thumbprint"_s << 3 << u"not stored"_s;
    QTest::newRow("token expired long ago") << u"expired"_s << 3 << u"not stored"_s;
}

void TestCli::deviceKeyFailures()
{
    QFETCH(QString, failure);
    QFETCH(int, exitCode);
    QFETCH(QString, saying);
    EXPECT_EXIT(run({ u"pin"_s, u"--jwt"_s, u"--no-browser"_s }), 0);
    const std::optional<QString> token = keychainItem(dave);
    const std::optional<QString> key = deviceKeyItem(dave);
    QVERIFY(token && key);

    QStringList arguments { u"refresh"_s };
    if (failure == u"unregistered"_s) {
        QVERIFY(m_server.loadDefaultFixture()); // plex.tv forgot every device key
    } else if (failure == u"ratelimit"_s) {
        m_server.setNonceLimit(1);
        EXPECT_EXIT(run({ u"refresh"_s }), 0);
    } else if (failure == u"unreachable"_s) {
        arguments << u"--plex-clients-url"_s << unreachablePlexTv().toString();
    } else if (failure == u"clock"_s) {
        m_server.setClockOffset(std::chrono::hours(1));
    } else {
        const QHash<QString, Forgery> forgeries { { u"stranger"_s, Forgery::SignedByStranger },
            { u"audience"_s, Forgery::AudienceElsewhere }, { u"thumbprint"_s, Forgery::WrongThumbprint },
            { u"expired"_s, Forgery::ExpiredLongAgo } };
        m_server.setJwtForgery(forgeries.value(failure));
    }
    const std::optional<QString> before = keychainItem(dave);
    const CliResult result = run(arguments);
    EXPECT_FAILURE(result, exitCode);
    QVERIFY2(result.err.contains(saying, Qt::CaseInsensitive), result.describe().constData());
    // A failed renewal changes nothing that was stored.
    QCOMPARE(keychainItem(dave), before);
    QCOMPARE(deviceKeyItem(dave), key);
    QCOMPARE(accountIn(listAccounts(), dave.uuid)[u"tokenKind"_s].toString(), u"jwt"_s);
}

void TestCli::aForgedTokenFromAPinIsNeverStored()
{
    m_server.setJwtForgery(Forgery::SignedByStranger);
    const CliResult result = run({ u"pin"_s, u"--jwt"_s, u"--no-browser"_s });
    EXPECT_FAILURE(result, 3);
    QVERIFY2(result.err.contains(u"not stored"_s), result.describe().constData());
    QCOMPARE(keychainItem(dave), std::nullopt);
    QCOMPARE(deviceKeyItem(dave), std::nullopt);
    QCOMPARE(listAccounts(), QJsonArray());
    QCOMPARE(m_server.requestCount(u"/api/v2/user"_s), 0); // not even sent to plex.tv
}
