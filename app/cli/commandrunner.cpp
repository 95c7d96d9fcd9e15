#include "commandrunner.h"

#include "logging.h"
#include "output.h"
#include "terminal.h"

namespace PlexAuth::Cli {

CommandRunner::CommandRunner(
    Arguments arguments, AppServices *services, QString environmentToken, QObject *parent)
    : QObject(parent)
    , m_args(std::move(arguments))
    , m_services(services)
    , m_environmentToken(std::move(environmentToken))
{ }

void CommandRunner::start()
{
    const QString &command = m_args.command;
    if (command == QLatin1String("signin"))
        runSignIn();
    else if (command == QLatin1String("pin"))
        runPin();
    else if (command == QLatin1String("accounts"))
        runAccounts();
    else if (command == QLatin1String("token"))
        runToken();
    else if (command == QLatin1String("whoami"))
        runWhoAmI();
    else if (command == QLatin1String("servers"))
        runServers();
    else if (command == QLatin1String("transient"))
        runTransient();
    else if (command == QLatin1String("sources"))
        runSources();
    else if (command == QLatin1String("signout"))
        runSignOut();
    else if (command == QLatin1String("upgrade"))
        runUpgrade();
    else if (command == QLatin1String("refresh"))
        runRefresh();
    else if (command == QLatin1String("exec"))
        runExec();
    else if (command == QLatin1String("home"))
        runHome();
    else if (command == QLatin1String("devices"))
        runDevices();
    else if (command == QLatin1String("apptoken"))
        runAppToken();
    else
        failUsage(tr("Unknown command."));
}

void CommandRunner::withSession(const SessionHandler &handler)
{
    // An explicit --account wins over PLEX_TOKEN: asking for one account and getting another's answer
    // would be a silent surprise.
    if (!m_environmentToken.isEmpty() && m_args.account.isEmpty()) {
        qCDebug(lcCli) << "using the token from PLEX_TOKEN";
        handler(m_services->sessions()->environmentSession(m_environmentToken));
        return;
    }
    withStoredSession([this, handler](AccountSession *session) { renewIfDueThen(session, handler); });
}

void CommandRunner::withStoredSession(const SessionHandler &handler)
{
    const Result<StoredAccount> chosen = m_services->accounts()->resolve(m_args.account);
    if (!chosen.ok()) {
        fail(chosen.error());
        return;
    }
    AccountSession *session = m_services->sessions()->session(chosen.value().uuid);
    m_session = session;
    session->whenTokenReady(this, [this, session, handler](const Result<Done> &ready) {
        if (!ready.ok()) {
            fail(ready.error());
            return;
        }
        handler(session);
    });
}

void CommandRunner::withServerTarget(
    AccountSession *session, const std::function<void(const ServerTarget &)> &handler)
{
    if (m_args.serverName.isEmpty()) {
        handler(ServerTarget::typed(m_args.server));
        return;
    }
    auto find = [this, session, handler] {
        if (!session->servers()) {
            fail(session->serversError().value_or(PlexError {}));
            return;
        }
        const Result<PlexServer> found = session->findServer(m_args.serverName);
        if (!found.ok()) {
            fail(found.error());
            return;
        }
        handler(ServerTarget::listed(found.value().clientIdentifier));
    };
    connect(session, &AccountSession::serversChanged, this, find, Qt::SingleShotConnection);
    session->loadServers();
}

void CommandRunner::runAccounts()
{
    AccountStore *store = m_services->accounts();
    if (!m_args.setDefault.isEmpty()) {
        const Result<StoredAccount> chosen = store->resolve(m_args.setDefault);
        if (!chosen.ok()) {
            fail(chosen.error());
            return;
        }
        const Result<Done> set = store->setDefault(chosen.value().uuid);
        if (!set.ok()) {
            fail(set.error());
            return;
        }
        note(tr("%1 is now the default account.").arg(chosen.value().displayName()));
    }
    const QList<StoredAccount> accounts = store->accounts();
    const QString defaultUuid = store->defaultUuid();
    if (m_args.json) {
        QJsonArray array;
        for (const StoredAccount &account : accounts)
            array.append(Output::storedAccountJson(account, account.uuid == defaultUuid));
        Terminal::out(Output::toText(array));
    } else if (accounts.isEmpty()) {
        note(
            tr("No accounts are signed in. Sign in with “plexauth signin --login EMAIL” or “plexauth pin”."));
    } else {
        Terminal::out(Output::accountsTable(accounts, defaultUuid));
    }
    succeed();
}

void CommandRunner::runToken()
{
    if (!m_args.app.isEmpty()) {
        printAppToken();
        return;
    }
    withStoredSession([this](AccountSession *session) {
        renewIfDueThen(session, [this](AccountSession *renewed) {
            Terminal::out(renewed->tokenForPerson() + u'\n');
            succeed();
        });
    });
}

void CommandRunner::runWhoAmI()
{
    withSession([this](AccountSession *session) {
        // Single-shot: after a 498 the command runs again and connects anew.
        connect(
            session, &AccountSession::checkChanged, this,
            [this, session] {
                const TokenCheck &check = *session->lastCheck();
                const std::optional<StoredAccount> &stored = session->account();
                if (check.state == TokenState::Invalid) {
                    PlexError error = check.error.value_or(PlexError {});
                    error.kind = ErrorKind::TokenRejected;
                    error.message = stored
                        ? tr("plex.tv rejected the token of %1: it was revoked or has expired. Sign "
                             "in to that account again.")
                              .arg(stored->displayName())
                        : tr("plex.tv rejected the token in PLEX_TOKEN: it was revoked or has "
                             "expired.");
                    fail(error);
                    return;
                }
                if (check.state == TokenState::Unverified || !check.account) {
                    PlexError error = check.error.value_or(PlexError {});
                    error.message = tr("The token could not be checked: %1").arg(check.reason);
                    fail(error);
                    return;
                }
                if (m_args.json) {
                    QJsonObject object = Output::accountJson(*check.account);
                    object.insert(QLatin1String("tokenState"), tokenStateName(check.state));
                    object.insert(QLatin1String("checkedAt"), check.checkedAt.toUTC().toString(Qt::ISODate));
                    Terminal::out(Output::toText(object));
                } else {
                    Terminal::out(Output::accountFields(*check.account));
                }
                succeed();
            },
            Qt::SingleShotConnection);
        session->validate();
    });
}

void CommandRunner::runSignOut()
{
    const Result<StoredAccount> chosen = m_services->accounts()->resolve(m_args.account);
    if (!chosen.ok()) {
        fail(chosen.error());
        return;
    }
    const StoredAccount &account = chosen.value();
    m_services->sessions()->signOut(
        account.uuid, m_args.revoke, this, [this, account](const Result<Done> &removed) {
            if (!removed.ok()) {
                fail(removed.error());
                return;
            }
            note(m_args.revoke
                    ? tr("Signed out of %1: the token was revoked on plex.tv and deleted from the keychain.")
                          .arg(account.displayName())
                    : tr("Signed out of %1: the token was deleted from the keychain. It still works on "
                         "plex.tv until it is revoked (use --revoke to do both).")
                          .arg(account.displayName()));
            succeed();
        });
}

QString CommandRunner::headlessKeychainHint()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_MACOS)
    return tr(
        "Without a desktop session (over SSH, in cron), set PLEX_TOKEN for the commands that need a "
        "token, or run plexauth inside “dbus-run-session” after starting “gnome-keyring-daemon --unlock”.");
#else
    return tr("Without a desktop session, set PLEX_TOKEN for the commands that need a token.");
#endif
}

void CommandRunner::succeed()
{
    finish(Success);
}

void CommandRunner::fail(const PlexError &error)
{
    // plex.tv says the Plex JWT expired (498) although it looked current: renew it and run the command
    // again, once.
    if (error.kind == ErrorKind::TokenExpired && m_session && m_session->hasDeviceKey()
        && !std::exchange(m_renewedAfterExpiry, true)) {
        qCInfo(lcCli) << "the token expired; renewing it and trying again";
        m_session->renew(this, [this](const Result<Done> &renewed) {
            if (renewed.ok())
                start();
            else
                fail(renewed.error());
        });
        return;
    }
    Terminal::status(QString());
    QString message = error.message;
    if (error.kind == ErrorKind::KeychainUnavailable)
        message += u' ' + headlessKeychainHint();
    note(message);
    if (!error.detail.isEmpty())
        qCDebug(lcCli).noquote() << "detail:" << error.detail;
    finish(exitCodeFor(error));
}

void CommandRunner::failUsage(const QString &message)
{
    note(message);
    finish(UsageError);
}

void CommandRunner::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

void CommandRunner::note(const QString &message)
{
    // One line, whatever a server put into the message.
    Terminal::err(QStringLiteral("plexauth: ") + Terminal::field(message) + u'\n');
}

} // namespace PlexAuth::Cli
