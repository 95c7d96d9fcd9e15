#include "serverlistmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>
#include <QTest>

using namespace PlexAuth;

namespace {
PlexServer server(const QString &name, bool owned, bool online, int connections,
    const QString &provides = QStringLiteral("server"))
{
    PlexServer s;
    s.name = name;
    s.clientIdentifier = name.toLower().remove(u' ') + QStringLiteral("-id");
    s.owned = owned;
    s.presence = online;
    s.provides = provides;
    s.productVersion = QStringLiteral("1.41.3");
    s.sourceTitle = owned ? QString() : QStringLiteral("erin");
    s.lastSeenAt = QDateTime(QDate(2026, 10, 1), QTime(8, 0), Qt::UTC);
    for (int i = 0; i < connections; ++i) {
        Connection c;
        c.protocol = QStringLiteral("https");
        c.address = QStringLiteral("192.168.1.%1").arg(10 + i);
        c.port = 32400;
        c.uri = QUrl(QStringLiteral("https://192-168-1-%1.abc.plex.direct:32400").arg(10 + i));
        c.local = true;
        s.connections.append(c);
    }
    return s;
}

} // namespace

class TestServerListModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void keepsOnlyServersAndPassesTheModelTester()
    {
        ServerListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setServers({ server(QStringLiteral("Living Room PMS"), true, true, 5),
            server(QStringLiteral("Phone"), true, true, 1, QStringLiteral("player")),
            server(QStringLiteral("Friend's PMS"), false, false, 1) });
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(
            model.index(0, ServerListModel::NameColumn).data().toString(), QStringLiteral("Living Room PMS"));
        QCOMPARE(model.index(0, ServerListModel::OwnerColumn).data().toString(), QStringLiteral("You"));
        QCOMPARE(
            model.index(1, ServerListModel::OwnerColumn).data().toString(), QStringLiteral("Shared by erin"));
        QCOMPARE(model.index(0, ServerListModel::StatusColumn).data().toString(), QStringLiteral("Online"));
        QVERIFY(model.index(1, ServerListModel::StatusColumn)
                    .data()
                    .toString()
                    .startsWith(QStringLiteral("Offline, last seen")));
        QCOMPARE(model.index(0, ServerListModel::ConnectionsColumn).data().toInt(), 5);
        QCOMPARE(model.rowOf(QStringLiteral("friend'spms-id")), 1);
        QCOMPARE(model.serverAt(1)->name, QStringLiteral("Friend's PMS"));
        QCOMPARE(model.serverAt(7), nullptr);
        model.setServers({});
        QCOMPARE(model.rowCount(), 0);
    }

    void sortsAndFiltersThroughAProxy()
    {
        ServerListModel model;
        model.setServers({ server(QStringLiteral("b-server"), false, false, 3),
            server(QStringLiteral("A-server"), true, true, 1),
            server(QStringLiteral("c-server"), false, true, 2) });
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(ServerListModel::SortRole);
        proxy.setFilterKeyColumn(-1);
        proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.sort(ServerListModel::NameColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("A-server")); // case-insensitive
        proxy.sort(ServerListModel::ConnectionsColumn, Qt::DescendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("b-server"));
        proxy.sort(ServerListModel::OwnerColumn);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("A-server")); // yours first
        proxy.setFilterFixedString(QStringLiteral("C-SERV"));
        QCOMPARE(proxy.rowCount(), 1);
    }
};

QTEST_GUILESS_MAIN(TestServerListModel)
#include "tst_serverlistmodel.moc"
