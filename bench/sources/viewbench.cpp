#include "viewbench.h"

#include "connectiondoctor.h"
#include "connectiontablemodel.h"
#include "errormapping.h"

#include <QSortFilterProxyModel>

namespace Bench {

namespace {

using PlexAuth::ConnectionTableModel;
using PlexAuth::ProbeResult;

constexpr double targetMs = 50;

// What the connection doctor would have found: most addresses answer or time out, some refuse,
// some names do not resolve, a few answer as another server.
ProbeResult probeFor(int row, const PlexAuth::Connection &connection)
{
    const std::chrono::milliseconds timeout { 5000 };
    const PlexAuth::RequestContext context { PlexAuth::Peer::MediaServer, PlexAuth::Purpose::General,
        connection.uri.toUrl(), 5 };
    ProbeResult result;
    switch (row % 10) {
    case 0:
    case 1:
    case 2:
    case 3:
        result.status = ProbeResult::Status::Reachable;
        result.latencyMs = 2 + (row * 37) % 400;
        result.explanation = QStringLiteral("Answers as this server over a secure connection.");
        return result;
    case 4:
        result.status = ProbeResult::Status::WrongServer;
        result.latencyMs = 2 + (row * 53) % 300;
        result.explanation = QStringLiteral("This address answers as another Plex Media Server.");
        return result;
    case 5:
    case 6:
    case 7:
        return PlexAuth::ConnectionDoctor::failedProbe(connection,
            PlexAuth::ErrorMapping::fromNetwork(QNetworkReply::OperationCanceledError,
                QStringLiteral("Operation canceled"), {}, true, context),
            timeout);
    case 8:
        return PlexAuth::ConnectionDoctor::failedProbe(connection,
            PlexAuth::ErrorMapping::fromNetwork(QNetworkReply::ConnectionRefusedError,
                QStringLiteral("Connection refused"), {}, false, context),
            timeout);
    default:
        return PlexAuth::ConnectionDoctor::failedProbe(connection,
            PlexAuth::ErrorMapping::fromNetwork(
                QNetworkReply::HostNotFoundError, QStringLiteral("Host not found"), {}, false, context),
            timeout);
    }
}

// The model with the doctor's findings and the proxy, set up as ConnectionsView sets them up. A new
// pair for every timed run: nothing the model makes on first use is left from the run before.
struct Table
{
    Table(const QList<PlexAuth::Connection> &connections, const QList<ProbeResult> &probes)
    {
        model.setConnections(connections);
        for (int row = 0; row < probes.size(); ++row)
            model.setProbeResult(row, probes[row]);
        model.setBest(0);
        proxy.setSourceModel(&model);
        proxy.setSortRole(ConnectionTableModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        shown();
    }

    // What a view asks for first. Until something has asked, the proxy maps no rows, and sorting
    // or filtering it would do nothing until then.
    void shown() const { proxy.rowCount(); }

    ConnectionTableModel model;
    QSortFilterProxyModel proxy;
};

void checkSorted(const QSortFilterProxyModel &proxy, int column)
{
    for (int row = 1; row < proxy.rowCount(); ++row) {
        const QVariant previous = proxy.index(row - 1, column).data(ConnectionTableModel::SortRole);
        const QVariant current = proxy.index(row, column).data(ConnectionTableModel::SortRole);
        if (QVariant::compare(current, previous) == QPartialOrdering::Less)
            fail(QStringLiteral("column %1 is not sorted at row %2").arg(column).arg(row));
    }
}

// How many rows show `text` in some column, counted without the proxy.
int rowsShowing(const ConnectionTableModel &model, const QString &text)
{
    int rows = 0;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.index(row, column).data().toString().contains(text, Qt::CaseInsensitive)) {
                ++rows;
                break;
            }
        }
    }
    return rows;
}

// Times `work` on a new table after `prepare` (not timed), warm-ups first; `check` looks at the
// outcome of each run.
template<typename Prepare, typename Work, typename Check>
Samples repeat(const Options &options, const QList<PlexAuth::Connection> &connections,
    const QList<ProbeResult> &probes, Prepare prepare, Work work, Check check)
{
    Samples samples;
    for (int run = 0; run < options.warmups + options.runs; ++run) {
        Table table(connections, probes);
        prepare(table.proxy);
        table.shown();
        const double elapsed = timeMs([&] { work(table.proxy); });
        check(table);
        if (run >= options.warmups)
            samples.add(elapsed);
    }
    return samples;
}

QString quoted(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("clearing the filter") : QStringLiteral("`%1`").arg(text);
}

} // namespace

QString measureSortAndFilter(const QList<PlexAuth::Connection> &connections, const Options &options)
{
    QList<ProbeResult> probes;
    for (int row = 0; row < connections.size(); ++row)
        probes.append(probeFor(row, connections[row]));
    const Table reference(connections, probes);

    QString text = QStringLiteral(
        "A `QSortFilterProxyModel` set up as `ui/connectionsview.cpp` sets it up (sort role "
        "`ConnectionTableModel::SortRole`; the filter a fixed string, case-insensitive, in every column's "
        "display text) over the %L1 connections, with the doctor's findings filled in (reachable, another "
        "server, timed out, refused, name not found). Each run starts from a newly filled model, as after "
        "a lookup; the proxy's own work only, no view.\n\n")
                       .arg(connections.size());

    text += QStringLiteral("| sort by (ascending, from plex.tv's order) | median (min–max) | under 50 ms |\n"
                           "|---|---|---|\n");
    double slowestSort = 0;
    QString slowestSortName;
    for (int column = 0; column < ConnectionTableModel::ColumnCount; ++column) {
        const Samples samples = repeat(
            options, connections, probes, [](QSortFilterProxyModel &) {},
            [column](QSortFilterProxyModel &proxy) { proxy.sort(column, Qt::AscendingOrder); },
            [column](const Table &table) { checkSorted(table.proxy, column); });
        const QString name = reference.model.headerData(column, Qt::Horizontal).toString();
        text += QStringLiteral("| %1 | %2 | %3 |\n")
                    .arg(name, samples.summary(), verdict(samples.median() < targetMs));
        if (samples.median() > slowestSort) {
            slowestSort = samples.median();
            slowestSortName = name;
        }
    }

    const QString selective = QStringLiteral("192.168.7.");
    const QStringList filters { selective, QStringLiteral("plex.direct"), QStringLiteral("timed out"),
        QString() };
    text += QStringLiteral(
        "\n| filter (`setFilterFixedString`) | rows shown | proxy unsorted | proxy sorted by "
        "Address |\n|---|---|---|---|\n");
    double slowestFilter = 0;
    QString slowestFilterName;
    for (const QString &filter : filters) {
        const int expected = rowsShowing(reference.model, filter);
        // Clearing starts from a filtered proxy; the others from an unfiltered one.
        const QString before = filter.isEmpty() ? selective : QString();
        QStringList cells;
        for (const int sortColumn : { -1, int(ConnectionTableModel::AddressColumn) }) {
            const Samples samples = repeat(
                options, connections, probes,
                [&](QSortFilterProxyModel &proxy) {
                    proxy.sort(sortColumn, Qt::AscendingOrder);
                    proxy.setFilterFixedString(before);
                },
                [&](QSortFilterProxyModel &proxy) { proxy.setFilterFixedString(filter); },
                [&](const Table &table) {
                    if (table.proxy.rowCount() != expected)
                        fail(QStringLiteral("the filter %1 shows %2 rows, not %3")
                                 .arg(filter)
                                 .arg(table.proxy.rowCount())
                                 .arg(expected));
                    if (sortColumn >= 0)
                        checkSorted(table.proxy, sortColumn);
                });
            cells.append(
                QStringLiteral("%1 (%2)").arg(samples.summary(), verdict(samples.median() < targetMs)));
            if (samples.median() > slowestFilter) {
                slowestFilter = samples.median();
                slowestFilterName = QStringLiteral("%1, %2").arg(quoted(filter),
                    sortColumn < 0 ? QStringLiteral("unsorted") : QStringLiteral("sorted by Address"));
            }
        }
        text += QStringLiteral("| %1 | %L2 | %3 | %4 |\n")
                    .arg(quoted(filter))
                    .arg(expected)
                    .arg(cells[0], cells[1]);
    }
    const int selected = rowsShowing(reference.model, selective);
    if (selected == 0 || selected == connections.size())
        fail(QStringLiteral("the selective filter selects nothing or everything"));

    text += QStringLiteral("\n- Slowest sort (medians): **%1 ms**, by %2 (target under 50 ms: %3)\n")
                .arg(ms(slowestSort), slowestSortName, verdict(slowestSort < targetMs));
    text += QStringLiteral("- Slowest filter (medians): **%1 ms**, %2 (target under 50 ms: %3)\n")
                .arg(ms(slowestFilter), slowestFilterName, verdict(slowestFilter < targetMs));
    return text;
}

} // namespace Bench
