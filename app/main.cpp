#include "cli.h"
#include "guiapp.h"

int main(int argc, char *argv[])
{
    // `plexauth COMMAND ...` is the command line, on QCoreApplication: no display needed.
    if (PlexAuth::Cli::wantsCommandLine(argc, argv))
        return PlexAuth::Cli::run(argc, argv);
    return PlexAuth::runGui(argc, argv);
}
