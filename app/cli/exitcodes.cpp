#include "exitcodes.h"

namespace PlexAuth::Cli {

ExitCode exitCodeFor(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::WrongCredentials:
    case ErrorKind::VerificationCodeRequired:
    case ErrorKind::VerificationCodeRejected:
    case ErrorKind::TokenRejected:
    case ErrorKind::NotSignedIn:
        return AuthenticationRejected;
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostNotFound:
    case ErrorKind::TlsFailure:
    case ErrorKind::ConnectionDropped:
    case ErrorKind::NetworkFailure:
        return NetworkFailure;
    case ErrorKind::KeychainUnavailable:
    case ErrorKind::KeychainAccessDenied:
    case ErrorKind::KeychainFailure:
        return KeychainUnavailable;
    case ErrorKind::LockedOut:
    case ErrorKind::RateLimited:
        return RateLimited;
    case ErrorKind::NoSuchAccount:
        return UsageError;
    default:
        return Failure;
    }
}

} // namespace PlexAuth::Cli
