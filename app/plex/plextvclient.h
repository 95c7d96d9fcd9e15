#pragma once

#include "plextypes.h"
#include "servicecall.h"

namespace PlexAuth {

struct SignInForm
{
    QString login;
    QString password;
    bool rememberMe = true;
    QString verificationCode; // 6-digit TOTP or a longer backup code; empty on the first try
};

// The plex.tv account API (https://plex.tv/api/v2 by default): sign-in, PINs, token checks,
// server list and sign-out.
class PlexTvClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlexTvClient)

public:
    explicit PlexTvClient(HttpClient *http, QObject *parent = nullptr);

    static QUrl defaultBaseUrl();
    // Why `url` cannot be the API base URL, or empty when it can: sign-in sends the password, so
    // plain http is accepted only for this machine (a fake or test server).
    static QString baseUrlProblem(const QUrl &url);
    void setBaseUrl(const QUrl &baseUrl) { m_baseUrl = baseUrl; }
    QUrl baseUrl() const { return m_baseUrl; }
    HttpClient *http() const { return m_http; }

    // POST /users/signin. plex.tv answers 1029 when a verification code is needed: resubmit the
    // same form with `verificationCode` set. Never retried.
    PlexCall *signIn(const SignInForm &form, QObject *context, Handler<Account> handler);

    // POST /pins?strong=true, then checkPin() until the PIN carries an authToken.
    PlexCall *createPin(QObject *context, Handler<Pin> handler);
    PlexCall *checkPin(qint64 pinId, QObject *context, Handler<Pin> handler);
    // The app.plex.tv page where the user approves `pinCode` in their browser.
    QUrl authAppUrl(const QString &pinCode) const;

    // GET /user: Valid (200), Invalid (401) or Unverified (anything else, which is no proof that
    // the token is bad). Only a canceled check ends in an error.
    PlexCall *validateToken(const QString &token, QObject *context, Handler<TokenCheck> handler);

    // GET /resources with HTTPS, relay and IPv6 connections included.
    PlexCall *servers(const QString &token, QObject *context, Handler<QList<PlexServer>> handler);

    // DELETE /users/signout: revokes the token on plex.tv.
    PlexCall *signOut(const QString &token, QObject *context, Handler<Done> handler);

private:
    HttpClient *m_http;
    QUrl m_baseUrl;
};

} // namespace PlexAuth
