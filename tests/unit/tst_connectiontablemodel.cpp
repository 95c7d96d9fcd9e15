#include "connectiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;

namespace {
Connection connection(const QString &uri, bool local, bool relay)
{
    Connection c;
    c.uri = QUrl(uri);
    c.protocol = c.uri.scheme();
    c.address = c.uri.host();
    c.port = c.uri.port();
    c.local = local;
    c.relay = relay;
    return c;
}
} // namespace

class TestConnectionTableModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void connectionsShowProbesAndTheBest()
    {
        ConnectionTableModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setConnections(
            { connection(QStringLiteral("https://10-0-0-5.abc.plex.direct:32400"), true, false),
                connection(QStringLiteral("http://203.0.113.7:32400"), false, false),
                connection(QStringLiteral("https://relay.plex.direct:8443"), false, true) });
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.index(0, ConnectionTableModel::KindColumn).data().toString(), QStringLiteral("Local"));
        QCOMPARE(
            model.index(1, ConnectionTableModel::KindColumn).data().toString(), QStringLiteral("Remote"));
        QCOMPARE(model.index(2, ConnectionTableModel::KindColumn).data().toString(), QStringLiteral("Relay"));
        QVERIFY(model.index(0, ConnectionTableModel::StatusColumn).data().toString().isEmpty());

        ProbeResult ok;
        ok.status = ProbeResult::Status::Reachable;
        ok.latencyMs = 4;
        ok.explanation = QStringLiteral("answers as the expected server");
        model.setProbeResult(0, ok);
        ProbeResult refused;
        refused.status = ProbeResult::Status::Failed;
        PlexError error;
        error.kind = ErrorKind::ConnectionRefused;
        refused.error = error;
        refused.explanation = QStringLiteral("Nothing listens there.");
        model.setProbeResult(1, refused);
        model.setBest(0);
        QCOMPARE(model.index(0, ConnectionTableModel::StatusColumn).data().toString(),
            QStringLiteral("Reachable (best)"));
        QCOMPARE(
            model.index(0, ConnectionTableModel::LatencyColumn).data().toString(), QStringLiteral("4 ms"));
        QCOMPARE(
            model.index(1, ConnectionTableModel::StatusColumn).data().toString(), QStringLiteral("Refused"));
        QCOMPARE(model.index(1, ConnectionTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
            QStringLiteral("Nothing listens there."));
        QCOMPARE(model.index(0, 0).data(ConnectionTableModel::BestRole).toBool(), true);
        QCOMPARE(model.index(0, 0).data(ConnectionTableModel::UriRole).toUrl(),
            QUrl(QStringLiteral("https://10-0-0-5.abc.plex.direct:32400")));

        model.clearProbes();
        QCOMPARE(model.bestRow(), -1);
        QVERIFY(model.index(0, ConnectionTableModel::StatusColumn).data().toString().isEmpty());
        model.setProbeResult(9, ok); // out of range: ignored
    }

    void sortRoleOrdersEachColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<QStringList>("hostsInOrder");
        // Rows: B (remote, https, IPv6), a (local, http), C (relay, https).
        QTest::newRow("kind") << int(ConnectionTableModel::KindColumn)
                              << QStringList { u"a"_s, u"b"_s, u"c"_s };
        QTest::newRow("protocol") << int(ConnectionTableModel::ProtocolColumn)
                                  << QStringList { u"a"_s, u"b"_s, u"c"_s };
        QTest::newRow("address, case-insensitive")
            << int(ConnectionTableModel::AddressColumn) << QStringList { u"a"_s, u"b"_s, u"c"_s };
        QTest::newRow("port") << int(ConnectionTableModel::PortColumn)
                              << QStringList { u"c"_s, u"a"_s, u"b"_s };
        QTest::newRow("ip version") << int(ConnectionTableModel::IpVersionColumn)
                                    << QStringList { u"a"_s, u"c"_s, u"b"_s };
        QTest::newRow("uri") << int(ConnectionTableModel::UriColumn)
                             << QStringList { u"a"_s, u"b"_s, u"c"_s };
    }

    // Through a proxy set up as the connections view sets it up.
    void sortRoleOrdersEachColumn()
    {
        QFETCH(int, column);
        QFETCH(QStringList, hostsInOrder);
        ConnectionTableModel model;
        Connection remote = connection(QStringLiteral("https://B:32400"), false, false);
        remote.address = QStringLiteral("B");
        remote.ipv6 = true;
        Connection local = connection(QStringLiteral("http://a:8080"), true, false);
        local.address = QStringLiteral("a");
        Connection relay = connection(QStringLiteral("https://C:443"), false, true);
        relay.address = QStringLiteral("C");
        model.setConnections({ remote, local, relay });
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ConnectionTableModel::SortRole);
        proxy.sort(column, Qt::AscendingOrder);
        QStringList hosts;
        for (int row = 0; row < proxy.rowCount(); ++row)
            hosts << proxy.index(row, 0).data(ConnectionTableModel::UriRole).toUrl().host();
        QCOMPARE(hosts, hostsInOrder);
    }

    void newConnectionsReplaceTheShownTexts()
    {
        ConnectionTableModel model;
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ConnectionTableModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        model.setConnections({ connection(QStringLiteral("https://first.example:1"), true, false),
            connection(QStringLiteral("https://second.example:2"), true, false) });
        proxy.sort(ConnectionTableModel::UriColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, ConnectionTableModel::UriColumn).data().toString(),
            QStringLiteral("https://second.example:2"));

        model.setConnections({ connection(QStringLiteral("https://third.example:3"), true, false),
            connection(QStringLiteral("https://fourth.example:4"), true, false) });
        QCOMPARE(proxy.index(0, ConnectionTableModel::UriColumn).data().toString(),
            QStringLiteral("https://third.example:3"));
        QCOMPARE(proxy.index(1, ConnectionTableModel::UriColumn).data().toString(),
            QStringLiteral("https://fourth.example:4"));
        proxy.setFilterFixedString(QStringLiteral("FOURTH"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, ConnectionTableModel::UriColumn).data().toString(),
            QStringLiteral("https://fourth.example:4"));
        QCOMPARE(
            model.index(0, ConnectionTableModel::UriColumn).data(ConnectionTableModel::SortRole).toString(),
            QStringLiteral("https://third.example:3"));
    }
};

QTEST_GUILESS_MAIN(TestConnectionTableModel)
#include "tst_connectiontablemodel.moc"
