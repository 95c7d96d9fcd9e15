// DesktopNotifier against a fake freedesktop notification service on the test's private session bus
// (scripts/run-tests), and with no such service at all.
#include "desktopnotifier.h"
#include "fakenotifications.h"

#include <QApplication>
#include <QDBusConnection>
#include <QSignalSpy>
#include <QTest>

using namespace PlexAuth;
using TestSupport::FakeNotifications;

class TestDesktopNotifier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QDBusConnection::sessionBus().isConnected(),
            "needs a D-Bus session bus (scripts/run-tests runs the tests in a private one)");
    }

    void sendsNotifyWithASignInAction()
    {
        FakeNotifications service;
        QVERIFY(service.isRegistered());
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notifySignInNeeded(QStringLiteral("u-alice"), QStringLiteral("Sign in to Plex again"),
            QStringLiteral("Alice needs you to sign in again: rejected."));
        QVERIFY(shown.wait());
        QCOMPARE(shown.first().first().value<DesktopNotifier::Route>(),
            DesktopNotifier::Route::NotificationService);
        QCOMPARE(service.notifications.size(), 1);
        const FakeNotifications::Notification &sent = service.notifications.first();
        QCOMPARE(sent.summary, QStringLiteral("Sign in to Plex again"));
        QCOMPARE(sent.body, QStringLiteral("Alice needs you to sign in again: rejected."));
        QCOMPARE(sent.replacesId, 0U);
        QCOMPARE(sent.actions,
            (QStringList { QStringLiteral("default"), QStringLiteral("Sign in again"),
                QStringLiteral("sign-in"), QStringLiteral("Sign in again") }));
        QCOMPARE(sent.appIcon, QStringLiteral(PLEXAUTH_APP_ID));
        QCOMPARE(
            sent.hints.value(QStringLiteral("desktop-entry")).toString(), QStringLiteral(PLEXAUTH_APP_ID));
    }

    void anActionAsksToSignInToThatAccount_data()
    {
        QTest::addColumn<QString>("actionKey");
        QTest::newRow("the Sign in again button") << QStringLiteral("sign-in");
        QTest::newRow("the notification itself") << QStringLiteral("default");
    }

    void anActionAsksToSignInToThatAccount()
    {
        QFETCH(QString, actionKey);
        FakeNotifications service;
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        QSignalSpy signIn(&notifier, &DesktopNotifier::signInRequested);
        notifier.notifySignInNeeded(QStringLiteral("u-alice"), QStringLiteral("A"), QStringLiteral("a"));
        QVERIFY(shown.wait());
        notifier.notifySignInNeeded(QStringLiteral("u-bob"), QStringLiteral("B"), QStringLiteral("b"));
        QVERIFY(shown.wait());
        const uint aliceId = service.notifications.at(0).id;
        const uint bobId = service.notifications.at(1).id;
        QVERIFY(aliceId != bobId);

        // Another application's notification, and an action PlexAuth did not offer: nothing.
        QVERIFY(service.invokeAction(bobId + 100, QStringLiteral("sign-in")));
        QVERIFY(service.invokeAction(aliceId, QStringLiteral("something-else")));
        QVERIFY(service.invokeAction(bobId, actionKey));
        QVERIFY(signIn.wait());
        QCOMPARE(signIn.size(), 1);
        QCOMPARE(signIn.first().first().toString(), QStringLiteral("u-bob"));
    }

    void aNewProblemReplacesTheAccountsNotification()
    {
        FakeNotifications service;
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notifySignInNeeded(QStringLiteral("u-alice"), QStringLiteral("A"), QStringLiteral("first"));
        QVERIFY(shown.wait());
        notifier.notifySignInNeeded(QStringLiteral("u-alice"), QStringLiteral("A"), QStringLiteral("second"));
        QVERIFY(shown.wait());
        QCOMPARE(service.notifications.size(), 2);
        QCOMPARE(service.notifications.at(1).replacesId, service.notifications.at(0).id);
    }

    void withoutTheServiceTheWindowAloneSaysIt()
    {
        // No notification service on the bus, and no system tray on the offscreen platform.
        DesktopNotifier notifier;
        QSignalSpy shown(&notifier, &DesktopNotifier::shown);
        notifier.notifySignInNeeded(QStringLiteral("u-alice"), QStringLiteral("A"), QStringLiteral("a"));
        QVERIFY(shown.wait());
        QCOMPARE(shown.first().first().value<DesktopNotifier::Route>(), DesktopNotifier::Route::None);
    }
};

QTEST_MAIN(TestDesktopNotifier)
#include "tst_desktopnotifier.moc"
