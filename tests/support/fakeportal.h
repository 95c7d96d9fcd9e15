#pragma once

#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusObjectPath>
#include <QObject>
#include <QStringList>
#include <QVariantMap>

namespace TestSupport {

// Stands in for the XDG desktop portal's OpenURI on the test's session bus (the private one of
// scripts/run-tests), over a connection of its own as the real portal would be: owns
// org.freedesktop.portal.Desktop and records every link it is asked to open. Tests that use it
// share the CTest RESOURCE_LOCK "desktop_portal", since one bus name has one owner.
class FakeDesktopPortal : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.portal.OpenURI")

public:
    FakeDesktopPortal();
    ~FakeDesktopPortal() override;
    Q_DISABLE_COPY_MOVE(FakeDesktopPortal)

    bool isRegistered() const { return m_registered; }
    // Answer OpenURI with org.freedesktop.portal.Error.NotAllowed, as a portal whose user refused.
    void setRefuse(bool refuse) { m_refuse = refuse; }

    QStringList uris;
    QStringList parentWindows;

public Q_SLOTS:
    QDBusObjectPath OpenURI(const QString &parentWindow, const QString &uri, const QVariantMap &options);

private:
    QString m_connectionName;
    QDBusConnection m_bus;
    bool m_registered = false;
    bool m_refuse = false;
};

} // namespace TestSupport
