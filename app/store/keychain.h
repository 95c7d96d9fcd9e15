#pragma once

#include "plexerror.h"

#include <QObject>

#include <optional>

namespace QKeychain {
class Job;
}

namespace PlexAuth {

// The operating system's keychain (Secret Service, macOS Keychain, Windows Credential Manager)
// through QtKeychain's asynchronous jobs. One item per account: service "PlexAuth", key = the
// account's uuid, secret = its token; a Plex JWT account has a second item, key = "<uuid>/device-key",
// secret = its device's private key (AccountStore writes and removes the two together). QtKeychain's insecure
// plaintext fallback is never enabled, so when no keychain answers the operation fails instead of writing a
// file.
class Keychain final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Keychain)

public:
    explicit Keychain(QString service = defaultService(), QObject *parent = nullptr);

    static QString defaultService() { return QStringLiteral("PlexAuth"); }
    QString service() const { return m_service; }

    // std::nullopt when no item exists for the account ("not signed in" is not an error).
    void readToken(const QString &accountUuid, QObject *context, Handler<std::optional<QString>> handler);
    // Creates or replaces the item in one step; on failure the previous token is left untouched.
    void writeToken(
        const QString &accountUuid, const QString &token, QObject *context, Handler<Done> handler);
    // Succeeds when the item is gone afterwards, including when there was none.
    void deleteToken(const QString &accountUuid, QObject *context, Handler<Done> handler);
    // The device key of a Plex JWT account, as DeviceKey::keychainText() wrote it; same contracts.
    void readDeviceKey(const QString &accountUuid, QObject *context, Handler<std::optional<QString>> handler);
    void writeDeviceKey(
        const QString &accountUuid, const QString &keyText, QObject *context, Handler<Done> handler);
    void deleteDeviceKey(const QString &accountUuid, QObject *context, Handler<Done> handler);
    static QString deviceKeyItem(const QString &accountUuid)
    {
        return accountUuid + QStringLiteral("/device-key");
    }

    // An app token of the account (issue 15 §3): item "<uuid>/app/<clientIdentifier>"; same contracts.
    void readAppToken(const QString &accountUuid, const QString &clientIdentifier, QObject *context,
        Handler<std::optional<QString>> handler);
    void writeAppToken(const QString &accountUuid, const QString &clientIdentifier, const QString &token,
        QObject *context, Handler<Done> handler);
    void deleteAppToken(
        const QString &accountUuid, const QString &clientIdentifier, QObject *context, Handler<Done> handler);
    static QString appTokenItem(const QString &accountUuid, const QString &clientIdentifier)
    {
        return accountUuid + QStringLiteral("/app/") + clientIdentifier;
    }

    // Whether a keychain answers at all: a read of an item that is never written.
    void checkAvailable(QObject *context, Handler<Done> handler);

    // Turns a QtKeychain failure into a message that names what is missing and how to fix it.
    static PlexError errorFor(int keychainError, const QString &errorString);

private:
    // `owner`: the account a secret belongs to, for Redaction::forgetSecretsOf.
    void readItem(
        const QString &key, const QString &owner, QObject *context, Handler<std::optional<QString>> handler);
    void writeItem(const QString &key, const QString &owner, const QString &secret, QObject *context,
        Handler<Done> handler);
    void deleteItem(const QString &key, QObject *context, Handler<Done> handler);
    void readThroughQtKeychain(const QString &key, const QString &owner, bool knownLocked, QObject *context,
        const Handler<std::optional<QString>> &handler);

    QString m_service;
};

} // namespace PlexAuth
