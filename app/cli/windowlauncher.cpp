#include "windowlauncher.h"

#include "exitcodes.h"

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <string>
#include <unistd.h>

namespace PlexAuth::Cli {

namespace {
// This executable's own path, symlinks resolved, so the window program is found next to the real
// file, wherever `plexauth` is called from (PATH, a symlink, the build tree).
std::string ownExecutable()
{
    std::string path(4096, '\0');
    const ssize_t length = readlink("/proc/self/exe", path.data(), path.size());
    if (length <= 0 || static_cast<std::size_t>(length) >= path.size())
        return {};
    path.resize(static_cast<std::size_t>(length));
    return path;
}
} // namespace

int openWindow(char *argv[])
{
    const std::string self = ownExecutable();
    if (self.empty()) {
        std::fprintf(stderr,
            "plexauth: cannot find where plexauth is installed (/proc/self/exe: %s), so the window "
            "cannot be opened. The commands still work: run \"plexauth --help\".\n",
            std::strerror(errno));
        return Failure;
    }
    const std::string window = self.substr(0, self.rfind('/') + 1) + PLEXAUTH_WINDOW_PROGRAM;
    // argv stays as it was: argv[0] names the window's X11 instance (WM_CLASS) and `ps` shows plexauth.
    execv(window.c_str(), argv);
    const int error = errno;
    std::fprintf(stderr,
        "plexauth: cannot start the window program %s: %s. Reinstall PlexAuth to restore it; the "
        "commands still work: run \"plexauth --help\".\n",
        window.c_str(), std::strerror(error));
    return Failure;
}

} // namespace PlexAuth::Cli
