#include "devicejwt.h"

#include <QJsonObject>

namespace PlexAuth::DeviceJwt {

namespace {
QJsonObject commonClaims(const QString &clientIdentifier, const QDateTime &now)
{
    const qint64 issuedAt = now.toSecsSinceEpoch();
    const qint64 expiresAt = issuedAt + std::chrono::seconds(maxLifetime).count();
    return {
        { QStringLiteral("aud"), QStringLiteral("plex.tv") },
        { QStringLiteral("iss"), clientIdentifier },
        { QStringLiteral("iat"), issuedAt },
        { QStringLiteral("exp"), expiresAt },
    };
}
} // namespace

QString scope()
{
    return QStringLiteral("username,email,friendly_name,restricted,anonymous,joinedAt");
}

QString forTokenExchange(
    const DeviceKey &key, const QString &clientIdentifier, const QString &nonce, const QDateTime &now)
{
    QJsonObject claims = commonClaims(clientIdentifier, now);
    claims.insert(QStringLiteral("nonce"), nonce);
    claims.insert(QStringLiteral("scope"), scope());
    return key.signJwt(claims);
}

QString forPinPolling(const DeviceKey &key, const QString &clientIdentifier, const QDateTime &now)
{
    return key.signJwt(commonClaims(clientIdentifier, now));
}

} // namespace PlexAuth::DeviceJwt
