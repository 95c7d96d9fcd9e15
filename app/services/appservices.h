#pragma once

#include "accountsessions.h"
#include "accountstore.h"
#include "appsettings.h"
#include "clientidentity.h"
#include "configuration.h"
#include "mediaserverclient.h"
#include "plextvclient.h"
#include "serverreach.h"
#include "tokenpolicy.h"

#include <QObject>

class QNetworkAccessManager;
class QSettings;

namespace PlexAuth {

// The composition root of both front ends, the window and the command line: one network manager,
// the service classes on it, the keychain and the account store, the token policy and every
// account's session, configured from the layers (default, Settings file, environment, flags).
class AppServices final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppServices)

public:
    struct Overrides
    {
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        ConfigLayer commandLine;
    };

    // `settings` must outlive this object. `keychainService` is for tests ("PlexAuth" otherwise).
    explicit AppServices(QSettings &settings, const QString &keychainService = Keychain::defaultService(),
        QObject *parent = nullptr);
    AppServices(QSettings &settings, const Overrides &overrides,
        const QString &keychainService = Keychain::defaultService(), QObject *parent = nullptr);
    ~AppServices() override;

    // Resolves the configuration again (after the Settings file changed) and applies it: plex.tv URL,
    // request timeout, proxy.
    void applySettings();
    const Configuration &configuration() const { return m_configuration; }

    AppSettings &settings() { return m_settings; }
    const ClientIdentity &identity() const { return m_identity; }
    QNetworkAccessManager *network() const { return m_network; }
    HttpClient *http() { return &m_http; }
    PlexTvClient *plexTv() { return &m_plexTv; }
    MediaServerClient *mediaServer() { return &m_mediaServer; }
    DeviceAuthClient *deviceAuthClient() { return &m_deviceAuthClient; }
    DeviceAuth *deviceAuth() { return &m_deviceAuth; }
    Keychain *keychain() { return &m_keychain; }
    AccountStore *accounts() { return &m_accounts; }
    TokenPolicy *tokenPolicy() { return &m_policy; }
    ServerReach *serverReach() { return &m_reach; }
    AccountSessions *sessions() { return &m_sessions; }

private:
    AppSettings m_settings;
    Overrides m_overrides;
    Configuration m_configuration;
    ClientIdentity m_identity;
    QNetworkAccessManager *m_network;
    HttpClient m_http;
    PlexTvClient m_plexTv;
    MediaServerClient m_mediaServer;
    DeviceAuthClient m_deviceAuthClient;
    DeviceAuth m_deviceAuth;
    Keychain m_keychain;
    AccountStore m_accounts;
    TokenPolicy m_policy;
    ServerReach m_reach;
    AccountSessions m_sessions;
};

} // namespace PlexAuth
