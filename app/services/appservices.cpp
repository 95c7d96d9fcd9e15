#include "appservices.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>

namespace PlexAuth {

AppServices::AppServices(QSettings &settings, const QString &keychainService, QObject *parent)
    : QObject(parent)
    , m_settings(settings)
    , m_identity(ClientIdentity::loadOrCreate(settings))
    , m_network(createNetworkAccessManager(this))
    , m_http(m_network, m_identity)
    , m_plexTv(&m_http)
    , m_mediaServer(&m_http)
    , m_keychain(keychainService)
    , m_accounts(&m_keychain, settings)
{
    applySettings();
}

AppServices::~AppServices() = default;

void AppServices::applySettings()
{
    // A hand-edited settings file must not send a password over plain http either.
    const QUrl plexTvUrl = m_settings.plexTvUrl();
    const bool usable = !plexTvUrl.isEmpty() && PlexTvClient::baseUrlProblem(plexTvUrl).isEmpty();
    m_plexTv.setBaseUrl(usable ? plexTvUrl : PlexTvClient::defaultBaseUrl());
    m_http.setTimeout(std::chrono::seconds(m_settings.requestTimeoutSeconds()));
    switch (m_settings.proxyMode()) {
    case AppSettings::ProxyMode::System:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy));
        break;
    case AppSettings::ProxyMode::Manual:
        if (m_settings.proxyHost().isEmpty() || m_settings.proxyPort() <= 0) {
            m_network->setProxy(QNetworkProxy(QNetworkProxy::DefaultProxy)); // incomplete: the system's
            break;
        }
        m_network->setProxy(QNetworkProxy(
            QNetworkProxy::HttpProxy, m_settings.proxyHost(), static_cast<quint16>(m_settings.proxyPort())));
        break;
    case AppSettings::ProxyMode::None:
        m_network->setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
        break;
    }
}

} // namespace PlexAuth
