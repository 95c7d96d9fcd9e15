// The window program (libexec/plexauth/plexauth-window): `plexauth` with no command replaces itself
// with it (app/cli/windowlauncher.cpp), so only the window loads Qt Gui and Widgets.
#include "guiapp.h"
#include "processhardening.h"

int main(int argc, char *argv[])
{
    // Again here: exec() gives the new program a dumpable process.
    PlexAuth::ProcessHardening::disableCoreDumps();
    return PlexAuth::runGui(argc, argv);
}
