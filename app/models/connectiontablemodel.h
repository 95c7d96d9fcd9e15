#pragma once

#include "connectiondoctor.h"

#include <QAbstractTableModel>

namespace PlexAuth {

// A server's (or a source's) connections, with what the connection doctor found for each:
// status, latency and which one is best. View-agnostic; sort and filter through a proxy
// (SortRole gives sortable values).
class ConnectionTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionTableModel)

public:
    enum Column
    {
        KindColumn, // local / remote / relay
        ProtocolColumn,
        AddressColumn,
        PortColumn,
        IpVersionColumn,
        UriColumn,
        StatusColumn,
        LatencyColumn,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole + 1,
        UriRole, // QUrl
        BestRole, // bool
        ExplanationRole, // QString: the probe's explanation in words
    };

    explicit ConnectionTableModel(QObject *parent = nullptr);

    // Shares the list (QList is implicitly shared): nothing per connection is copied or made here.
    void setConnections(QList<Connection> connections);
    const QList<Connection> &connections() const { return m_connections; }
    // Shows the doctor's findings as they arrive.
    void setProbeResult(int row, const ProbeResult &result);
    void setBest(int row);
    void clearProbes();
    int bestRow() const { return m_best; }
    // Pending (a default ProbeResult) for a row the doctor has not reported on.
    const ProbeResult &probeAt(int row) const { return m_probes.isEmpty() ? s_pending : m_probes[row]; }

    static QString kindText(const Connection &connection);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    // Texts made from a row on first use and kept until the connections change: a sort asks for
    // two keys at each of its n log n comparisons, and a filter for every row's display text.
    struct RowTexts
    {
        QString uri;
        QString uriKey;
        QString addressKey;
        QString protocolKey;
    };
    const QString &uriText(int row) const;
    QString sortKey(int row, int column) const;

    static const ProbeResult s_pending;

    QList<Connection> m_connections;
    // Both empty until first needed (the doctor's first finding; the first sort or filter), then one
    // per connection: a lookup that nobody tests or sorts makes neither.
    QList<ProbeResult> m_probes;
    mutable QList<RowTexts> m_texts;
    int m_best = -1;
};

} // namespace PlexAuth
