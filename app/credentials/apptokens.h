#pragma once

#include "accountsession.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>

namespace PlexAuth {

struct AppTokenListing
{
    QList<ListedAppToken> tokens;
    std::optional<PlexError> devicesError; // why plex.tv's side is not known, if it is not
};

struct CreatedAppToken
{
    AppTokenRecord record;
    QString token; // for --print and Copy; already in the keychain
};

struct RevokedAppToken
{
    AppTokenRecord record;
    bool wasListed = true; // false: plex.tv no longer listed it, so only the keychain item went
};

// The tokens an account hands to other apps (issue 15 §3, plex-auth-api.md §2.11), each one its own
// device on plex.tv: created by a PIN made and polled as the new device and linked as the account,
// listed with what plex.tv says of it, revoked on plex.tv before the keychain item goes.
class AppTokens final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTokens)

public:
    AppTokens(AccountSession *session, const AccountSession::Services &services, QObject *parent = nullptr);

    // 1. a fresh client identifier, device name `name`, product PlexAuth; 2. POST /pins as it (a short
    // code); 3. PUT /pins/link as the account; 4. GET /pins/{id} as it until authToken (every
    // pollInterval, for at most pollTimeout); 5. keychain item and index entry. Nothing is kept if a
    // step fails (a token minted but not kept is revoked again).
    void create(const QString &name, QObject *context, Handler<CreatedAppToken> handler);
    // The stored app tokens with their last-seen time and whether plex.tv still lists them.
    void list(QObject *context, Handler<AppTokenListing> handler);
    // DELETE the device on plex.tv, then the keychain item and index entry. If plex.tv cannot be
    // told, everything is kept and the error says so.
    void revoke(const QString &name, QObject *context, Handler<RevokedAppToken> handler);

    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    void setPollTimeout(std::chrono::milliseconds timeout) { m_pollTimeout = timeout; }

private:
    struct Creation;
    void poll(const std::shared_ptr<Creation> &creation);
    void keep(const std::shared_ptr<Creation> &creation, const QString &token);

    QPointer<AccountSession> m_session;
    AccountSession::Services m_services;
    std::chrono::milliseconds m_pollInterval { 1000 };
    std::chrono::milliseconds m_pollTimeout { 60000 };
};

} // namespace PlexAuth
