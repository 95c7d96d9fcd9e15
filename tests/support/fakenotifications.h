#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace TestSupport {

// Stands in for the freedesktop notification service (org.freedesktop.Notifications) on the test's
// session bus (the private one of scripts/run-tests), over a connection of its own as a real one
// would be: records every Notify and can send ActionInvoked as if the person clicked an action. Tests
// that use it share the CTest RESOURCE_LOCK "desktop_notifications", since one bus name has one owner.
class FakeNotifications : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Notification
    {
        QString appName;
        uint replacesId = 0;
        QString appIcon;
        QString summary;
        QString body;
        QStringList actions;
        QVariantMap hints;
        int expireTimeout = 0;
        uint id = 0;
    };

    FakeNotifications();
    ~FakeNotifications() override;
    Q_DISABLE_COPY_MOVE(FakeNotifications)

    bool isRegistered() const { return m_registered; }
    // The person chose `actionKey` on notification `id`.
    bool invokeAction(uint id, const QString &actionKey);

    QList<Notification> notifications;

public Q_SLOTS:
    uint Notify(const QString &appName, uint replacesId, const QString &appIcon, const QString &summary,
        const QString &body, const QStringList &actions, const QVariantMap &hints, int expireTimeout);

private:
    QString m_connectionName;
    QDBusConnection m_bus;
    bool m_registered = false;
    uint m_nextId = 41;
};

} // namespace TestSupport
