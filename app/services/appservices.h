#pragma once

#include "accountstore.h"
#include "appsettings.h"
#include "clientidentity.h"
#include "mediaserverclient.h"
#include "plextvclient.h"

#include <QObject>

class QNetworkAccessManager;
class QSettings;

namespace PlexAuth {

// The GUI's composition root: one network manager, the service classes on it, the keychain and
// the account store, configured from the user's settings.
class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    // `settings` must outlive this object. `keychainService` is for tests ("PlexAuth" otherwise).
    explicit AppServices(QSettings &settings, const QString &keychainService = Keychain::defaultService(),
        QObject *parent = nullptr);
    ~AppServices() override;

    // Applies the stored settings (plex.tv URL, request timeout, proxy) to the service classes.
    void applySettings();

    AppSettings &settings() { return m_settings; }
    const ClientIdentity &identity() const { return m_identity; }
    QNetworkAccessManager *network() const { return m_network; }
    HttpClient *http() { return &m_http; }
    PlexTvClient *plexTv() { return &m_plexTv; }
    MediaServerClient *mediaServer() { return &m_mediaServer; }
    Keychain *keychain() { return &m_keychain; }
    AccountStore *accounts() { return &m_accounts; }

private:
    AppSettings m_settings;
    ClientIdentity m_identity;
    QNetworkAccessManager *m_network;
    HttpClient m_http;
    PlexTvClient m_plexTv;
    MediaServerClient m_mediaServer;
    Keychain m_keychain;
    AccountStore m_accounts;
};

} // namespace PlexAuth
