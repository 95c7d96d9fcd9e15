#pragma once

namespace PlexAuth {

// Starts the desktop app: QApplication, the services, the clipboard guard and the main window.
int runGui(int argc, char *argv[]);

} // namespace PlexAuth
