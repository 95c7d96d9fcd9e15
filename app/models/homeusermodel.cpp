#include "homeusermodel.h"

namespace PlexAuth {

HomeUserModel::HomeUserModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void HomeUserModel::setUsers(const QList<HomeUser> &users)
{
    beginResetModel();
    m_users = users;
    endResetModel();
}

const HomeUser *HomeUserModel::userAt(int row) const
{
    return row >= 0 && row < m_users.size() ? &m_users[row] : nullptr;
}

int HomeUserModel::rowOf(const QString &uuid) const
{
    for (qsizetype row = 0; row < m_users.size(); ++row) {
        if (m_users[row].uuid == uuid)
            return int(row);
    }
    return -1;
}

int HomeUserModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_users.size());
}

int HomeUserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString HomeUserModel::roleText(const HomeUser &user)
{
    if (user.admin)
        return tr("Admin");
    if (user.guest)
        return tr("Guest");
    return tr("Member");
}

QString HomeUserModel::restrictionsText(const HomeUser &user)
{
    // Plex's restriction profiles (python-plexapi MyPlexAccount.updateFriend: little_kid, older_kid, teen).
    if (user.restrictionProfile == u"little_kid")
        return tr("Younger kid");
    if (user.restrictionProfile == u"older_kid")
        return tr("Older kid");
    if (user.restrictionProfile == u"teen")
        return tr("Teen");
    return user.restricted ? tr("Restricted") : QString();
}

QVariant HomeUserModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const HomeUser &user = m_users[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return user.displayName();
        case UsernameColumn:
            return user.username;
        case RoleColumn:
            return roleText(user);
        case RestrictionsColumn:
            return restrictionsText(user);
        case PinColumn:
            return user.isProtected ? tr("PIN") : QString();
        default:
            return {};
        }
    case Qt::AccessibleTextRole:
        if (index.column() == PinColumn)
            return user.isProtected ? tr("Protected by a PIN") : tr("No PIN");
        if (index.column() == RestrictionsColumn && !user.restricted)
            return tr("No restrictions");
        return data(index, Qt::DisplayRole);
    case Qt::ToolTipRole:
        return user.email.isEmpty() ? user.uuid : user.email + QStringLiteral("\n") + user.uuid;
    case UuidRole:
        return user.uuid;
    case ProtectedRole:
        return user.isProtected;
    case AdminRole:
        return user.admin;
    default:
        return {};
    }
}

QVariant HomeUserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case UsernameColumn:
        return tr("Username");
    case RoleColumn:
        return tr("Role");
    case RestrictionsColumn:
        return tr("Restrictions");
    case PinColumn:
        return tr("Protected");
    default:
        return {};
    }
}

} // namespace PlexAuth
