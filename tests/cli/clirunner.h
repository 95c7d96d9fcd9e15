#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <memory>

class QProcess;

// Runs the real `plexauth` executable (PLEXAUTH_EXECUTABLE) the way a user's shell would, in an
// environment of its own: a private HOME with the XDG directories inside it, plex.tv pointed at the
// in-process fake server, no display, and the test session's D-Bus (so the throwaway keyring answers).
// The test's event loop keeps running while the child runs, so the fake server keeps serving.
struct CliResult
{
    bool finished = false; // false: it did not start, or was killed after the time limit
    int exitCode = -1;
    QString out; // stdout, UTF-8
    QString err; // stderr, UTF-8
    qint64 elapsedMs = 0;

    // "exit N" with both streams, for QVERIFY2 messages.
    QByteArray describe() const;
};

class CliRunner
{
public:
    // `home` must exist; the XDG directories are created inside it.
    CliRunner(const QString &home, const QUrl &plexTvUrl);

    QString home() const { return m_home; }
    QString configFile() const; // the account index: $XDG_CONFIG_HOME/PlexAuth/PlexAuth.conf

    void setPlexTvUrl(const QUrl &url);
    void setVariable(const QString &name, const QString &value);
    void unsetVariable(const QString &name);
    // No D-Bus session at all: DBUS_SESSION_BUS_ADDRESS removed, and an empty XDG_RUNTIME_DIR so no
    // $XDG_RUNTIME_DIR/bus socket is found either.
    void withoutSessionBus();

    // Runs `plexauth arguments...`; `standardInput` is written and then the channel is closed, so
    // stdin is a pipe at end of file (never a terminal).
    CliResult run(
        const QStringList &arguments, const QByteArray &standardInput = {}, int timeoutMs = 30000) const;
    // Starts `plexauth arguments...` and leaves it running with stdin an open pipe, for a test that
    // looks at the live process. Its core file size limit starts at the hard limit (soft 0 is a
    // common default), so that what the process sets for itself can be seen in /proc/PID/limits.
    std::unique_ptr<QProcess> start(const QStringList &arguments) const;

private:
    QString m_home;
    QProcessEnvironment m_environment;
};
