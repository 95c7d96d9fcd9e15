// The far side of bench/run-doctor: fake Plex Media Servers (tests/fakeplex) on loopback whose
// /identity answers after a delay, in a process of their own so that serving them takes nothing from
// the event loop being measured.
#pragma once

#include <QList>
#include <QProcess>

namespace Bench {

// In the child: starts `count` servers on free ports, prints "ports P1 P2 ...", serves until its
// standard input closes (the parent exited or stopped it). Returns the exit status.
int serveSlowServers(int count, int delayMs);

// In the parent: this executable again with --serve, and the ports it listens on.
class SlowServers
{
public:
    SlowServers(int count, int delayMs);
    ~SlowServers();
    Q_DISABLE_COPY_MOVE(SlowServers)

    const QList<quint16> &ports() const { return m_ports; }

private:
    QProcess m_process;
    QList<quint16> m_ports;
};

} // namespace Bench
