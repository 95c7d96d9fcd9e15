#pragma once

#include <functional>

class QApplication;

namespace PlexAuth {

// Called once the application and its services exist, right before the main window is shown. The
// start-up benchmark and a test (tests/support/firstpaintapp.cpp) uses it to quit after the first paint; the
// shipped binary passes nothing.
using BeforeFirstShow = std::function<void(QApplication &)>;

// Starts the desktop app: QApplication, the services, the clipboard guard and the main window.
int runGui(int argc, char *argv[], const BeforeFirstShow &beforeFirstShow = {});

} // namespace PlexAuth
