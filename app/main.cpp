#include "cli.h"
#include "guiapp.h"
#include "processhardening.h"

int main(int argc, char *argv[])
{
    // Before anything reads a token or a password: no core dump, no same-user ptrace.
    PlexAuth::ProcessHardening::disableCoreDumps();
    // `plexauth COMMAND ...` is the command line, on QCoreApplication: no display needed.
    if (PlexAuth::Cli::wantsCommandLine(argc, argv))
        return PlexAuth::Cli::run(argc, argv);
    return PlexAuth::runGui(argc, argv);
}
