// Every window and dialog in its main states, against the fake Plex server: each visible
// interactive widget has an accessible name and a keyboard path (the tab chain, or one the audit
// knows), and Tab follows the reading order (tests/ui/accessibilityaudit.h). Also keyboard-only
// paths through the browser sign-in.
#include "aboutdialog.h"
#include "accessibilityaudit.h"
#include "connectionsview.h"
#include "fieldlistmodel.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "serverspage.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "sourceid.h"
#include "sourcelookuppanel.h"
#include "tokeninspector.h"
#include "transienttokenpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QLabel>
#include <QListView>
#include <QMimeData>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QVBoxLayout>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
constexpr int neverClaimed = 1000000;

bool showAndActivate(QWidget *window)
{
    window->show();
    window->activateWindow();
    return QTest::qWaitForWindowActive(window);
}

template<typename T> T *child(QWidget *parent, const QString &name)
{
    T *found = parent->findChild<T *>(name);
    if (!found)
        qFatal("%s has no %s", qPrintable(parent->objectName()), qPrintable(name));
    return found;
}
} // namespace

// Fails the test with every problem of `window`, each naming the widget.
#define AUDIT(window, state)                                                                                 \
    do {                                                                                                     \
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);                                  \
        const QStringList found                                                                              \
            = AccessibilityAudit::problems(window) + AccessibilityAudit::orderProblems(window);              \
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral(state ":\n  ") + found.join(u"\n  "_s)));        \
    } while (false)

class TestAccessibility : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_gui.services(), m_gui.clipboard());
        window->setSignInWhenEmpty(false);
        window->resize(1280, 800);
        return window;
    }
    std::unique_ptr<SignInDialog> makeSignInDialog()
    {
        auto dialog = std::make_unique<SignInDialog>(m_gui.services(), m_gui.clipboard());
        dialog->setPinPollInterval(50ms);
        return dialog;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_gui.reset()); }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void theAuditFindsUnnamedAndUnreachableWidgets()
    {
        // The audit itself can fail: a field with neither a name nor a buddy, a button Tab skips, and
        // Tab going back up.
        QWidget window;
        window.setObjectName(u"auditWindow"_s);
        auto *layout = new QVBoxLayout(&window);
        auto *top = new QPushButton(u"&Top"_s, &window);
        auto *unnamed = new QLineEdit(&window);
        unnamed->setObjectName(u"unnamedField"_s);
        auto *skipped = new QPushButton(u"Skipped"_s, &window);
        skipped->setObjectName(u"skippedButton"_s);
        skipped->setFocusPolicy(Qt::NoFocus);
        auto *bottom = new QPushButton(u"&Bottom"_s, &window);
        for (QWidget *widget : std::initializer_list<QWidget *> { top, unnamed, skipped, bottom })
            layout->addWidget(widget);
        QVERIFY(showAndActivate(&window));
        const QStringList found = AccessibilityAudit::problems(&window);
        QVERIFY2(found.contains(u"no accessible name: QLineEdit \"unnamedField\" in auditWindow"_s),
            qPrintable(found.join(u'\n')));
        QVERIFY2(found.contains(u"not in the tab chain: QPushButton \"skippedButton\" in auditWindow"_s),
            qPrintable(found.join(u'\n')));
        QCOMPARE(found.size(), 2);
        QVERIFY(AccessibilityAudit::orderProblems(&window).isEmpty());
        QWidget::setTabOrder(top, bottom); // Top, Bottom, then back up to the field
        const QStringList order = AccessibilityAudit::orderProblems(&window);
        QVERIFY2(
            order.size() == 1 && order.first().contains(u"unnamedField"_s), qPrintable(order.join(u'\n')));
    }

    void mainWindowWelcome()
    {
        auto window = makeWindow();
        QVERIFY(showAndActivate(window.get()));
        AUDIT(window.get(), "main window, no account");
    }

    void mainWindowTokenTab()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        QVERIFY(showAndActivate(window.get()));
        TokenInspector *inspector = window->inspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->hasToken() && inspector->stateLabel()->text().contains(u"Valid"_s)
                && inspector->transientPanel()->serverBox()->count() > 0,
            20000);
        AUDIT(window.get(), "main window, Token tab");
        // With a transient token fetched.
        TransientTokenPanel *transient = inspector->transientPanel();
        transient->serverBox()->setEditText(
            m_gui.server().mediaServerUrl().toString()); // the fake's own address
        transient->fetchButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(transient->result()->isVisible(), 20000);
        AUDIT(window.get(), "main window, Token tab, transient token fetched");
        // With the window's own message above the tabs, and its action (as after a failed sign-out).
        window->banner()->showMessage(MessageBanner::Kind::Error, u"The token could not be revoked."_s);
        window->banner()->setAction(u"Remove without revoking"_s, [] {});
        AUDIT(window.get(), "main window, a message with an action");
    }

    void mainWindowServersTab()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        QVERIFY(showAndActivate(window.get()));
        ServersPage *page = window->serversPage();
        window->tabs()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->serverModel()->rowCount() > 0 && !page->isLoading(), 20000);
        AUDIT(window.get(), "main window, Servers tab");
        ConnectionsView *connections = page->connectionsView();
        connections->testButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(!connections->isTesting() && connections->model()->bestRow() >= 0, 20000);
        SourceLookupPanel *lookup = page->lookupPanel();
        lookup->sourceEdit()->setText(SourceId::exampleProvider());
        QTRY_VERIFY(lookup->lookUpButton()->isEnabled());
        lookup->lookUpButton()->click();
        QTRY_VERIFY_WITH_TIMEOUT(lookup->resultBox()->isVisible(), 20000);
        AUDIT(window.get(), "main window, Servers tab, connections tested, a source looked up");
    }

    void signInDialogPages()
    {
        m_gui.server().setPinClaimAfterPolls(neverClaimed);
        auto dialog = makeSignInDialog();
        QVERIFY(showAndActivate(dialog.get()));
        AUDIT(dialog.get(), "sign-in dialog, password page");
        auto *login = child<QLineEdit>(dialog.get(), u"loginEdit"_s);
        auto *password = child<QLineEdit>(dialog.get(), u"passwordEdit"_s);
        QTest::keyClicks(login, u"bob"_s);
        QTest::keyClicks(password, u"hunter2-but-longer"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(child<QLineEdit>(dialog.get(), u"codeEdit"_s)->isVisible(), 20000);
        AUDIT(dialog.get(), "sign-in dialog, two-step code asked for");
        dialog->setPage(SignInDialog::Page::Browser);
        auto *code = child<QLineEdit>(dialog.get(), u"pinCodeEdit"_s);
        QTRY_VERIFY_WITH_TIMEOUT(code->isVisible() && !code->text().isEmpty(), 20000);
        AUDIT(dialog.get(), "sign-in dialog, browser page waiting");
    }

    void settingsWithAdvancedExpanded()
    {
        SettingsDialog dialog(m_gui.services());
        QVERIFY(showAndActivate(&dialog));
        AUDIT(&dialog, "settings");
        child<QToolButton>(&dialog, u"advancedToggle"_s)->setChecked(true);
        QVERIFY(child<QLineEdit>(&dialog, u"plexTvUrlEdit"_s)->isVisible());
        AUDIT(&dialog, "settings, Advanced expanded");
    }

    void about()
    {
        AboutDialog dialog(m_gui.services()->identity());
        QVERIFY(showAndActivate(&dialog));
        AUDIT(&dialog, "about");
    }

    void copyLinkWithTheKeyboardOnly()
    {
        // The browser page with Alt+B, Tab to Copy link, Space: the link is copied as a secret.
        m_gui.server().setPinClaimAfterPolls(neverClaimed);
        QGuiApplication::clipboard()->clear();
        auto dialog = makeSignInDialog();
        QVERIFY(showAndActivate(dialog.get()));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_B, Qt::AltModifier);
        auto *link = child<QLineEdit>(dialog.get(), u"linkEdit"_s);
        auto *copyLink = child<QPushButton>(dialog.get(), u"copyLinkButton"_s);
        QTRY_VERIFY_WITH_TIMEOUT(copyLink->isVisible() && !link->text().isEmpty(), 20000);
        for (int presses = 0; presses < 12 && QApplication::focusWidget() != copyLink; ++presses)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), copyLink);
        QTest::keyClick(copyLink, Qt::Key_Space);
        QCOMPARE(QGuiApplication::clipboard()->text(), link->text());
        QVERIFY(QGuiApplication::clipboard()->mimeData()->hasFormat(u"x-kde-passwordManagerHint"_s));
        QVERIFY(m_gui.clipboard()->isGuarding());
        // Stop waiting by its mnemonic, then a new code by its own.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_T, Qt::AltModifier);
        auto *getCode = child<QPushButton>(dialog.get(), u"getCodeButton"_s);
        QTRY_VERIFY(getCode->isVisible());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_N, Qt::AltModifier);
        QTRY_VERIFY_WITH_TIMEOUT(copyLink->isVisible() && !link->text().isEmpty(), 20000);
        m_gui.clipboard()->clearNow();
    }

    void copyTheTokenAndARowWithTheKeyboardOnly()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        QVERIFY(showAndActivate(window.get()));
        TokenInspector *inspector = window->inspector();
        QTRY_VERIFY_WITH_TIMEOUT(inspector->hasToken(), 20000);
        // Enter on the account goes to its pages; Tab from there reaches the token field.
        window->accountsView()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(window->accountsView(), Qt::Key_Return);
        QTRY_COMPARE(QApplication::focusWidget(), window->tabs()->tabBar());
        QWidget *tokenEdit = inspector->tokenField()->findChild<QLineEdit *>();
        for (int presses = 0; presses < 6 && QApplication::focusWidget() != tokenEdit; ++presses)
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QCOMPARE(QApplication::focusWidget(), tokenEdit);
        QTest::keyClick(tokenEdit, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), TestSupport::aliceToken);
        m_gui.clipboard()->clearNow();
        // On to the account's details; a row's value with Ctrl+C.
        QWidget *details = nullptr;
        for (int presses = 0; presses < 6 && !details; ++presses) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            if (QApplication::focusWidget()->accessibleName() == u"Account details"_s)
                details = QApplication::focusWidget();
        }
        QVERIFY(details);
        auto *table = qobject_cast<QTableView *>(details);
        QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(table->currentIndex().isValid());
        QTest::keyClick(table, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(),
            table->currentIndex()
                .siblingAtColumn(FieldListModel::ValueColumn)
                .data(FieldListModel::CopyTextRole)
                .toString());
    }

    void copyAConnectionsUriWithTheKeyboardOnly()
    {
        // Enter on a server goes to its connections; Ctrl+C there copies the selected one's URI.
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        QVERIFY(showAndActivate(window.get()));
        ServersPage *page = window->serversPage();
        window->tabs()->setCurrentWidget(page);
        QTRY_VERIFY_WITH_TIMEOUT(page->serverModel()->rowCount() > 0 && !page->isLoading(), 20000);
        page->serversView()->setFocus(Qt::TabFocusReason);
        QTest::keyClick(page->serversView(), Qt::Key_Return);
        QTableView *connections = page->connectionsView()->table();
        QTRY_COMPARE(QApplication::focusWidget(), connections);
        QTest::keyClick(connections, Qt::Key_Down);
        QVERIFY(page->connectionsView()->currentConnection() >= 0);
        QGuiApplication::clipboard()->clear();
        QTest::keyClick(connections, Qt::Key_C, Qt::ControlModifier);
        QCOMPARE(QGuiApplication::clipboard()->text(), page->connectionsView()->currentUri().toString());
        QVERIFY(!QGuiApplication::clipboard()->text().isEmpty());
    }
};

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
