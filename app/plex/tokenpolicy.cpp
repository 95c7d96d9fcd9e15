#include "tokenpolicy.h"

#include <QHostAddress>

namespace PlexAuth {

void TokenPolicy::setApiBaseUrls(const QList<QUrl> &urls)
{
    m_apiBaseUrls = urls;
}

QString TokenPolicy::originKey(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme + QStringLiteral("://") + url.host().toLower() + u':'
        + QString::number(url.port(defaultPort));
}

bool TokenPolicy::isApiBaseUrl(const QUrl &url) const
{
    const QString key = originKey(url);
    for (const QUrl &base : m_apiBaseUrls) {
        if (originKey(base) == key && url.path().startsWith(base.path()))
            return true;
    }
    return false;
}

bool TokenPolicy::isLoopbackHost(const QString &host)
{
    const QString name = host.toLower();
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost")))
        return true;
    const QHostAddress address(name);
    return !address.isNull() && address.isLoopback();
}

bool TokenPolicy::isPrivateNetworkHost(const QString &host)
{
    if (isLoopbackHost(host) || host.endsWith(QLatin1String(".local"), Qt::CaseInsensitive))
        return true;
    const QHostAddress address(host);
    if (address.isNull())
        return false;
    if (address.isLinkLocal())
        return true;
    if (address.protocol() == QAbstractSocket::IPv4Protocol) {
        for (const auto &[network, prefix] : { std::pair { "10.0.0.0", 8 }, std::pair { "172.16.0.0", 12 },
                 std::pair { "192.168.0.0", 16 } }) {
            if (address.isInSubnet(QHostAddress(QString::fromLatin1(network)), prefix))
                return true;
        }
        return false;
    }
    return address.isInSubnet(QHostAddress(QStringLiteral("fc00::")), 7); // unique local
}

void TokenPolicy::recordVerified(const QUrl &address, const QString &machineIdentifier)
{
    if (!machineIdentifier.isEmpty())
        m_verified.insert(originKey(address), machineIdentifier);
}

void TokenPolicy::forgetVerified(const QUrl &address)
{
    m_verified.remove(originKey(address));
}

bool TokenPolicy::isVerified(const QUrl &address, const QString &machineIdentifier) const
{
    const auto found = m_verified.constFind(originKey(address));
    return found != m_verified.cend() && !machineIdentifier.isEmpty() && *found == machineIdentifier;
}

TokenPolicy::Verdict TokenPolicy::check(const TokenDestination &destination) const
{
    const QUrl &url = destination.url;
    const QString scheme = url.scheme().toLower();
    const QString host = url.host();
    if (!url.isValid() || host.isEmpty()
        || (scheme != QLatin1String("https") && scheme != QLatin1String("http")) || !url.userInfo().isEmpty()
        || url.hasQuery() || url.hasFragment()) {
        return { false, tr("%1 is not a server address a token can be sent to.").arg(url.toDisplayString()) };
    }
    const bool https = scheme == QLatin1String("https");
    if (destination.origin == AddressOrigin::PlexTvApi) {
        if (isApiBaseUrl(url))
            return { true, {} };
        return { false, tr("%1 is not the configured plex.tv address.").arg(host) };
    }
    const bool verified = isVerified(url, destination.expectedMachineIdentifier);
    // A cloud provider's connections (a source lookup's provider://) are Plex's own https hosts: no
    // /identity answers there, and the certificate check proves the host.
    const bool plexCloud = https && destination.origin == AddressOrigin::FromServerAnswer
        && (host.compare(QLatin1String("plex.tv"), Qt::CaseInsensitive) == 0
            || host.endsWith(QLatin1String(".plex.tv"), Qt::CaseInsensitive));
    const bool vouchedFor = destination.origin == AddressOrigin::TypedByUser
        || destination.origin == AddressOrigin::ListedByPlexTv || plexCloud;
    if (!vouchedFor && !verified) {
        return { false,
            tr("%1 was named by a server's answer or a certificate and has not yet answered as the expected "
               "server, so no token is sent to it. Test the server's connections first.")
                .arg(host) };
    }
    if (https || isLoopbackHost(host))
        return { true, {} };
    if (!isPrivateNetworkHost(host)) {
        return { false,
            tr("%1 is not on your local network, so the token would cross the internet unencrypted over "
               "plain "
               "http. Use the server's https address (its plex.direct address) instead.")
                .arg(host) };
    }
    if (destination.origin == AddressOrigin::TypedByUser || verified)
        return { true, {} };
    return { false,
        tr("%1 is a private-network address plex.tv listed for the server, but on this network it may be "
           "another machine, so the token is not sent to it in clear until it has answered as the server. "
           "Test the server's connections first.")
            .arg(host) };
}

} // namespace PlexAuth
