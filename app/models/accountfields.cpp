#include "accountfields.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>

namespace PlexAuth {

namespace {
// The field labels' translation context.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::AccountFields)
};

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
        return Text::tr("No Plex Pass");
    QString text = Text::tr("Plex Pass");
    if (!subscription.plan.isEmpty())
        text += QStringLiteral(" (%1)").arg(subscription.plan);
    if (subscription.subscribedAt)
        text += u' '
            + Text::tr("since %1")
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
        return Text::tr("Unknown");
    return *value ? Text::tr("Yes") : Text::tr("No");
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
    add(fields, "username", Text::tr("Username"), account.username);
    add(fields, "title", Text::tr("Name"), account.title);
    add(fields, "email", Text::tr("Email"), account.email);
    add(fields, "uuid", Text::tr("UUID"), account.uuid);
    add(fields, "id", Text::tr("Account ID"), account.id ? QString::number(*account.id) : QString());
    add(fields, "joinedAt", Text::tr("Joined"), localDate(account.joinedAt));
    add(fields, "subscription", Text::tr("Subscription"), subscriptionText(account));
    add(fields, "twoFactorEnabled", Text::tr("Two-step verification"), yesNo(account.twoFactorEnabled));
    add(fields, "rememberExpiresAt", Text::tr("Remember-me expires"), localDate(account.rememberExpiresAt));
    add(fields, "home", Text::tr("Plex Home member"), yesNo(account.home));
    add(fields, "homeAdmin", Text::tr("Plex Home admin"), yesNo(account.homeAdmin));
    add(fields, "protected", Text::tr("Protected by a Home PIN"), yesNo(account.isProtected));
    add(fields, "restricted", Text::tr("Restricted (managed user)"), yesNo(account.restricted));
    add(fields, "country", Text::tr("Country"), account.country);
    add(fields, "locale", Text::tr("Language"), account.locale);
    if (!account.roles.isEmpty())
        add(fields, "roles", Text::tr("Roles"), account.roles.join(QStringLiteral(", ")));
    return fields;
}

QList<Field> storedAccountFields(const StoredAccount &account)
{
    QList<Field> fields;
    add(fields, "username", Text::tr("Username"), account.username);
    add(fields, "title", Text::tr("Name"), account.title);
    add(fields, "email", Text::tr("Email"), account.email);
    add(fields, "uuid", Text::tr("UUID"), account.uuid);
    add(fields, "id", Text::tr("Account ID"), account.id ? QString::number(*account.id) : QString());
    add(fields, "subscription", Text::tr("Subscription"),
        account.plexPass ? Text::tr("Plex Pass") : Text::tr("No Plex Pass"));
    add(fields, "addedAt", Text::tr("Signed in on this computer"), localDate(account.addedAt));
    return fields;
}

QList<Field> jwtFields(const DecodedJwt &jwt)
{
    QList<Field> fields;
    for (auto it = jwt.header.constBegin(); it != jwt.header.constEnd(); ++it)
        fields.append({ QStringLiteral("header.") + it.key(), Text::tr("Header: %1").arg(it.key()),
            jsonText(it.value()) });
    for (auto it = jwt.claims.constBegin(); it != jwt.claims.constEnd(); ++it) {
        QString value = jsonText(it.value());
        const QString &name = it.key();
        const std::optional<QDateTime> date = name == QLatin1String("exp") ? jwt.expiresAt
            : name == QLatin1String("iat")                                 ? jwt.issuedAt
            : name == QLatin1String("nbf")                                 ? jwt.notBefore
                                                                           : std::nullopt;
        if (date)
            value = localDate(date) + QStringLiteral(" (") + value + u')';
        fields.append({ QStringLiteral("claim.") + name, Text::tr("Claim: %1").arg(name), value });
    }
    return fields;
}

} // namespace PlexAuth
