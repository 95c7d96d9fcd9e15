#pragma once

namespace PlexAuth::ProcessHardening {

// Keeps the process's memory (tokens, passwords, codes) out of core dumps and away from other
// processes of the same user, as KeePassXC's Bootstrap does. Called first thing in main(), before
// any secret is read, for the command line and the window alike.
//   Linux:   RLIMIT_CORE 0 (soft and hard) and PR_SET_DUMPABLE 0 (no core, no ptrace attach by the
//            same user, /proc/PID/mem and environ owned by root)
//   macOS:   RLIMIT_CORE 0
//   Windows: no Windows Error Reporting crash dialog (SEM_NOGPFAULTERRORBOX)
// Returns false when a step the platform has failed; the process goes on either way.
bool disableCoreDumps();

} // namespace PlexAuth::ProcessHardening
