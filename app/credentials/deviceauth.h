#pragma once

#include "deviceauthclient.h"
#include "devicekey.h"
#include "jwt.h"
#include "plexerror.h"

#include <QJsonObject>
#include <QObject>
#include <QPointer>

namespace PlexAuth {

// A Plex JWT that passed PlexJwtVerifier: safe to store and use.
struct VerifiedToken
{
    QString token;
    DecodedJwt decoded;
    QDateTime expiresAt;
};

// Plex JWT device authentication's flows (plex-auth-api.md §2.7): renewing a token with the device
// key, upgrading a classic token, and checking every Plex JWT before anyone stores or uses it. Owns
// plex.tv's signing keys for the run. It keeps no token and no key: AccountSession owns those.
class DeviceAuth final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAuth)

public:
    explicit DeviceAuth(DeviceAuthClient *client, QObject *parent = nullptr);

    DeviceAuthClient *client() const { return m_client; }
    QString clientIdentifier() const;

    // GET /auth/nonce, a device JWT over it, POST /auth/token, then verification. Works for an
    // expired token too. A nonce answered 429 with a short Retry-After is asked for once more.
    void renew(const DeviceKey &key, QObject *context, Handler<VerifiedToken> handler);
    // POST /auth/jwk with the classic token, then renew(): Plex retires the classic token after it.
    void upgrade(
        const QString &classicToken, const DeviceKey &key, QObject *context, Handler<VerifiedToken> handler);
    // Checks `token` (from /auth/token or a PIN) against plex.tv's keys and the claims it must have for
    // `key`. `serverTime`: when plex.tv sent it, to tell a clock that is off.
    void verify(const QString &token, const DeviceKey &key, const QDateTime &serverTime, QObject *context,
        Handler<VerifiedToken> handler);

    // How far this computer's clock may be from plex.tv's before signed tokens fail: a device JWT
    // lives 5 minutes.
    static constexpr std::chrono::minutes maxClockSkew { 3 };
    // ClockSkew, in words, when `serverTime` (an answer's Date) is further than maxClockSkew from now.
    static std::optional<PlexError> clockProblem(const QDateTime &serverTime, const QDateTime &now);

private:
    void exchangeNonce(
        const DeviceKey &key, const Nonce &nonce, QObject *context, Handler<VerifiedToken> handler);
    void requestNonce(const DeviceKey &key, bool mayWait, QObject *context, Handler<VerifiedToken> handler);
    void withSigningKeys(QObject *context, Handler<QList<QJsonObject>> handler);

    DeviceAuthClient *m_client;
    std::optional<QList<QJsonObject>> m_signingKeys; // plex.tv's, cached for the run
    QList<Handler<QList<QJsonObject>>> m_keyWaiters;
};

} // namespace PlexAuth
