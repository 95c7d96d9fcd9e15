#pragma once

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

    const Result<Pin> &result() const { return m_result; }
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void codeReady(const QString &code, const QUrl &authUrl, const QDateTime &expiresAt);
    void secondsLeftChanged(int secondsLeft);
    void finished();

private:
    void poll();
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
};

} // namespace PlexAuth
