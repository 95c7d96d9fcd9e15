#include "browseropener.h"

#include "logging.h"

#include <QProcess>
#include <QTimer>

#include <algorithm>

#ifdef PLEXAUTH_HAVE_DESKTOP_PORTAL
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif

namespace PlexAuth {

namespace {

bool holdsASecret(const QString &name)
{
    static const QStringList secretWords { QStringLiteral("TOKEN"), QStringLiteral("PASSWORD"),
        QStringLiteral("PASSWD"), QStringLiteral("SECRET"), QStringLiteral("CREDENTIAL") };
    const QString upper = name.toUpper();
    return upper.startsWith(QLatin1String("PLEXAUTH_"))
        || std::any_of(secretWords.cbegin(), secretWords.cend(),
            [&upper](const QString &word) { return upper.contains(word); });
}

#ifdef PLEXAUTH_HAVE_DESKTOP_PORTAL
// The errors that mean there is no portal to ask (the bus has no such name, or could not start it),
// not that the portal refused: only then does the launcher take over, so a link is never opened twice.
bool portalIsMissing(const QDBusError &error)
{
    switch (error.type()) {
    case QDBusError::ServiceUnknown:
    case QDBusError::UnknownObject:
    case QDBusError::UnknownInterface:
    case QDBusError::UnknownMethod:
    case QDBusError::Disconnected:
        return true;
    default:
        return error.name().startsWith(QLatin1String("org.freedesktop.DBus.Error.Spawn."));
    }
}
#endif

} // namespace

BrowserOpener::BrowserOpener(QObject *parent)
    : QObject(parent)
{ }

QProcessEnvironment BrowserOpener::launcherEnvironment(const QProcessEnvironment &from)
{
    QProcessEnvironment scrubbed = from;
    const QStringList names = from.keys();
    for (const QString &name : names) {
        if (holdsASecret(name))
            scrubbed.remove(name);
    }
    return scrubbed;
}

void BrowserOpener::open(const QUrl &url)
{
#ifdef PLEXAUTH_HAVE_DESKTOP_PORTAL
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected()) {
        openWithLauncher(url);
        return;
    }
    // https://flatpak.github.io/xdg-desktop-portal/docs/doc-org.freedesktop.portal.OpenURI.html
    // OpenURI(s parent_window, s uri, a{sv} options) -> o handle; the portal starts the browser itself.
    QDBusMessage call = QDBusMessage::createMethodCall(QStringLiteral("org.freedesktop.portal.Desktop"),
        QStringLiteral("/org/freedesktop/portal/desktop"), QStringLiteral("org.freedesktop.portal.OpenURI"),
        QStringLiteral("OpenURI"));
    call << QString() << url.toString(QUrl::FullyEncoded) << QVariantMap();
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, watcher, url] {
        watcher->deleteLater();
        const QDBusPendingReply<QDBusObjectPath> reply = *watcher;
        if (!reply.isError()) {
            qCDebug(lcPlexTv) << "the sign-in link went to the desktop portal";
            Q_EMIT opened(Route::Portal);
        } else if (portalIsMissing(reply.error())) {
            qCDebug(lcPlexTv) << "no desktop portal on the session bus:" << reply.error().name();
            openWithLauncher(url);
        } else {
            qCWarning(lcPlexTv) << "the desktop portal did not open the sign-in link:"
                                << reply.error().name();
            Q_EMIT opened(Route::None);
        }
    });
#else
    openWithLauncher(url);
#endif
}

void BrowserOpener::openWithLauncher(const QUrl &url)
{
    QString program;
    QStringList arguments;
#if defined(Q_OS_MACOS)
    program = QStringLiteral("open");
#elif defined(Q_OS_WIN)
    program = QStringLiteral("rundll32");
    arguments << QStringLiteral("url.dll,FileProtocolHandler");
#else
    program = QStringLiteral("xdg-open");
#endif
    arguments << url.toString(QUrl::FullyEncoded);
    QProcess launcher;
    launcher.setProgram(program);
    launcher.setArguments(arguments);
    launcher.setProcessEnvironment(launcherEnvironment(QProcessEnvironment::systemEnvironment()));
    // Keep the launcher's chatter off our stdout, which may be a script's $(plexauth pin --no-store).
    launcher.setStandardInputFile(QProcess::nullDevice());
    launcher.setStandardOutputFile(QProcess::nullDevice());
    launcher.setStandardErrorFile(QProcess::nullDevice());
    const Route route = launcher.startDetached() ? Route::Launcher : Route::None;
    if (route == Route::Launcher)
        qCDebug(lcPlexTv) << "the sign-in link went to" << program;
    else
        qCWarning(lcPlexTv) << program << "could not be started:" << launcher.errorString();
    // Always after open() returns, whichever way the link went.
    QTimer::singleShot(0, this, [this, route] { Q_EMIT opened(route); });
}

} // namespace PlexAuth
