#pragma once

#include "storedaccount.h"

#include <QList>

class QSettings;

namespace PlexAuth {

// The list of remembered accounts and which one is the default, in QSettings under "accounts/".
// Holds no secret: tokens are in the keychain. Reads and writes are synchronous and cheap.
class AccountIndex
{
public:
    explicit AccountIndex(QSettings &settings);

    // Oldest first.
    QList<StoredAccount> accounts() const;
    std::optional<StoredAccount> find(const QString &uuid) const;
    QString defaultUuid() const;

    // Adds or updates an account, keeping its original "added" time and, unless `account` has one, its
    // Home link. The first account becomes the default. Returns false when the settings file could not be
    // written.
    bool upsert(const StoredAccount &account);
    bool remove(const QString &uuid);
    bool setDefault(const QString &uuid);
    bool recordCheck(const QString &uuid, TokenState state, const QDateTime &checkedAt);
    bool recordDeviceAuth(const QString &uuid, const DeviceAuthState &state);

    // The account's app tokens (oldest first); adding one with a known client identifier replaces it.
    QList<AppTokenRecord> appTokens(const QString &uuid) const;
    bool addAppToken(const QString &uuid, const AppTokenRecord &record);
    bool removeAppToken(const QString &uuid, const QString &clientIdentifier);

    // The settings file, for messages about a failed write.
    QString location() const;

private:
    bool commit();
    void writeDeviceAuth(const QString &uuid, const DeviceAuthState &state);

    QSettings &m_settings;
};

} // namespace PlexAuth
