#pragma once

namespace PlexAuth::Cli {

// Whether argv asks for the command line (a subcommand, --help or --version) rather than the GUI.
bool wantsCommandLine(int argc, char *argv[]);

// Runs `plexauth COMMAND ...` on a QCoreApplication (no display needed) and returns the exit code.
int run(int argc, char *argv[]);

} // namespace PlexAuth::Cli
