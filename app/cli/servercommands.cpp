// plexauth servers, transient and sources: what an account can reach, and what its servers say.
#include "commandrunner.h"
#include "output.h"
#include "sourceid.h"
#include "terminal.h"

namespace PlexAuth::Cli {

void CommandRunner::runServers()
{
    withSession([this](AccountSession *session) {
        connect(
            session, &AccountSession::serversChanged, this,
            [this, session] {
                if (!session->servers()) {
                    fail(session->serversError().value_or(PlexError {}));
                    return;
                }
                QList<PlexServer> servers;
                for (const PlexServer &resource : *session->servers()) {
                    if (resource.isServer())
                        servers.append(resource);
                }
                // People see the list at once and the probes when they are done; JSON comes whole.
                if (!m_args.json || !m_args.probe) {
                    if (m_args.json) {
                        QJsonArray array;
                        for (const PlexServer &server : servers)
                            array.append(Output::serverJson(server));
                        Terminal::out(Output::toText(array));
                    } else if (servers.isEmpty()) {
                        note(tr("This account has no Plex Media Servers, owned or shared."));
                    } else {
                        Terminal::out(Output::serversTable(servers));
                    }
                }
                if (!m_args.probe) {
                    succeed();
                    return;
                }
                QList<ProbeTarget> targets;
                for (const PlexServer &server : servers)
                    targets.append({ server.clientIdentifier, server.connections });
                // The listing worked, so the exit code is 0 even when connections fail: that is what the
                // probes report.
                probeAll(targets, [this, servers](const QList<ConnectionDoctor *> &doctors) {
                    if (m_args.json) {
                        QJsonArray array;
                        for (qsizetype i = 0; i < servers.size(); ++i) {
                            QJsonObject object = Output::serverJson(servers[i]);
                            object.insert(QLatin1String("probe"), Output::probeJson(*doctors[i]));
                            array.append(object);
                        }
                        Terminal::out(Output::toText(array));
                    } else {
                        for (qsizetype i = 0; i < servers.size(); ++i)
                            Terminal::out(u'\n' + Output::probeText(servers[i].name, *doctors[i]));
                    }
                    succeed();
                });
            },
            Qt::SingleShotConnection);
        session->loadServers();
    });
}

void CommandRunner::probeAll(
    const QList<ProbeTarget> &targets, const std::function<void(const QList<ConnectionDoctor *> &)> &done)
{
    const std::chrono::milliseconds timeout = m_args.timeoutSeconds
        ? std::chrono::milliseconds(std::chrono::seconds(*m_args.timeoutSeconds))
        : std::chrono::milliseconds(std::chrono::seconds(5));
    QList<ConnectionDoctor *> doctors;
    qsizetype connections = 0;
    for (const ProbeTarget &target : targets) {
        auto *doctor = new ConnectionDoctor(m_services->mediaServer(), this);
        doctor->setProbeTimeout(timeout);
        doctor->setTokenPolicy(m_services->tokenPolicy());
        doctors.append(doctor);
        connections += target.connections.size();
    }
    if (doctors.isEmpty()) {
        done(doctors);
        return;
    }
    if (connections > 0)
        Terminal::status(tr("Testing %n connection(s)…", nullptr, int(connections)));
    auto remaining = std::make_shared<qsizetype>(doctors.size());
    for (ConnectionDoctor *doctor : std::as_const(doctors)) {
        connect(doctor, &ConnectionDoctor::finished, this, [remaining, doctors, done] {
            if (--*remaining > 0)
                return;
            Terminal::status(QString());
            done(doctors);
        });
    }
    // All servers at once, as each doctor probes all its connections at once.
    for (qsizetype i = 0; i < targets.size(); ++i)
        doctors[i]->start(targets[i].expectedMachineIdentifier, targets[i].connections);
}

void CommandRunner::runTransient()
{
    withSession([this](AccountSession *session) {
        withServerTarget(session, [this, session](const ServerTarget &target) {
            session->transientToken(target, this, [this](const Result<TransientToken> &got) {
                if (!got.ok()) {
                    fail(got.error());
                    return;
                }
                if (m_args.json)
                    Terminal::out(
                        Output::toText(Output::transientTokenJson(got.value(), got.value().server)));
                else
                    Terminal::out(got.value().token + u'\n');
                succeed();
            });
        });
    });
}

void CommandRunner::runSources()
{
    const SourceId::Check check = SourceId::check(m_args.source);
    if (check.verdict != SourceId::Verdict::Valid) {
        failUsage(tr("--source is not a Plex source: %1").arg(check.problem));
        return;
    }
    withSession([this](AccountSession *session) {
        withServerTarget(session, [this, session](const ServerTarget &target) {
            session->lookUpSource(
                target, m_args.source, m_args.refresh, this, [this](const Result<SourceDevice> &found) {
                    if (!found.ok()) {
                        fail(found.error());
                        return;
                    }
                    const SourceDevice &device = found.value();
                    if (!m_args.probe) {
                        if (m_args.json)
                            Terminal::out(Output::toText(Output::sourceDeviceJson(device)));
                        else
                            Terminal::out(Output::sourceDeviceText(device));
                        succeed();
                        return;
                    }
                    if (!m_args.json)
                        Terminal::out(Output::sourceDeviceText(device));
                    // A provider source's identifier is the provider's, which no /identity answers.
                    const bool provider
                        = m_args.source.startsWith(QLatin1String("provider://"), Qt::CaseInsensitive);
                    probeAll({ { provider ? QString() : device.clientIdentifier, device.connections } },
                        [this, device](const QList<ConnectionDoctor *> &doctors) {
                            if (m_args.json) {
                                QJsonObject object = Output::sourceDeviceJson(device);
                                object.insert(QLatin1String("probe"), Output::probeJson(*doctors.first()));
                                Terminal::out(Output::toText(object));
                            } else {
                                Terminal::out(u'\n' + Output::probeText(device.name, *doctors.first()));
                            }
                            succeed();
                        });
                });
        });
    });
}

} // namespace PlexAuth::Cli
