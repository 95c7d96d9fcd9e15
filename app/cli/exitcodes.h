#pragma once

#include "plexerror.h"

namespace PlexAuth::Cli {

// The command line's exit codes, for scripts (documented in --help and the README).
enum ExitCode : int
{
    Success = 0,
    Failure = 1, // anything not listed below
    UsageError = 2, // bad arguments, --account or --server names nothing, or an address no token may go to
    AuthenticationRejected = 3, // wrong login or password, verification code needed or rejected, token
                                // invalid, not signed in
    NetworkFailure = 4, // network, timeout or TLS failure
    KeychainUnavailable = 5, // keychain unavailable or access denied
    RateLimited = 6, // rate limited (429) or locked out (1031)
};

ExitCode exitCodeFor(const PlexError &error);

} // namespace PlexAuth::Cli
