#include "arguments.h"

#include <QTest>

using namespace PlexAuth::Cli;

namespace {
ParseResult parse(const QStringList &arguments)
{
    return ArgumentParser::parse(QStringList { QStringLiteral("plexauth") } + arguments);
}
} // namespace

class TestArguments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guiOrCommandLine_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<bool>("commandLine");
        QTest::newRow("no arguments") << QStringList {} << false;
        QTest::newRow("qt style option")
            << QStringList { QStringLiteral("-style"), QStringLiteral("fusion") } << false;
        QTest::newRow("command") << QStringList { QStringLiteral("token") } << true;
        QTest::newRow("global then command")
            << QStringList { QStringLiteral("--timeout"), QStringLiteral("5"), QStringLiteral("whoami") }
            << true;
        QTest::newRow("help") << QStringList { QStringLiteral("--help") } << true;
        QTest::newRow("version") << QStringList { QStringLiteral("--version") } << true;
    }

    void guiOrCommandLine()
    {
        QFETCH(QStringList, arguments);
        QFETCH(bool, commandLine);
        QCOMPARE(ArgumentParser::wantsCommandLine(QStringList { QStringLiteral("plexauth") } + arguments),
            commandLine);
    }

    void parsesSignIn()
    {
        const ParseResult result = parse({ QStringLiteral("signin"), QStringLiteral("--login"),
            QStringLiteral("alice@example.com"), QStringLiteral("--password-stdin"), QStringLiteral("--code"),
            QStringLiteral("--remember"), QStringLiteral("--json") });
        QVERIFY2(result.arguments, qPrintable(result.error));
        const Arguments &a = *result.arguments;
        QCOMPARE(a.command, QStringLiteral("signin"));
        QCOMPARE(a.login, QStringLiteral("alice@example.com"));
        QVERIFY(a.passwordStdin && a.askCode && a.remember && a.json);
        QVERIFY(!a.noStore);
    }

    void plexTvUrlFromTheOptionOnly()
    {
        // The environment is a layer of Configuration (tst_configuration), not the parser's.
        QCOMPARE(parse({ QStringLiteral("accounts"), QStringLiteral("--plex-tv-url"),
                           QStringLiteral("https://example.test/api/v2") })
                     .arguments->plexTvUrl,
            QUrl(QStringLiteral("https://example.test/api/v2")));
        QVERIFY(parse({ QStringLiteral("accounts") }).arguments->plexTvUrl.isEmpty());
    }

    void serverByNameOrMachineIdentifier()
    {
        for (const QString &name : { QStringLiteral("Living Room PMS"),
                 QStringLiteral("546684a3d18ac5c39037360ec9ce900b7af9cc36") }) {
            const ParseResult result
                = parse({ QStringLiteral("transient"), QStringLiteral("--server"), name });
            QVERIFY2(result.arguments, qPrintable(result.error));
            QCOMPARE(result.arguments->serverName, name);
            QVERIFY(result.arguments->server.isEmpty());
        }
    }

    void serverAndTimeout()
    {
        const ParseResult result = parse({ QStringLiteral("transient"), QStringLiteral("--server"),
            QStringLiteral("http://192.168.1.10:32400"), QStringLiteral("--timeout"), QStringLiteral("7") });
        QVERIFY2(result.arguments, qPrintable(result.error));
        QCOMPARE(result.arguments->server, QUrl(QStringLiteral("http://192.168.1.10:32400")));
        QCOMPARE(result.arguments->timeoutSeconds, std::optional<int>(7));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("mentions");
        QTest::newRow("no command") << QStringList { QStringLiteral("-v") }
                                    << QStringLiteral("Name a command");
        QTest::newRow("unknown command")
            << QStringList { QStringLiteral("frobnicate") } << QStringLiteral("not a plexauth command");
        QTest::newRow("unknown option")
            << QStringList { QStringLiteral("signin"), QStringLiteral("--password"), QStringLiteral("x") }
            << QStringLiteral("password");
        QTest::newRow("option of another command") << QStringList { QStringLiteral("token"),
            QStringLiteral("--revoke") } << QStringLiteral("--revoke");
        QTest::newRow("signin without login")
            << QStringList { QStringLiteral("signin") } << QStringLiteral("--login");
        QTest::newRow("transient without server")
            << QStringList { QStringLiteral("transient") } << QStringLiteral("--server");
        QTest::newRow("server not http") << QStringList { QStringLiteral("transient"),
            QStringLiteral("--server"), QStringLiteral("ftp://pms") }
                                         << QStringLiteral("http");
        QTest::newRow("token in server url") << QStringList { QStringLiteral("transient"),
            QStringLiteral("--server"), QStringLiteral("http://pms:32400/?X-Plex-Token=abc123") }
                                             << QStringLiteral("without a query");
        QTest::newRow("user info in server url") << QStringList { QStringLiteral("transient"),
            QStringLiteral("--server"), QStringLiteral("http://me:secret@192.168.1.10:32400") }
                                                 << QStringLiteral("user name");
        QTest::newRow("fragment in server url") << QStringList { QStringLiteral("transient"),
            QStringLiteral("--server"), QStringLiteral("http://192.168.1.10:32400/#x") }
                                                << QStringLiteral("fragment");
        QTest::newRow("sources without source") << QStringList { QStringLiteral("sources"),
            QStringLiteral("--server"), QStringLiteral("http://192.168.1.10:32400") }
                                                << QStringLiteral("--source");
        QTest::newRow("timeout zero")
            << QStringList { QStringLiteral("accounts"), QStringLiteral("--timeout"), QStringLiteral("0") }
            << QStringLiteral("--timeout");
        QTest::newRow("timeout words")
            << QStringList { QStringLiteral("accounts"), QStringLiteral("--timeout"), QStringLiteral("soon") }
            << QStringLiteral("--timeout");
        QTest::newRow("plain http to a remote plex.tv") << QStringList { QStringLiteral("accounts"),
            QStringLiteral("--plex-tv-url"), QStringLiteral("http://plex.example.com/api/v2") }
                                                        << QStringLiteral("https");
        QTest::newRow("bad plex.tv url") << QStringList { QStringLiteral("accounts"),
            QStringLiteral("--plex-tv-url"), QStringLiteral("plex.tv") }
                                         << QStringLiteral("http");
        QTest::newRow("plain http across the internet") << QStringList { QStringLiteral("transient"),
            QStringLiteral("--server"), QStringLiteral("http://plex.example.com:32400") }
                                                        << QStringLiteral("local network");
        QTest::newRow("stray argument") << QStringList { QStringLiteral("token"), QStringLiteral("extra") }
                                        << QStringLiteral("no arguments besides its options");
    }

    void usageErrors()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, mentions);
        const ParseResult result = parse(arguments);
        QVERIFY(!result.arguments);
        QVERIFY2(result.error.contains(mentions), qPrintable(result.error));
    }

    void loopbackMayUsePlainHttp()
    {
        for (const QString &url : { QStringLiteral("http://127.0.0.1:32500/api/v2"),
                 QStringLiteral("http://localhost:32500/api/v2"),
                 QStringLiteral("http://[::1]:32500/api/v2") }) {
            const ParseResult result
                = parse({ QStringLiteral("accounts"), QStringLiteral("--plex-tv-url"), url });
            QVERIFY2(result.arguments, qPrintable(url + u' ' + result.error));
        }
    }

    void typedTextIsNotEchoed()
    {
        for (const QStringList &arguments : { QStringList { QStringLiteral("sw0rdfish") },
                 QStringList { QStringLiteral("signin"), QStringLiteral("--login"), QStringLiteral("a"),
                     QStringLiteral("-psw0rdfish") },
                 QStringList { QStringLiteral("signin"), QStringLiteral("--psw0rdfish") } }) {
            const ParseResult result = parse(arguments);
            QVERIFY(!result.arguments);
            QVERIFY2(!result.error.contains(QStringLiteral("sw0rdfish")), qPrintable(result.error));
        }
    }

    void verificationCodeIsNeverTakenFromArgv()
    {
        const ParseResult result = parse({ QStringLiteral("signin"), QStringLiteral("--login"),
            QStringLiteral("bob"), QStringLiteral("--code"), QStringLiteral("123456") });
        QVERIFY(!result.arguments);
        QVERIFY2(result.error.contains(QStringLiteral("never taken from the command line")),
            qPrintable(result.error));
        QVERIFY(!result.error.contains(QStringLiteral("123456")));
    }

    void helpNamesEveryCommandAndExitCode()
    {
        const QString help = ArgumentParser::helpText();
        for (const QString &command : ArgumentParser::commands()) {
            QVERIFY2(help.contains(QStringLiteral("  ") + command + u' '), qPrintable(command));
            QVERIFY(ArgumentParser::commandHelp(command).startsWith(
                QStringLiteral("Usage: plexauth ") + command));
        }
        for (int code = 0; code <= 6; ++code)
            QVERIFY2(help.contains(QStringLiteral("\n  %1  ").arg(code)), qPrintable(QString::number(code)));
    }
};

QTEST_GUILESS_MAIN(TestArguments)
#include "tst_arguments.moc"
