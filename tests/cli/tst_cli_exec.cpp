// plexauth exec: the program gets the token in its environment only, its own streams, signals and
// exit status, and does not start when plexauth cannot give it a token.

#include "tst_cli.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

#include <csignal>

using namespace CliFixture;
using namespace Qt::Literals::StringLiterals;

namespace {
// A shell command line for `sh -c`.
QStringList shell(const QString &script)
{
    return { u"--"_s, u"sh"_s, u"-c"_s, script };
}
} // namespace

void TestCli::execPutsTheTokenInTheEnvironmentOnly()
{
    EXPECT_EXIT(signIn(alice), 0);
    // The program prints its token, then the command lines of plexauth ($PPID) and of itself.
    const QString script
        = uR"(printf '%s\n' "$PLEX_TOKEN"; tr '\0' ' ' </proc/$PPID/cmdline; echo;)"
          uR"( tr '\0' ' ' </proc/$$/cmdline; echo; printf 'url=%s\n' "${PLEX_URL-unset}")"_s;
    const CliResult result = run(QStringList { u"exec"_s, u"-v"_s } + shell(script));
    EXPECT_EXIT(result, 0);
    const QStringList lines = result.out.split(u'\n');
    QVERIFY2(lines.size() >= 4, result.describe().constData());
    QCOMPARE(lines.at(0), alice.token);
    QVERIFY2(lines.at(1).contains(u"plexauth exec"_s), qPrintable(lines.at(1)));
    QVERIFY(!lines.at(1).contains(alice.token));
    QVERIFY2(lines.at(2).startsWith(u"sh -c"_s), qPrintable(lines.at(2)));
    QVERIFY(!lines.at(2).contains(alice.token));
    QCOMPARE(lines.at(3), u"url=unset"_s); // no --server: PLEX_URL is left as it was
    QVERIFY2(!result.err.contains(alice.token), result.describe().constData()); // -v logs, secrets masked
    QVERIFY2(result.err.contains(u"running sh with PLEX_TOKEN"_s), result.describe().constData());
}

void TestCli::aCommandLoadsNoGuiLibrary()
{
    EXPECT_EXIT(signIn(alice), 0);
    // The program reads the memory map of plexauth ($PPID), which by then has read the keychain and is
    // waiting for it: a command's whole run, with every library it loaded.
    const CliResult result = run(QStringList { u"exec"_s } + shell(u"cat /proc/$PPID/maps"_s));
    EXPECT_EXIT(result, 0);
    QVERIFY2(result.out.contains(u"/libQt6Core.so"_s), qPrintable(result.out.left(2000)));
    QVERIFY2(result.out.contains(u"/libqt6keychain.so"_s), qPrintable(result.out.left(2000)));
    for (const QString &library : { u"/libQt6Gui.so"_s, u"/libQt6Widgets.so"_s, u"/libQt6XcbQpa.so"_s }) {
        QVERIFY2(!result.out.contains(library),
            qPrintable(u"plexauth exec mapped %1:\n%2"_s.arg(library, result.out)));
    }
}

void TestCli::execPassesStreamsAndExitStatus_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("out");
    QTest::newRow("exit status") << u"exit 7"_s << QByteArray() << 7 << QString();
    QTest::newRow("stdin to stdout") << u"cat; exit 0"_s << QByteArray("hello\n") << 0 << u"hello\n"_s;
    QTest::newRow("stderr") << u"echo oops >&2; exit 1"_s << QByteArray() << 1 << QString();
    QTest::newRow("killed by TERM") << u"kill -TERM $$"_s << QByteArray() << 128 + SIGTERM << QString();
    QTest::newRow("killed by KILL") << u"kill -KILL $$"_s << QByteArray() << 128 + SIGKILL << QString();
}

void TestCli::execPassesStreamsAndExitStatus()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, input);
    QFETCH(int, exitCode);
    QFETCH(QString, out);
    EXPECT_EXIT(signIn(alice), 0);
    const CliResult result = run(QStringList { u"exec"_s } + shell(script), input);
    EXPECT_EXIT(result, exitCode);
    QCOMPARE(result.out, out);
    QCOMPARE(result.err, QTest::currentDataTag() == "stderr"_ba ? u"oops\n"_s : QString());
}

void TestCli::execForwardsSignals_data()
{
    QTest::addColumn<int>("signal");
    QTest::addColumn<QString>("name");
    QTest::newRow("INT") << int(SIGINT) << u"INT"_s;
    QTest::newRow("TERM") << int(SIGTERM) << u"TERM"_s;
    QTest::newRow("HUP") << int(SIGHUP) << u"HUP"_s;
}

void TestCli::execForwardsSignals()
{
    QFETCH(int, signal);
    QFETCH(QString, name);
    EXPECT_EXIT(signIn(alice), 0);
    // The program says it is ready once its trap is set, then waits; the trap answers and exits 3.
    const QString script
        = u"trap 'echo got-%1; exit 3' %1; echo ready; while :; do sleep 0.05; done"_s.arg(name);
    const std::unique_ptr<QProcess> plexauth = m_cli->start(QStringList { u"exec"_s } + shell(script));
    QVERIFY(plexauth->state() == QProcess::Running);
    QByteArray out;
    QTRY_VERIFY_WITH_TIMEOUT((out += plexauth->readAllStandardOutput()).contains("ready\n"), 20000);

    QSignalSpy finished(plexauth.get(), &QProcess::finished);
    QCOMPARE(::kill(pid_t(plexauth->processId()), signal), 0); // to plexauth, not to the program
    QVERIFY(finished.wait(20000));
    out += plexauth->readAllStandardOutput();
    QCOMPARE(QString::fromUtf8(out), u"ready\ngot-%1\n"_s.arg(name));
    QCOMPARE(plexauth->exitStatus(), QProcess::NormalExit);
    QCOMPARE(plexauth->exitCode(), 3);
}

void TestCli::execDoesNotStartWithoutAToken_data()
{
    QTest::addColumn<bool>("signedIn");
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");
    const QStringList marker = shell(u"touch started"_s);
    QTest::newRow("not signed in") << false << QStringList { u"exec"_s } + marker << 3
                                   << u"No account is signed in"_s;
    QTest::newRow("unknown account") << true
                                     << QStringList { u"exec"_s, u"--account"_s, u"nobody"_s } + marker << 2
                                     << u"nobody"_s;
    QTest::newRow("unknown server") << true << QStringList { u"exec"_s, u"--server"_s, u"Attic"_s } + marker
                                    << 2 << u"Attic"_s;
    QTest::newRow("plain http elsewhere")
        << true << QStringList { u"exec"_s, u"--server"_s, u"http://plex.example.com:32400"_s } + marker << 2
        << u"http"_s;
    QTest::newRow("no program") << true << QStringList { u"exec"_s, u"--"_s } << 2 << u"after “--”"_s;
    QTest::newRow("program not found") << true << QStringList { u"exec"_s, u"--"_s, u"no-such-program-x"_s }
                                       << 2 << u"“no-such-program-x” was not found"_s;
}

void TestCli::execDoesNotStartWithoutAToken()
{
    QFETCH(bool, signedIn);
    QFETCH(QStringList, arguments);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    if (signedIn)
        EXPECT_EXIT(signIn(alice), 0);
    const CliResult result = run(arguments);
    EXPECT_FAILURE(result, exitCode);
    QVERIFY2(result.err.contains(message), result.describe().constData());
    QVERIFY2(!QFile::exists(QDir(m_cli->home()).filePath(u"started"_s)), "the program ran");
}

void TestCli::execWithServerSetsTheVerifiedAddress()
{
    EXPECT_EXIT(signIn(alice), 0);
    const QString script = uR"(printf '%s %s\n' "$PLEX_URL" "$PLEX_TOKEN")"_s;
    const CliResult listed
        = run(QStringList { u"exec"_s, u"--server"_s, u"living room pms"_s } + shell(script));
    EXPECT_EXIT(listed, 0);
    // The fake server's one reachable connection of "Living Room PMS" is the fake itself.
    QCOMPARE(listed.out, u"%1 %2\n"_s.arg(m_server.mediaServerUrl().toString(), alice.token));
    QVERIFY(m_server.requestCount(u"/identity"_s) > 0); // its connections were tested first

    const CliResult typed = run(QStringList { u"exec"_s, u"--server"_s, pms() } + shell(script));
    EXPECT_EXIT(typed, 0);
    QCOMPARE(typed.out, u"%1 %2\n"_s.arg(pms(), alice.token));
}

void TestCli::execWithAnAppTokenGivesTheAppItsOwnToken()
{
    EXPECT_EXIT(signIn(alice), 0);
    EXPECT_EXIT(run({ u"apptoken"_s, u"create"_s, u"Kometa"_s }), 0);
    const CliResult printed = run({ u"token"_s, u"--app"_s, u"kometa"_s });
    EXPECT_EXIT(printed, 0);
    const QString appToken = printed.out.trimmed();
    QVERIFY(!appToken.isEmpty() && appToken != alice.token);

    const QString script = uR"(printf '%s %s\n' "$PLEX_URL" "$PLEX_TOKEN")"_s;
    const CliResult result
        = run(QStringList { u"exec"_s, u"--app"_s, u"Kometa"_s, u"--server"_s, u"Living Room PMS"_s }
            + shell(script));
    EXPECT_EXIT(result, 0);
    QCOMPARE(result.out, u"%1 %2\n"_s.arg(m_server.mediaServerUrl().toString(), appToken));
    // The server list was asked for with the app token: the app's own access, not the account's.
    bool listedWithAppToken = false;
    for (const FakePlex::RecordedRequest &request : m_server.requests())
        listedWithAppToken = listedWithAppToken
            || (request.path == u"/api/v2/resources"_s
                && request.header("x-plex-token") == appToken.toUtf8());
    QVERIFY(listedWithAppToken);

    EXPECT_EXIT(run({ u"apptoken"_s, u"revoke"_s, u"Kometa"_s }), 0);
    const CliResult revoked
        = run(QStringList { u"exec"_s, u"--app"_s, u"Kometa"_s } + shell(u"touch started"_s));
    EXPECT_FAILURE(revoked, 2);
    QVERIFY2(revoked.err.contains(u"Kometa"_s), revoked.describe().constData());
    QVERIFY(!QFile::exists(QDir(m_cli->home()).filePath(u"started"_s)));
}
