#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <functional>
#include <utility>
#include <variant>

namespace PlexAuth {

// What went wrong, in the few classes a caller (GUI, command line) has to tell apart.
enum class ErrorKind
{
    WrongCredentials, // plex.tv 1001 on sign-in
    VerificationCodeRequired, // plex.tv 1029
    VerificationCodeRejected, // plex.tv 1028
    LockedOut, // plex.tv 1031: too many failed attempts from this IP
    RateLimited, // HTTP 429
    TokenRejected, // 401/403 for a token (plex.tv 1001 outside sign-in, PMS HTML 401)
    NotFound, // 404
    PinExpired, // 404 with 1020 or a PIN past its expiry
    BadRequest, // 400, e.g. 1000 "X-Plex-Client-Identifier is missing"
    ServerError, // 5xx
    UnexpectedStatus, // any other non-2xx
    Timeout,
    ConnectionRefused,
    HostNotFound,
    TlsFailure,
    ConnectionDropped,
    NetworkFailure, // other transport failures
    MalformedResponse,
    ResponseTooLarge,
    Canceled,
    // The credential store (app/store): the keychain itself, not Plex.
    KeychainUnavailable, // no Secret Service / D-Bus session, no backend
    KeychainAccessDenied, // locked and the unlock dismissed, or access refused
    KeychainFailure, // any other keychain error
    NotSignedIn, // no stored token for the account (keychain entry not found)
    NoSuchAccount, // --account names no stored account
    SettingsNotWritable, // the (non-secret) account list could not be saved
    // The token destination policy (app/plex/tokenpolicy.h): where a token may not go.
    UnsafeDestination, // the address may not receive a token (plain http across the internet, unproven)
    NoVerifiedConnection, // none of a server's connections answered as that server
    NoSuchServer, // --server names no server of the account, or more than one
    // Plex JWT device authentication (clients.plex.tv, plex-auth-api.md §2.7).
    TokenExpired, // 498: a Plex JWT past its expiry (a refresh renews it)
    DeviceSignatureRejected, // 422: plex.tv did not accept the device key's signature
    DeviceKeyTaken, // 422: the device key's thumbprint is registered by another client
    TokenVerificationFailed, // a Plex JWT whose signature or claims did not check out: never stored
    DeviceKeyMissing, // a JWT account whose device key is not in the keychain
    ClockSkew, // this computer's clock is too far from plex.tv's for a signed token to be accepted
    // Plex Home profiles (plex-auth-api.md §2.9).
    HomePinRequired, // plex.tv 1041: the profile's PIN was missing or wrong
    // Authorised devices and app tokens (issue 15, §2 and §3).
    NoSuchDevice, // a device or app token name that matches none, or several (the message lists them)
    NameInUse, // an app token of the account already has this name
    RemovalRefused, // this installation's own device, or a server's without the confirmation it needs
};

// One failure of any operation (Plex, network or keychain): its class, what Plex and HTTP said, and a
// translated sentence that says what happened and what to do next. `detail` is technical, already redacted,
// for logs and a "details" disclosure; it never carries a secret.
struct PlexError
{
    ErrorKind kind = ErrorKind::NetworkFailure;
    int plexCode = 0;
    int httpStatus = 0;
    int retryAfterSeconds = -1;
    QString message;
    QString detail;
    QStringList certificateHosts; // TLS name mismatch: the names the certificate is valid for
    QDateTime serverTime; // the answer's Date header, when there was an answer with one

    // True for failures that say nothing about whether the credentials are good.
    bool isTransient() const;

    // The groups callers act on; exit codes and the window both use these, never their own lists.
    // The network, a timeout or TLS failed, or no connection of a server could be verified.
    bool isNetworkFailure() const;
    // The keychain is missing, locked or failed.
    bool isKeychainFailure() const;
    // plex.tv or a server did not accept the credentials, or there are none.
    bool isAuthenticationFailure() const;
    // Rate limited (429) or locked out (1031): wait coolDownSeconds() before trying again.
    bool isRateLimit() const;
    // Superseded or stopped by the user: never shown as a failure.
    bool isCanceled() const { return kind == ErrorKind::Canceled; }
    // Keeping an account failed (keychain or settings file), not signing in: "this session only" helps.
    bool isStorageFailure() const;
    // How long to wait after a rate limit: Retry-After, otherwise as long as the message says
    // (1031: "at least 15 minutes"; 429: "a minute"). 0 for other errors.
    int coolDownSeconds() const;
};

QString errorKindName(ErrorKind kind);

// The outcome of one operation: a value or an error, never both, never neither.
template<typename T> class Result
{
public:
    Result(T value)
        : m_data(std::move(value))
    { }
    Result(PlexError error)
        : m_data(std::move(error))
    { }

    bool ok() const { return std::holds_alternative<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &value() { return std::get<T>(m_data); }
    const PlexError &error() const { return std::get<PlexError>(m_data); }

private:
    std::variant<T, PlexError> m_data;
};

// For operations whose success carries no data (sign-out).
struct Done
{
};

// Receives the one outcome of an asynchronous operation.
template<typename T> using Handler = std::function<void(const Result<T> &)>;

} // namespace PlexAuth

Q_DECLARE_METATYPE(PlexAuth::PlexError)
