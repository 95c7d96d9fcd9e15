// plexauth home and plexauth home switch (plex-auth-api.md §2.9) against the fake server's Home: alice
// is the admin of a Home with Teen (protected, PIN 4321), Kids (restricted), Sam and Sam Carter
// (username "sam"); bob is in no Home. The PIN never reaches stderr (-v included), a file or an argv.

#include "secrettool.h"
#include "tst_cli.h"

#include <QJsonDocument>

using namespace CliFixture;
using namespace Qt::Literals::StringLiterals;
using FakePlex::FaultKind;

namespace CliFixture {
const QString teenUuid = u"5a3c0f2b7e9d4a16"_s;
const QString kidsUuid = u"6b4d1e3c8f0a5b27"_s;
const QStringList homeProfileUuids { teenUuid, kidsUuid, u"8d6f3a5e0b2c7d49"_s, u"7c5e2f4d9a1b6c38"_s };
} // namespace CliFixture

namespace {
std::optional<QString> profileItem(const QString &uuid)
{
    return TestSupport::secretToolLookup(u"PlexAuth"_s, uuid);
}

QStringList sequence(const QList<FakePlex::RecordedRequest> &requests)
{
    QStringList lines;
    for (const FakePlex::RecordedRequest &request : requests)
        lines.append(QString::fromLatin1(request.method) + u' ' + request.path);
    return lines;
}

FakePlex::Fault notFound()
{
    FakePlex::Fault fault;
    fault.kind = FaultKind::NotFound404;
    return fault;
}
} // namespace

void TestCli::homeListsTheHomeUsers()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_server.clearRequests();
    const CliResult table = run({ u"home"_s });
    EXPECT_EXIT(table, 0);
    QVERIFY2(table.err.isEmpty(), table.describe().constData());
    const QStringList lines = table.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 6);
    QVERIFY(lines.first().startsWith(u"TITLE"_s));
    for (const QString &heading :
        { u"USERNAME"_s, u"UUID"_s, u"ADMIN"_s, u"RESTRICTED"_s, u"PROTECTED"_s, u"GUEST"_s })
        QVERIFY2(lines.first().contains(heading), qPrintable(lines.first()));
    QVERIFY2(
        table.out.contains(teenUuid) && table.out.contains(u"Sam Carter"_s), table.describe().constData());
    qInfo().noquote() << "home:" << sequence(m_server.requests()).join(u", "_s);
    QCOMPARE(sequence(m_server.requests()), QStringList { u"GET /api/v2/home/users"_s });
    QCOMPARE(m_server.requests().first().header("x-plex-token"), alice.token.toUtf8());

    // JSON, and the same from the older list when plex.tv does not know the v2 one.
    for (const bool fallback : { false, true }) {
        m_server.clearRequests();
        if (fallback)
            m_server.setFault(u"/api/v2/home/users"_s, notFound());
        const CliResult json = run({ u"home"_s, u"--json"_s });
        EXPECT_EXIT(json, 0);
        const QJsonObject home = jsonObject(json);
        QCOMPARE(home[u"inHome"_s].toBool(), true);
        const QJsonArray users = home[u"users"_s].toArray();
        QCOMPARE(users.size(), 5);
        const QJsonObject teen = accountIn(users, teenUuid);
        QCOMPARE(teen[u"title"_s].toString(), u"Teen"_s);
        QCOMPARE(teen[u"protected"_s].toBool(), true);
        QCOMPARE(teen[u"admin"_s].toBool(), false);
        QCOMPARE(accountIn(users, kidsUuid)[u"restricted"_s].toBool(), true);
        QCOMPARE(accountIn(users, kidsUuid)[u"restrictionProfile"_s].toString(), u"little_kid"_s);
        QCOMPARE(accountIn(users, alice.uuid)[u"admin"_s].toBool(), true);
        if (fallback) {
            qInfo().noquote() << "home (v2 404):" << sequence(m_server.requests()).join(u", "_s);
            QCOMPARE(sequence(m_server.requests()),
                QStringList({ u"GET /api/v2/home/users"_s, u"GET /api/home/users"_s }));
        }
    }

    // bob is in no Home: said on stderr, not an error.
    EXPECT_EXIT(signIn(bob), 0);
    const CliResult none = run({ u"home"_s, u"--account"_s, u"bob"_s });
    EXPECT_EXIT(none, 0);
    QVERIFY2(none.out.isEmpty() && none.err.contains(u"no Plex Home"_s), none.describe().constData());
    const CliResult noneJson = run({ u"home"_s, u"--account"_s, u"bob"_s, u"--json"_s });
    EXPECT_EXIT(noneJson, 0);
    QCOMPARE(jsonObject(noneJson)[u"inHome"_s].toBool(), false);
    QCOMPARE(jsonObject(noneJson)[u"users"_s].toArray().size(), 0);
}

void TestCli::homeSwitchKeepsTheProfileAsAnAccountOfItsOwn()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_server.clearRequests();
    const CliResult switched = run({ u"home"_s, u"switch"_s, u"teen"_s, u"--pin-stdin"_s }, "4321\n");
    EXPECT_EXIT(switched, 0);
    qInfo().noquote() << "home switch:" << sequence(m_server.requests()).join(u", "_s);
    QCOMPARE(sequence(m_server.requests()),
        QStringList(
            { u"GET /api/v2/home/users"_s, u"POST /api/v2/home/users/"_s + teenUuid + u"/switch"_s }));
    const FakePlex::RecordedRequest post = m_server.requests().last();
    QCOMPARE(post.query.queryItemValue(u"pin"_s), u"4321"_s);
    QVERIFY(post.body.isEmpty());
    QCOMPARE(post.header("x-plex-token"), alice.token.toUtf8());
    QVERIFY2(switched.out.isEmpty(), switched.describe().constData());
    QVERIFY2(switched.err.contains(u"Switched to Teen"_s), switched.describe().constData());

    // Its own token under its own uuid, the Home account's kept as it was; linked in the account list.
    const std::optional<QString> token = profileItem(teenUuid);
    QVERIFY(token && !token->isEmpty() && *token != alice.token);
    QCOMPARE(keychainItem(alice), std::optional(alice.token));
    const QJsonArray accounts = listAccounts();
    QCOMPARE(accounts.size(), 2);
    const QJsonObject teen = accountIn(accounts, teenUuid);
    QCOMPARE(teen[u"title"_s].toString(), u"Teen"_s);
    QCOMPARE(teen[u"homeUuid"_s].toString(), alice.uuid);
    QCOMPARE(teen[u"homeProtected"_s].toBool(), true);
    QCOMPARE(teen[u"default"_s].toBool(), false);
    QVERIFY(!accountIn(accounts, alice.uuid).contains(u"homeUuid"_s));

    // The profile is an account like any other: its token, and plex.tv knows it as the profile.
    const CliResult printed = run({ u"token"_s, u"--account"_s, u"Teen"_s });
    EXPECT_EXIT(printed, 0);
    QCOMPARE(printed.out, *token + u'\n');
    const CliResult whoami = run({ u"whoami"_s, u"--account"_s, teenUuid, u"--json"_s });
    EXPECT_EXIT(whoami, 0);
    QCOMPARE(jsonObject(whoami)[u"uuid"_s].toString(), teenUuid);

    // Nothing of the switch in a file: neither the PIN nor the profile's token.
    QCOMPARE(TestSupport::filesContaining(m_home->path(), "4321"), QStringList());
    QCOMPARE(TestSupport::filesContaining(m_home->path(), token->toUtf8()), QStringList());

    // Removing the Home account leaves the profile: it is an account of its own, with its own token.
    EXPECT_EXIT(run({ u"signout"_s, u"--account"_s, alice.uuid }), 0);
    QCOMPARE(keychainItem(alice), std::nullopt);
    QCOMPARE(profileItem(teenUuid), token);
    QCOMPARE(uuidsIn(listAccounts()), QStringList { teenUuid });
}

void TestCli::homeSwitchWithAWrongPinExitsWithThree_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("advice");
    const QStringList teen { u"home"_s, u"switch"_s, teenUuid };
    QTest::newRow("wrong PIN") << (teen + QStringList { u"--pin-stdin"_s }) << QByteArray("1111\n")
                               << u"did not accept the PIN of Teen"_s;
    QTest::newRow("no PIN, no terminal") << teen << QByteArray() << u"none was given"_s;
    QTest::newRow("empty stdin") << (teen + QStringList { u"--pin-stdin"_s }) << QByteArray()
                                 << u"none was given"_s;
}
void TestCli::homeSwitchWithAWrongPinExitsWithThree()
{
    QFETCH(QStringList, arguments);
    QFETCH(QByteArray, input);
    QFETCH(QString, advice);
    EXPECT_EXIT(signIn(alice), 0);
    m_server.clearRequests();
    const CliResult refused = run(arguments + QStringList { u"-v"_s }, input);
    EXPECT_EXIT(refused, 3); // after -v's request log, the message
    QVERIFY2(refused.out.isEmpty() && refused.err.contains(u"plexauth: "_s), refused.describe().constData());
    QVERIFY2(refused.err.contains(u"/switch"_s), refused.describe().constData());
    QVERIFY2(refused.err.contains(advice) && refused.err.contains(u"--pin-stdin"_s),
        refused.describe().constData());
    QVERIFY2(
        !refused.err.contains(u"1111"_s) && !refused.err.contains(u"pin="_s), refused.describe().constData());
    QCOMPARE(m_server.requestCount(u"/api/v2/home/users/"_s + teenUuid + u"/switch"_s), 1);
    // Nothing kept: the profile has no item and no entry.
    QCOMPARE(profileItem(teenUuid), std::nullopt);
    QCOMPARE(uuidsIn(listAccounts()), QStringList { alice.uuid });
}

void TestCli::homeSwitchNeedsAnUnambiguousUser()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_server.clearRequests();
    // "sam" is Sam's title and Sam Carter's username.
    const CliResult ambiguous = run({ u"home"_s, u"switch"_s, u"sam"_s });
    EXPECT_FAILURE(ambiguous, 2);
    QVERIFY2(ambiguous.err.contains(u"more than one Home user"_s)
            && ambiguous.err.contains(u"8d6f3a5e0b2c7d49"_s) && ambiguous.err.contains(u"7c5e2f4d9a1b6c38"_s),
        ambiguous.describe().constData());
    const CliResult unknown = run({ u"home"_s, u"switch"_s, u"nobody"_s });
    EXPECT_FAILURE(unknown, 2);
    QVERIFY2(unknown.err.contains(u"No Home user"_s), unknown.describe().constData());
    QCOMPARE(m_server.requestCount(u"/api/v2/home/users/*"_s), 0);
    // By uuid or username, either is one user.
    EXPECT_EXIT(run({ u"home"_s, u"switch"_s, u"8d6f3a5e0b2c7d49"_s, u"--no-store"_s }), 0);
    EXPECT_EXIT(run({ u"home"_s, u"switch"_s, u"Sam Carter"_s, u"--no-store"_s }), 0);

    // bob's account is in no Home: nothing to switch to.
    EXPECT_EXIT(signIn(bob), 0);
    const CliResult noHome = run({ u"home"_s, u"switch"_s, u"Kids"_s, u"--account"_s, u"bob"_s });
    EXPECT_FAILURE(noHome, 2);
    QVERIFY2(noHome.err.contains(u"no Plex Home"_s), noHome.describe().constData());
}

void TestCli::homeSwitchNoStorePrintsTheTokenOnly()
{
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult switched = run({ u"home"_s, u"switch"_s, u"Kids"_s, u"--no-store"_s });
    EXPECT_EXIT(switched, 0);
    const QString token = switched.out.trimmed();
    QCOMPARE(switched.out, token + u'\n');
    QVERIFY(!token.isEmpty() && token != alice.token);
    QVERIFY2(switched.err.contains(u"not stored"_s) && !switched.err.contains(token),
        switched.describe().constData());
    QCOMPARE(profileItem(kidsUuid), std::nullopt);
    QCOMPARE(uuidsIn(listAccounts()), QStringList { alice.uuid });
    QCOMPARE(TestSupport::filesContaining(m_home->path(), token.toUtf8()), QStringList());
    // The token works as the profile's.
    m_cli->setVariable(u"PLEX_TOKEN"_s, token);
    const CliResult whoami = run({ u"whoami"_s, u"--json"_s });
    EXPECT_EXIT(whoami, 0);
    QCOMPARE(jsonObject(whoami)[u"uuid"_s].toString(), kidsUuid);
}

void TestCli::homePinNeverInOutputOrArguments()
{
    EXPECT_EXIT(signIn(alice), 0);
    // With -v every request is logged, the switch too, never with its PIN.
    const CliResult verbose
        = run({ u"home"_s, u"switch"_s, u"Teen"_s, u"--pin-stdin"_s, u"--no-store"_s, u"-v"_s }, "4321\n");
    EXPECT_EXIT(verbose, 0);
    QVERIFY2(verbose.err.contains(u"/api/v2/home/users/"_s + teenUuid + u"/switch"_s),
        verbose.describe().constData());
    QVERIFY2(
        !verbose.err.contains(u"4321"_s) && !verbose.err.contains(u"pin="_s), verbose.describe().constData());
    QVERIFY2(!verbose.err.contains(verbose.out.trimmed()), verbose.describe().constData());
    QCOMPARE(TestSupport::filesContaining(m_home->path(), "4321"), QStringList());

    // A PIN is never taken from the command line, and a stray one is never repeated.
    for (const QStringList &arguments : { QStringList { u"home"_s, u"switch"_s, u"Teen"_s, u"4321"_s },
             QStringList { u"home"_s, u"switch"_s, u"Teen"_s, u"--pin=4321"_s },
             QStringList { u"home"_s, u"4321"_s } }) {
        const CliResult refused = run(arguments);
        EXPECT_FAILURE(refused, 2);
        QVERIFY2(!refused.err.contains(u"4321"_s), refused.describe().constData());
    }
    // --pin-stdin and --no-store belong to home switch.
    EXPECT_FAILURE(run({ u"home"_s, u"--pin-stdin"_s }), 2);
}
