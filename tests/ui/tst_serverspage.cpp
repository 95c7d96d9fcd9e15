// The "Servers & sources" tab with real widgets (offscreen) against the fake Plex server: the
// account's servers, the selected server's token and connections, the connection doctor, and the
// tab in the main window.
#include "connectiondoctor.h"
#include "connectionsview.h"
#include "guifixture.h"
#include "keyboardaccess.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "serverfixtures.h"
#include "serverspage.h"
#include "sourcelookuppanel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QToolButton>

using namespace PlexAuth;
using namespace ServerFixtures;

namespace {
const QString aliceUuid = TestSupport::alice.uuid;
const QString bobUuid = TestSupport::bob.uuid;

QString cell(QAbstractItemModel *model, int row, int column)
{
    return model->index(row, column).data().toString();
}
} // namespace

class TestServersPage : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;
    std::unique_ptr<ServersPage> m_page;

    // Shows alice's servers and waits for plex.tv's answer.
    bool showAlice()
    {
        QSignalSpy loaded(m_page.get(), &ServersPage::serversLoaded);
        m_page->setAccount(
            m_gui.addAccount(TestSupport::alice, TestSupport::GuiFixture::Keep::ThisSessionOnly));
        return loaded.wait(10000) && loaded.first().first().toBool();
    }

    void save(QWidget *widget, const QString &name)
    {
        settleLayouts();
        widget->grab().save(QCoreApplication::applicationDirPath() + u'/' + name);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_gui.reset());
        m_page = std::make_unique<ServersPage>(m_gui.services(), m_gui.clipboard());
        m_page->resize(1000, 860);
        m_page->show();
    }

    void cleanup()
    {
        m_page.reset();
        QVERIFY(m_gui.cleanup()); // takes out the main window's accounts
    }

    void listsTheAccountsServers()
    {
        QAbstractItemModelTester proxyTester(
            m_page->serverProxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(showAlice());
        QSortFilterProxyModel *proxy = m_page->serverProxy();
        QCOMPARE(proxy->rowCount(), 2);
        // Yours first, then the one shared with you.
        QCOMPARE(cell(proxy, 0, ServerListModel::NameColumn), QStringLiteral("Living Room PMS"));
        QCOMPARE(cell(proxy, 0, ServerListModel::OwnerColumn), QStringLiteral("You"));
        QCOMPARE(cell(proxy, 0, ServerListModel::StatusColumn), QStringLiteral("Online"));
        QCOMPARE(cell(proxy, 0, ServerListModel::VersionColumn), QStringLiteral("1.41.3.9314-a0bfb8370"));
        QCOMPARE(cell(proxy, 0, ServerListModel::ConnectionsColumn), QStringLiteral("5"));
        QCOMPARE(cell(proxy, 1, ServerListModel::OwnerColumn), QStringLiteral("Shared by erin"));
        QVERIFY(
            cell(proxy, 1, ServerListModel::StatusColumn).startsWith(QStringLiteral("Offline, last seen")));
        QCOMPARE(m_page->statusLabel()->text(), QStringLiteral("Servers listed: 2"));
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/resources")), 1);
        QCOMPARE(m_gui.server().requests().last().header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        // Sorting by a column goes through the model's sort role.
        m_page->serversView()->sortByColumn(ServerListModel::NameColumn, Qt::DescendingOrder);
        QCOMPARE(cell(proxy, 0, ServerListModel::NameColumn), QStringLiteral("Living Room PMS"));
        m_page->serversView()->sortByColumn(ServerListModel::NameColumn, Qt::AscendingOrder);
        QCOMPARE(cell(proxy, 0, ServerListModel::NameColumn), QStringLiteral("Friend's PMS"));
        // The source lookup offers the same servers.
        QCOMPARE(m_page->lookupPanel()->serverBox()->count(), 2);
    }

    void filterNarrowsTheRows()
    {
        QVERIFY(showAlice());
        QLineEdit *filter = m_page->filterEdit();
        QCOMPARE(filter->placeholderText(), QStringLiteral("Filter servers"));
        QVERIFY(filter->isClearButtonEnabled());
        filter->setText(QStringLiteral("FRIEND")); // any case
        QCOMPARE(m_page->serverProxy()->rowCount(), 1);
        QCOMPARE(cell(m_page->serverProxy(), 0, 0), QStringLiteral("Friend's PMS"));
        QCOMPARE(m_page->statusLabel()->text(), QStringLiteral("Matching the filter: 1 of 2"));
        filter->setText(QStringLiteral("erin")); // any column: the owner
        QCOMPARE(m_page->serverProxy()->rowCount(), 1);
        filter->setText(QStringLiteral("no such server"));
        QCOMPARE(m_page->serverProxy()->rowCount(), 0);
        QCOMPARE(m_page->serverTitleLabel()->text(), QStringLiteral("No server selected"));
        QVERIFY(m_page->connectionsView()->model()->connections().isEmpty());
        filter->clear();
        QCOMPARE(m_page->serverProxy()->rowCount(), 2);
    }

    void selectingShowsConnectionsAndTheServersToken()
    {
        QVERIFY(showAlice());
        ConnectionsView *connections = m_page->connectionsView();
        QAbstractItemModelTester connectionsTester(
            connections->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // The first server is selected once the list arrives.
        QCOMPARE(m_page->selectedServer()->name, QStringLiteral("Living Room PMS"));
        QCOMPARE(m_page->serverTitleLabel()->text(), QStringLiteral("Living Room PMS"));
        QCOMPARE(m_page->serverTokenLabel()->text(),
            QStringLiteral(
                "This server's access token (for your own server it works like your account token):"));
        SecretField *token = m_page->serverTokenField();
        QCOMPARE(token->secret(), livingRoomToken);
        QVERIFY(!token->findChild<QLineEdit *>()->text().contains(livingRoomToken)); // masked
        QCOMPARE(connections->proxy()->rowCount(), 5);
        QCOMPARE(cell(connections->proxy(), 0, ConnectionTableModel::KindColumn), QStringLiteral("Local"));
        QCOMPARE(
            cell(connections->proxy(), 3, ConnectionTableModel::IpVersionColumn), QStringLiteral("IPv6"));
        QCOMPARE(cell(connections->proxy(), 4, ConnectionTableModel::KindColumn), QStringLiteral("Relay"));
        save(m_page.get(), QStringLiteral("screenshot-serverspage.png"));

        m_page->selectServer(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QCOMPARE(m_page->serverTokenLabel()->text(),
            QStringLiteral("The owner's server gave you this token; it is not your account token:"));
        QCOMPARE(token->secret(), friendsToken);
        QCOMPARE(connections->proxy()->rowCount(), 1);
        // Reveal shows it; Copy goes through the clipboard guard.
        token->revealButton()->click();
        QCOMPARE(token->findChild<QLineEdit *>()->text(), friendsToken);
        token->copyButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), friendsToken);
        QCOMPARE(QGuiApplication::clipboard()->mimeData()->data(QStringLiteral("x-kde-passwordManagerHint")),
            QByteArray("secret"));
        m_gui.clipboard()->clearNow();
        // Copy URI is a plain copy: an address is no secret.
        connections->table()->setCurrentIndex(connections->proxy()->index(0, 0));
        connections->copyUriButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(),
            QStringLiteral("https://198-51-100-9.0123456789abcdef0123456789abcdef.plex.direct:32400"));
        QVERIFY(!m_gui.clipboard()->isGuarding());
    }

    void refreshAsksPlexTvAgain()
    {
        QVERIFY(showAlice());
        m_page->selectServer(QStringLiteral("0123456789abcdef0123456789abcdef"));
        QSignalSpy loaded(m_page.get(), &ServersPage::serversLoaded);
        m_page->refreshButton()->click();
        QVERIFY(!m_page->refreshButton()->isEnabled()); // until plex.tv answers
        QVERIFY(loaded.wait(10000));
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/resources")), 2);
        QVERIFY(m_page->refreshButton()->isEnabled());
        QCOMPARE(m_page->selectedServer()->name, QStringLiteral("Friend's PMS")); // kept
    }

    void plexTvFailureIsShownInWords()
    {
        m_gui.server().setFault(QStringLiteral("/api/v2/resources"),
            TestSupport::fault(FakePlex::FaultKind::ServiceUnavailable503));
        m_gui.services()->http()->setRetryPolicy(
            { 1, std::chrono::milliseconds(10), std::chrono::seconds(1) });
        QSignalSpy loaded(m_page.get(), &ServersPage::serversLoaded);
        m_page->setAccount(
            m_gui.addAccount(TestSupport::alice, TestSupport::GuiFixture::Keep::ThisSessionOnly));
        QVERIFY(loaded.wait(10000));
        QCOMPARE(loaded.first().first().toBool(), false);
        QVERIFY(m_page->banner()->isVisible());
        QVERIFY2(m_page->banner()->text().startsWith(QStringLiteral("plex.tv did not list")),
            qPrintable(m_page->banner()->text()));
    }

    void testConnectionsFillsInAndPicksTheBest()
    {
        // Another fake server whose /identity names another machine, and a port nobody listens on.
        FakePlex::Server other;
        QVERIFY(other.start());
        QVERIFY(other.loadFixtureJson(servedAsFriendsServer()));
        const QString refused = QStringLiteral("http://127.0.0.1:%1").arg(closedPort());
        QVERIFY(m_gui.server().loadFixtureJson(withLivingRoomConnections({
            connection(QStringLiteral("{base}"), true),
            connection(other.baseUrl().toString(), true),
            connection(refused, false),
        })));
        QVERIFY(showAlice());
        ConnectionsView *view = m_page->connectionsView();
        QAbstractItemModelTester tester(
            view->proxy(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(view->model()->rowCount(), 3);
        QCOMPARE(view->doctor()->probeTimeout(), std::chrono::milliseconds(5000));
        QVERIFY(view->summaryLabel()->text().startsWith(QStringLiteral("Not tested yet.")));
        QSignalSpy probed(view->doctor(), &ConnectionDoctor::probeUpdated);
        QSignalSpy finished(view, &ConnectionsView::testFinished);
        m_gui.server().clearRequests();
        view->testButton()->click();
        QVERIFY(!view->testButton()->isEnabled());
        QVERIFY(finished.wait(15000));
        QVERIFY(probed.size() >= 3); // the rows filled in one by one
        ConnectionTableModel *model = view->model();
        const QString base = m_gui.server().baseUrl().toString();
        QCOMPARE(model->bestRow(), 0);
        QCOMPARE(cell(model, 0, ConnectionTableModel::StatusColumn), QStringLiteral("Reachable (best)"));
        QVERIFY(cell(model, 0, ConnectionTableModel::LatencyColumn).endsWith(QStringLiteral(" ms")));
        QCOMPARE(
            cell(model, 1, ConnectionTableModel::StatusColumn), QStringLiteral("Another server answers"));
        QCOMPARE(cell(model, 2, ConnectionTableModel::StatusColumn), QStringLiteral("Refused"));
        for (int row = 0; row < 3; ++row) {
            const QString explanation
                = model->index(row, 0).data(ConnectionTableModel::ExplanationRole).toString();
            QVERIFY2(!explanation.isEmpty(), qPrintable(QString::number(row)));
            QCOMPARE(model->index(row, ConnectionTableModel::StatusColumn).data(Qt::ToolTipRole).toString(),
                explanation);
        }
        QVERIFY2(view->summaryLabel()->text().startsWith(QStringLiteral("Best: ") + base),
            qPrintable(view->summaryLabel()->text()));
        QVERIFY(view->testButton()->isEnabled());
        // The best one is selected and explained; another row explains itself when selected.
        QCOMPARE(view->currentConnection(), 0);
        view->table()->setCurrentIndex(view->proxy()->mapFromSource(model->index(2, 0)));
        QVERIFY2(view->detailsLabel()->text().contains(QStringLiteral("Nothing is listening")),
            qPrintable(view->detailsLabel()->text()));
        // /identity needs no token, and none went to an address that had not proved itself.
        for (const FakePlex::RecordedRequest &request : m_gui.server().requests())
            QVERIFY(request.header("x-plex-token").isEmpty());
        // The source lookup now asks the server at the address that answered.
        QVERIFY2(m_page->lookupPanel()->serverHint()->text().contains(base),
            qPrintable(m_page->lookupPanel()->serverHint()->text()));
        save(m_page.get(), QStringLiteral("screenshot-serverspage-tested.png"));
    }

    void aSuggestedAddressCanBeCopiedOrUsedForLookups()
    {
        QVERIFY(showAlice());
        ConnectionsView *view = m_page->connectionsView();
        // What the doctor reports for a certificate made out to the plex.direct name.
        const QUrl suggested(
            QStringLiteral("https://10-0-0-5.546684a3d18ac5c39037360ec9ce900b.plex.direct:32400"));
        ProbeResult mismatch;
        mismatch.status = ProbeResult::Status::Failed;
        mismatch.explanation = QStringLiteral("The certificate at this address is for another name.");
        mismatch.suggestedUri = suggested;
        view->model()->setProbeResult(1, mismatch);
        QVERIFY(!view->copyAddressButton()->isVisible());
        view->table()->setCurrentIndex(view->proxy()->mapFromSource(view->model()->index(1, 0)));
        QVERIFY(view->detailsLabel()->text().contains(mismatch.explanation));
        QVERIFY(view->detailsLabel()->text().contains(suggested.toString()));
        QVERIFY(view->copyAddressButton()->isVisible());
        QCOMPARE(view->useAddressButton()->text(), QStringLiteral("Use for source lookup"));
        view->copyAddressButton()->click();
        QCOMPARE(QGuiApplication::clipboard()->text(), suggested.toString());
        view->useAddressButton()->click();
        SourceLookupPanel *lookup = m_page->lookupPanel();
        QCOMPARE(lookup->serverBox()->currentText(), QStringLiteral("Living Room PMS (yours)"));
        QVERIFY2(lookup->serverHint()->text().contains(suggested.toString()),
            qPrintable(lookup->serverHint()->text()));
    }

    void switchingAccountsStopsWhatWasUnderWay()
    {
        FakePlex::Server slow;
        QVERIFY(slow.start());
        slow.setFault(QStringLiteral("/identity"), TestSupport::fault(FakePlex::FaultKind::Hang));
        QVERIFY(m_gui.server().loadFixtureJson(
            withLivingRoomConnections({ connection(slow.baseUrl().toString(), true) })));
        QVERIFY(showAlice());
        m_page->connectionsView()->testButton()->click();
        QVERIFY(m_page->connectionsView()->isTesting());
        // plex.tv hangs for bob: switching away must not leave alice's list or tests behind.
        m_gui.server().setFault(
            QStringLiteral("/api/v2/resources"), TestSupport::fault(FakePlex::FaultKind::Hang));
        m_page->setAccount(
            m_gui.addAccount(TestSupport::bob, TestSupport::GuiFixture::Keep::ThisSessionOnly));
        QVERIFY(!m_page->connectionsView()->isTesting());
        QCOMPARE(m_page->serverModel()->rowCount(), 0);
        QCOMPARE(m_page->lookupPanel()->serverBox()->count(), 0);
        QVERIFY(m_page->isLoading());
        m_page->setAccount(std::nullopt);
        QVERIFY(!m_page->isLoading());
        QVERIFY(!m_page->refreshButton()->isEnabled());
    }

    void everyControlHasAnAccessibleNameAndItsOwnMnemonic()
    {
        QVERIFY(showAlice());
        const QStringList unnamed = KeyboardAccess::unnamedControls(m_page.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u' ')));
        const QStringList clashes = KeyboardAccess::mnemonicClashes(m_page.get());
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u' ')));
    }

    void tabGoesThroughTheControlsInReadingOrder()
    {
        QVERIFY(showAlice());
        m_page->activateWindow();
        const QStringList expected { QStringLiteral("Filter servers"),
            QStringLiteral("Refresh the server list"), QStringLiteral("Servers"),
            QStringLiteral("Server access token"), QStringLiteral("Reveal Server access token"),
            QStringLiteral("Copy Server access token"), QStringLiteral("Server connections"),
            QStringLiteral("Test the connections"), QStringLiteral("Copy the selected connection's URI"),
            QStringLiteral("Server to ask"), QStringLiteral("Source"),
            QStringLiteral("Refresh the source's connections"),
            QStringLiteral("Filter servers") }; // Look up is off until the source is valid; round again
        QCOMPARE(KeyboardAccess::focusChain(m_page->filterEdit(), int(expected.size())), expected);
    }

    void theMainWindowGivesItTheSelectedAccount()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        QVERIFY(m_gui.addAccount(TestSupport::bob));
        QVERIFY(m_gui.services()->accounts()->setDefault(aliceUuid).ok());
        MainWindow window(m_gui.services(), m_gui.clipboard());
        window.setSignInWhenEmpty(false);
        window.resize(1280, 800);
        window.show();
        QTabWidget *tabs = window.tabs();
        QCOMPARE(tabs->count(), 5);
        QCOMPARE(tabs->tabText(1), QStringLiteral("Serv&ers && sources"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Ho&me"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("&Devices"));
        QCOMPARE(tabs->tabText(4), QStringLiteral("A&pp tokens"));
        QVERIFY(tabs->tabBar()->isVisible());
        // Tab and menu mnemonics are live on every page. The pages are made when first shown: all of
        // them now, so that each is checked.
        QVERIFY(window.inspector() && window.serversPage() && window.homePage() && window.devicesPage()
            && window.appTokensPage());
        QStringList alwaysActive;
        for (int tab = 0; tab < tabs->count(); ++tab)
            alwaysActive.append(tabs->tabText(tab));
        for (QAction *menu : window.menuBar()->actions())
            alwaysActive.append(menu->text());
        for (int tab = 0; tab < tabs->count(); ++tab) {
            const QStringList clashes = KeyboardAccess::mnemonicClashes(tabs->widget(tab), alwaysActive);
            QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u' ')));
        }
        ServersPage *page = window.serversPage();
        QCOMPARE(page->accountUuid(), aliceUuid);
        QSignalSpy loaded(page, &ServersPage::serversLoaded);
        tabs->setCurrentWidget(page); // asked for once shown
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page->serverModel()->rowCount(), 2);
        window.selectAccount(bobUuid);
        QCOMPARE(page->accountUuid(), bobUuid);
        QCOMPARE(page->serverModel()->rowCount(), 0); // alice's servers are gone at once
        QVERIFY(loaded.wait(20000));
        QCOMPARE(page->serverModel()->rowCount(), 1);
        QCOMPARE(page->selectedServer()->name, QStringLiteral("Living Room PMS"));
        QCOMPARE(page->serverTokenField()->secret(), livingRoomBobToken);
        save(&window, QStringLiteral("screenshot-mainwindow-servers.png"));
    }
};

QTEST_MAIN(TestServersPage)
#include "tst_serverspage.moc"
