// AccountSession's Plex Home part (plex-auth-api.md §2.9): the account's Home users, switching to a
// profile with its PIN, and keeping the profile as an account of its own linked to this one.
#include "accountsession.h"
#include "accountsessions.h"
#include "logging.h"

#include <QPointer>

namespace PlexAuth {

void AccountSession::homeUsers(QObject *context, Handler<HomeUsers> handler)
{
    const QPointer<QObject> caller(context);
    whenTokenReady(this, [this, caller, handler = std::move(handler)](const Result<Done> &ready) {
        if (!caller)
            return;
        if (!ready.ok()) {
            handler(ready.error());
            return;
        }
        HomeClient(m_services.plexTv).users(m_token, caller, handler);
    });
}

void AccountSession::switchToProfile(
    const HomeUser &user, const QString &pin, QObject *context, Handler<Account> handler)
{
    const QPointer<QObject> caller(context);
    whenTokenReady(this, [this, caller, user, pin, handler = std::move(handler)](const Result<Done> &ready) {
        if (!caller)
            return;
        if (!ready.ok()) {
            handler(ready.error());
            return;
        }
        HomeClient(m_services.plexTv).switchTo(m_token, user, pin, caller, handler);
    });
}

void AccountSessions::adoptProfile(const Account &profile, const HomeUser &user, const QString &homeUuid,
    bool remember, QObject *context, Handler<StoredAccount> handler)
{
    const HomeLink link { homeUuid, user.isProtected, user.restricted };
    m_services.store->addProfile(profile, link, remember, context,
        [this, profile, handler = std::move(handler)](const Result<StoredAccount> &kept) {
            if (kept.ok()) {
                qCInfo(lcAccounts).noquote() << "kept Home profile" << profile.uuid;
                if (AccountSession *existing = m_sessions.value(profile.uuid))
                    existing->replaceToken(profile);
                else if (AccountSession *made = session(profile.uuid))
                    made->replaceToken(profile);
            }
            handler(kept);
        });
}

} // namespace PlexAuth
