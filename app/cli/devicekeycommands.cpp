// plexauth upgrade and plexauth refresh, and renewing a Plex JWT before a command uses it
// (plex-auth-api.md §2.7).
#include "commandrunner.h"
#include "logging.h"
#include "output.h"
#include "terminal.h"

namespace PlexAuth::Cli {

void CommandRunner::renewIfDueThen(AccountSession *session, const SessionHandler &handler)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (!session->renewalDue(now)) {
        handler(session);
        return;
    }
    session->renew(this, [this, session, handler](const Result<Done> &renewed) {
        if (renewed.ok()) {
            handler(session);
            return;
        }
        const QDateTime expires = session->deviceAuth().tokenExpiresAt;
        if (expires.isValid() && QDateTime::currentDateTimeUtc() < expires) {
            note(tr("The token expires on %1 and could not be renewed yet: %2 Using it as it is.")
                     .arg(expires.toLocalTime().toString(Qt::ISODate), renewed.error().message));
            handler(session);
            return;
        }
        fail(renewed.error());
    });
}

void CommandRunner::runRefresh()
{
    withStoredSession([this](AccountSession *session) {
        if (!session->hasDeviceKey()) {
            PlexError error;
            error.kind = ErrorKind::DeviceKeyMissing;
            error.message
                = tr("%1 has a classic Plex token, which does not expire and has nothing to refresh. "
                     "“plexauth upgrade” gives it a device key.")
                      .arg(session->account()->displayName());
            fail(error);
            return;
        }
        session->renew(this, [this, session](const Result<Done> &renewed) {
            if (!renewed.ok()) {
                fail(renewed.error());
                return;
            }
            note(tr("Renewed the token of %1; it is valid until %2.")
                     .arg(session->account()->displayName(),
                         session->deviceAuth().tokenExpiresAt.toLocalTime().toString(Qt::ISODate)));
            succeed();
        });
    });
}

void CommandRunner::runUpgrade()
{
    const Result<StoredAccount> chosen = m_services->accounts()->resolve(m_args.account);
    if (!chosen.ok()) {
        fail(chosen.error());
        return;
    }
    const StoredAccount &account = chosen.value();
    if (account.deviceAuth.hasDeviceKey()) {
        note(tr("%1 already has a device key; “plexauth refresh” renews its token.")
                 .arg(account.displayName()));
        succeed();
        return;
    }
    const QString consequence
        = tr("Upgrading gives %1 a device key and a Plex JWT that PlexAuth renews every few days. Plex then "
             "retires the account's classic token: scripts and apps that were given it stop working and need "
             "the new token (“plexauth token”).")
              .arg(account.displayName());
    if (!m_args.yes) {
        if (!Terminal::stdinIsTerminal()) {
            failUsage(consequence + u' ' + tr("Nobody can confirm this here: add --yes to upgrade anyway."));
            return;
        }
        note(consequence);
        Terminal::err(tr("Upgrade %1? [y/N] ").arg(Terminal::field(account.displayName())));
        const QString answer = Terminal::readLine().value_or(QString()).trimmed().toLower();
        if (answer != tr("y") && answer != tr("yes") && answer != QLatin1String("y")
            && answer != QLatin1String("yes")) {
            note(tr("Not upgraded; nothing was changed."));
            finish(Failure);
            return;
        }
    }
    withStoredSession([this](AccountSession *session) {
        session->upgradeToDeviceKey(this, [this, session](const Result<Done> &upgraded) {
            if (!upgraded.ok()) {
                PlexError error = upgraded.error();
                error.message = tr("The account was not upgraded, and its classic token was kept: %1")
                                    .arg(error.message);
                fail(error);
                return;
            }
            note(tr("%1 now signs in with a device key (key id %2); its token is valid until %3.")
                     .arg(session->account()->displayName(), session->deviceAuth().keyId,
                         session->deviceAuth().tokenExpiresAt.toLocalTime().toString(Qt::ISODate)));
            succeed();
        });
    });
}

} // namespace PlexAuth::Cli
