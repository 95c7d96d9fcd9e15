#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

class QSettings;

namespace PlexAuth {

// The user's preferences and the window state, typed, over the application's QSettings
// ("settings/..." and "window/..."). Holds no secret: a manual proxy takes no password.
class AppSettings
{
public:
    enum class ProxyMode
    {
        System, // the operating system's proxy settings (the default)
        Manual, // an HTTP proxy at proxyHost():proxyPort()
        None, // connect directly
    };

    explicit AppSettings(QSettings &settings);

    // Empty: plex.tv's own (PlexTvClient::defaultBaseUrl()).
    QUrl plexTvUrl() const;
    void setPlexTvUrl(const QUrl &url);

    // Empty: clients.plex.tv's own (DeviceAuthClient::defaultBaseUrl()), or the plex.tv URL when that is set.
    QUrl plexClientsUrl() const;
    void setPlexClientsUrl(const QUrl &url);

    bool hasRequestTimeout() const; // set in the file, rather than the default
    int requestTimeoutSeconds() const;
    void setRequestTimeoutSeconds(int seconds);

    // Browser sign-in with a device key (a Plex JWT renewed every few days) rather than a classic
    // token. Off by default: whether Plex Media Server accepts JWTs is not yet confirmed
    // (plex-auth-api.md §2.7a).
    bool browserSignInWithDeviceKey() const;
    void setBrowserSignInWithDeviceKey(bool enabled);

    int clipboardClearSeconds() const;
    void setClipboardClearSeconds(int seconds);

    bool hasProxy() const; // set in the file, rather than the default (the system's)
    ProxyMode proxyMode() const;
    QString proxyHost() const;
    int proxyPort() const;
    void setProxy(ProxyMode mode, const QString &host = {}, int port = 0);

    // A BCP 47 name ("de", "fr"), or empty to follow the system's languages.
    QString language() const;
    void setLanguage(const QString &language);

    QByteArray windowGeometry() const;
    QByteArray windowState() const;
    void setWindowGeometry(const QByteArray &geometry, const QByteArray &state);
    QString lastAccountUuid() const;
    void setLastAccountUuid(const QString &uuid);

    static constexpr int defaultRequestTimeoutSeconds = 15;
    static constexpr int minRequestTimeoutSeconds = 1;
    static constexpr int maxRequestTimeoutSeconds = 300;
    static constexpr int defaultClipboardClearSeconds = 30;
    static constexpr int minClipboardClearSeconds = 5;
    static constexpr int maxClipboardClearSeconds = 600;

    QSettings &store() const { return m_settings; }

private:
    QSettings &m_settings;
};

} // namespace PlexAuth
