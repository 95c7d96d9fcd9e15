#include "accountsessions.h"

#include "redaction.h"

namespace PlexAuth {

AccountSessions::AccountSessions(const AccountSession::Services &services, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    connect(m_services.store, &AccountStore::accountRemoved, this, [this](const QString &uuid) {
        // The account is gone: its token, server tokens and transient tokens can no longer appear in
        // anything this run sends or receives, so the redaction registry lets them go.
        Redaction::forgetSecretsOf(uuid);
        AccountSession *ended = m_sessions.take(uuid);
        if (!ended)
            return;
        Q_EMIT sessionEnded(uuid);
        ended->deleteLater();
    });
}

AccountSession *AccountSessions::session(const QString &uuid)
{
    if (AccountSession *known = m_sessions.value(uuid))
        return known;
    const std::optional<StoredAccount> stored = m_services.store->account(uuid);
    if (!stored)
        return nullptr;
    auto *made = new AccountSession(m_services, *stored, this);
    m_sessions.insert(uuid, made);
    return made;
}

AccountSession *AccountSessions::environmentSession(const QString &token)
{
    return new AccountSession(m_services, token, this);
}

void AccountSessions::adopt(
    const Account &account, bool remember, QObject *context, Handler<StoredAccount> handler)
{
    adopt(account, remember, std::nullopt, context, std::move(handler));
}

void AccountSessions::adopt(const Account &account, bool remember,
    const std::optional<DeviceKeyCredential> &deviceKey, QObject *context, Handler<StoredAccount> handler)
{
    auto onKept = [this, account, handler = std::move(handler)](const Result<StoredAccount> &kept) {
        if (kept.ok()) {
            if (AccountSession *existing = m_sessions.value(account.uuid))
                existing->replaceToken(account);
            else if (AccountSession *made = session(account.uuid))
                made->replaceToken(account);
        }
        handler(kept);
    };
    if (deviceKey)
        m_services.store->add(account, remember, *deviceKey, context, std::move(onKept));
    else
        m_services.store->add(account, remember, context, std::move(onKept));
}

void AccountSessions::signOut(const QString &uuid, bool revoke, QObject *context, Handler<Done> handler)
{
    AccountSession *signingOut = revoke ? session(uuid) : nullptr;
    if (!signingOut) {
        m_services.store->remove(uuid, context, std::move(handler));
        return;
    }
    const QPointer<QObject> caller(context);
    signingOut->revoke(this, [this, uuid, caller, handler](const Result<Done> &revoked) {
        if (!caller)
            return;
        if (!revoked.ok() && revoked.error().kind == ErrorKind::NotSignedIn) {
            m_services.store->remove(uuid, caller, handler); // nothing stored, so nothing to revoke
            return;
        }
        if (!revoked.ok() && revoked.error().kind != ErrorKind::TokenRejected) {
            PlexError error = revoked.error();
            error.message
                = tr("The token could not be revoked on plex.tv, so the account was kept: %1 To forget "
                     "the account without revoking its token, remove it instead (in the app: Remove "
                     "Account; on the command line: plexauth signout without --revoke).")
                      .arg(error.message);
            handler(error);
            return;
        }
        m_services.store->remove(uuid, caller, handler);
    });
}

} // namespace PlexAuth
