#include "accountindex.h"

#include <QSettings>

#include <algorithm>

namespace PlexAuth {

namespace {
const QString accountsGroup = QStringLiteral("accounts");
const QString defaultKey = QStringLiteral("accountsDefault");

// Dates as ISO 8601 text, so the settings file stays readable.
QString dateText(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime dateFrom(const QVariant &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

QString keyFor(const QString &uuid, const char *field)
{
    return accountsGroup + u'/' + uuid + u'/' + QLatin1String(field);
}
} // namespace

AccountIndex::AccountIndex(QSettings &settings)
    : m_settings(settings)
{ }

QList<StoredAccount> AccountIndex::accounts() const
{
    m_settings.beginGroup(accountsGroup);
    const QStringList uuids = m_settings.childGroups();
    m_settings.endGroup();

    QList<StoredAccount> result;
    for (const QString &uuid : uuids) {
        if (std::optional<StoredAccount> account = find(uuid))
            result.append(*account);
    }
    std::stable_sort(result.begin(), result.end(),
        [](const StoredAccount &a, const StoredAccount &b) { return a.addedAt < b.addedAt; });
    return result;
}

std::optional<StoredAccount> AccountIndex::find(const QString &uuid) const
{
    if (uuid.isEmpty() || !m_settings.contains(keyFor(uuid, "addedAt")))
        return std::nullopt;
    StoredAccount account;
    account.uuid = uuid;
    const QVariant id = m_settings.value(keyFor(uuid, "id"));
    if (id.isValid())
        account.id = id.toLongLong();
    account.username = m_settings.value(keyFor(uuid, "username")).toString();
    account.email = m_settings.value(keyFor(uuid, "email")).toString();
    account.title = m_settings.value(keyFor(uuid, "title")).toString();
    account.avatarUrl = QUrl(m_settings.value(keyFor(uuid, "avatarUrl")).toString());
    account.addedAt = dateFrom(m_settings.value(keyFor(uuid, "addedAt")));
    account.lastVerifiedAt = dateFrom(m_settings.value(keyFor(uuid, "lastVerifiedAt")));
    account.lastTokenState = tokenStateFromName(m_settings.value(keyFor(uuid, "lastTokenState")).toString());
    account.plexPass = m_settings.value(keyFor(uuid, "plexPass")).toBool();
    account.deviceAuth.keyId = m_settings.value(keyFor(uuid, "deviceKeyId")).toString();
    account.deviceAuth.tokenExpiresAt = dateFrom(m_settings.value(keyFor(uuid, "tokenExpiresAt")));
    account.deviceAuth.lastRefreshAt = dateFrom(m_settings.value(keyFor(uuid, "lastRefreshAt")));
    account.deviceAuth.refreshFailingSince = dateFrom(m_settings.value(keyFor(uuid, "refreshFailingSince")));
    account.home.homeUuid = m_settings.value(keyFor(uuid, "homeUuid")).toString();
    account.home.isProtected = m_settings.value(keyFor(uuid, "homeProtected")).toBool();
    account.home.restricted = m_settings.value(keyFor(uuid, "homeRestricted")).toBool();
    account.remembered = true;
    return account;
}

QString AccountIndex::defaultUuid() const
{
    QString uuid = m_settings.value(defaultKey).toString();
    if (find(uuid))
        return uuid;
    const QList<StoredAccount> all = accounts();
    return all.isEmpty() ? QString() : all.first().uuid;
}

bool AccountIndex::upsert(const StoredAccount &account)
{
    const std::optional<StoredAccount> existing = find(account.uuid);
    const QDateTime addedAt = existing ? existing->addedAt
        : account.addedAt.isValid()    ? account.addedAt
                                       : QDateTime::currentDateTimeUtc();
    if (account.id)
        m_settings.setValue(keyFor(account.uuid, "id"), *account.id);
    m_settings.setValue(keyFor(account.uuid, "username"), account.username);
    m_settings.setValue(keyFor(account.uuid, "email"), account.email);
    m_settings.setValue(keyFor(account.uuid, "title"), account.title);
    m_settings.setValue(keyFor(account.uuid, "avatarUrl"), account.avatarUrl.toString());
    m_settings.setValue(keyFor(account.uuid, "addedAt"), dateText(addedAt));
    m_settings.setValue(keyFor(account.uuid, "plexPass"), account.plexPass);
    if (account.lastVerifiedAt.isValid()) {
        m_settings.setValue(keyFor(account.uuid, "lastVerifiedAt"), dateText(account.lastVerifiedAt));
        if (account.lastTokenState)
            m_settings.setValue(
                keyFor(account.uuid, "lastTokenState"), tokenStateName(*account.lastTokenState));
    }
    writeDeviceAuth(account.uuid, account.deviceAuth);
    if (account.home.linked()) { // a sign-in without the link keeps the one recorded
        m_settings.setValue(keyFor(account.uuid, "homeUuid"), account.home.homeUuid);
        m_settings.setValue(keyFor(account.uuid, "homeProtected"), account.home.isProtected);
        m_settings.setValue(keyFor(account.uuid, "homeRestricted"), account.home.restricted);
    }
    if (!find(m_settings.value(defaultKey).toString()))
        m_settings.setValue(defaultKey, account.uuid);
    return commit();
}

void AccountIndex::writeDeviceAuth(const QString &uuid, const DeviceAuthState &state)
{
    const auto setOrRemove = [this, &uuid](const char *field, const QString &value) {
        if (value.isEmpty())
            m_settings.remove(keyFor(uuid, field));
        else
            m_settings.setValue(keyFor(uuid, field), value);
    };
    const auto date = [](const QDateTime &when) { return when.isValid() ? dateText(when) : QString(); };
    setOrRemove("deviceKeyId", state.keyId);
    setOrRemove("tokenExpiresAt", date(state.tokenExpiresAt));
    setOrRemove("lastRefreshAt", date(state.lastRefreshAt));
    setOrRemove("refreshFailingSince", date(state.refreshFailingSince));
}

bool AccountIndex::recordDeviceAuth(const QString &uuid, const DeviceAuthState &state)
{
    if (!find(uuid))
        return false;
    writeDeviceAuth(uuid, state);
    return commit();
}

bool AccountIndex::remove(const QString &uuid)
{
    m_settings.remove(accountsGroup + u'/' + uuid);
    if (m_settings.value(defaultKey).toString() == uuid) {
        const QList<StoredAccount> rest = accounts();
        if (rest.isEmpty())
            m_settings.remove(defaultKey);
        else
            m_settings.setValue(defaultKey, rest.first().uuid);
    }
    return commit();
}

bool AccountIndex::setDefault(const QString &uuid)
{
    if (!find(uuid))
        return false;
    m_settings.setValue(defaultKey, uuid);
    return commit();
}

bool AccountIndex::recordCheck(const QString &uuid, TokenState state, const QDateTime &checkedAt)
{
    if (!find(uuid))
        return false;
    m_settings.setValue(keyFor(uuid, "lastVerifiedAt"), dateText(checkedAt));
    m_settings.setValue(keyFor(uuid, "lastTokenState"), tokenStateName(state));
    return commit();
}

QList<AppTokenRecord> AccountIndex::appTokens(const QString &uuid) const
{
    QList<AppTokenRecord> result;
    if (!find(uuid))
        return result;
    m_settings.beginGroup(accountsGroup + u'/' + uuid + QStringLiteral("/appTokens"));
    const QStringList clientIdentifiers = m_settings.childGroups();
    for (const QString &clientIdentifier : clientIdentifiers) {
        AppTokenRecord record;
        record.clientIdentifier = clientIdentifier;
        record.name = m_settings.value(clientIdentifier + QStringLiteral("/name")).toString();
        record.createdAt = dateFrom(m_settings.value(clientIdentifier + QStringLiteral("/createdAt")));
        if (!record.name.isEmpty())
            result.append(record);
    }
    m_settings.endGroup();
    std::stable_sort(result.begin(), result.end(),
        [](const AppTokenRecord &a, const AppTokenRecord &b) { return a.createdAt < b.createdAt; });
    return result;
}

bool AccountIndex::addAppToken(const QString &uuid, const AppTokenRecord &record)
{
    if (!find(uuid) || record.clientIdentifier.isEmpty() || record.clientIdentifier.contains(u'/'))
        return false;
    const QString group
        = accountsGroup + u'/' + uuid + QStringLiteral("/appTokens/") + record.clientIdentifier;
    m_settings.setValue(group + QStringLiteral("/name"), record.name);
    m_settings.setValue(group + QStringLiteral("/createdAt"), dateText(record.createdAt));
    return commit();
}

bool AccountIndex::removeAppToken(const QString &uuid, const QString &clientIdentifier)
{
    if (clientIdentifier.isEmpty())
        return false;
    m_settings.remove(accountsGroup + u'/' + uuid + QStringLiteral("/appTokens/") + clientIdentifier);
    return commit();
}

QString AccountIndex::location() const
{
    return m_settings.fileName();
}

bool AccountIndex::commit()
{
    m_settings.sync();
    return m_settings.status() == QSettings::NoError;
}

} // namespace PlexAuth
