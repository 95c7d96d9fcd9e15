#pragma once

#include "httpclient.h"
#include "plextypes.h"

#include <QJsonObject>
#include <QObject>
#include <QUrl>

namespace PlexAuth {

// A Plex JWT as clients.plex.tv handed it over, with the time its answer was sent (the Date header),
// for telling a clock that is off from a token that is wrong.
struct IssuedToken
{
    QString token;
    QDateTime serverTime;
};

struct Nonce
{
    QString value;
    QDateTime serverTime;
};

// Plex's JWT device-auth API (https://clients.plex.tv/api/v2 by default; plex-auth-api.md §2.7):
// register a device key, nonces, the token exchange, plex.tv's signing keys, and the PIN sign-in
// with a device key. It sends what it is given; signing and verifying are the caller's
// (DeviceKey, PlexJwtVerifier).
class DeviceAuthClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceAuthClient)

public:
    explicit DeviceAuthClient(HttpClient *http, QObject *parent = nullptr);

    static QUrl defaultBaseUrl();
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    HttpClient *http() const { return m_http; }

    // POST /auth/jwk with the account's classic token: the device key becomes the account's. Plex
    // says the classic token stops working once a JWT has been issued for the key.
    PlexCall *registerKey(
        const QString &token, const QJsonObject &publicJwk, QObject *context, Handler<Done> handler);
    // GET /auth/nonce: single use, valid 5 minutes; rate-limited (429).
    PlexCall *nonce(QObject *context, Handler<Nonce> handler);
    // POST /auth/token with a device JWT signed over a nonce: a new Plex JWT (not yet verified).
    PlexCall *exchange(const QString &deviceJwt, QObject *context, Handler<IssuedToken> handler);
    // GET /auth/keys: the public keys plex.tv signs its JWTs with (they rotate).
    PlexCall *signingKeys(QObject *context, Handler<QList<QJsonObject>> handler);

    // POST /pins with {"jwk": …, "strong": true}: a PIN whose token will be a Plex JWT for the key.
    PlexCall *createPin(const QJsonObject &publicJwk, QObject *context, Handler<Pin> handler);
    // GET /pins/{id}?deviceJWT=…, the device JWT proving that this device holds the key.
    PlexCall *checkPin(qint64 pinId, const QString &deviceJwt, QObject *context, Handler<Pin> handler);

private:
    QUrl url(const QString &path) const;

    HttpClient *m_http;
    QUrl m_baseUrl;
};

} // namespace PlexAuth
