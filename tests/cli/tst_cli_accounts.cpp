// pin, the commands that use a stored token, several accounts, signout, PLEX_TOKEN, no keychain at
// all, and what verbose output may show. The fixture, setup and main are in tst_cli.cpp.
#include "secrettool.h"
#include "tst_cli.h"

#include <QJsonDocument>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using namespace CliFixture;
using TestSupport::filesContaining;

// --- pin -----------------------------------------------------------------------------------------

void TestCli::pinWithoutBrowserPrintsCodeAndLink()
{
    const CliResult result = run({ u"pin"_s, u"--no-browser"_s, u"--no-store"_s });
    EXPECT_EXIT(result, 0);
    QCOMPARE(result.out, dave.token + u'\n');
    const QRegularExpressionMatch code
        = QRegularExpression(u"Your sign-in code is (\\w+)"_s).match(result.err);
    QVERIFY2(code.hasMatch(), result.describe().constData());
    const QRegularExpressionMatch link
        = QRegularExpression(u"https://app\\.plex\\.tv/auth#\\S*code=(\\w+)"_s).match(result.err);
    QVERIFY2(link.hasMatch(), result.describe().constData());
    QCOMPARE(link.captured(1), code.captured(1));
    QCOMPARE(m_server.requestCount(u"/api/v2/pins"_s), 1);
    QVERIFY(m_server.requestCount(u"/api/v2/pins/*"_s) >= 3); // claimed on the third poll
    QCOMPARE(keychainItem(dave), std::nullopt);
}

void TestCli::pinStoresTheAccount()
{
    const CliResult result = run({ u"pin"_s, u"--no-browser"_s });
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QCOMPARE(keychainItem(dave), std::optional<QString>(dave.token));
    const QJsonObject account = accountIn(listAccounts(), dave.uuid);
    QCOMPARE(account[u"username"_s].toString(), u"dave"_s);
    QCOMPARE(account[u"default"_s], QJsonValue(true));
}

// --- the commands that use a stored token -------------------------------------------------------

void TestCli::tokenPrintsExactlyTheToken()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult result = run({ u"token"_s });
    EXPECT_EXIT(result, 0);
    QCOMPARE(result.out, alice.token + u'\n');
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
}

void TestCli::whoAmIAsksPlexTv()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult json = run({ u"whoami"_s, u"--json"_s });
    EXPECT_EXIT(json, 0);
    const QJsonObject object = jsonObject(json);
    QCOMPARE(object[u"uuid"_s].toString(), alice.uuid);
    QCOMPARE(object[u"username"_s].toString(), u"alice"_s);
    QCOMPARE(object[u"email"_s].toString(), alice.login);
    QCOMPARE(object[u"title"_s].toString(), u"Alice"_s);
    QCOMPARE(object[u"plexPass"_s], QJsonValue(true));
    QCOMPARE(object[u"tokenState"_s].toString(), u"valid"_s);
    QVERIFY(isIsoDate(object[u"checkedAt"_s]));
    QVERIFY2(!json.out.contains(alice.token), json.describe().constData());
    QCOMPARE(m_server.requests().last().path, u"/api/v2/user"_s);
    QCOMPARE(m_server.requests().last().header("x-plex-token"), alice.token.toUtf8());

    const CliResult text = run({ u"whoami"_s });
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.out.contains(alice.uuid) && text.out.contains(alice.login), text.describe().constData());
    QVERIFY2(text.err.isEmpty(), text.describe().constData());
}

void TestCli::whoAmIRecordsARejectedToken()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_server.revokeToken(alice.token);
    const CliResult result = run({ u"whoami"_s });
    EXPECT_FAILURE(result, 3);
    QVERIFY2(result.err.contains(u"Alice"_s), result.describe().constData());
    // The account is kept (signing in again repairs it), and the index remembers the verdict.
    const QJsonObject account = accountIn(listAccounts(), alice.uuid);
    QCOMPARE(account[u"tokenState"_s].toString(), u"invalid"_s);
    QCOMPARE(keychainItem(alice), std::optional<QString>(alice.token));
}

void TestCli::serversListsTheAccountsServers()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult result = run({ u"servers"_s, u"--json"_s });
    EXPECT_EXIT(result, 0);
    QJsonObject livingRoom;
    for (const QJsonValue &server : jsonArray(result)) {
        if (server[u"name"_s].toString() == u"Living Room PMS"_s)
            livingRoom = server.toObject();
    }
    QVERIFY2(!livingRoom.isEmpty(), result.describe().constData());
    QCOMPARE(livingRoom[u"clientIdentifier"_s].toString(), u"546684a3d18ac5c39037360ec9ce900b7af9cc36"_s);
    QCOMPARE(livingRoom[u"owned"_s], QJsonValue(true));
    const QJsonArray connections = livingRoom[u"connections"_s].toArray();
    QCOMPARE(connections.size(), 5); // https, relay and IPv6 connections included
    QVERIFY2(connections.first()[u"uri"_s].toString().startsWith(pms()), result.describe().constData());
    QVERIFY2(!result.out.contains(u"pms-living-room-token"_s), "servers printed a server's access token");

    const CliResult table = run({ u"servers"_s });
    EXPECT_EXIT(table, 0);
    QVERIFY2(table.out.contains(u"Living Room PMS"_s) && table.out.contains(u"Friend's PMS"_s),
        table.describe().constData());
}

void TestCli::transientAsksTheServer()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult json = run({ u"transient"_s, u"--server"_s, pms(), u"--json"_s });
    EXPECT_EXIT(json, 0);
    const QJsonObject object = jsonObject(json);
    const QString token = object[u"token"_s].toString();
    QVERIFY2(!token.isEmpty(), json.describe().constData());
    QCOMPARE(QUrl(object[u"server"_s].toString()), QUrl(pms()));
    const QDateTime fetched = QDateTime::fromString(object[u"fetchedAt"_s].toString(), Qt::ISODate);
    const QDateTime expires = QDateTime::fromString(object[u"expiresAt"_s].toString(), Qt::ISODate);
    QVERIFY2(fetched.isValid() && expires.isValid(), json.describe().constData());
    QCOMPARE(fetched.secsTo(expires), 48 * 3600);
    QCOMPARE(m_server.requests().last().path, u"/security/token"_s);
    QCOMPARE(m_server.requests().last().header("x-plex-token"), alice.token.toUtf8());

    const CliResult line = run({ u"transient"_s, u"--server"_s, pms() });
    EXPECT_EXIT(line, 0);
    QVERIFY2(QRegularExpression(u"^\\S+\n$"_s).match(line.out).hasMatch(), line.describe().constData());
    QVERIFY(line.out.trimmed() != token); // the server hands out a new one each time
}

void TestCli::serverFailuresExitWithOne_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("faultPath");
    QTest::addColumn<int>("fault");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("transient, PMS error 500")
        << QStringList { u"transient"_s, u"--server"_s } << u"/security/token"_s
        << int(FakePlex::FaultKind::ServerError500) << u"HTTP 500"_s;
    QTest::newRow("sources, not JSON")
        << QStringList { u"sources"_s, u"--source"_s, u"provider://tv.plex.provider.podcasts"_s,
               u"--server"_s }
        << u"/security/resources"_s << int(FakePlex::FaultKind::GarbageJson) << u"could not read"_s;
    QTest::newRow("sources, unknown source") << QStringList { u"sources"_s, u"--source"_s,
        u"provider://tv.plex.provider.nothing"_s, u"--server"_s }
                                             << QString() << int(FakePlex::FaultKind::None) << u"1.15.4"_s;
}

void TestCli::serverFailuresExitWithOne()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, faultPath);
    QFETCH(int, fault);
    QFETCH(QString, mentions);
    EXPECT_EXIT(signIn(alice), 0);
    if (!faultPath.isEmpty())
        m_server.setFault(faultPath, FakePlex::Fault { FakePlex::FaultKind(fault) });
    const CliResult result = run(arguments << pms());
    EXPECT_FAILURE(result, 1);
    QVERIFY2(result.err.contains(mentions), result.describe().constData());
}

void TestCli::sourcesDescribesTheSource()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult json = run({ u"sources"_s, u"--server"_s, pms(), u"--source"_s,
        u"provider://tv.plex.provider.podcasts"_s, u"--json"_s });
    EXPECT_EXIT(json, 0);
    const QJsonObject device = jsonObject(json);
    QCOMPARE(device[u"name"_s].toString(), u"Plex Podcasts"_s);
    QCOMPARE(device[u"clientIdentifier"_s].toString(), u"tv.plex.provider.podcasts"_s);
    QCOMPARE(device[u"accessToken"_s].toString(), u"source-token-podcasts-provider"_s);
    const QJsonArray connections = device[u"connections"_s].toArray();
    QCOMPARE(connections.size(), 1);
    QCOMPARE(connections.first()[u"uri"_s].toString(), u"https://podcasts.provider.plex.tv"_s);

    const CliResult text = run({ u"sources"_s, u"--server"_s, pms(), u"--source"_s,
        u"server://546684a3d18ac5c39037360ec9ce900b7af9cc36/com.plexapp.plugins.library"_s, u"--refresh"_s });
    EXPECT_EXIT(text, 0);
    QVERIFY2(text.out.contains(u"Living Room PMS"_s), text.describe().constData());
    // The table masks the access token; only --json prints it whole.
    QVERIFY2(!text.out.contains(u"source-token-living-room-lib"_s), text.describe().constData());
}

void TestCli::defaultAccountCanBeChanged()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult second = signIn(carol);
    EXPECT_EXIT(second, 0);
    QVERIFY2(second.err.contains(u"--set-default"_s), second.describe().constData());
    QJsonArray accounts = listAccounts();
    QCOMPARE(uuidsIn(accounts).size(), 2);
    QCOMPARE(accountIn(accounts, alice.uuid)[u"default"_s], QJsonValue(true)); // the first one stays
    QCOMPARE(accountIn(accounts, carol.uuid)[u"default"_s], QJsonValue(false));
    QCOMPARE(run({ u"token"_s }).out, alice.token + u'\n');

    const CliResult set = run({ u"accounts"_s, u"--set-default"_s, carol.login });
    EXPECT_EXIT(set, 0);
    QVERIFY2(set.err.contains(u"default"_s), set.describe().constData());
    accounts = listAccounts();
    QCOMPARE(accountIn(accounts, carol.uuid)[u"default"_s], QJsonValue(true));
    QCOMPARE(accountIn(accounts, alice.uuid)[u"default"_s], QJsonValue(false));

    QCOMPARE(run({ u"token"_s }).out, carol.token + u'\n');
    QCOMPARE(run({ u"token"_s, u"--account"_s, u"alice"_s }).out, alice.token + u'\n');
    QCOMPARE(run({ u"token"_s, u"--account"_s, alice.uuid }).out, alice.token + u'\n');
    const CliResult table = run({ u"accounts"_s });
    EXPECT_EXIT(table, 0);
    QVERIFY2(QRegularExpression(u"^\\*\\s+Carol"_s, QRegularExpression::MultilineOption)
                 .match(table.out)
                 .hasMatch(),
        table.describe().constData());
}

void TestCli::signOutDeletesKeychainItemAndIndexEntry()
{
    EXPECT_EXIT(signIn(alice), 0);
    EXPECT_EXIT(signIn(bob), 0);
    const CliResult result = run({ u"signout"_s, u"--account"_s, u"bob"_s });
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QVERIFY2(result.err.contains(u"--revoke"_s), result.describe().constData()); // it still works on plex.tv
    QCOMPARE(keychainItem(bob), std::nullopt);
    QCOMPARE(keychainItem(alice), std::optional<QString>(alice.token));
    QCOMPARE(uuidsIn(listAccounts()), QStringList { alice.uuid });
    QCOMPARE(m_server.requestCount(u"/api/v2/users/signout"_s), 0);
    EXPECT_FAILURE(run({ u"token"_s, u"--account"_s, u"bob"_s }), 2); // no such account any more

    EXPECT_EXIT(run({ u"signout"_s }), 0); // the default account
    QCOMPARE(keychainItem(alice), std::nullopt);
    QCOMPARE(listAccounts(), QJsonArray());
    QCOMPARE(filesContaining(m_home->path(), alice.uuid.toUtf8()), QStringList());
    EXPECT_FAILURE(run({ u"token"_s }), 3); // not signed in
}

void TestCli::signOutWithRevokeRevokesOnPlexTv()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult result = run({ u"signout"_s, u"--revoke"_s });
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.err.contains(u"revoked"_s), result.describe().constData());
    bool revoked = false;
    for (const FakePlex::RecordedRequest &request : m_server.requests()) {
        revoked = revoked
            || (request.method == "DELETE" && request.path == u"/api/v2/users/signout"_s
                && request.header("x-plex-token") == alice.token.toUtf8());
    }
    QVERIFY2(revoked, "no DELETE /api/v2/users/signout with alice's token");
    QCOMPARE(keychainItem(alice), std::nullopt);
    QCOMPARE(listAccounts(), QJsonArray());

    m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token); // the old token no longer works anywhere
    EXPECT_FAILURE(run({ u"whoami"_s }), 3);
}

void TestCli::failedRevokeKeepsTheAccount()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_cli->setPlexTvUrl(unreachablePlexTv());
    const CliResult result = run({ u"signout"_s, u"--revoke"_s });
    EXPECT_FAILURE(result, 4);
    QVERIFY2(result.err.contains(u"kept"_s), result.describe().constData());
    QCOMPARE(keychainItem(alice), std::optional<QString>(alice.token));
    QCOMPARE(uuidsIn(listAccounts()), QStringList { alice.uuid });
    QCOMPARE(run({ u"token"_s }).out, alice.token + u'\n');
}

void TestCli::plexTokenFromTheEnvironmentNeedsNoKeychain()
{
    m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token);
    m_cli->withoutSessionBus(); // proves the keychain is not even asked
    const CliResult whoami = run({ u"whoami"_s, u"--json"_s });
    EXPECT_EXIT(whoami, 0);
    QCOMPARE(jsonObject(whoami)[u"uuid"_s].toString(), alice.uuid);
    const CliResult servers = run({ u"servers"_s, u"--json"_s });
    EXPECT_EXIT(servers, 0);
    QVERIFY2(servers.out.contains(u"Living Room PMS"_s), servers.describe().constData());
    QCOMPARE(filesContaining(m_home->path(), alice.token.toUtf8()), QStringList());
}

void TestCli::explicitAccountWinsOverPlexToken()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_cli->setVariable(u"PLEX_TOKEN"_s, bob.token);
    const CliResult asked = run({ u"whoami"_s, u"--account"_s, alice.login, u"--json"_s });
    EXPECT_EXIT(asked, 0);
    QCOMPARE(jsonObject(asked)[u"uuid"_s].toString(), alice.uuid);
    const CliResult unasked = run({ u"whoami"_s, u"--json"_s });
    EXPECT_EXIT(unasked, 0);
    QCOMPARE(jsonObject(unasked)[u"uuid"_s].toString(), bob.uuid);
}

void TestCli::invalidPlexTokenIsRejected_data()
{
    QTest::addColumn<QString>("token");
    QTest::addColumn<bool>("revoke");
    QTest::newRow("revoked") << alice.token << true;
    QTest::newRow("made up") << u"made-up-token-Qx81mZpLw0aa"_s << false;
}

void TestCli::invalidPlexTokenIsRejected()
{
    QFETCH(QString, token);
    QFETCH(bool, revoke);
    if (revoke)
        m_server.revokeToken(token);
    m_cli->setVariable(u"PLEX_TOKEN"_s, token);
    const CliResult result = run({ u"whoami"_s });
    EXPECT_FAILURE(result, 3);
    QVERIFY2(result.err.contains(u"PLEX_TOKEN"_s), result.describe().constData());
    QVERIFY2(!result.err.contains(token), result.describe().constData());
}

void TestCli::signInWithoutSessionBusFailsWithAdvice()
{
    m_cli->withoutSessionBus();
    const CliResult result = signIn(alice);
    EXPECT_FAILURE(result, 5);
    for (const QString &advice : { u"gnome-keyring"_s, u"KWallet"_s, u"--no-store"_s })
        QVERIFY2(result.err.contains(advice), result.describe().constData());
    QCOMPARE(m_server.requestCount(u"/api/v2/users/signin"_s), 0); // checked before signing in
    QCOMPARE(filesContaining(m_home->path(), alice.token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_home->path(), alice.password.toUtf8()), QStringList());

    // --no-store needs no keychain.
    const CliResult noStore = signIn(alice, { u"--no-store"_s });
    EXPECT_EXIT(noStore, 0);
    QCOMPARE(noStore.out, alice.token + u'\n');
    QCOMPARE(filesContaining(m_home->path(), alice.token.toUtf8()), QStringList());
    QCOMPARE(keychainItem(alice), std::nullopt);
}

void TestCli::storedAccountWithoutSessionBusIsKept()
{
    EXPECT_EXIT(signIn(alice), 0);
    CliRunner withoutBus(m_home->path(), m_server.plexTvUrl());
    withoutBus.withoutSessionBus();

    const CliResult token = withoutBus.run({ u"token"_s });
    EXPECT_FAILURE(token, 5);
    QVERIFY2(token.err.contains(u"gnome-keyring"_s), token.describe().constData());
    const CliResult signout = withoutBus.run({ u"signout"_s });
    EXPECT_FAILURE(signout, 5);

    // A failed operation deletes nothing, and nothing falls back to a file.
    QCOMPARE(uuidsIn(listAccounts()), QStringList { alice.uuid });
    QCOMPARE(keychainItem(alice), std::optional<QString>(alice.token));
    QCOMPARE(filesContaining(m_home->path(), alice.token.toUtf8()), QStringList());
}

void TestCli::verboseOutputNeverShowsSecrets_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<bool>("environmentToken");
    QTest::addColumn<QString>("logged"); // proof that -v logged the request
    QTest::newRow("whoami") << QStringList { u"whoami"_s, u"-v"_s } << false << u"/api/v2/user"_s;
    QTest::newRow("whoami with PLEX_TOKEN")
        << QStringList { u"whoami"_s, u"-v"_s } << true << u"/api/v2/user"_s;
    QTest::newRow("servers") << QStringList { u"servers"_s, u"-v"_s, u"--json"_s } << false
                             << u"/api/v2/resources"_s;
    QTest::newRow("transient") << QStringList { u"transient"_s, u"-v"_s, u"--server"_s, pms() } << false
                               << u"/security/token"_s;
}

void TestCli::verboseOutputNeverShowsSecrets()
{
    QFETCH(QStringList, arguments);
    QFETCH(bool, environmentToken);
    QFETCH(QString, logged);

    // The sign-in itself, verbose: neither stream shows the password, stderr never the token.
    const CliResult signin = signIn(alice, { u"--verbose"_s });
    EXPECT_EXIT(signin, 0);
    QVERIFY2(signin.err.contains(u"/api/v2/users/signin"_s), signin.describe().constData());
    QVERIFY2(!signin.out.contains(alice.password) && !signin.err.contains(alice.password),
        signin.describe().constData());
    QVERIFY2(!signin.err.contains(alice.token), signin.describe().constData());

    if (environmentToken)
        m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token);
    const CliResult result = run(arguments);
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.err.contains(logged), result.describe().constData());
    QVERIFY2(!result.err.contains(alice.token), result.describe().constData());
    QVERIFY2(!result.err.contains(u"pms-living-room-token-8lzjqnq8ly"_s), result.describe().constData());
    if (arguments.first() == u"transient"_s) // the new transient token is data: stdout only
        QVERIFY2(!result.err.contains(result.out.trimmed()), result.describe().constData());
}
