#include "tst_cli.h"

#include "secrettool.h"
#include "testsupport.h"

#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>

#include <algorithm>

using namespace Qt::Literals::StringLiterals;
using namespace CliFixture;
using FakePlex::FaultKind;
using TestSupport::fault;
using TestSupport::filesContaining;

namespace CliFixture {

const Account alice { u"alice@example.com"_s, u"correct horse battery staple"_s, {}, u"dae343c1f45beb4f"_s,
    TestSupport::aliceToken };
const Account bob { u"bob"_s, u"hunter2-but-longer"_s, u"123456"_s, u"b0b5eb1e7a91c2d3"_s,
    TestSupport::bobToken };
const Account carol { u"carol@example.net"_s, u"carol-pass-phrase"_s, u"654321"_s, u"c4a01c4a01c4a01c"_s,
    u"carol-token-CxoUzBTSV5hsxjTpFKaf"_s };
const Account dave { u"dave@example.com"_s, {}, {}, u"da7eda7eda7eda7e"_s,
    u"dave-token-gcgzw5rz2xovp84b4vha3a40"_s };

std::optional<QString> keychainItem(const Account &account)
{
    return TestSupport::secretToolLookup(u"PlexAuth"_s, account.uuid);
}

void clearKeychain()
{
    for (const Account *account : { &alice, &bob, &carol, &dave }) {
        for (const QString &item : QStringList { account->uuid, account->uuid + u"/device-key"_s })
            QProcess::execute(u"secret-tool"_s, { u"clear"_s, u"server"_s, u"PlexAuth"_s, u"user"_s, item });
    }
    for (const QString &profile : homeProfileUuids)
        QProcess::execute(u"secret-tool"_s, { u"clear"_s, u"server"_s, u"PlexAuth"_s, u"user"_s, profile });
}

QStringList uuidsIn(const QJsonArray &accounts)
{
    QStringList uuids;
    for (const QJsonValue &account : accounts)
        uuids.append(account[u"uuid"_s].toString());
    return uuids;
}

QJsonObject accountIn(const QJsonArray &accounts, const QString &uuid)
{
    for (const QJsonValue &account : accounts) {
        if (account[u"uuid"_s].toString() == uuid)
            return account.toObject();
    }
    return {};
}

bool isIsoDate(const QJsonValue &value)
{
    return value.isString() && QDateTime::fromString(value.toString(), Qt::ISODate).isValid();
}

QUrl unreachablePlexTv()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("no free loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return QUrl(u"http://127.0.0.1:%1/api/v2"_s.arg(port));
}

} // namespace CliFixture

CliResult TestCli::signIn(const Account &account, const QStringList &extra, const CliRunner *cli)
{
    QStringList arguments { u"signin"_s, u"--login"_s, account.login, u"--password-stdin"_s };
    QString input = account.password + u'\n';
    if (!account.code.isEmpty()) {
        arguments.append(u"--code"_s);
        input += account.code + u'\n';
    }
    return (cli ? cli : m_cli.get())->run(arguments + extra, input.toUtf8());
}

QJsonArray TestCli::listAccounts()
{
    const CliResult result = run({ u"accounts"_s, u"--json"_s });
    if (result.exitCode != 0 || !result.err.isEmpty())
        qWarning().noquote() << "accounts --json:" << result.describe();
    return jsonArray(result);
}

QJsonObject TestCli::jsonObject(const CliResult &result)
{
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    if (!document.isObject())
        qWarning().noquote() << "not a JSON object:" << result.describe();
    return document.object();
}

QJsonArray TestCli::jsonArray(const CliResult &result)
{
    const QJsonDocument document = QJsonDocument::fromJson(result.out.toUtf8());
    if (!document.isArray())
        qWarning().noquote() << "not a JSON array:" << result.describe();
    return document.array();
}

void TestCli::initTestCase()
{
    // These tests write and clear items under the real service name "PlexAuth": never in the user's
    // own keyring, only in the throwaway one scripts/run-tests starts (and marks).
    QVERIFY2(qgetenv("PLEXAUTH_TEST_THROWAWAY_KEYRING") == "1",
        "run the tests with scripts/run-tests, which starts a throwaway keyring in a private D-Bus session");
    QVERIFY(m_server.start());
    clearKeychain();
}

void TestCli::init()
{
    m_home = std::make_unique<QTemporaryDir>();
    QVERIFY(m_home->isValid());
    m_cli = std::make_unique<CliRunner>(m_home->path(), m_server.plexTvUrl());
    QVERIFY(m_server.loadDefaultFixture()); // resets failures, lock-out, revocations and PINs
    m_server.clearFaults();
    m_server.clearRequests();
}

void TestCli::cleanup()
{
    clearKeychain(); // the keyring outlives the test: leave no item behind for the next one
    m_cli.reset();
    m_home.reset();
}

// --- help, version and usage errors -------------------------------------------------------------

void TestCli::helpListsTheCommandsAndExitCodes()
{
    const CliResult result = run({ u"--help"_s });
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    QVERIFY(result.out.startsWith(u"Usage: plexauth"_s));
    QVERIFY(result.out.contains(u"PLEX_TOKEN"_s));
    for (const QString &line : { u"0  success"_s, u"1  other failure"_s, u"2  usage error"_s,
             u"3  authentication rejected"_s, u"4  network, timeout or TLS failure"_s,
             u"5  keychain unavailable"_s, u"6  rate limited or locked out"_s })
        QVERIFY2(result.out.contains(line), qPrintable(u"no exit code line: "_s + line));
}

void TestCli::versionPrintsOneLine()
{
    const CliResult result = run({ u"--version"_s });
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    QVERIFY2(QRegularExpression(u"^plexauth \\d+\\.\\d+\\S*\n$"_s).match(result.out).hasMatch(),
        result.describe().constData());
}

void TestCli::commandHelp_data()
{
    QTest::addColumn<QString>("command");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("signin") << u"signin"_s << u"--password-stdin"_s;
    QTest::newRow("pin") << u"pin"_s << u"--no-browser"_s;
    QTest::newRow("accounts") << u"accounts"_s << u"--set-default"_s;
    QTest::newRow("token") << u"token"_s << u"--account"_s;
    QTest::newRow("whoami") << u"whoami"_s << u"--account"_s;
    QTest::newRow("servers") << u"servers"_s << u"--account"_s;
    QTest::newRow("transient") << u"transient"_s << u"--server"_s;
    QTest::newRow("sources") << u"sources"_s << u"--source"_s;
    QTest::newRow("signout") << u"signout"_s << u"--revoke"_s;
}

void TestCli::commandHelp()
{
    QFETCH(QString, command);
    QFETCH(QString, mentions);
    const CliResult result = run({ command, u"--help"_s });
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.err.isEmpty(), result.describe().constData());
    QVERIFY2(result.out.startsWith(u"Usage: plexauth "_s + command), result.describe().constData());
    QVERIFY2(result.out.contains(mentions), result.describe().constData());
}

void TestCli::usageErrorsExitWithTwo_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("says");
    QTest::addColumn<QString>("neverEchoes"); // e.g. a secret typed in the wrong place
    const QString login = alice.login;
    const QString bobLogin = bob.login;
    QTest::newRow("unknown command") << QStringList { u"frobnicate"_s } << QByteArray()
                                     << u"not a plexauth command"_s << u"frobnicate"_s;
    QTest::newRow("unknown single-dash option")
        << QStringList { u"signin"_s, u"--login"_s, login, u"-psw0rdfish"_s } << QByteArray()
        << u"not one plexauth knows"_s << u"psw0rdfish"_s;
    QTest::newRow("plain http to a remote plex.tv")
        << QStringList { u"whoami"_s, u"--plex-tv-url"_s, u"http://plex.example.com/api/v2"_s }
        << QByteArray() << u"must use https"_s << QString();
    QTest::newRow("unknown option") << QStringList { u"signin"_s, u"--login"_s, login, u"--password"_s,
        u"sw0rdfish-x"_s } << QByteArray()
                                    << u"password"_s << u"sw0rdfish-x"_s;
    QTest::newRow("option of another command")
        << QStringList { u"token"_s, u"--json"_s } << QByteArray() << u"--json does not apply"_s << QString();
    QTest::newRow("signin without --login") << QStringList { u"signin"_s, u"--password-stdin"_s }
                                            << QByteArray("x\n") << u"--login"_s << QString();
    QTest::newRow("code as an argument")
        << QStringList { u"signin"_s, u"--login"_s, bobLogin, u"--code"_s, u"123456"_s } << QByteArray()
        << u"never taken from the command line"_s << u"123456"_s;
    QTest::newRow("stray argument") << QStringList { u"token"_s, u"hunter2-typo"_s } << QByteArray()
                                    << u"takes no arguments besides its options"_s << u"hunter2-typo"_s;
    QTest::newRow("transient without --server")
        << QStringList { u"transient"_s } << QByteArray() << u"--server"_s << QString();
    QTest::newRow("server URL with a token")
        << QStringList { u"transient"_s, u"--server"_s, pms() + u"/?X-Plex-Token=leaked-0123456789"_s }
        << QByteArray() << u"without a query"_s << u"leaked-0123456789"_s;
    QTest::newRow("server URL not http")
        << QStringList { u"transient"_s, u"--server"_s, u"ftp://192.168.1.10"_s } << QByteArray()
        << u"http or https"_s << QString();
    QTest::newRow("sources without --source")
        << QStringList { u"sources"_s, u"--server"_s, pms() } << QByteArray() << u"--source"_s << QString();
    QTest::newRow("invalid --source")
        << QStringList { u"sources"_s, u"--server"_s, pms(), u"--source"_s, u"https://example.com/x"_s }
        << QByteArray() << u"--source is not a Plex source"_s << QString();
    for (const QString &seconds : { u"0"_s, u"abc"_s, u"3601"_s, u"1.5"_s }) {
        QTest::addRow("--timeout %s", qPrintable(seconds)) << QStringList { u"accounts"_s, u"--timeout"_s,
            seconds } << QByteArray() << u"--timeout"_s << QString();
    }
    QTest::newRow("bad --plex-tv-url") << QStringList { u"whoami"_s, u"--plex-tv-url"_s, u"ftp://plex.tv"_s }
                                       << QByteArray() << u"plex.tv API URL"_s << QString();
    QTest::newRow("--account names no account")
        << QStringList { u"token"_s, u"--account"_s, u"nobody"_s } << QByteArray()
        << u"No signed-in account is called"_s << QString();
    QTest::newRow("--set-default names no account") << QStringList { u"accounts"_s, u"--set-default"_s,
        u"nobody"_s } << QByteArray() << u"nobody"_s << QString();
    QTest::newRow("no terminal and no --password-stdin") << QStringList { u"signin"_s, u"--login"_s,
        login } << QByteArray() << u"--password-stdin"_s << QString();
    QTest::newRow("empty stdin") << QStringList { u"signin"_s, u"--login"_s, login, u"--password-stdin"_s }
                                 << QByteArray() << u"No password arrived on stdin"_s << QString();
    QTest::newRow("--code without a second line")
        << QStringList { u"signin"_s, u"--login"_s, bobLogin, u"--password-stdin"_s, u"--code"_s }
        << QByteArray("hunter2-but-longer\n") << u"second line of stdin"_s << u"hunter2-but-longer"_s;
}

void TestCli::usageErrorsExitWithTwo()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, says);
    QFETCH(QString, neverEchoes);
    const CliResult result = run(arguments, input);
    EXPECT_FAILURE(result, 2);
    QVERIFY2(result.err.contains(says), result.describe().constData());
    if (!neverEchoes.isEmpty())
        QVERIFY2(!result.err.contains(neverEchoes), result.describe().constData());
    QCOMPARE(m_server.requestCount(u"/api/v2/users/signin"_s), 0);
}

// --- signin --------------------------------------------------------------------------------------

void TestCli::signInKeepsTheTokenInTheKeychainOnly()
{
    const CliResult result = signIn(alice);
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QVERIFY2(result.err.contains(u"Signed in as"_s), result.describe().constData());
    QCOMPARE(keychainItem(alice), std::optional<QString>(alice.token));

    const QJsonArray accounts = listAccounts();
    QCOMPARE(uuidsIn(accounts), QStringList { alice.uuid });
    const QJsonObject account = accounts.first().toObject();
    QCOMPARE(account[u"username"_s].toString(), u"alice"_s);
    QCOMPARE(account[u"email"_s].toString(), alice.login);
    QCOMPARE(account[u"title"_s].toString(), u"Alice"_s);
    QCOMPARE(account[u"default"_s], QJsonValue(true));
    QCOMPARE(account[u"remembered"_s], QJsonValue(true));
    QVERIFY(isIsoDate(account[u"addedAt"_s]));
    QVERIFY(isIsoDate(account[u"lastVerifiedAt"_s]));
    QCOMPARE(account[u"tokenState"_s].toString(), u"valid"_s);
    QVERIFY2(!account.contains(u"token"_s) && !account.contains(u"authToken"_s),
        QJsonDocument(account).toJson().constData());

    // The index is in the settings file; the token and the password are in no file at all.
    QVERIFY2(QFile::exists(m_cli->configFile()), qPrintable(m_cli->configFile()));
    QVERIFY(!filesContaining(m_home->path(), alice.uuid.toUtf8()).isEmpty());
    QCOMPARE(filesContaining(m_home->path(), alice.token.toUtf8()), QStringList());
    QCOMPARE(filesContaining(m_home->path(), alice.password.toUtf8()), QStringList());
}

void TestCli::wrongPasswordIsRejected()
{
    Account wrong = alice;
    wrong.password = u"not the password"_s;
    const CliResult result = signIn(wrong);
    EXPECT_FAILURE(result, 3);
    QCOMPARE(keychainItem(alice), std::nullopt);
    QCOMPARE(listAccounts(), QJsonArray());
}

void TestCli::twoStepAccountWithoutCodeSaysToUseCode()
{
    Account withoutCode = bob;
    withoutCode.code.clear();
    const CliResult result = signIn(withoutCode); // stdin is a pipe: nobody to ask for the code
    EXPECT_FAILURE(result, 3);
    QVERIFY2(result.err.contains(u"--code"_s), result.describe().constData());
    QCOMPARE(keychainItem(bob), std::nullopt);
}

void TestCli::twoStepSignInReadsTheCodeFromTheSecondLine_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<QString>("code");
    QTest::newRow("bob, authenticator code") << bob.login << bob.code;
    QTest::newRow("carol, authenticator code") << carol.login << carol.code;
    QTest::newRow("carol, backup code") << carol.login << u"a1b2c3d4e5"_s;
}

void TestCli::twoStepSignInReadsTheCodeFromTheSecondLine()
{
    QFETCH(QString, login);
    QFETCH(QString, code);
    Account account = login == bob.login ? bob : carol;
    account.code = code;
    const CliResult result = signIn(account);
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QCOMPARE(keychainItem(account), std::optional<QString>(account.token));
    QVERIFY(m_server.requests().last().body.contains(QByteArray("verificationCode=" + code.toUtf8())));
}

void TestCli::wrongVerificationCodeIsRejected()
{
    Account wrongCode = bob;
    wrongCode.code = u"000000"_s;
    const CliResult result = signIn(wrongCode);
    EXPECT_FAILURE(result, 3);
    QCOMPARE(keychainItem(bob), std::nullopt);
    QCOMPARE(listAccounts(), QJsonArray());
}

void TestCli::lockOutExitsWithSix()
{
    m_server.setLockoutAfterFailures(2);
    Account wrong = alice;
    wrong.password = u"guess-one"_s;
    EXPECT_EXIT(signIn(wrong), 3);
    wrong.password = u"guess-two"_s;
    EXPECT_EXIT(signIn(wrong), 3);
    const CliResult result = signIn(alice); // the right password, but plex.tv answers 1031 now
    EXPECT_FAILURE(result, 6);
    // A lock-out is never retried: retrying makes plex.tv extend it.
    QCOMPARE(m_server.requestCount(u"/api/v2/users/signin"_s), 3);
    QCOMPARE(keychainItem(alice), std::nullopt);
}

void TestCli::rateLimitExitsWithSix()
{
    m_server.setFault(u"/api/v2/users/signin"_s, fault(FaultKind::RateLimited));
    const CliResult result = signIn(alice);
    EXPECT_FAILURE(result, 6);
    QCOMPARE(m_server.requestCount(u"/api/v2/users/signin"_s), 1); // a sign-in POST is never repeated
    QCOMPARE(keychainItem(alice), std::nullopt);
}

void TestCli::unreachablePlexTvIsANetworkFailure()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_cli->setPlexTvUrl(unreachablePlexTv());
    const CliResult whoami = run({ u"whoami"_s });
    EXPECT_FAILURE(whoami, 4);
    QCOMPARE(uuidsIn(listAccounts()), QStringList { alice.uuid }); // an unverified token is kept

    const CliResult signin = signIn(bob);
    EXPECT_FAILURE(signin, 4);
    QCOMPARE(keychainItem(bob), std::nullopt);
}

void TestCli::timeoutOptionLimitsEachRequest()
{
    m_server.setFault(u"/api/v2/user"_s, fault(FaultKind::Hang));
    m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token);
    const CliResult result = run({ u"whoami"_s, u"--timeout"_s, u"1"_s });
    EXPECT_EXIT(result, 4);
    QVERIFY2(result.out.isEmpty(), result.describe().constData());
    QVERIFY2(result.err.contains(u"plexauth: "_s) && result.err.contains(u"1-second"_s),
        result.describe().constData());
    // Nothing but plexauth's own message: no Qt warning about the aborted reply.
    const QStringList lines = result.err.split(u'\n', Qt::SkipEmptyParts);
    const bool onlyPlexauthMessages = std::all_of(
        lines.cbegin(), lines.cend(), [](const QString &line) { return line.startsWith(u"plexauth: "_s); });
    QVERIFY2(onlyPlexauthMessages, result.describe().constData());
    // Far less than the default 15 s, with room for a slow machine.
    QVERIFY2(result.elapsedMs < 10000, result.describe().constData());
}

void TestCli::noStorePrintsTheTokenAndStoresNothing()
{
    const CliResult result = signIn(alice, { u"--no-store"_s });
    EXPECT_EXIT(result, 0);
    QCOMPARE(result.out, alice.token + u'\n');
    QVERIFY2(result.err.contains(u"not stored"_s), result.describe().constData());

    const CliResult json = signIn(alice, { u"--no-store"_s, u"--json"_s });
    EXPECT_EXIT(json, 0);
    const QJsonObject object = jsonObject(json);
    QCOMPARE(object[u"token"_s].toString(), alice.token);
    QCOMPARE(object[u"uuid"_s].toString(), alice.uuid);
    QCOMPARE(object[u"remembered"_s], QJsonValue(false));

    QCOMPARE(keychainItem(alice), std::nullopt);
    QCOMPARE(listAccounts(), QJsonArray());
    QCOMPARE(filesContaining(m_home->path(), alice.token.toUtf8()), QStringList());
}

QTEST_GUILESS_MAIN(TestCli)
