#include "documentreader.h"
#include "responseparsers.h"

namespace PlexAuth::Parse {

namespace {
Subscription readSubscription(const QJsonObject &object)
{
    Subscription subscription;
    subscription.active = Doc::boolean(object, u"active");
    subscription.subscribedAt = Doc::dateTime(object, u"subscribedAt");
    subscription.status = Doc::string(object, u"status");
    subscription.paymentService = Doc::string(object, u"paymentService");
    subscription.plan = Doc::string(object, u"plan");
    subscription.features = Doc::strings(object, u"features", u"feature");
    return subscription;
}

PastSubscription readPastSubscription(const QJsonObject &object)
{
    PastSubscription past;
    past.id = Doc::string(object, u"id");
    past.mode = Doc::string(object, u"mode");
    past.type = Doc::string(object, u"type");
    past.state = Doc::string(object, u"state");
    past.transfer = Doc::string(object, u"transfer");
    past.renewsAt = Doc::dateTime(object, u"renewsAt");
    past.endsAt = Doc::dateTime(object, u"endsAt");
    past.canceled = Doc::boolean(object, u"canceled");
    past.gracePeriod = Doc::boolean(object, u"gracePeriod");
    past.onHold = Doc::boolean(object, u"onHold");
    past.canReactivate = Doc::boolean(object, u"canReactivate");
    past.canUpgrade = Doc::boolean(object, u"canUpgrade");
    past.canDowngrade = Doc::boolean(object, u"canDowngrade");
    past.canConvert = Doc::boolean(object, u"canConvert");
    past.paymentMethodId = Doc::integer(Doc::object(object, u"billing"), u"paymentMethodId");
    return past;
}

UserProfile readProfile(const QJsonObject &object)
{
    UserProfile profile;
    profile.autoSelectAudio = Doc::boolean(object, u"autoSelectAudio");
    profile.defaultAudioLanguage = Doc::string(object, u"defaultAudioLanguage");
    profile.defaultAudioLanguages = Doc::strings(object, u"defaultAudioLanguages");
    profile.defaultAudioAccessibility = Doc::smallInteger(object, u"defaultAudioAccessibility");
    profile.defaultSubtitleLanguage = Doc::string(object, u"defaultSubtitleLanguage");
    profile.defaultSubtitleLanguages = Doc::strings(object, u"defaultSubtitleLanguages");
    profile.autoSelectSubtitle = Doc::smallInteger(object, u"autoSelectSubtitle");
    profile.defaultSubtitleAccessibility = Doc::smallInteger(object, u"defaultSubtitleAccessibility");
    profile.defaultSubtitleForced = Doc::smallInteger(object, u"defaultSubtitleForced");
    profile.watchedIndicator = Doc::smallInteger(object, u"watchedIndicator");
    profile.mediaReviewsVisibility = Doc::smallInteger(object, u"mediaReviewsVisibility");
    profile.mediaReviewsLanguages = Doc::strings(object, u"mediaReviewsLanguages");
    return profile;
}
} // namespace

std::optional<Account> account(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    if (!document->isObject()) {
        *whyNot = QStringLiteral("the account is not an object");
        return std::nullopt;
    }
    const QJsonObject object = document->toObject();
    Account account;
    account.id = Doc::integer(object, u"id");
    account.uuid = Doc::string(object, u"uuid");
    account.username = Doc::string(object, u"username");
    account.title = Doc::string(object, u"title");
    account.email = Doc::string(object, u"email");
    account.friendlyName = Doc::string(object, u"friendlyName");
    account.authToken = Doc::string(object, u"authToken");
    if (account.authToken.isEmpty()) // older XML answers name it authenticationToken
        account.authToken = Doc::string(object, u"authenticationToken");
    account.thumb = Doc::string(object, u"thumb");
    account.country = Doc::string(object, u"country");
    account.locale = Doc::string(object, u"locale");
    account.mailingListStatus = Doc::string(object, u"mailingListStatus");
    account.scrobbleTypes = Doc::string(object, u"scrobbleTypes");
    account.subscriptionDescription = Doc::string(object, u"subscriptionDescription");
    account.attributionPartner = Doc::string(object, u"attributionPartner");
    account.joinedAt = Doc::dateTime(object, u"joinedAt");
    account.rememberExpiresAt = Doc::dateTime(object, u"rememberExpiresAt");
    account.adsConsentReminderAt = Doc::dateTime(object, u"adsConsentReminderAt");
    account.adsConsentSetAt = Doc::dateTime(object, u"adsConsentSetAt");
    account.adsConsent = Doc::boolean(object, u"adsConsent");
    account.anonymous = Doc::boolean(object, u"anonymous");
    account.confirmed = Doc::boolean(object, u"confirmed");
    account.emailOnlyAuth = Doc::boolean(object, u"emailOnlyAuth");
    account.experimentalFeatures = Doc::boolean(object, u"experimentalFeatures");
    account.guest = Doc::boolean(object, u"guest");
    account.hasPassword = Doc::boolean(object, u"hasPassword");
    account.home = Doc::boolean(object, u"home");
    account.homeAdmin = Doc::boolean(object, u"homeAdmin");
    account.mailingListActive = Doc::boolean(object, u"mailingListActive");
    account.isProtected = Doc::boolean(object, u"protected");
    account.restricted = Doc::boolean(object, u"restricted");
    account.backupCodesCreated = Doc::boolean(object, u"backupCodesCreated");
    account.twoFactorEnabled = Doc::boolean(object, u"twoFactorEnabled");
    account.homeSize = Doc::smallInteger(object, u"homeSize");
    account.maxHomeSize = Doc::smallInteger(object, u"maxHomeSize");
    account.entitlements = Doc::strings(object, u"entitlements", u"entitlement");
    account.roles = Doc::strings(object, u"roles", u"role");

    const QJsonObject subscription = Doc::object(object, u"subscription");
    if (!subscription.isEmpty())
        account.subscription = readSubscription(subscription);
    for (const QJsonObject &entry : Doc::objects(object, u"subscriptions", u"subscription"))
        account.subscriptions.append(readSubscription(entry));
    const QJsonObject profile = Doc::object(object, u"profile");
    if (!profile.isEmpty())
        account.profile = readProfile(profile);
    for (const QJsonObject &entry : Doc::objects(object, u"services", u"service"))
        account.services.append({ Doc::string(entry, u"identifier"), Doc::string(entry, u"endpoint"),
            Doc::string(entry, u"status") });
    for (const QJsonObject &entry : Doc::objects(object, u"pastSubscriptions", u"pastSubscription"))
        account.pastSubscriptions.append(readPastSubscription(entry));
    account.trialCount = static_cast<int>(Doc::objects(object, u"trials", u"trial").size());

    if (account.uuid.isEmpty() && !account.id && account.authToken.isEmpty()) {
        *whyNot = QStringLiteral("no account in the answer");
        return std::nullopt;
    }
    return account;
}

} // namespace PlexAuth::Parse
