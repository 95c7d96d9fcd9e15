#include "appservices.h"

#include "logging.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>

namespace PlexAuth {

AppServices::AppServices(QSettings &settings, const QString &keychainService, QObject *parent)
    : AppServices(settings, Overrides {}, keychainService, parent)
{ }

AppServices::AppServices(
    QSettings &settings, const Overrides &overrides, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_overrides(overrides)
    , m_identity(ClientIdentity::loadOrCreate(settings))
    , m_network(createNetworkAccessManager(this))
    , m_http(m_network, m_identity)
    , m_plexTv(&m_http)
    , m_mediaServer(&m_http)
    , m_deviceAuthClient(&m_http)
    , m_deviceAuth(&m_deviceAuthClient)
    , m_keychain(keychainService)
    , m_accounts(&m_keychain, settings)
    , m_reach(&m_mediaServer, &m_policy)
    , m_sessions({ &m_plexTv, &m_mediaServer, &m_accounts, &m_policy, &m_reach, &m_deviceAuth })
{
    applySettings();
}

AppServices::~AppServices() = default;

void AppServices::applySettings()
{
    m_configuration = Configuration::resolve(
        m_settings, ConfigLayer::fromEnvironment(m_overrides.environment), m_overrides.commandLine);
    for (const QString &problem : std::as_const(m_configuration.problems))
        qCWarning(lcPlexTv).noquote() << problem;

    const QUrl plexTvUrl = m_configuration.plexTvUrl.value;
    m_plexTv.setBaseUrl(plexTvUrl.isEmpty() ? PlexTvClient::defaultBaseUrl() : plexTvUrl);
    const QUrl clientsUrl = m_configuration.plexClientsUrl.value;
    m_deviceAuthClient.setBaseUrl(clientsUrl.isEmpty() ? DeviceAuthClient::defaultBaseUrl() : clientsUrl);
    m_policy.setApiBaseUrls({ m_plexTv.baseUrl(), m_deviceAuthClient.baseUrl() });
    m_http.setTimeout(std::chrono::seconds(m_configuration.requestTimeoutSeconds.value));

    const ProxySetting &proxy = m_configuration.proxy.value;
    switch (proxy.mode) {
    case AppSettings::ProxyMode::System:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        break;
    case AppSettings::ProxyMode::Manual:
        if (proxy.host.isEmpty() || proxy.port <= 0) {
            m_network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); // incomplete: the system's
            break;
        }
        m_network->setProxy(
            QNetworkProxy(QNetworkProxy::HttpProxy, proxy.host, static_cast<quint16>(proxy.port)));
        break;
    case AppSettings::ProxyMode::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
}

} // namespace PlexAuth
