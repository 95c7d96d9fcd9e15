// What the plexauth process does for its secrets beyond its output: no core dumps, and no approved
// token left valid on plex.tv when nobody can hold it. The fixture, setup and main are in tst_cli.cpp.
#include "testsupport.h"
#include "tst_cli.h"

#include <QFile>
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
