#include "slowservers.h"

#include "fakeplexserver.h"
#include "samples.h"

#include <QCoreApplication>
#include <QSocketNotifier>

#include <cstdio>
#include <memory>
#include <unistd.h>
#include <vector>

namespace Bench {

int serveSlowServers(int count, int delayMs)
{
    std::vector<std::unique_ptr<FakePlex::Server>> servers;
    QStringList ports;
    for (int i = 0; i < count; ++i) {
        auto server = std::make_unique<FakePlex::Server>();
        FakePlex::Fault delay;
        delay.kind = FakePlex::FaultKind::Delay;
        delay.delayMs = delayMs;
        server->setFault(QStringLiteral("/identity"), delay);
        if (!server->start())
            fail(QStringLiteral("fake Plex server %1 could not listen on loopback").arg(i + 1));
        ports.append(QString::number(server->port()));
        servers.push_back(std::move(server));
    }
    std::printf("ports %s\n", qUtf8Printable(ports.join(u' ')));
    std::fflush(stdout);

    QSocketNotifier input(STDIN_FILENO, QSocketNotifier::Read);
    QObject::connect(&input, &QSocketNotifier::activated, qApp, [&input] {
        char buffer[64];
        if (::read(STDIN_FILENO, buffer, sizeof buffer) <= 0) {
            input.setEnabled(false);
            QCoreApplication::quit();
        }
    });
    return QCoreApplication::exec();
}

SlowServers::SlowServers(int count, int delayMs)
{
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QCoreApplication::applicationFilePath(),
        { QStringLiteral("--serve"), QString::number(count), QStringLiteral("--delay-ms"),
            QString::number(delayMs) });
    QByteArray line;
    while (!line.endsWith('\n') && m_process.waitForReadyRead(10000))
        line += m_process.readLine();
    const QList<QByteArray> words = line.trimmed().split(' ');
    for (qsizetype i = 1; i < words.size(); ++i)
        m_ports.append(quint16(words[i].toUInt()));
    if (words.value(0) != "ports" || m_ports.size() != count || m_ports.contains(0))
        fail(QStringLiteral("the fake Plex servers did not start"));
}

SlowServers::~SlowServers()
{
    m_process.closeWriteChannel();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace Bench
