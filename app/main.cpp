#include "cli.h"
#include "processhardening.h"
#include "windowlauncher.h"

int main(int argc, char *argv[])
{
    // Before anything reads a token or a password: no core dump, no same-user ptrace.
    PlexAuth::ProcessHardening::disableCoreDumps();
    // `plexauth COMMAND ...` is the command line, on QCoreApplication: no display, no GUI library.
    if (PlexAuth::Cli::wantsCommandLine(argc, argv))
        return PlexAuth::Cli::run(argc, argv);
    return PlexAuth::Cli::openWindow(argv);
}
