#pragma once

#include "accountsession.h"

#include <QHash>
#include <QObject>

namespace PlexAuth {

// Every signed-in account's AccountSession, made when first asked for and shared by every view and
// command of the run. Keeping a new sign-in, and signing out, go through here, so that the session
// learns of a new token at once and a removed account's session ends with it.
class AccountSessions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountSessions)

public:
    AccountSessions(const AccountSession::Services &services, QObject *parent = nullptr);

    // The session of the stored account `uuid`; nullptr when there is none.
    AccountSession *session(const QString &uuid);
    // A session for a token from the environment (PLEX_TOKEN), belonging to no stored account.
    AccountSession *environmentSession(const QString &token);

    // Keeps an account a sign-in flow returned (remembered in the keychain, or for this session
    // only). Its session then holds the new token, counted as checked: plex.tv has just issued it.
    void adopt(const Account &account, bool remember, QObject *context, Handler<StoredAccount> handler);
    // The same for a device-key sign-in: the key is kept with the token, or neither is.
    void adopt(const Account &account, bool remember, const std::optional<DeviceKeyCredential> &deviceKey,
        QObject *context, Handler<StoredAccount> handler);
    // Keeps a Plex Home profile switched to from the account `homeUuid` (AccountSession::switchToProfile)
    // as an account of its own, linked to that one (accountsessionhome.cpp).
    void adoptProfile(const Account &profile, const HomeUser &user, const QString &homeUuid, bool remember,
        QObject *context, Handler<StoredAccount> handler);
    // Forgets the account; with `revoke`, revokes its token on plex.tv first (a token plex.tv
    // already rejects counts as revoked). Any failure keeps the account.
    void signOut(const QString &uuid, bool revoke, QObject *context, Handler<Done> handler);

    const AccountSession::Services &services() const { return m_services; }

Q_SIGNALS:
    // The account is gone; its session is deleted after this.
    void sessionEnded(const QString &uuid);

private:
    AccountSession::Services m_services;
    QHash<QString, AccountSession *> m_sessions;
};

} // namespace PlexAuth
