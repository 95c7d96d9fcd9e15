#include "accountfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace PlexAuth {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("PlexAuth::AccountFields", text);
}

void add(QList<Field> &fields, const char *key, const QString &label, const QString &value)
{
    if (!value.isEmpty())
        fields.append({ QLatin1String(key), label, value });
}

QString subscriptionText(const Account &account)
{
    if (!account.subscription)
        return {};
    const Subscription &subscription = *account.subscription;
    if (!subscription.active.value_or(false))
        return tr("No Plex Pass");
    QString text = tr("Plex Pass");
    if (!subscription.plan.isEmpty())
        text += QStringLiteral(" (%1)").arg(subscription.plan);
    if (subscription.subscribedAt)
        text += u' '
            + tr("since %1")
                  .arg(QLocale().toString(
                      subscription.subscribedAt->toLocalTime().date(), QLocale::ShortFormat));
    return text;
}

QString jsonText(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isBool())
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (value.isDouble()) {
        const double number = value.toDouble();
        return number == double(qint64(number)) ? QString::number(qint64(number)) : QString::number(number);
    }
    if (value.isNull())
        return QStringLiteral("null");
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
}
} // namespace

QString yesNo(const std::optional<bool> &value)
{
    if (!value)
        return tr("Unknown");
    return *value ? tr("Yes") : tr("No");
}

QString localDate(const std::optional<QDateTime> &when)
{
    if (!when || !when->isValid())
        return {};
    return QLocale().toString(when->toLocalTime(), QLocale::ShortFormat);
}

QList<Field> accountFields(const Account &account)
{
    QList<Field> fields;
    add(fields, "username", tr("Username"), account.username);
    add(fields, "title", tr("Name"), account.title);
    add(fields, "email", tr("Email"), account.email);
    add(fields, "uuid", tr("UUID"), account.uuid);
    add(fields, "id", tr("Account ID"), account.id ? QString::number(*account.id) : QString());
    add(fields, "joinedAt", tr("Joined"), localDate(account.joinedAt));
    add(fields, "subscription", tr("Subscription"), subscriptionText(account));
    add(fields, "twoFactorEnabled", tr("Two-step verification"), yesNo(account.twoFactorEnabled));
    add(fields, "rememberExpiresAt", tr("Remember-me expires"), localDate(account.rememberExpiresAt));
    add(fields, "home", tr("Plex Home member"), yesNo(account.home));
    add(fields, "homeAdmin", tr("Plex Home admin"), yesNo(account.homeAdmin));
    add(fields, "protected", tr("Protected by a Home PIN"), yesNo(account.isProtected));
    add(fields, "restricted", tr("Restricted (managed user)"), yesNo(account.restricted));
    add(fields, "country", tr("Country"), account.country);
    add(fields, "locale", tr("Language"), account.locale);
    if (!account.roles.isEmpty())
        add(fields, "roles", tr("Roles"), account.roles.join(QStringLiteral(", ")));
    return fields;
}

QList<Field> storedAccountFields(const StoredAccount &account)
{
    QList<Field> fields;
    add(fields, "username", tr("Username"), account.username);
    add(fields, "title", tr("Name"), account.title);
    add(fields, "email", tr("Email"), account.email);
    add(fields, "uuid", tr("UUID"), account.uuid);
    add(fields, "id", tr("Account ID"), account.id ? QString::number(*account.id) : QString());
    add(fields, "subscription", tr("Subscription"), account.plexPass ? tr("Plex Pass") : tr("No Plex Pass"));
    add(fields, "addedAt", tr("Signed in on this computer"), localDate(account.addedAt));
    return fields;
}

QList<Field> jwtFields(const DecodedJwt &jwt)
{
    QList<Field> fields;
    for (auto it = jwt.header.constBegin(); it != jwt.header.constEnd(); ++it)
        fields.append(
            { QStringLiteral("header.") + it.key(), tr("Header: %1").arg(it.key()), jsonText(it.value()) });
    for (auto it = jwt.claims.constBegin(); it != jwt.claims.constEnd(); ++it) {
        QString value = jsonText(it.value());
        const QString &name = it.key();
        const std::optional<QDateTime> date = name == QLatin1String("exp") ? jwt.expiresAt
            : name == QLatin1String("iat")                                 ? jwt.issuedAt
            : name == QLatin1String("nbf")                                 ? jwt.notBefore
                                                                           : std::nullopt;
        if (date)
            value = localDate(date) + QStringLiteral(" (") + value + u')';
        fields.append({ QStringLiteral("claim.") + name, tr("Claim: %1").arg(name), value });
    }
    return fields;
}

} // namespace PlexAuth
