#pragma once

#include "homeparsers.h"

#include <QAbstractTableModel>

namespace PlexAuth {

// The users of an account's Plex Home, for the Home page's table: name, username, role, restrictions
// and whether a PIN protects the profile. View-agnostic.
class HomeUserModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomeUserModel)

public:
    enum Column
    {
        NameColumn,
        UsernameColumn,
        RoleColumn,
        RestrictionsColumn,
        PinColumn,
        ColumnCount
    };
    enum Role
    {
        UuidRole = Qt::UserRole + 1,
        ProtectedRole, // bool: the profile has a PIN
        AdminRole,
    };

    explicit HomeUserModel(QObject *parent = nullptr);

    void setUsers(const QList<HomeUser> &users);
    const QList<HomeUser> &users() const { return m_users; }
    // The user of `row`, or nullptr.
    const HomeUser *userAt(int row) const;
    int rowOf(const QString &uuid) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Admin", "Guest" or "Member", translated.
    static QString roleText(const HomeUser &user);
    // The restriction profile in words ("Younger kid"…), "Restricted", or empty for none.
    static QString restrictionsText(const HomeUser &user);

private:
    QList<HomeUser> m_users;
};

} // namespace PlexAuth
