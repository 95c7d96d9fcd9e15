#pragma once

#include "plextypes.h"

#include <QDateTime>
#include <QString>
#include <QUrl>

#include <optional>

namespace PlexAuth {

// A Plex JWT account's device key and token timing (plex-auth-api.md §2.7): nothing secret; the
// private key itself is a keychain item next to the token.
struct DeviceAuthState
{
    QString keyId; // the device key's RFC 7638 thumbprint; empty: a classic token, no device key
    QDateTime tokenExpiresAt; // the Plex JWT's exp
    QDateTime lastRefreshAt;
    QDateTime refreshFailingSince; // invalid: the last refresh (if any) succeeded

    bool hasDeviceKey() const { return !keyId.isEmpty(); }
};

// A Plex Home profile's link to the Home account it was switched from (plex-auth-api.md §2.9).
// Nothing secret. Kept when that account is removed: the profile is an account of its own.
struct HomeLink
{
    QString homeUuid; // empty: the account is no profile switched to from another one
    bool isProtected = false; // the profile has a PIN
    bool restricted = false; // a managed profile with restrictions

    bool linked() const { return !homeUuid.isEmpty(); }
};

// What PlexAuth remembers about a signed-in account besides its token: nothing secret. The token
// itself lives only in the keychain (or, for a "this session only" account, in memory).
struct StoredAccount
{
    QString uuid;
    std::optional<qint64> id;
    QString username;
    QString email;
    QString title;
    QUrl avatarUrl;
    QDateTime addedAt;
    QDateTime lastVerifiedAt;
    std::optional<TokenState> lastTokenState;
    bool plexPass = false;
    DeviceAuthState deviceAuth;
    HomeLink home;
    bool remembered = true; // false: kept for this session only, never written anywhere

    // The name to show: the account's title, else its username, else its email.
    QString displayName() const;
    // Whether `query` names this account: its uuid, or its username, email or title ignoring case.
    bool matches(const QString &query) const;

    static StoredAccount fromAccount(const Account &account);
};

// An app token's non-secret half (issue 15 §3): the token is its own device on plex.tv, kept in the
// keychain as "<accountUuid>/app/<clientIdentifier>"; this is what the account index remembers.
struct AppTokenRecord
{
    QString name; // unique within the account, ignoring case
    QString clientIdentifier; // the device's own X-Plex-Client-Identifier
    QDateTime createdAt;
};

// An app token as listed: what the index remembers, joined with plex.tv's devices list.
struct ListedAppToken
{
    AppTokenRecord record;
    std::optional<bool> listed; // whether plex.tv still lists its device; std::nullopt: not known
    std::optional<QDateTime> lastSeenAt;
};

QString tokenStateName(TokenState state);
std::optional<TokenState> tokenStateFromName(const QString &name);

} // namespace PlexAuth
