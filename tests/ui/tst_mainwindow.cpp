// The main window with real widgets (offscreen) over the real services, the fake Plex server and
// the throwaway keyring (a test keychain service).
#include "accountlistmodel.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "serverspage.h"
#include "signindialog.h"
#include "tokeninspector.h"
#include "transienttokenpanel.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

using namespace PlexAuth;
using TestSupport::whenModalAppears;

namespace {
const QString aliceUuid = TestSupport::alice.uuid;
const QString carolUuid = TestSupport::carol.uuid;

QAction *actionNamed(QWidget *window, const QString &text)
{
    for (QAction *action : window->findChildren<QAction *>()) {
        if (action->text().remove(u'&') == text)
            return action;
    }
    return nullptr;
}
} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;

    std::unique_ptr<MainWindow> makeWindow(bool signInWhenEmpty = false)
    {
        auto window = std::make_unique<MainWindow>(m_gui.services(), m_gui.clipboard());
        window->setSignInWhenEmpty(signInWhenEmpty);
        return window;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_gui.reset()); }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void firstStartWithoutAccountsOpensSignIn()
    {
        auto window = makeWindow(true);
        QString opened;
        whenModalAppears([&opened](QWidget *modal) {
            opened = modal->objectName();
            qobject_cast<QDialog *>(modal)->reject();
        });
        window->show();
        QTRY_COMPARE(opened, QStringLiteral("SignInDialog"));
        QVERIFY(!actionNamed(window.get(), QStringLiteral("Copy Token"))->isEnabled());
    }

    void eachPageIsMadeWhenFirstShown()
    {
        // No account: the welcome page, and no account page made at all.
        auto empty = makeWindow();
        empty->show();
        QVERIFY(QTest::qWaitForWindowExposed(empty.get()));
        for (int tab = 0; tab < empty->tabs()->count(); ++tab)
            QVERIFY2(!qobject_cast<TokenInspector *>(empty->tabs()->widget(tab))
                    && !qobject_cast<ServersPage *>(empty->tabs()->widget(tab)),
                qPrintable(QString::number(tab)));
        empty.reset();

        // An account: its Token page is made for the first paint, the Servers page when its tab is chosen,
        // each with the account shown then.
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QTabWidget *tabs = window->tabs();
        auto *inspector = qobject_cast<TokenInspector *>(tabs->widget(0));
        QVERIFY(inspector);
        QCOMPARE(inspector->accountUuid(), aliceUuid);
        QVERIFY(!qobject_cast<ServersPage *>(tabs->widget(1)));
        const QString serversTitle = tabs->tabText(1);
        tabs->setCurrentIndex(1);
        auto *servers = qobject_cast<ServersPage *>(tabs->widget(1));
        QVERIFY(servers);
        QCOMPARE(tabs->currentWidget(), servers);
        QCOMPARE(tabs->tabText(1), serversTitle);
        QCOMPARE(servers->accountUuid(), aliceUuid);
        QCOMPARE(window->serversPage(), servers); // the same page, not another
        QCOMPARE(tabs->count(), 5);
    }

    void listsAccountsAndInspectsTheSelectedOne()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        QVERIFY(m_gui.addAccount(TestSupport::carol));
        auto window = makeWindow();
        window->resize(1280, 800);
        window->show();
        QCOMPARE(window->accountsView()->model()->rowCount(), 2);
        QCOMPARE(window->selectedUuid(), aliceUuid); // the default account
        QTRY_VERIFY(window->inspector()->hasToken());
        // Validate Token asks plex.tv now, whatever the last check said.
        actionNamed(window.get(), QStringLiteral("Validate Token"))->trigger();
        QTRY_COMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/user")), 1);
        QTRY_VERIFY(window->inspector()->stateLabel()->text().contains(QStringLiteral("Valid")));
        window->selectAccount(carolUuid);
        QCOMPARE(window->inspector()->accountUuid(), carolUuid);
        QVERIFY(actionNamed(window.get(), QStringLiteral("Make Default"))->isEnabled());
        actionNamed(window.get(), QStringLiteral("Make Default"))->trigger();
        QCOMPARE(m_gui.services()->accounts()->defaultUuid(), carolUuid);
        window->selectAccount(aliceUuid);
        QTRY_VERIFY(window->inspector()->hasToken());
        window->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-mainwindow.png"));
    }

    void signingInShowsTheAccountWithoutFalseFailuresOrRepeatedRequests()
    {
        auto window = makeWindow();
        window->resize(1280, 800);
        window->show();
        whenModalAppears([](QWidget *modal) {
            QTest::keyClicks(
                modal->findChild<QLineEdit *>(QStringLiteral("loginEdit")), TestSupport::alice.login);
            auto *password = modal->findChild<QLineEdit *>(QStringLiteral("passwordEdit"));
            QTest::keyClicks(password, TestSupport::alice.password);
            QTest::keyClick(password, Qt::Key_Return);
        });
        window->signIn();
        QCOMPARE(window->selectedUuid(), aliceUuid);
        QTRY_VERIFY(window->inspector()->hasToken());
        // The transient panel lists the servers; the Servers tab shows the same list, not a second one.
        QTRY_COMPARE(window->inspector()->transientPanel()->serverBox()->count(), 2);
        window->tabs()->setCurrentWidget(window->serversPage());
        QTRY_COMPARE(window->serversPage()->serverModel()->rowCount(), 2);
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/resources")), 1);
        // The account plex.tv just returned counts as checked: no /user right after signing in.
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/user")), 0);
        QVERIFY(window->inspector()->stateLabel()->text().contains(QStringLiteral("Valid")));
        // Nothing superseded along the way shows up as an error.
        for (const MessageBanner *banner : window->findChildren<MessageBanner *>())
            QVERIFY2(banner->text().isEmpty() || !banner->isVisible(), qPrintable(banner->text()));
    }

    void restoresGeometryAndTheLastAccount()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        QVERIFY(m_gui.addAccount(TestSupport::carol));
        {
            auto window = makeWindow();
            window->show();
            window->resize(900, 640);
            window->selectAccount(carolUuid);
            window->close();
        }
        auto window = makeWindow();
        window->show();
        QCOMPARE(window->selectedUuid(), carolUuid);
        QTRY_COMPARE(window->size(), QSize(900, 640));
    }

    void copyTokenShowsTheClipboardCountdown()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        window->show();
        QTRY_VERIFY(window->inspector()->hasToken());
        actionNamed(window.get(), QStringLiteral("Copy Token"))->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), TestSupport::aliceToken);
        const QList<QLabel *> labels = window->statusBar()->findChildren<QLabel *>();
        QTRY_VERIFY(std::any_of(labels.cbegin(), labels.cend(),
            [](const QLabel *label) { return label->text().contains(QStringLiteral("cleared in")); }));
        m_gui.clipboard()->clearNow();
        QVERIFY(QGuiApplication::clipboard()->text().isEmpty());
    }

    void signOutRevokesAndForgets()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        window->show();
        whenModalAppears(
            [](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
        actionNamed(window.get(), QStringLiteral("Sign Out…"))->trigger();
        QTRY_COMPARE(window->accountsView()->model()->rowCount(), 0);
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/users/signout")), 1);
    }

    void failedRevokeKeepsTheAccountAndOffersToRemoveOnly()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        m_gui.server().setFault(QStringLiteral("/api/v2/users/signout"),
            TestSupport::fault(FakePlex::FaultKind::ServiceUnavailable503));
        auto window = makeWindow();
        window->show();
        whenModalAppears(
            [](QWidget *modal) { qobject_cast<QMessageBox *>(modal)->button(QMessageBox::Yes)->click(); });
        actionNamed(window.get(), QStringLiteral("Sign Out…"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 10000);
        QCOMPARE(window->accountsView()->model()->rowCount(), 1);
        QVERIFY(window->banner()->text().contains(QStringLiteral("kept")));
        QVERIFY(window->banner()->actionButton()->isVisible());
        window->banner()->actionButton()->click();
        QTRY_COMPARE(window->accountsView()->model()->rowCount(), 0);
    }

    void everyActionHasAKeyboardPath()
    {
        auto window = makeWindow();
        for (const QString &text : { QStringLiteral("Sign In…"), QStringLiteral("Copy Token"),
                 QStringLiteral("Validate Token"), QStringLiteral("Settings…"), QStringLiteral("Quit") }) {
            QAction *action = actionNamed(window.get(), text);
            QVERIFY2(action, qPrintable(text));
            QVERIFY2(!action->shortcut().isEmpty(), qPrintable(text));
        }
        QVERIFY(!window->accountsView()->accessibleName().isEmpty());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
