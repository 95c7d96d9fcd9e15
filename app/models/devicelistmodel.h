#pragma once

#include "deviceparsers.h"

#include <QAbstractTableModel>

namespace PlexAuth {

// An account's authorised devices (plex.tv's devices.xml), one row each, with the columns of
// `plexauth devices`. View-agnostic; sort and filter through a QSortFilterProxyModel (SortRole).
class DeviceListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceListModel)

public:
    enum Column
    {
        NameColumn,
        ProductColumn,
        PlatformColumn,
        VersionColumn,
        ClientIdentifierColumn,
        CreatedColumn,
        LastSeenColumn,
        ServerColumn,
        IdColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        IdRole,
        ThisInstallationRole,
    };

    explicit DeviceListModel(QObject *parent = nullptr);

    void setDevices(const QList<AuthorizedDevice> &devices);
    const QList<AuthorizedDevice> &devices() const { return m_devices; }
    const AuthorizedDevice *deviceAt(int row) const;
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<AuthorizedDevice> m_devices;
};

} // namespace PlexAuth
