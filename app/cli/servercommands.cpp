// plexauth servers, transient and sources: what an account can reach, and what its servers say.
#include "commandrunner.h"
#include "output.h"
#include "sourceid.h"
#include "terminal.h"

namespace PlexAuth::Cli {

void CommandRunner::runServers()
{
    withToken([this](const QString &token, const std::optional<StoredAccount> &) {
        m_services.plexTv->servers(token, this, [this](const Result<QList<PlexServer>> &listed) {
            if (!listed.ok()) {
                fail(listed.error());
                return;
            }
            QList<PlexServer> servers;
            for (const PlexServer &resource : listed.value()) {
                if (resource.isServer())
                    servers.append(resource);
            }
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
            succeed();
        });
    });
}

void CommandRunner::runTransient()
{
    withToken([this](const QString &token, const std::optional<StoredAccount> &) {
        m_services.mediaServer->transientToken(
            m_args.server, token, this, [this](const Result<TransientToken> &got) {
                if (!got.ok()) {
                    fail(got.error());
                    return;
                }
                if (m_args.json)
                    Terminal::out(Output::toText(Output::transientTokenJson(got.value(), m_args.server)));
                else
                    Terminal::out(got.value().token + u'\n');
                succeed();
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
    withToken([this](const QString &token, const std::optional<StoredAccount> &) {
        m_services.mediaServer->sourceConnections(m_args.server, token, m_args.source, m_args.refresh, this,
            [this](const Result<SourceDevice> &found) {
                if (!found.ok()) {
                    fail(found.error());
                    return;
                }
                if (m_args.json)
                    Terminal::out(Output::toText(Output::sourceDeviceJson(found.value())));
                else
                    Terminal::out(Output::sourceDeviceText(found.value()));
                succeed();
            });
    });
}

} // namespace PlexAuth::Cli
