#include "localaddress.h"

#include <QHostAddress>

namespace PlexAuth {

bool isLocalNetworkHost(const QString &host)
{
    const QString name = host.toLower();
    if (name == QLatin1String("localhost") || name.endsWith(QLatin1String(".localhost"))
        || name.endsWith(QLatin1String(".local")))
        return true;
    const QHostAddress address(name);
    if (address.isNull())
        return false;
    if (address.isLoopback() || address.isLinkLocal())
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

} // namespace PlexAuth
