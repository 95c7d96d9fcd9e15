// The main window's Home tab (plex-auth-api.md §2.9) with real widgets (offscreen) over the real services,
// the fake Plex server and the throwaway keyring: alice's Home users, an account in no Home, a wrong PIN
// that keeps the dialog for another try, the right one, and the profile kept under its Home account.
#include "accessibilityaudit.h"
#include "accountlistmodel.h"
#include "guifixture.h"
#include "homepage.h"
#include "homepindialog.h"
#include "keyboardaccess.h"
#include "mainwindow.h"
#include "messagebanner.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>

using namespace PlexAuth;
using TestSupport::whenModalAppears;

namespace {
const QString aliceUuid = TestSupport::alice.uuid;
const QString teenUuid = QStringLiteral("5a3c0f2b7e9d4a16"); // protected, PIN 4321
const QString kidsUuid = QStringLiteral("6b4d1e3c8f0a5b27");

QStringList uuidsOf(const AccountListModel &model)
{
    QStringList uuids;
    for (int row = 0; row < model.rowCount(); ++row)
        uuids.append(model.index(row).data(AccountListModel::UuidRole).toString());
    return uuids;
}
} // namespace

class TestHomePage : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_gui.services(), m_gui.clipboard());
        window->setSignInWhenEmpty(false);
        window->resize(1200, 800);
        window->show();
        return window;
    }
    // The Home tab of `window` shown, and its users loaded.
    static bool showHome(MainWindow *window)
    {
        QSignalSpy loaded(window->homePage(), &HomePage::usersLoaded);
        window->tabs()->setCurrentWidget(window->homePage());
        return (!loaded.isEmpty() || loaded.wait(20000)) && loaded.last().first().toBool();
    }
    static QString stored(const QString &uuid, TestSupport::GuiFixture &gui)
    {
        TestSupport::Outcome<QString> token;
        gui.services()->accounts()->token(uuid, gui.services(), token.handler());
        if (!token.wait(TestSupport::GuiFixture::keychainTimeoutMs) || !token.result().ok())
            return {};
        return token.result().value();
    }

private Q_SLOTS:
    void init() { QVERIFY(m_gui.reset()); }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void listsTheHomeUsersOfTheSelectedAccount()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        QVERIFY(m_gui.addAccount(TestSupport::bob, TestSupport::GuiFixture::Keep::ThisSessionOnly));
        QVERIFY(m_gui.services()->accounts()->setDefault(aliceUuid).ok());
        auto window = makeWindow();
        HomePage *page = window->homePage();
        QCOMPARE(window->tabs()->tabText(window->tabs()->indexOf(page)), QStringLiteral("Ho&me"));
        QCOMPARE(page->accountUuid(), aliceUuid);
        QCOMPARE(
            m_gui.server().requestCount(QStringLiteral("/api/v2/home/users")), 0); // not before it is shown
        QSignalSpy loaded(page, &HomePage::usersLoaded);
        window->tabs()->setCurrentWidget(page);
        QVERIFY(page->isLoading());
        QVERIFY(page->busyIndicator()->isVisible());
        QVERIFY(!page->switchButton()->isEnabled());
        QVERIFY(loaded.wait(20000));
        QVERIFY(!page->busyIndicator()->isVisible());
        QCOMPARE(page->userModel()->rowCount(), 5);
        QCOMPARE(page->statusLabel()->text(), QStringLiteral("Alice's Home: 5 users"));
        QCOMPARE(m_gui.server().requests().last().header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        // alice herself is first: no profile to switch to.
        QCOMPARE(page->selectedUser()->uuid, aliceUuid);
        QVERIFY(!page->switchButton()->isEnabled());
        page->selectUser(teenUuid);
        QVERIFY(page->switchButton()->isEnabled());
        const QModelIndex pin
            = page->userModel()->index(page->userModel()->rowOf(teenUuid), HomeUserModel::PinColumn);
        QCOMPARE(pin.data().toString(), QStringLiteral("PIN"));
        QCOMPARE(pin.data(Qt::AccessibleTextRole).toString(), QStringLiteral("Protected by a PIN"));

        // Keyboard: every control named, in the tab chain, no mnemonic clash with the tabs and menus.
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        const QStringList problems = AccessibilityAudit::problems(window.get());
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QStringList alwaysActive;
        for (int tab = 0; tab < window->tabs()->count(); ++tab)
            alwaysActive.append(window->tabs()->tabText(tab));
        for (QAction *menu : window->menuBar()->actions())
            alwaysActive.append(menu->text());
        const QStringList clashes = KeyboardAccess::mnemonicClashes(page, alwaysActive);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u' ')));
        window->grab().save(QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-home.png"));

        // bob is in no Home: said, not an error.
        window->selectAccount(TestSupport::bob.uuid);
        QCOMPARE(page->userModel()->rowCount(), 0); // alice's users are gone at once
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.last().first().toBool(), true);
        QVERIFY2(page->statusLabel()->text().contains(QStringLiteral("in no Plex Home")),
            qPrintable(page->statusLabel()->text()));
        QVERIFY(page->banner()->isHidden());
        QVERIFY(!page->switchButton()->isEnabled());
    }

    void aWrongPinKeepsTheDialogThenTheRightOneKeepsTheProfile()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        QVERIFY(m_gui.addAccount(TestSupport::bob));
        auto window = makeWindow();
        window->selectAccount(aliceUuid);
        QVERIFY(showHome(window.get()));
        HomePage *page = window->homePage();
        page->selectUser(teenUuid);
        m_gui.server().clearRequests();

        bool answered = false;
        QString firstProblem;
        QString wrongPinSent;
        whenModalAppears([&](QWidget *modal) {
            auto *dialog = qobject_cast<HomePinDialog *>(modal);
            if (!dialog)
                return;
            // A failed check below returns early: the dialog must still close, or its exec() never returns.
            const auto closeOnFailure = qScopeGuard([&] {
                if (!answered)
                    dialog->reject();
            });
            QSignalSpy attempts(dialog, &HomePinDialog::attemptFinished);
            QTRY_VERIFY(dialog->pinEdit()->hasFocus()); // once the dialog is active
            QCOMPARE(dialog->pinEdit()->echoMode(), QLineEdit::Password);
            QVERIFY(!dialog->switchButton()->isEnabled()); // nothing typed yet
            QTest::keyClicks(dialog->pinEdit(), QStringLiteral("1111"));
            QTest::keyClick(dialog->pinEdit(), Qt::Key_Return);
            QVERIFY(attempts.wait(20000));
            QCOMPARE(attempts.last().first().toBool(), false);
            // Still open, the problem said, the field empty and ready for another try.
            QVERIFY(dialog->isVisible());
            QVERIFY(dialog->errorLabel()->isVisible());
            firstProblem = dialog->errorLabel()->text();
            wrongPinSent = m_gui.server().requests().last().query.queryItemValue(QStringLiteral("pin"));
            QVERIFY(dialog->pinEdit()->isEnabled());
            QVERIFY(dialog->pinEdit()->text().isEmpty());
            QTRY_VERIFY(dialog->pinEdit()->hasFocus());
            QTest::keyClicks(dialog->pinEdit(), QStringLiteral("4321"));
            QTest::keyClick(dialog->pinEdit(), Qt::Key_Return);
            answered = true;
        });
        QSignalSpy switched(page, &HomePage::profileSwitched);
        QTest::keyClick(page->usersView(), Qt::Key_Return); // Enter on the user: Switch to Profile…
        QVERIFY(answered);
        QCOMPARE(wrongPinSent, QStringLiteral("1111"));
        QVERIFY2(
            firstProblem.contains(QStringLiteral("PIN")) && !firstProblem.contains(QStringLiteral("1111")),
            qPrintable(firstProblem));
        QCOMPARE(switched.size(), 1);
        QCOMPARE(switched.first().first().toString(), teenUuid);

        // Kept: under alice, marked protected, and selected; its own token in the keychain.
        AccountListModel *accounts = window->accountsModel();
        QCOMPARE(uuidsOf(*accounts), QStringList({ aliceUuid, teenUuid, TestSupport::bob.uuid }));
        const QModelIndex teen = accounts->index(accounts->rowOf(teenUuid));
        QCOMPARE(teen.data(AccountListModel::HomeDepthRole).toInt(), 1);
        QCOMPARE(teen.data(AccountListModel::HomeUuidRole).toString(), aliceUuid);
        QVERIFY(teen.data(AccountListModel::HomeProtectedRole).toBool());
        QCOMPARE(window->selectedUuid(), teenUuid);
        const QString token = stored(teenUuid, m_gui);
        QVERIFY(!token.isEmpty() && token != TestSupport::aliceToken);
        QVERIFY(m_gui.services()->accounts()->account(teenUuid)->remembered);
        window->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-home-profile.png"));
    }

    void anUnprotectedProfileIsSwitchedToAtOnce()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        QVERIFY(showHome(window.get()));
        HomePage *page = window->homePage();
        page->selectUser(kidsUuid);
        QSignalSpy switched(page, &HomePage::profileSwitched);
        page->switchButton()->click();
        QVERIFY(switched.wait(20000));
        QCOMPARE(uuidsOf(*window->accountsModel()), QStringList({ aliceUuid, kidsUuid }));
        QCOMPARE(window->selectedUuid(), kidsUuid);
        QVERIFY(!window->accountsModel()->index(1).data(AccountListModel::HomeProtectedRole).toBool());
        QCOMPARE(m_gui.server().requests().last().path,
            QStringLiteral("/api/v2/home/users/%1/switch").arg(kidsUuid));
        QVERIFY(!m_gui.server().requests().last().query.hasQueryItem(QStringLiteral("pin")));
        QVERIFY(!stored(kidsUuid, m_gui).isEmpty());
        // The profile's own Home tab (shown at once, as the tab is): the same Home, the profile itself
        // not switchable.
        QCOMPARE(window->homePage()->accountUuid(), kidsUuid);
        QTRY_VERIFY_WITH_TIMEOUT(!page->isLoading() && page->userModel()->rowCount() == 5, 20000);
        QCOMPARE(m_gui.server().requests().last().header("x-plex-token"), stored(kidsUuid, m_gui).toUtf8());
        window->homePage()->selectUser(kidsUuid);
        QVERIFY(!window->homePage()->switchButton()->isEnabled());
    }
};

QTEST_MAIN(TestHomePage)
#include "tst_homepage.moc"
