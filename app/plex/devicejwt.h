#pragma once

#include "devicekey.h"

#include <QDateTime>
#include <QString>

#include <chrono>

// The short-lived JWTs the device signs with its key (plex-auth-api.md §2.7 step 3 and §2.7a). The
// caller supplies `now`, so that a test can pin the clock.
namespace PlexAuth::DeviceJwt {

// plex.tv accepts a device JWT for at most 5 minutes (python-plexapi uses exp = now + 5 min).
inline constexpr std::chrono::minutes maxLifetime { 5 };

// The scope PlexAuth asks for: "username,email,friendly_name,restricted,anonymous,joinedAt".
QString scope();
// For POST {clients}/auth/token: claims nonce, scope, aud "plex.tv", iss clientIdentifier, iat now and
// exp now + maxLifetime. Empty if signing failed.
QString forTokenExchange(
    const DeviceKey &key, const QString &clientIdentifier, const QString &nonce, const QDateTime &now);
// For polling GET {clients}/pins/{id}?deviceJWT=…: aud "plex.tv", iss clientIdentifier, iat now and
// exp now + maxLifetime (no nonce). Empty if signing failed.
QString forPinPolling(const DeviceKey &key, const QString &clientIdentifier, const QDateTime &now);

} // namespace PlexAuth::DeviceJwt
