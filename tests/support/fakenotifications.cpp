#include "fakenotifications.h"

#include <QDBusMessage>
#include <QUuid>

namespace TestSupport {

namespace {
const QString service = QStringLiteral("org.freedesktop.Notifications");
const QString path = QStringLiteral("/org/freedesktop/Notifications");
} // namespace

FakeNotifications::FakeNotifications()
    : m_connectionName(
        QStringLiteral("fake-notifications-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName))
{
    m_registered = m_bus.isConnected() && m_bus.registerObject(path, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(service);
}

FakeNotifications::~FakeNotifications()
{
    m_bus.unregisterService(service);
    m_bus.unregisterObject(path);
    QDBusConnection::disconnectFromBus(m_connectionName);
}

uint FakeNotifications::Notify(const QString &appName, uint replacesId, const QString &appIcon,
    const QString &summary, const QString &body, const QStringList &actions, const QVariantMap &hints,
    int expireTimeout)
{
    const uint id = replacesId != 0 ? replacesId : ++m_nextId;
    notifications.append({ appName, replacesId, appIcon, summary, body, actions, hints, expireTimeout, id });
    return id;
}

bool FakeNotifications::invokeAction(uint id, const QString &actionKey)
{
    QDBusMessage signal = QDBusMessage::createSignal(path, service, QStringLiteral("ActionInvoked"));
    signal << id << actionKey;
    return m_bus.send(signal);
}

} // namespace TestSupport
