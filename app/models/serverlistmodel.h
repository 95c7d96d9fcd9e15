#pragma once

#include "plextypes.h"

#include <QAbstractTableModel>

namespace PlexAuth {

// An account's Plex Media Servers from plex.tv's resources, one row each. View-agnostic; sort
// and filter through a QSortFilterProxyModel (SortRole gives sortable values).
class ServerListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerListModel)

public:
    enum Column
    {
        NameColumn,
        OwnerColumn,
        StatusColumn,
        VersionColumn,
        ConnectionsColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        MachineIdentifierRole,
        OwnedRole,
    };

    explicit ServerListModel(QObject *parent = nullptr);

    // Keeps only resources that provide "server".
    void setServers(const QList<PlexServer> &resources);
    const QList<PlexServer> &servers() const { return m_servers; }
    const PlexServer *serverAt(int row) const;
    int rowOf(const QString &machineIdentifier) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<PlexServer> m_servers;
};

} // namespace PlexAuth
