#pragma once

#include <QObject>
#include <QProcessEnvironment>
#include <QUrl>

namespace PlexAuth {

// Opens the browser sign-in link for both front ends. The link holds the PIN code and this
// installation's client identifier (not the token), so it goes where no other process can read it:
// through the XDG desktop portal's OpenURI where that is on the session bus (a D-Bus message, in no
// process's argv). Without a portal the platform's launcher (xdg-open, open, rundll32) gets the link on
// its command line, with an environment from which every secret is removed (launcherEnvironment).
class BrowserOpener : public QObject
{
    Q_OBJECT

public:
    enum class Route
    {
        Portal, // the desktop portal took the link
        Launcher, // the launcher was started with it
        None, // nothing could open it: the person opens the link themselves
    };
    Q_ENUM(Route)

    explicit BrowserOpener(QObject *parent = nullptr);

    // Asynchronous: opened() follows once for each call.
    void open(const QUrl &url);

    // `from` without PLEX_TOKEN, without PlexAuth's own PLEXAUTH_* settings, and without any variable
    // whose name holds TOKEN, PASSWORD, PASSWD, SECRET or CREDENTIAL (any case).
    static QProcessEnvironment launcherEnvironment(const QProcessEnvironment &from);

Q_SIGNALS:
    void opened(PlexAuth::BrowserOpener::Route route);

private:
    void openWithLauncher(const QUrl &url);
};

} // namespace PlexAuth
