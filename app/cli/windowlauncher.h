#pragma once

namespace PlexAuth::Cli {

// `plexauth` with no command opens the window: it replaces this process (same pid, same argv) with
// the window program, installed at PLEXAUTH_WINDOW_PROGRAM relative to this executable
// (../libexec/plexauth/plexauth-window). The command line itself never loads Qt Gui or Widgets.
// Returns only when the window program cannot be started, with an exit code, after saying why.
int openWindow(char *argv[]);

} // namespace PlexAuth::Cli
