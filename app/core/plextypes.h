#pragma once

#include "connectionuri.h"
#include "plexerror.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace PlexAuth {

// Shapes of plex.tv and Plex Media Server answers (LukeHagar/plex-api-spec). Every field is optional in
// practice (plex-api-spec#88, DroppedNeedle#101), so absent values are empty or std::nullopt.

struct Subscription
{
    std::optional<bool> active;
    std::optional<QDateTime> subscribedAt;
    QString status;
    QString paymentService;
    QString plan;
    QStringList features;
};

struct PastSubscription
{
    QString id;
    QString mode;
    QString type;
    QString state;
    QString transfer;
    std::optional<QDateTime> renewsAt;
    std::optional<QDateTime> endsAt;
    std::optional<bool> canceled, gracePeriod, onHold, canReactivate, canUpgrade, canDowngrade, canConvert;
    std::optional<qint64> paymentMethodId;
};

struct UserProfile
{
    std::optional<bool> autoSelectAudio;
    QString defaultAudioLanguage;
    QStringList defaultAudioLanguages;
    std::optional<int> defaultAudioAccessibility;
    QString defaultSubtitleLanguage;
    QStringList defaultSubtitleLanguages;
    std::optional<int> autoSelectSubtitle;
    std::optional<int> defaultSubtitleAccessibility;
    std::optional<int> defaultSubtitleForced;
    std::optional<int> watchedIndicator;
    std::optional<int> mediaReviewsVisibility;
    QStringList mediaReviewsLanguages;
};

// A service entry of the account. Its own token is a secret the app has no use for: not kept.
struct AccountService
{
    QString identifier;
    QString endpoint;
    QString status;
};

struct Account
{
    std::optional<qint64> id;
    QString uuid;
    QString username;
    QString title;
    QString email;
    QString friendlyName;
    QString authToken;
    QString thumb;
    QString country;
    QString locale;
    QString mailingListStatus;
    QString scrobbleTypes;
    QString subscriptionDescription;
    QString attributionPartner;
    std::optional<QDateTime> joinedAt;
    std::optional<QDateTime> rememberExpiresAt;
    std::optional<QDateTime> adsConsentReminderAt;
    std::optional<QDateTime> adsConsentSetAt;
    std::optional<bool> adsConsent;
    std::optional<bool> anonymous;
    std::optional<bool> confirmed;
    std::optional<bool> emailOnlyAuth;
    std::optional<bool> experimentalFeatures;
    std::optional<bool> guest;
    std::optional<bool> hasPassword;
    std::optional<bool> home;
    std::optional<bool> homeAdmin;
    std::optional<bool> mailingListActive;
    std::optional<bool> isProtected; // "protected": a Plex Home PIN is set
    std::optional<bool> restricted;
    std::optional<bool> backupCodesCreated;
    std::optional<bool> twoFactorEnabled;
    std::optional<int> homeSize;
    std::optional<int> maxHomeSize;
    QStringList entitlements;
    QStringList roles;
    std::optional<Subscription> subscription;
    QList<Subscription> subscriptions;
    std::optional<UserProfile> profile;
    QList<AccountService> services;
    QList<PastSubscription> pastSubscriptions;
    int trialCount = 0;

    bool hasPlexPass() const { return subscription && subscription->active.value_or(false); }
};

struct Pin
{
    qint64 id = 0;
    QString code;
    QString clientIdentifier;
    std::optional<bool> trusted;
    QString qr;
    std::optional<int> expiresIn;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> expiresAt;
    QString authToken; // empty until the user has signed in
};

struct Connection
{
    QString protocol;
    QString address;
    int port = 0;
    ConnectionUri uri;
    bool local = false;
    bool relay = false;
    bool ipv6 = false;
};

struct PlexServer
{
    QString name;
    QString product;
    QString productVersion;
    QString platform;
    QString platformVersion;
    QString device;
    QString clientIdentifier;
    QString provides;
    QString sourceTitle;
    QString publicAddress;
    QString accessToken;
    std::optional<qint64> ownerId;
    std::optional<QDateTime> createdAt;
    std::optional<QDateTime> lastSeenAt;
    std::optional<bool> owned, home, synced, relay, presence, httpsRequired, publicAddressMatches,
        dnsRebindingProtection, natLoopbackSupported;
    QList<Connection> connections;

    bool isServer() const { return provides.split(u',').contains(QStringLiteral("server")); }
};

struct TransientToken
{
    QString token;
    QDateTime fetchedAt; // valid up to 48 hours from here, and only until the server restarts
    QUrl server; // the address that issued it
};

struct SourceDevice
{
    QString name;
    QString clientIdentifier;
    QString accessToken;
    QList<Connection> connections;
};

struct ServerIdentity
{
    QString machineIdentifier;
    QString version;
    std::optional<bool> claimed;
};

enum class TokenState
{
    Valid,
    Invalid,
    Unverified
};

struct TokenCheck
{
    TokenState state = TokenState::Unverified;
    std::optional<Account> account; // when valid
    QDateTime checkedAt;
    QString reason; // why it is invalid or unverified, in words
    std::optional<PlexError>
        error; // what stopped the check (Invalid: the rejection; Unverified: the failure)
};

} // namespace PlexAuth
