#pragma once

#include "accountstore.h"
#include "deviceauth.h"
#include "pinsignin.h"

namespace PlexAuth {

// Signing in through the browser: a strong PIN (PinSignIn polls plex.tv until it is approved), then
// GET /user with the token the PIN carries, to learn whose it is. A token plex.tv approved but will
// not identify is revoked at once, so no valid token is left that nobody holds; finished() comes
// after plex.tv answered the revoke. Ends with finished()
// exactly once per start(); result() then holds the validated account, token included, or the error.
class BrowserSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BrowserSignIn)

public:
    explicit BrowserSignIn(PlexTvClient *plexTv, QObject *parent = nullptr);
    ~BrowserSignIn() override;

    void start();
    void cancel();
    bool isRunning() const
    {
        return m_pin.isRunning() || m_verifying || !m_check.isNull() || !m_revoke.isNull();
    }
    void setPollInterval(std::chrono::milliseconds interval) { m_pin.setPollInterval(interval); }
    const Result<Account> &result() const { return m_result; }
    // With `deviceAuth`, the next start() signs in with a new device key (plex-auth-api.md §2.7a): the
    // token is a Plex JWT, verified before anything else is done with it, and deviceKey() holds what
    // to keep with it. nullptr: a classic token.
    void setDeviceAuth(DeviceAuth *deviceAuth) { m_deviceAuth = deviceAuth; }
    bool usesDeviceKey() const { return m_deviceAuth != nullptr; }
    // After a successful device-key sign-in: the key and token state to keep with the account.
    const std::optional<DeviceKeyCredential> &deviceKey() const { return m_credential; }

Q_SIGNALS:
    void codeReady(const QString &code, const QUrl &authUrl, const QDateTime &expiresAt);
    void secondsLeftChanged(int secondsLeft);
    // The PIN was approved; plex.tv is asked whose token it is.
    void checkingAccount();
    void finished();

private:
    void pinFinished();
    void identify(const QString &token);
    void revokeThenFail(const QString &token, const PlexError &error);
    void finish(Result<Account> result);

    PlexTvClient *m_plexTv;
    PinSignIn m_pin;
    QPointer<PlexCall> m_check;
    QPointer<PlexCall> m_revoke; // of a token nobody could identify; finished() waits for it
    Result<Account> m_result;
    DeviceAuth *m_deviceAuth = nullptr;
    std::optional<DeviceKey> m_key;
    std::optional<DeviceKeyCredential> m_credential;
    bool m_verifying = false;
};

} // namespace PlexAuth
