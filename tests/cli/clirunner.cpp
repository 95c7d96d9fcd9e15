#include "clirunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>

#include <sys/resource.h>

#ifndef PLEXAUTH_EXECUTABLE
#error "PLEXAUTH_EXECUTABLE must name the plexauth executable (see tests/CMakeLists.txt)"
#endif

QByteArray CliResult::describe() const
{
    const QString head = finished ? QStringLiteral("exit %1").arg(exitCode)
                                  : QStringLiteral("did not finish (killed after %1 ms)").arg(elapsedMs);
    return (head + QStringLiteral("\n--- stdout ---\n") + out + QStringLiteral("\n--- stderr ---\n") + err)
        .toUtf8();
}

CliRunner::CliRunner(const QString &home, const QUrl &plexTvUrl)
    : m_home(home)
    , m_environment(QProcessEnvironment::systemEnvironment())
{
    const QDir dir(home);
    const QString config = dir.filePath(QStringLiteral(".config"));
    const QString data = dir.filePath(QStringLiteral(".local/share"));
    const QString cache = dir.filePath(QStringLiteral(".cache"));
    for (const QString &path : { config, data, cache })
        dir.mkpath(path);
    m_environment.insert(QStringLiteral("HOME"), home);
    m_environment.insert(QStringLiteral("XDG_CONFIG_HOME"), config);
    m_environment.insert(QStringLiteral("XDG_DATA_HOME"), data);
    m_environment.insert(QStringLiteral("XDG_CACHE_HOME"), cache);
    // No browser may open and no keyring prompt may appear on a real screen.
    m_environment.remove(QStringLiteral("DISPLAY"));
    m_environment.remove(QStringLiteral("WAYLAND_DISPLAY"));
    // The CLI decides its own logging (-v); CTest's QT_LOGGING_RULES would override that.
    m_environment.remove(QStringLiteral("QT_LOGGING_RULES"));
    // Only the tests that are about PLEX_TOKEN set it.
    m_environment.remove(QStringLiteral("PLEX_TOKEN"));
    setPlexTvUrl(plexTvUrl);
}

QString CliRunner::configFile() const
{
    return m_environment.value(QStringLiteral("XDG_CONFIG_HOME")) + QStringLiteral("/PlexAuth/PlexAuth.conf");
}

void CliRunner::setPlexTvUrl(const QUrl &url)
{
    m_environment.insert(QStringLiteral("PLEXAUTH_PLEX_TV_URL"), url.toString());
}

void CliRunner::setVariable(const QString &name, const QString &value)
{
    m_environment.insert(name, value);
}

void CliRunner::unsetVariable(const QString &name)
{
    m_environment.remove(name);
}

void CliRunner::withoutSessionBus()
{
    m_environment.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));
    const QString runtime = QDir(m_home).filePath(QStringLiteral(".runtime-without-bus"));
    QDir().mkpath(runtime);
    QFile::setPermissions(runtime, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    m_environment.insert(QStringLiteral("XDG_RUNTIME_DIR"), runtime);
}

CliResult CliRunner::run(const QStringList &arguments, const QByteArray &standardInput, int timeoutMs) const
{
    CliResult result;
    QProcess process;
    process.setProcessEnvironment(m_environment);
    process.setWorkingDirectory(m_home);
    QSignalSpy finished(&process, &QProcess::finished);
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(PLEXAUTH_EXECUTABLE), arguments);
    // Waits only for the exec, never for the run: the fake server needs this thread's event loop.
    if (!process.waitForStarted(10000)) {
        result.err = QStringLiteral("could not start %1: %2")
                         .arg(QStringLiteral(PLEXAUTH_EXECUTABLE), process.errorString());
        return result;
    }
    if (!standardInput.isEmpty())
        process.write(standardInput);
    process.closeWriteChannel();

    if (finished.isEmpty() && !finished.wait(timeoutMs)) {
        result.elapsedMs = clock.elapsed();
        process.kill();
        finished.wait(5000);
    } else {
        result.elapsedMs = clock.elapsed();
        result.finished = process.exitStatus() == QProcess::NormalExit;
        result.exitCode = process.exitCode();
        if (!result.finished)
            result.err = QStringLiteral("crashed: %1\n").arg(process.errorString());
    }
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err += QString::fromUtf8(process.readAllStandardError());
    return result;
}

std::unique_ptr<QProcess> CliRunner::start(const QStringList &arguments) const
{
    auto process = std::make_unique<QProcess>();
    process->setProcessEnvironment(m_environment);
    process->setWorkingDirectory(m_home);
    process->setChildProcessModifier([] {
        rlimit core {};
        if (getrlimit(RLIMIT_CORE, &core) == 0) {
            core.rlim_cur = core.rlim_max;
            setrlimit(RLIMIT_CORE, &core);
        }
    });
    process->start(QStringLiteral(PLEXAUTH_EXECUTABLE), arguments);
    if (!process->waitForStarted(10000))
        qWarning().noquote() << "could not start" << PLEXAUTH_EXECUTABLE << process->errorString();
    return process;
}
