#include "connectiontablemodel.h"

#include "probeexplanations.h"

#include <limits>

namespace PlexAuth {

const ProbeResult ConnectionTableModel::s_pending;

ConnectionTableModel::ConnectionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void ConnectionTableModel::setConnections(QList<Connection> connections)
{
    beginResetModel();
    m_connections = std::move(connections);
    m_probes.clear();
    m_texts.clear();
    m_best = -1;
    endResetModel();
}

void ConnectionTableModel::setProbeResult(int row, const ProbeResult &result)
{
    if (row < 0 || row >= m_connections.size())
        return;
    if (m_probes.isEmpty())
        m_probes.resize(m_connections.size());
    m_probes[row] = result;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void ConnectionTableModel::setBest(int row)
{
    const int previous = m_best;
    m_best = row >= 0 && row < m_connections.size() ? row : -1;
    for (int changed : { previous, m_best }) {
        if (changed >= 0)
            Q_EMIT dataChanged(index(changed, 0), index(changed, ColumnCount - 1));
    }
}

void ConnectionTableModel::clearProbes()
{
    if (m_connections.isEmpty())
        return;
    m_probes.clear();
    m_best = -1;
    Q_EMIT dataChanged(index(0, 0), index(int(m_connections.size()) - 1, ColumnCount - 1));
}

const QString &ConnectionTableModel::uriText(int row) const
{
    if (m_texts.isEmpty())
        m_texts.resize(m_connections.size());
    QString &text = m_texts[row].uri;
    if (text.isNull())
        text = m_connections[row].uri.toString();
    return text;
}

// The lowercase text of a Protocol, Address or URI cell.
QString ConnectionTableModel::sortKey(int row, int column) const
{
    if (m_texts.isEmpty())
        m_texts.resize(m_connections.size());
    RowTexts &texts = m_texts[row];
    const Connection &connection = m_connections[row];
    const auto cached = [](QString &key, const QString &text) -> const QString & {
        if (key.isNull())
            key = text.toLower();
        return key;
    };
    switch (column) {
    case ProtocolColumn:
        return cached(texts.protocolKey, connection.protocol);
    case AddressColumn:
        return cached(texts.addressKey, connection.address);
    default:
        return cached(texts.uriKey, uriText(row));
    }
}

QString ConnectionTableModel::kindText(const Connection &connection)
{
    if (connection.relay)
        return tr("Relay");
    return connection.local ? tr("Local") : tr("Remote");
}

int ConnectionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_connections.size());
}

int ConnectionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConnectionTableModel::data(const QModelIndex &index, int role) const
{
    // What checkIndex(IndexIsValid | ParentIsInvalid) checks for a flat table, without its virtual
    // calls: a sort asks for data at each of its n log n comparisons.
    if (!index.isValid() || index.model() != this || index.row() >= m_connections.size()
        || index.column() >= ColumnCount)
        return {};
    const Connection &connection = m_connections[index.row()];
    const ProbeResult &probe = probeAt(index.row());
    const bool best = index.row() == m_best;
    switch (role) {
    case UriRole:
        return connection.uri.toUrl();
    case BestRole:
        return best;
    case ExplanationRole:
        return probe.explanation;
    case Qt::ToolTipRole:
        if (index.column() == StatusColumn || index.column() == LatencyColumn)
            return probe.explanation.isEmpty() ? data(index, Qt::DisplayRole) : probe.explanation;
        return data(index, Qt::DisplayRole);
    case Qt::DisplayRole:
        switch (index.column()) {
        case KindColumn:
            return kindText(connection);
        case ProtocolColumn:
            return connection.protocol;
        case AddressColumn:
            return connection.address;
        case PortColumn:
            return connection.port > 0 ? QVariant(connection.port) : QVariant();
        case IpVersionColumn:
            return connection.ipv6 ? tr("IPv6") : tr("IPv4");
        case UriColumn:
            return uriText(index.row());
        case StatusColumn: {
            const QString text = ProbeExplanations::statusSummary(probe);
            return best ? tr("%1 (best)").arg(text) : text;
        }
        case LatencyColumn:
            return probe.latencyMs ? tr("%1 ms").arg(*probe.latencyMs) : QString();
        default:
            return {};
        }
    case SortRole:
        switch (index.column()) {
        case KindColumn:
            return connection.relay ? 2 : (connection.local ? 0 : 1);
        case ProtocolColumn:
        case AddressColumn:
        case UriColumn:
            return sortKey(index.row(), index.column());
        case PortColumn:
            return connection.port;
        case IpVersionColumn:
            return connection.ipv6 ? 6 : 4;
        case StatusColumn:
            return best ? -1 : int(probe.status);
        case LatencyColumn:
            return probe.latencyMs ? *probe.latencyMs : std::numeric_limits<int>::max();
        default:
            return data(index, Qt::DisplayRole).toString().toLower();
        }
    case Qt::TextAlignmentRole:
        return index.column() == PortColumn || index.column() == LatencyColumn
            ? QVariant(Qt::AlignRight | Qt::AlignVCenter)
            : QVariant();
    default:
        return {};
    }
}

QVariant ConnectionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case KindColumn:
        return tr("Kind");
    case ProtocolColumn:
        return tr("Protocol");
    case AddressColumn:
        return tr("Address");
    case PortColumn:
        return tr("Port");
    case IpVersionColumn:
        return tr("IP");
    case UriColumn:
        return tr("URI");
    case StatusColumn:
        return tr("Status");
    case LatencyColumn:
        return tr("Latency");
    default:
        return {};
    }
}

} // namespace PlexAuth
