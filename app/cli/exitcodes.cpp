#include "exitcodes.h"

namespace PlexAuth::Cli {

ExitCode exitCodeFor(const PlexError &error)
{
    if (error.isAuthenticationFailure())
        return AuthenticationRejected;
    if (error.isNetworkFailure())
        return NetworkFailure;
    if (error.isKeychainFailure())
        return KeychainUnavailable;
    if (error.isRateLimit())
        return RateLimited;
    if (error.kind == ErrorKind::NoSuchAccount || error.kind == ErrorKind::NoSuchServer
        || error.kind == ErrorKind::UnsafeDestination || error.kind == ErrorKind::NoSuchDevice
        || error.kind == ErrorKind::NameInUse || error.kind == ErrorKind::RemovalRefused)
        return UsageError;
    return Failure;
}

} // namespace PlexAuth::Cli
