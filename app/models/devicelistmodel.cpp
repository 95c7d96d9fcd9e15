#include "devicelistmodel.h"

#include <QLocale>

namespace PlexAuth {

namespace {
QString shortDate(const std::optional<QDateTime> &when)
{
    return when && when->isValid() ? QLocale().toString(when->toLocalTime(), QLocale::ShortFormat)
                                   : QString();
}
} // namespace

DeviceListModel::DeviceListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void DeviceListModel::setDevices(const QList<AuthorizedDevice> &devices)
{
    beginResetModel();
    m_devices = devices;
    endResetModel();
}

const AuthorizedDevice *DeviceListModel::deviceAt(int row) const
{
    return row >= 0 && row < m_devices.size() ? &m_devices.at(row) : nullptr;
}

int DeviceListModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_devices.size(); ++row) {
        if (m_devices.at(row).id == id)
            return row;
    }
    return -1;
}

int DeviceListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_devices.size());
}

int DeviceListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant DeviceListModel::data(const QModelIndex &index, int role) const
{
    const AuthorizedDevice *device = deviceAt(index.row());
    if (!device || !index.isValid())
        return {};
    if (role == IdRole)
        return device->id;
    if (role == ThisInstallationRole)
        return device->thisInstallation;
    if (role == SortRole) {
        switch (index.column()) {
        case CreatedColumn:
            return device->createdAt.value_or(QDateTime());
        case LastSeenColumn:
            return device->lastSeenAt.value_or(QDateTime());
        case IdColumn:
            return device->id;
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    }
    if (role == Qt::ToolTipRole && index.column() == NameColumn && device->thisInstallation)
        return tr("This installation of PlexAuth");
    if (role == Qt::ToolTipRole && index.column() == ClientIdentifierColumn)
        return device->clientIdentifier; // shown elided in a narrow column
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return device->thisInstallation ? tr("%1 (this installation)").arg(device->name) : device->name;
    case ProductColumn:
        return device->product;
    case PlatformColumn:
        return QStringList { device->platform, device->platformVersion }.join(u' ').trimmed();
    case VersionColumn:
        return device->productVersion;
    case ClientIdentifierColumn:
        return device->clientIdentifier;
    case CreatedColumn:
        return shortDate(device->createdAt);
    case LastSeenColumn:
        return shortDate(device->lastSeenAt);
    case ServerColumn:
        return device->isServer() ? tr("Server") : QString();
    case IdColumn:
        return QString::number(device->id);
    default:
        return {};
    }
}

QVariant DeviceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ProductColumn:
        return tr("Product");
    case PlatformColumn:
        return tr("Platform");
    case VersionColumn:
        return tr("Version");
    case ClientIdentifierColumn:
        return tr("Client identifier");
    case CreatedColumn:
        return tr("Created");
    case LastSeenColumn:
        return tr("Last seen");
    case ServerColumn:
        return tr("Server");
    case IdColumn:
        return tr("Id");
    default:
        return {};
    }
}

} // namespace PlexAuth
