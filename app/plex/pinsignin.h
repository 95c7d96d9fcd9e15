#pragma once

#include "deviceauthclient.h"
#include "devicekey.h"
#include "plextvclient.h"

#include <QPointer>
#include <QTimer>

namespace PlexAuth {

// The browser sign-in: creates a strong PIN, offers its app.plex.tv link, and polls plex.tv about
// once a second until the user has approved it, the PIN expires, or the flow is canceled.
// Ends with finished() exactly once; result() then holds the claimed PIN (with its authToken) or
// the error (PinExpired, Canceled, or what stopped the polling).
class PinSignIn final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PinSignIn)

public:
    explicit PinSignIn(PlexTvClient *plexTv, QObject *parent = nullptr);

    void start();
    void cancel();
    void setPollInterval(std::chrono::milliseconds interval) { m_pollInterval = interval; }
    // The next start() asks for a PIN bound to `key` (plex-auth-api.md §2.7a): created and polled on
    // the clients API, each poll proving the key with a device JWT; the token it yields is a Plex JWT.
    // std::nullopt: a classic PIN on plex.tv.
    void setDeviceKey(DeviceAuthClient *client, std::optional<DeviceKey> key);

    const Result<Pin> &result() const { return m_result; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void codeReady(const QString &code, const QUrl &authUrl, const QDateTime &expiresAt);
    void secondsLeftChanged(int secondsLeft);
    void finished();

private:
    void poll();
    // The device JWT for the next poll: signed again when the last one has less than a minute left.
    QString pollingJwt();
    void finish(Result<Pin> result);
    int secondsLeft() const;

    PlexTvClient *m_plexTv;
    QTimer m_pollTimer;
    std::chrono::milliseconds m_pollInterval { 1000 }; // Plex asks native apps to poll about once a second
    QPointer<PlexCall> m_call;
    Pin m_pin;
    QDateTime m_expiresAt;
    Result<Pin> m_result;
    bool m_running = false;
    DeviceAuthClient *m_deviceAuth = nullptr;
    std::optional<DeviceKey> m_deviceKey;
    QString m_pollingJwt;
    QDateTime m_pollingJwtExpiresAt;
};

} // namespace PlexAuth
