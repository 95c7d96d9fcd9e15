// What the plexauth process does for its secrets beyond its output: no core dumps, and no approved
// token left valid on plex.tv when nobody can hold it. With no command it becomes the window program. The
// fixture, setup and main are in tst_cli.cpp.
#include "testsupport.h"
#include "tst_cli.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>

#include <sys/resource.h>

using namespace Qt::Literals::StringLiterals;
using namespace CliFixture;

namespace {

// The soft and hard core file size of a running process, as /proc/PID/limits shows them.
QString coreLimits(qint64 pid)
{
    QFile limits(u"/proc/%1/limits"_s.arg(pid));
    if (!limits.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression line(
        u"^Max core file size\\s+(\\S+)\\s+(\\S+)"_s, QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = line.match(QString::fromLatin1(limits.readAll()));
    return match.hasMatch() ? match.captured(1) + u' ' + match.captured(2) : QString();
}

} // namespace

void TestCli::coreDumpsAreOff()
{
    rlimit own {};
    QCOMPARE(getrlimit(RLIMIT_CORE, &own), 0);
    if (own.rlim_max == 0)
        QSKIP("the hard core file size limit is already 0 here: plexauth's own setting cannot be seen");
    // Waits at the password read, stdin an open pipe.
    const std::unique_ptr<QProcess> plexauth
        = m_cli->start({ u"signin"_s, u"--login"_s, alice.login, u"--password-stdin"_s, u"--no-store"_s });
    QCOMPARE(plexauth->state(), QProcess::Running);
    QTRY_COMPARE(coreLimits(plexauth->processId()), u"0 0"_s);
    QCOMPARE(plexauth->state(), QProcess::Running); // still the live process, not a left-over /proc entry

    QSignalSpy finished(plexauth.get(), &QProcess::finished);
    plexauth->closeWriteChannel(); // no password: it exits with a usage error
    QVERIFY(finished.wait(10000));
    QCOMPARE(plexauth->exitCode(), 2);
}

void TestCli::pinRevokesATokenItCannotIdentify()
{
    m_server.setFault(u"/api/v2/user"_s, TestSupport::fault(FakePlex::FaultKind::ServerError500));
    const CliResult result = run({ u"pin"_s, u"--no-browser"_s, u"--no-store"_s });
    EXPECT_FAILURE(result, 1);
    QVERIFY2(result.err.contains(u"would not say which account"_s), result.describe().constData());
    bool revoked = false;
    for (const FakePlex::RecordedRequest &request : m_server.requests()) {
        revoked = revoked
            || (request.method == "DELETE" && request.path == u"/api/v2/users/signout"_s
                && request.header("x-plex-token") == dave.token.toUtf8());
    }
    QVERIFY2(revoked, "no DELETE /api/v2/users/signout with the approved token before plexauth exited");
}

namespace {
// A copy of plexauth in DIR/bin, where it looks for the window program at DIR/PLEXAUTH_WINDOW_PROGRAM.
QString copyOfPlexAuth(const QString &dir)
{
    const QString copy = dir + u"/bin/plexauth"_s;
    if (!QDir().mkpath(dir + u"/bin"_s) || !QFile::copy(QStringLiteral(PLEXAUTH_EXECUTABLE), copy))
        return {};
    return copy;
}

struct Finished
{
    int exitCode = -1;
    QString out;
    QString err;
    qint64 pid = 0;
};

Finished runToTheEnd(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    Finished result;
    if (!process.waitForStarted(10000))
        return result;
    result.pid = process.processId();
    if (!process.waitForFinished(30000))
        return result;
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}
} // namespace

void TestCli::noCommandBecomesTheWindowProgram()
{
    const QTemporaryDir dir;
    const QString plexauth = copyOfPlexAuth(dir.path());
    QVERIFY(!plexauth.isEmpty());
    // A stand-in window program that tells what it was started with, and as which process.
    const QString window = QDir::cleanPath(dir.path() + u"/bin/"_s + QStringLiteral(PLEXAUTH_WINDOW_PROGRAM));
    QVERIFY(QDir().mkpath(QFileInfo(window).path()));
    QFile standIn(window);
    QVERIFY(standIn.open(QIODevice::WriteOnly));
    standIn.write("#!/bin/sh\necho \"pid=$$\"; printf 'argument=%s\\n' \"$@\"\n");
    standIn.close();
    QVERIFY(standIn.setPermissions(standIn.permissions() | QFileDevice::ExeOwner));

    // Qt's own window options are no command: they go to the window program as they were given.
    const Finished result = runToTheEnd(plexauth, { u"-style"_s, u"fusion"_s });
    QCOMPARE(result.exitCode, 0);
    QCOMPARE(result.out, u"pid=%1\nargument=-style\nargument=fusion\n"_s.arg(result.pid));
}

void TestCli::withoutItsWindowProgramPlexAuthSaysWhatToDo()
{
    const QTemporaryDir dir;
    const QString plexauth = copyOfPlexAuth(dir.path());
    QVERIFY(!plexauth.isEmpty());
    const Finished result = runToTheEnd(plexauth, {});
    QCOMPARE(result.exitCode, 1);
    QVERIFY2(result.err.contains(u"cannot start the window program"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(QStringLiteral(PLEXAUTH_WINDOW_PROGRAM).section(u'/', -1)),
        qPrintable(result.err));
    QVERIFY2(result.err.contains(u"Reinstall PlexAuth"_s), qPrintable(result.err));
    QVERIFY2(result.err.contains(u"plexauth --help"_s), qPrintable(result.err));
    // The commands themselves need no window program.
    const Finished version = runToTheEnd(plexauth, { u"--version"_s });
    QCOMPARE(version.exitCode, 0);
    QVERIFY2(version.out.startsWith(u"plexauth "_s), qPrintable(version.out));
}
