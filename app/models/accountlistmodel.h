#pragma once

#include "accountstore.h"

#include <QAbstractListModel>

namespace PlexAuth {

// The signed-in accounts, for the main window's list: remembered ones first (oldest first), then
// this session's, each Plex Home profile right under the Home account it was switched to from (a
// profile whose Home account is gone is listed on its own). Follows the store. View-agnostic: the
// delegate decides how a row looks.
class AccountListModel final : public QAbstractListModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountListModel)

public:
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        EmailRole,
        InitialsRole,
        AvatarUrlRole,
        PlexPassRole,
        TokenStateRole, // QString: "valid", "invalid", "unverified", or empty before any check
        LastCheckedRole, // QDateTime
        RememberedRole, // false: this session only
        DefaultRole,
        DeviceKeyRole, // bool: a Plex JWT renewed with a device key; false: a classic token
        NeedsSignInRole, // bool: the account needs its person to sign in again (setAttention())
        AttentionRole, // QString: why, in words; empty when it does not
        HomeDepthRole, // int: 0, or 1 (2…) for a Plex Home profile listed under its Home account
        HomeUuidRole, // QString: the Home account a profile was switched to from; empty for others
        HomeProtectedRole, // bool: a Home profile with a PIN
    };

    explicit AccountListModel(AccountStore *store, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    StoredAccount accountAt(int row) const;
    // The row of the account with this uuid, or -1.
    int rowOf(const QString &uuid) const;

    // The account needs its person to sign in again, and why (CredentialWatch::attention()); an
    // empty `message` clears it.
    void setAttention(const QString &uuid, const QString &message);

    // "AB" from "Alice Baker", "AL" from "alice"; what the list shows without an avatar.
    static QString initialsFor(const QString &name);
    // `accounts` in list order: each Home profile after its Home account (and that account's earlier
    // profiles), the rest as they come; `depth` (may be null) gets each account's level.
    static QList<StoredAccount> inHomeOrder(const QList<StoredAccount> &accounts, QHash<QString, int> *depth);

private:
    void reload();
    // The Home account `account` was switched to from, when it is listed; empty otherwise.
    QString homeName(const StoredAccount &account) const;

    AccountStore *m_store;
    QList<StoredAccount> m_accounts;
    QString m_defaultUuid;
    QHash<QString, QString> m_attention; // uuid -> why it needs signing in again
    QHash<QString, int> m_depth; // uuid -> 1 for a profile under its Home account, 0 for the others
};

} // namespace PlexAuth
