#include "keychain.h"

#include "logging.h"
#include "redaction.h"
#include "secretservice.h"

#include <QPointer>
#include <qt6keychain/keychain.h>

namespace PlexAuth {

namespace {

constexpr QStringView probeKey = u"availability-probe";

// libsecret reports D-Bus trouble as OtherError with the GLib message; these say "nothing is
// listening" rather than "something went wrong inside the keychain".
bool looksUnavailable(const QString &errorString)
{
    static const QStringList markers {
        QStringLiteral("autolaunch"),
        QStringLiteral("DBUS_SESSION_BUS_ADDRESS"),
        QStringLiteral("ServiceUnknown"),
        QStringLiteral("was not provided by any .service files"),
        QStringLiteral("Could not connect"),
        QStringLiteral("Failed to connect"),
        QStringLiteral("No such file or directory"),
        QStringLiteral("Connection refused"),
        QStringLiteral("Timeout was reached"),
    };
    return std::any_of(markers.cbegin(), markers.cend(),
        [&](const QString &marker) { return errorString.contains(marker, Qt::CaseInsensitive); });
}

bool looksLocked(const QString &errorString)
{
    return errorString.contains(QStringLiteral("locked"), Qt::CaseInsensitive)
        || errorString.contains(QStringLiteral("IsLocked"), Qt::CaseInsensitive)
        || errorString.contains(QStringLiteral("dismissed"), Qt::CaseInsensitive);
}

PlexError lockedError()
{
    PlexError error;
    error.kind = ErrorKind::KeychainAccessDenied;
    error.message = Keychain::tr("The keychain is locked and was not unlocked, so PlexAuth cannot reach the "
                                 "account's token. Unlock your keychain (for example in your desktop's "
                                 "Passwords and Keys app, or by logging in again) and try again.");
    error.detail = QStringLiteral("Secret Service: the item exists in a locked collection");
    return error;
}

PlexError ambiguousError(const QString &service, const QString &accountUuid)
{
    PlexError error;
    error.kind = ErrorKind::KeychainFailure;
    error.message
        = Keychain::tr("More than one keychain item matches PlexAuth's entry for account %1, so PlexAuth "
                       "cannot tell which one holds its token. Remove the duplicates (in your desktop's "
                       "Passwords and Keys app, or all of them with `secret-tool clear server %2 user %1`), "
                       "then sign in again.")
              .arg(accountUuid, service);
    error.detail = QStringLiteral("Secret Service: more than one unlocked item with QtKeychain's attributes");
    return error;
}

QString unavailableMessage()
{
#if defined(Q_OS_MACOS)
    return Keychain::tr("The macOS Keychain could not be reached. PlexAuth keeps tokens only in the "
                        "keychain. Log in to a macOS desktop session and try again.");
#elif defined(Q_OS_WIN)
    return Keychain::tr("Windows Credential Manager could not be reached. PlexAuth keeps tokens only in "
                        "the Credential Manager. Sign in to Windows with a user profile and try again.");
#else
    return Keychain::tr("No keychain is available: PlexAuth keeps tokens only in the system keychain (a "
                        "Secret Service such as GNOME Keyring or KWallet), and none answered on the D-Bus "
                        "session bus. Install and start gnome-keyring or KWallet in a desktop or D-Bus "
                        "session, then try again.");
#endif
}

template<typename JobType> JobType *makeJob(const QString &service, const QString &key, QObject *parent)
{
    auto *job = new JobType(service, parent);
    job->setAutoDelete(true);
    job->setInsecureFallback(false); // never a plaintext file, whatever the platform's default
    job->setKey(key);
    return job;
}

} // namespace

Keychain::Keychain(QString service, QObject *parent)
    : QObject(parent)
    , m_service(std::move(service))
{ }

PlexError Keychain::errorFor(int keychainError, const QString &errorString)
{
    PlexError error;
    const QString detail = Redaction::redact(errorString);
    error.detail = QStringLiteral("QtKeychain error %1: %2").arg(keychainError).arg(detail);
    switch (static_cast<QKeychain::Error>(keychainError)) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        error.kind = ErrorKind::KeychainUnavailable;
        error.message = unavailableMessage();
        return error;
    case QKeychain::AccessDeniedByUser:
        error.kind = ErrorKind::KeychainAccessDenied;
        error.message = tr("Access to the keychain was declined (the unlock or permission prompt was "
                           "dismissed). Unlock your keychain and allow PlexAuth to use it, then try again.");
        return error;
    case QKeychain::AccessDenied:
        error.kind = ErrorKind::KeychainAccessDenied;
        error.message = tr("The keychain refused access to PlexAuth's entry; it is probably locked. Unlock "
                           "your keychain (for example in your desktop's Passwords and Keys app) and try "
                           "again.");
        return error;
    default:
        break;
    }
    if (looksUnavailable(errorString)) {
        error.kind = ErrorKind::KeychainUnavailable;
        error.message = unavailableMessage();
    } else if (looksLocked(errorString)) {
        error.kind = ErrorKind::KeychainAccessDenied;
        error.message
            = tr("The keychain is locked and was not unlocked. Unlock your keychain (for example in "
                 "your desktop's Passwords and Keys app) and try again.");
    } else {
        error.kind = ErrorKind::KeychainFailure;
        error.message = tr("The keychain reported an error (%1). Check that your keychain service is running "
                           "and unlocked, and try again.")
                            .arg(detail.isEmpty() ? tr("no details") : detail);
    }
    return error;
}

void Keychain::readToken(
    const QString &accountUuid, QObject *context, Handler<std::optional<QString>> handler)
{
    readItem(accountUuid, accountUuid, context, std::move(handler));
}

void Keychain::writeToken(
    const QString &accountUuid, const QString &token, QObject *context, Handler<Done> handler)
{
    writeItem(accountUuid, accountUuid, token, context, std::move(handler));
}

void Keychain::deleteToken(const QString &accountUuid, QObject *context, Handler<Done> handler)
{
    deleteItem(accountUuid, context, std::move(handler));
}

void Keychain::readDeviceKey(
    const QString &accountUuid, QObject *context, Handler<std::optional<QString>> handler)
{
    readItem(deviceKeyItem(accountUuid), accountUuid, context, std::move(handler));
}

void Keychain::writeDeviceKey(
    const QString &accountUuid, const QString &keyText, QObject *context, Handler<Done> handler)
{
    writeItem(deviceKeyItem(accountUuid), accountUuid, keyText, context, std::move(handler));
}

void Keychain::deleteDeviceKey(const QString &accountUuid, QObject *context, Handler<Done> handler)
{
    deleteItem(deviceKeyItem(accountUuid), context, std::move(handler));
}

void Keychain::readAppToken(const QString &accountUuid, const QString &clientIdentifier, QObject *context,
    Handler<std::optional<QString>> handler)
{
    readItem(appTokenItem(accountUuid, clientIdentifier), accountUuid, context, std::move(handler));
}

void Keychain::writeAppToken(const QString &accountUuid, const QString &clientIdentifier,
    const QString &token, QObject *context, Handler<Done> handler)
{
    writeItem(appTokenItem(accountUuid, clientIdentifier), accountUuid, token, context, std::move(handler));
}

void Keychain::deleteAppToken(
    const QString &accountUuid, const QString &clientIdentifier, QObject *context, Handler<Done> handler)
{
    deleteItem(appTokenItem(accountUuid, clientIdentifier), context, std::move(handler));
}

void Keychain::readItem(
    const QString &key, const QString &owner, QObject *context, Handler<std::optional<QString>> handler)
{
    SecretService::lookup(m_service, key, context,
        [this, self = QPointer(this), key, owner, context, handler = std::move(handler)](
            SecretService::Verdict verdict, const QString &secret) {
            if (!self)
                return; // destroyed while the operation ran
            if (verdict == SecretService::Verdict::Found) {
                Redaction::registerSecret(secret, owner);
                handler(std::optional<QString>(secret));
                return;
            }
            if (verdict == SecretService::Verdict::Ambiguous) {
                handler(ambiguousError(m_service, owner));
                return;
            }
            // Not found, locked or unanswered: QtKeychain decides (it can prompt to unlock, and
            // reaches KWallet too). What the Secret Service said settles QtKeychain's "not found".
            readThroughQtKeychain(key, owner, verdict == SecretService::Verdict::Locked, context, handler);
        });
}

void Keychain::readThroughQtKeychain(const QString &key, const QString &owner, bool knownLocked,
    QObject *context, const Handler<std::optional<QString>> &handler)
{
    auto *job = makeJob<QKeychain::ReadPasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [job, knownLocked, owner, handler] {
        if (job->error() == QKeychain::NoError) {
            const QString secret = job->textData();
            Redaction::registerSecret(secret, owner);
            handler(std::optional<QString>(secret));
        } else if (job->error() == QKeychain::EntryNotFound) {
            if (knownLocked)
                handler(lockedError());
            else
                handler(std::optional<QString>());
        } else {
            const PlexError error = errorFor(job->error(), job->errorString());
            qCWarning(lcKeychain).noquote() << "read failed:" << error.detail;
            handler(error);
        }
    });
    job->start();
}

void Keychain::writeItem(
    const QString &key, const QString &owner, const QString &secret, QObject *context, Handler<Done> handler)
{
    Redaction::registerSecret(secret, owner);
    auto *job = makeJob<QKeychain::WritePasswordJob>(m_service, key, this);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, context, [job, handler = std::move(handler)] {
        if (job->error() == QKeychain::NoError) {
            handler(Done {});
            return;
        }
        const PlexError error = errorFor(job->error(), job->errorString());
        qCWarning(lcKeychain).noquote() << "write failed:" << error.detail;
        handler(error);
    });
    job->start();
}

void Keychain::deleteItem(const QString &key, QObject *context, Handler<Done> handler)
{
    auto *job = makeJob<QKeychain::DeletePasswordJob>(m_service, key, this);
    connect(job, &QKeychain::Job::finished, context, [job, context, handler = std::move(handler)] {
        if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound) {
            // libsecret reports success, or "not found", for an item it could not reach because its
            // collection is locked: the item is gone only if the Secret Service no longer has it.
            SecretService::lookup(job->service(), job->key(), context,
                [handler](SecretService::Verdict verdict, const QString &) {
                    if (verdict == SecretService::Verdict::Locked) {
                        handler(lockedError());
                    } else if (verdict == SecretService::Verdict::Found
                        || verdict == SecretService::Verdict::Ambiguous) {
                        PlexError error;
                        error.kind = ErrorKind::KeychainFailure;
                        error.message
                            = tr("The keychain did not delete PlexAuth's entry. Check that your keychain is "
                                 "unlocked and writable, and try again.");
                        handler(error);
                    } else {
                        handler(Done {});
                    }
                });
            return;
        }
        const PlexError error = errorFor(job->error(), job->errorString());
        qCWarning(lcKeychain).noquote() << "delete failed:" << error.detail;
        handler(error);
    });
    job->start();
}

void Keychain::checkAvailable(QObject *context, Handler<Done> handler)
{
    // A write, not a read: reading an absent item succeeds even in a locked keychain, while a write
    // needs it unlocked (and prompts for that on a desktop), exactly as storing a token will.
    const QString probe = probeKey.toString();
    writeToken(probe, QStringLiteral("PlexAuth checks that it can store a token here"), context,
        [this, self = QPointer(this), probe, context, handler = std::move(handler)](
            const Result<Done> &written) {
            if (!self)
                return; // destroyed while the operation ran
            if (!written.ok()) {
                handler(written.error());
                return;
            }
            deleteToken(probe, context, handler);
        });
}

} // namespace PlexAuth
