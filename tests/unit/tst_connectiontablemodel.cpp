#include "connectiontablemodel.h"

#include <QAbstractItemModelTester>
#include <QTest>

using namespace PlexAuth;

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
};

QTEST_GUILESS_MAIN(TestConnectionTableModel)
#include "tst_connectiontablemodel.moc"
