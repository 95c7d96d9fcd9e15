#include "serverlistmodel.h"

#include <QLocale>

namespace PlexAuth {

ServerListModel::ServerListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ServerListModel::setServers(const QList<PlexServer> &resources)
{
    beginResetModel();
    m_servers.clear();
    for (const PlexServer &resource : resources) {
        if (resource.isServer())
            m_servers.append(resource);
    }
    endResetModel();
}

const PlexServer *ServerListModel::serverAt(int row) const
{
    return row >= 0 && row < m_servers.size() ? &m_servers[row] : nullptr;
}

int ServerListModel::rowOf(const QString &machineIdentifier) const
{
    for (qsizetype row = 0; row < m_servers.size(); ++row) {
        if (m_servers[row].clientIdentifier == machineIdentifier)
            return int(row);
    }
    return -1;
}

int ServerListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_servers.size());
}

int ServerListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ServerListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PlexServer &server = m_servers[index.row()];
    const bool owned = server.owned.value_or(false);
    const bool online = server.presence.value_or(false);
    switch (role) {
    case MachineIdentifierRole:
        return server.clientIdentifier;
    case OwnedRole:
        return owned;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn && server.lastSeenAt)
            return tr("Last seen %1")
                .arg(QLocale().toString(server.lastSeenAt->toLocalTime(), QLocale::LongFormat));
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return server.name;
        case OwnerColumn:
            if (owned)
                return tr("You");
            return server.sourceTitle.isEmpty() ? tr("Shared with you")
                                                : tr("Shared by %1").arg(server.sourceTitle);
        case StatusColumn:
            if (online)
                return tr("Online");
            return server.lastSeenAt
                ? tr("Offline, last seen %1")
                      .arg(QLocale().toString(server.lastSeenAt->toLocalTime().date(), QLocale::ShortFormat))
                : tr("Offline");
        case VersionColumn:
            return server.productVersion;
        case ConnectionsColumn:
            return server.connections.size();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case StatusColumn:
            return online
                ? QDateTime(QDate(9999, 12, 31), QTime(0, 0), Qt::UTC) // after any last-seen date, stable
                : server.lastSeenAt.value_or(QDateTime());
        case ConnectionsColumn:
            return server.connections.size();
        case OwnerColumn:
            return owned ? QString() : data(index, Qt::DisplayRole).toString(); // yours first
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::TextAlignmentRole:
        return index.column() == ConnectionsColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    default:
        return {};
    }
}

QVariant ServerListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Server");
    case OwnerColumn:
        return tr("Owner");
    case StatusColumn:
        return tr("Status");
    case VersionColumn:
        return tr("Version");
    case ConnectionsColumn:
        return tr("Connections");
    default:
        return {};
    }
}

} // namespace PlexAuth
