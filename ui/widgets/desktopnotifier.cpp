#include "desktopnotifier.h"

#include "logging.h"

#include <QApplication>
#include <QSystemTrayIcon>
#include <QTimer>

#ifdef PLEXAUTH_HAVE_DESKTOP_NOTIFICATIONS
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace PlexAuth {

namespace {
#ifdef PLEXAUTH_HAVE_DESKTOP_NOTIFICATIONS
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
const QString interface = QStringLiteral("org.freedesktop.Notifications");
#endif
constexpr int trayMessageMs = 30000;
} // namespace

DesktopNotifier::DesktopNotifier(QObject *parent)
    : QObject(parent)
{
#ifdef PLEXAUTH_HAVE_DESKTOP_NOTIFICATIONS
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (bus.isConnected()) {
        // By the service's name: the bus delivers only what its owner sends.
        m_listening = bus.connect(service, path, interface, QStringLiteral("ActionInvoked"), this,
                          SLOT(onActionInvoked(uint, QString)))
            && bus.connect(service, path, interface, QStringLiteral("NotificationClosed"), this,
                SLOT(onNotificationClosed(uint, uint)));
    }
#endif
}

DesktopNotifier::~DesktopNotifier()
{
    delete m_tray;
}

void DesktopNotifier::notifySignInNeeded(const QString &uuid, const QString &title, const QString &message)
{
#ifdef PLEXAUTH_HAVE_DESKTOP_NOTIFICATIONS
    if (m_listening) {
        // Notify(s app_name, u replaces_id, s app_icon, s summary, s body, as actions, a{sv} hints,
        // i expire_timeout) -> u id. "default" is the notification's own click.
        const QString label = tr("Sign in again");
        const uint replaces = m_accountOfNotification.key(uuid, 0);
        QVariantMap hints;
        hints.insert(QStringLiteral("desktop-entry"), QStringLiteral(PLEXAUTH_APP_ID));
        hints.insert(QStringLiteral("urgency"), QVariant::fromValue(uchar(1))); // normal
        QDBusMessage call
            = QDBusMessage::createMethodCall(service, path, interface, QStringLiteral("Notify"));
        call << QGuiApplication::applicationDisplayName() << replaces << QStringLiteral(PLEXAUTH_APP_ID)
             << title << message
             << QStringList { QStringLiteral("default"), label, QString::fromLatin1(signInActionKey), label }
             << hints << -1;
        auto *watcher = new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
        connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, uuid, title, message] {
            watcher->deleteLater();
            const QDBusPendingReply<uint> reply = *watcher;
            if (reply.isError()) {
                qCDebug(lcAccounts) << "no desktop notification service:" << reply.error().name();
                showInTray(uuid, title, message);
                return;
            }
            m_accountOfNotification.remove(m_accountOfNotification.key(uuid, 0));
            m_accountOfNotification.insert(reply.value(), uuid);
            Q_EMIT shown(Route::NotificationService);
        });
        return;
    }
#endif
    // Always after notifySignInNeeded() returns, whichever way it went.
    QTimer::singleShot(0, this, [this, uuid, title, message] { showInTray(uuid, title, message); });
}

void DesktopNotifier::showInTray(const QString &uuid, const QString &title, const QString &message)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        Q_EMIT shown(Route::None);
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(QApplication::windowIcon());
        m_tray->setToolTip(QGuiApplication::applicationDisplayName());
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            m_tray->hide();
            Q_EMIT signInRequested(m_trayAccount);
        });
        connect(m_tray, &QSystemTrayIcon::activated, this, [this] {
            m_tray->hide();
            Q_EMIT signInRequested(m_trayAccount);
        });
    }
    m_trayAccount = uuid;
    m_tray->show();
    m_tray->showMessage(title, message, QSystemTrayIcon::Warning, trayMessageMs);
    Q_EMIT shown(Route::Tray);
}

void DesktopNotifier::onActionInvoked(uint id, const QString &actionKey)
{
    const QString uuid = m_accountOfNotification.value(id);
    if (uuid.isEmpty()) // another application's notification
        return;
    if (actionKey == QLatin1String("default") || actionKey == QLatin1String(signInActionKey))
        Q_EMIT signInRequested(uuid);
}

void DesktopNotifier::onNotificationClosed(uint id, uint reason)
{
    Q_UNUSED(reason)
    m_accountOfNotification.remove(id);
}

} // namespace PlexAuth
