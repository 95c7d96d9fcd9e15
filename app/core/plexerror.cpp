#include "plexerror.h"

namespace PlexAuth {

bool PlexError::isTransient() const
{
    if (isNetworkFailure())
        return true;
    switch (kind) {
    case ErrorKind::RateLimited:
    case ErrorKind::ServerError:
    case ErrorKind::MalformedResponse:
    case ErrorKind::ResponseTooLarge:
    case ErrorKind::UnexpectedStatus:
    case ErrorKind::Canceled:
        return true;
    default:
        return false;
    }
}

bool PlexError::isNetworkFailure() const
{
    switch (kind) {
    case ErrorKind::Timeout:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::HostNotFound:
    case ErrorKind::TlsFailure:
    case ErrorKind::ConnectionDropped:
    case ErrorKind::NetworkFailure:
    case ErrorKind::NoVerifiedConnection:
        return true;
    default:
        return false;
    }
}

bool PlexError::isKeychainFailure() const
{
    return kind == ErrorKind::KeychainUnavailable || kind == ErrorKind::KeychainAccessDenied
        || kind == ErrorKind::KeychainFailure;
}

bool PlexError::isAuthenticationFailure() const
{
    switch (kind) {
    case ErrorKind::WrongCredentials:
    case ErrorKind::VerificationCodeRequired:
    case ErrorKind::VerificationCodeRejected:
    case ErrorKind::TokenRejected:
    case ErrorKind::NotSignedIn:
    case ErrorKind::TokenExpired:
    case ErrorKind::DeviceSignatureRejected:
    case ErrorKind::DeviceKeyTaken:
    case ErrorKind::TokenVerificationFailed:
    case ErrorKind::DeviceKeyMissing:
    case ErrorKind::HomePinRequired:
        return true;
    default:
        return false;
    }
}

bool PlexError::isRateLimit() const
{
    return kind == ErrorKind::LockedOut || kind == ErrorKind::RateLimited;
}

bool PlexError::isStorageFailure() const
{
    return isKeychainFailure() || kind == ErrorKind::SettingsNotWritable;
}

int PlexError::coolDownSeconds() const
{
    if (!isRateLimit())
        return 0;
    if (retryAfterSeconds > 0)
        return retryAfterSeconds;
    // As long as ErrorMapping's message tells the person to wait.
    return kind == ErrorKind::LockedOut ? 15 * 60 : 60;
}

QString errorKindName(ErrorKind kind)
{
    switch (kind) {
    case ErrorKind::WrongCredentials:
        return QStringLiteral("wrong-credentials");
    case ErrorKind::VerificationCodeRequired:
        return QStringLiteral("verification-code-required");
    case ErrorKind::VerificationCodeRejected:
        return QStringLiteral("verification-code-rejected");
    case ErrorKind::LockedOut:
        return QStringLiteral("locked-out");
    case ErrorKind::RateLimited:
        return QStringLiteral("rate-limited");
    case ErrorKind::TokenRejected:
        return QStringLiteral("token-rejected");
    case ErrorKind::NotFound:
        return QStringLiteral("not-found");
    case ErrorKind::PinExpired:
        return QStringLiteral("pin-expired");
    case ErrorKind::BadRequest:
        return QStringLiteral("bad-request");
    case ErrorKind::ServerError:
        return QStringLiteral("server-error");
    case ErrorKind::UnexpectedStatus:
        return QStringLiteral("unexpected-status");
    case ErrorKind::Timeout:
        return QStringLiteral("timeout");
    case ErrorKind::ConnectionRefused:
        return QStringLiteral("connection-refused");
    case ErrorKind::HostNotFound:
        return QStringLiteral("host-not-found");
    case ErrorKind::TlsFailure:
        return QStringLiteral("tls-failure");
    case ErrorKind::ConnectionDropped:
        return QStringLiteral("connection-dropped");
    case ErrorKind::NetworkFailure:
        return QStringLiteral("network-failure");
    case ErrorKind::MalformedResponse:
        return QStringLiteral("malformed-response");
    case ErrorKind::ResponseTooLarge:
        return QStringLiteral("response-too-large");
    case ErrorKind::Canceled:
        return QStringLiteral("canceled");
    case ErrorKind::KeychainUnavailable:
        return QStringLiteral("keychain-unavailable");
    case ErrorKind::KeychainAccessDenied:
        return QStringLiteral("keychain-access-denied");
    case ErrorKind::KeychainFailure:
        return QStringLiteral("keychain-failure");
    case ErrorKind::NotSignedIn:
        return QStringLiteral("not-signed-in");
    case ErrorKind::NoSuchAccount:
        return QStringLiteral("no-such-account");
    case ErrorKind::SettingsNotWritable:
        return QStringLiteral("settings-not-writable");
    case ErrorKind::UnsafeDestination:
        return QStringLiteral("unsafe-destination");
    case ErrorKind::NoVerifiedConnection:
        return QStringLiteral("no-verified-connection");
    case ErrorKind::NoSuchServer:
        return QStringLiteral("no-such-server");
    case ErrorKind::TokenExpired:
        return QStringLiteral("token-expired");
    case ErrorKind::DeviceSignatureRejected:
        return QStringLiteral("device-signature-rejected");
    case ErrorKind::DeviceKeyTaken:
        return QStringLiteral("device-key-taken");
    case ErrorKind::TokenVerificationFailed:
        return QStringLiteral("token-verification-failed");
    case ErrorKind::DeviceKeyMissing:
        return QStringLiteral("device-key-missing");
    case ErrorKind::ClockSkew:
        return QStringLiteral("clock-skew");
    case ErrorKind::HomePinRequired:
        return QStringLiteral("home-pin-required");
    case ErrorKind::NoSuchDevice:
        return QStringLiteral("no-such-device");
    case ErrorKind::NameInUse:
        return QStringLiteral("name-in-use");
    case ErrorKind::RemovalRefused:
        return QStringLiteral("removal-refused");
    }
    return QStringLiteral("unknown");
}

} // namespace PlexAuth
