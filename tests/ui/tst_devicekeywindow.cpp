// The window's side of Plex JWT device keys, with real widgets (offscreen) over the real services,
// the fake Plex server and the throwaway keyring: the token inspector's device key panel, the
// Upgrade and Refresh actions, and an account that needs signing in again (the list, the inspector,
// the desktop notification and its "Sign in again"). The flows themselves against a fake clients API
// are tested elsewhere; here plex.tv's answers are faults or plain tokens.
#include "accountlistmodel.h"
#include "countdownlabel.h"
#include "credentialwatch.h"
#include "devicekey.h"
#include "devicekeyactions.h"
#include "devicekeypanel.h"
#include "fakenotifications.h"
#include "guifixture.h"
#include "mainwindow.h"
#include "messagebanner.h"
#include "signindialog.h"
#include "tokeninspector.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTimer>

using namespace PlexAuth;
using TestSupport::whenModalAppears;

namespace {
const QString aliceUuid = TestSupport::alice.uuid;
const QString bobUuid = TestSupport::bob.uuid;

QString shortTime(const QDateTime &when)
{
    return QLocale().toString(when.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

class TestDeviceKeyWindow : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;
    std::unique_ptr<CredentialWatch> m_watch;
    QString m_keyId;
    QDateTime m_expiresAt;

    // `who` kept as a Plex JWT account with a fresh device key (its token is its fixture's, which the
    // fake plex.tv accepts at /user).
    bool addDeviceKeyAccount(const TestSupport::FixtureAccount &who, qint64 secondsLeft = 7 * 86400)
    {
        const Result<DeviceKey> key = DeviceKey::generate();
        if (!key.ok())
            return false;
        m_keyId = key.value().keyId();
        m_expiresAt = QDateTime::currentDateTimeUtc().addSecs(secondsLeft);
        DeviceAuthState state;
        state.keyId = m_keyId;
        state.tokenExpiresAt = m_expiresAt;
        state.lastRefreshAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        TestSupport::Outcome<StoredAccount> added;
        m_gui.services()->accounts()->add(who.account(), true,
            DeviceKeyCredential { key.value().keychainText(), state }, m_gui.services(), added.handler());
        return added.wait(TestSupport::GuiFixture::keychainTimeoutMs) && added.result().ok();
    }

    std::unique_ptr<MainWindow> makeWindow()
    {
        auto window = std::make_unique<MainWindow>(m_gui.services(), m_gui.clipboard(), m_watch.get());
        window->setSignInWhenEmpty(false);
        window->resize(1100, 900);
        window->show();
        return window;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_gui.reset());
        m_watch
            = std::make_unique<CredentialWatch>(m_gui.services()->sessions(), m_gui.services()->accounts());
    }

    void cleanup()
    {
        m_watch.reset();
        QVERIFY(m_gui.cleanup());
    }

    void inspectorShowsTheDeviceKeyAndItsRenewals()
    {
        QVERIFY(addDeviceKeyAccount(TestSupport::alice));
        auto window = makeWindow();
        m_watch->start();
        TokenInspector *inspector = window->inspector();
        QTRY_COMPARE(inspector->kindLabel()->text(), QStringLiteral("Plex JWT with device key"));
        DeviceKeyPanel *panel = inspector->deviceKeyPanel();
        QVERIFY(panel->isVisible());
        QCOMPARE(panel->keyIdLabel()->text(), m_keyId);
        const QString expiry = panel->expiryLabel()->text();
        QVERIFY2(expiry.startsWith(QStringLiteral("In 6 d 23 h")), qPrintable(expiry));
        QVERIFY(expiry.contains(QLocale().toString(m_expiresAt.toLocalTime(), QLocale::LongFormat)));
        // Planned a day before the token expires.
        const QDateTime next = m_watch->nextRenewalAt(aliceUuid);
        QVERIFY(qAbs(next.secsTo(m_expiresAt.addDays(-1))) < 5);
        QCOMPARE(panel->nextRefreshLabel()->text(), shortTime(next));
        QVERIFY(!panel->lastRefreshLabel()->text().isEmpty());
        QVERIFY(!panel->problemLabel()->isVisible());
        QVERIFY(panel->refreshButton()->isEnabled());
        window->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-devicekey-inspector.png"));
    }

    void theExpiryCountdownIsLive()
    {
        // (Not watched: the watch would renew a token this close to its end at once.)
        QVERIFY(addDeviceKeyAccount(TestSupport::alice, 2 * 3600));
        auto window = makeWindow();
        DeviceKeyPanel *panel = window->inspector()->deviceKeyPanel();
        QTRY_VERIFY(panel->expiryLabel()->text().startsWith(QStringLiteral("In 1:59:")));
        const QString first = panel->expiryLabel()->text();
        QTRY_VERIFY_WITH_TIMEOUT(panel->expiryLabel()->text() != first, 3000);
        QCOMPARE(panel->nextRefreshLabel()->text(),
            QStringLiteral("Not planned while PlexAuth is not watching this account"));
    }

    void classicTokenSaysItDoesNotExpire()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        TokenInspector *inspector = window->inspector();
        QTRY_VERIFY(
            inspector->kindLabel()->text().startsWith(QStringLiteral("Classic token (does not expire)")));
        QVERIFY(!inspector->deviceKeyPanel()->isVisible());
    }

    void actionsFollowTheAccountKind()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        QVERIFY(addDeviceKeyAccount(TestSupport::bob));
        auto window = makeWindow();
        QAction *upgrade = window->deviceKeyActions()->upgradeAction();
        QAction *refresh = window->deviceKeyActions()->refreshAction();
        // In the account menu and the list's context menu, where the other account actions are.
        QVERIFY(window->accountsView()->actions().contains(upgrade));
        QVERIFY(window->accountsView()->actions().contains(refresh));
        const QList<QAction *> menus = window->menuBar()->actions();
        const auto account = std::find_if(menus.cbegin(), menus.cend(),
            [](const QAction *menu) { return menu->text() == QStringLiteral("&Account"); });
        QVERIFY(account != menus.cend());
        QVERIFY((*account)->menu()->actions().contains(upgrade));
        QVERIFY((*account)->menu()->actions().contains(refresh));

        window->selectAccount(aliceUuid);
        QVERIFY(upgrade->isEnabled());
        QVERIFY(!refresh->isEnabled());
        window->selectAccount(bobUuid);
        QVERIFY(!upgrade->isEnabled());
        QVERIFY(refresh->isEnabled());
        QVERIFY(window->accountsModel()
                    ->index(window->accountsModel()->rowOf(bobUuid))
                    .data(AccountListModel::DeviceKeyRole)
                    .toBool());
    }

    void upgradeSaysTheConsequenceFirstAndCancelChangesNothing()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        window->selectAccount(aliceUuid);
        QString question;
        whenModalAppears([&question](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            question = box->text();
            box->button(QMessageBox::Cancel)->click();
        });
        window->deviceKeyActions()->upgradeAction()->trigger();
        QVERIFY2(
            question.contains(QStringLiteral("Plex then retires the classic token")), qPrintable(question));
        QVERIFY(question.contains(QStringLiteral("Scripts or apps you gave it")));
        QVERIFY(question.contains(QStringLiteral("need the new token")));
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/auth/jwk")), 0);
        QVERIFY(!m_gui.services()->accounts()->account(aliceUuid)->deviceAuth.hasDeviceKey());
    }

    // The whole flow through the window: the upgrade registers a key and swaps the classic token for
    // a verified Plex JWT (the fake retires the classic one), then Refresh Token Now renews it.
    void upgradeThenRefreshThroughTheWindow()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        auto window = makeWindow();
        window->selectAccount(aliceUuid);
        whenModalAppears([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            const QList<QAbstractButton *> buttons = box->buttons();
            const auto go = std::find_if(buttons.cbegin(), buttons.cend(),
                [](const QAbstractButton *button) { return button->text() == QStringLiteral("&Upgrade"); });
            QVERIFY(go != buttons.cend());
            (*go)->click();
        });
        window->deviceKeyActions()->upgradeAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(
            m_gui.services()->accounts()->account(aliceUuid)->deviceAuth.hasDeviceKey(), 20000);
        QCOMPARE(m_gui.server().registeredDeviceKeys().size(), 1);
        DeviceKeyPanel *panel = window->inspector()->deviceKeyPanel();
        QTRY_VERIFY(panel->isVisible());
        QVERIFY(!window->deviceKeyActions()->upgradeAction()->isEnabled());

        AccountSession *session = m_gui.services()->sessions()->session(aliceUuid);
        const QString upgraded = session->tokenForPerson();
        QCOMPARE(upgraded.count(u'.'), 2);
        QSignalSpy renewed(session, &AccountSession::tokenChanged);
        window->deviceKeyActions()->refreshAction()->trigger();
        QVERIFY(renewed.wait(20000));
        QVERIFY(session->tokenForPerson() != upgraded);
        QCOMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/auth/token")), 2);
        QVERIFY(!panel->problemLabel()->isVisible());
    }

    void aFailedUpgradeSaysWhyAndKeepsTheAccountClassic()
    {
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        m_gui.server().setFault(QStringLiteral("/api/v2/auth/jwk"),
            TestSupport::fault(FakePlex::FaultKind::ServiceUnavailable503));
        auto window = makeWindow();
        window->selectAccount(aliceUuid);
        QAction *upgrade = window->deviceKeyActions()->upgradeAction();
        whenModalAppears([](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            QVERIFY(box);
            // The confirming button is not the default: Enter does not upgrade.
            QCOMPARE(box->defaultButton(), box->button(QMessageBox::Cancel));
            const QList<QAbstractButton *> buttons = box->buttons();
            const auto go = std::find_if(buttons.cbegin(), buttons.cend(),
                [](const QAbstractButton *button) { return button->text() == QStringLiteral("&Upgrade"); });
            QVERIFY(go != buttons.cend());
            (*go)->click();
        });
        upgrade->trigger();
        QVERIFY(!upgrade->isEnabled()); // busy
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 10000);
        QCOMPARE(window->banner()->kind(), MessageBanner::Kind::Error);
        QVERIFY2(window->banner()->text().startsWith(QStringLiteral("Alice was not upgraded: ")),
            qPrintable(window->banner()->text()));
        QVERIFY(upgrade->isEnabled());
        QVERIFY(!m_gui.services()->accounts()->account(aliceUuid)->deviceAuth.hasDeviceKey());
    }

    void aFailedRefreshIsShownWhereTheKeyIs()
    {
        QVERIFY(addDeviceKeyAccount(TestSupport::bob));
        m_gui.services()->http()->setRetryPolicy(
            { 1, std::chrono::milliseconds(10), std::chrono::seconds(1) });
        m_gui.server().setFault(QStringLiteral("/api/v2/auth/nonce"),
            TestSupport::fault(FakePlex::FaultKind::ServiceUnavailable503));
        auto window = makeWindow();
        window->selectAccount(bobUuid);
        DeviceKeyPanel *panel = window->inspector()->deviceKeyPanel();
        QTRY_VERIFY(panel->isVisible());
        window->deviceKeyActions()->refreshAction()->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(window->banner()->isVisible(), 10000);
        QVERIFY2(window->banner()->text().startsWith(QStringLiteral("The token of Bob was not refreshed: ")),
            qPrintable(window->banner()->text()));
        QVERIFY(panel->problemLabel()->isVisible());
        QVERIFY(panel->problemLabel()->text().startsWith(QStringLiteral("Failed: ")));
        QVERIFY(window->deviceKeyActions()->refreshAction()->isEnabled());
        QVERIFY(panel->refreshButton()->isEnabled());
    }

    void anAccountThatNeedsSigningInSaysSoAndTheNotificationOpensTheSignIn()
    {
        TestSupport::FakeNotifications notifications;
        QVERIFY2(notifications.isRegistered(), "needs a D-Bus session bus (scripts/run-tests gives one)");
        QVERIFY(m_gui.addAccount(TestSupport::alice));
        m_gui.server().revokeToken(TestSupport::aliceToken);
        auto window = makeWindow();
        m_watch->start(); // validates every account: plex.tv rejects Alice's token

        const QModelIndex alice = window->accountsModel()->index(window->accountsModel()->rowOf(aliceUuid));
        QTRY_VERIFY_WITH_TIMEOUT(alice.data(AccountListModel::NeedsSignInRole).toBool(), 10000);
        const QString why = alice.data(AccountListModel::AttentionRole).toString();
        QVERIFY2(why.startsWith(QStringLiteral("Alice needs you to sign in again")), qPrintable(why));
        MessageBanner *banner = window->inspector()->banner();
        QTRY_COMPARE(banner->text(), why);
        QCOMPARE(banner->actionButton()->text().remove(u'&'), QStringLiteral("Sign in again…"));

        QTRY_COMPARE(notifications.notifications.size(), 1);
        const TestSupport::FakeNotifications::Notification sent = notifications.notifications.first();
        QCOMPARE(sent.body, why);
        QCOMPARE(sent.summary, QStringLiteral("Sign in to Plex again"));
        QCOMPARE(sent.actions,
            (QStringList { QStringLiteral("default"), QStringLiteral("Sign in again"),
                QStringLiteral("sign-in"), QStringLiteral("Sign in again") }));
        QCOMPARE(
            sent.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral(PLEXAUTH_APP_ID));

        // "Sign in again" in the notification: the sign-in for that account.
        QString login;
        whenModalAppears([&login](QWidget *modal) {
            auto *dialog = qobject_cast<SignInDialog *>(modal);
            QVERIFY(dialog);
            login = dialog->findChild<QLineEdit *>(QStringLiteral("loginEdit"))->text();
            dialog->reject();
        });
        QVERIFY(notifications.invokeAction(sent.id, QStringLiteral("sign-in")));
        QTRY_COMPARE(login, QStringLiteral("alice@example.com"));
        QCOMPARE(window->selectedUuid(), aliceUuid);
        window->accountsView()->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-devicekey-accounts.png"));
        window->grab().save(QCoreApplication::applicationDirPath()
            + QStringLiteral("/screenshot-devicekey-needs-sign-in.png"));
    }
};

QTEST_MAIN(TestDeviceKeyWindow)
#include "tst_devicekeywindow.moc"
