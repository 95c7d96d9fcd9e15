#include "fakeportal.h"

#include <QUuid>

namespace TestSupport {

namespace {
const QString portalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString portalPath = QStringLiteral("/org/freedesktop/portal/desktop");
} // namespace

FakeDesktopPortal::FakeDesktopPortal()
    : m_connectionName(QStringLiteral("fake-portal-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    , m_bus(QDBusConnection::connectToBus(QDBusConnection::SessionBus, m_connectionName))
{
    m_registered = m_bus.isConnected()
        && m_bus.registerObject(portalPath, this, QDBusConnection::ExportAllSlots)
        && m_bus.registerService(portalService);
}

FakeDesktopPortal::~FakeDesktopPortal()
{
    m_bus.unregisterService(portalService);
    m_bus.unregisterObject(portalPath);
    QDBusConnection::disconnectFromBus(m_connectionName);
}

QDBusObjectPath FakeDesktopPortal::OpenURI(
    const QString &parentWindow, const QString &uri, const QVariantMap &options)
{
    Q_UNUSED(options)
    if (m_refuse) {
        sendErrorReply(QStringLiteral("org.freedesktop.portal.Error.NotAllowed"), QStringLiteral("refused"));
        return {};
    }
    parentWindows.append(parentWindow);
    uris.append(uri);
    return QDBusObjectPath(QStringLiteral("/org/freedesktop/portal/desktop/request/1_1/t"));
}

} // namespace TestSupport
