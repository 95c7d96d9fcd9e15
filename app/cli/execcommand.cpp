// `plexauth exec`: another program run with the account's token in its environment, never in a file,
// an argv or the shell's history (compare `aws-vault exec`, `op run`).

#include "childprocess.h"
#include "commandrunner.h"
#include "logging.h"
#include "securememory.h"

#include <cerrno>
#include <cstring>

namespace PlexAuth::Cli {

void CommandRunner::runExec()
{
    if (!m_args.app.isEmpty()) {
        // An app token is a device of its own on plex.tv: its server list and access come from it.
        withAppToken(
            [this](const QString &token) { execWith(m_services->sessions()->environmentSession(token)); });
        return;
    }
    withSession([this](AccountSession *session) { execWith(session); });
}

void CommandRunner::execWith(AccountSession *session)
{
    if (m_args.server.isEmpty() && m_args.serverName.isEmpty()) {
        startProgram(session->tokenForPerson(), {});
        return;
    }
    withServerTarget(session, [this, session](const ServerTarget &target) {
        session->serverForPerson(target, this, [this](const Result<AccountSession::ServerHandoff> &got) {
            if (!got.ok()) {
                fail(got.error());
                return;
            }
            startProgram(got.value().token, got.value().uri);
        });
    });
}

void CommandRunner::startProgram(const QString &token, const QUrl &server)
{
    QList<QPair<QByteArray, QByteArray>> variables { { "PLEX_TOKEN", token.toUtf8() } };
    if (!server.isEmpty())
        variables.append({ "PLEX_URL", server.toString(QUrl::FullyEncoded).toUtf8() });
    qCDebug(lcCli).noquote() << "running" << m_args.execCommand.first() << "with PLEX_TOKEN"
                             << (server.isEmpty() ? QString()
                                                  : QStringLiteral("and PLEX_URL=") + server.toString());
    const ChildProcess::Outcome outcome = ChildProcess::run(m_args.execCommand, variables);
    SecureMemory::wipe(variables.first().second);
    if (outcome.started) {
        finish(outcome.exitStatus);
        return;
    }
    const QString program = m_args.execCommand.first();
    if (outcome.spawnError == ENOENT) {
        failUsage(tr("“%1” was not found: check its name, or give its full path.").arg(program));
        return;
    }
    PlexError error;
    error.message = outcome.spawnError == EACCES
        ? tr("“%1” cannot be run: it is not an executable program, or you may not run it.").arg(program)
        : tr("“%1” could not be started: %2.")
              .arg(program, QString::fromLocal8Bit(std::strerror(outcome.spawnError)));
    fail(error);
}

} // namespace PlexAuth::Cli
