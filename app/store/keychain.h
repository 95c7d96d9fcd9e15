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
// account's uuid, secret = its token. QtKeychain's insecure plaintext fallback is never enabled,
// so when no keychain answers the operation fails instead of writing a file.
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
    // Whether a keychain answers at all: a read of an item that is never written.
    void checkAvailable(QObject *context, Handler<Done> handler);

    // Turns a QtKeychain failure into a message that names what is missing and how to fix it.
    static PlexError errorFor(int keychainError, const QString &errorString);

private:
    void readThroughQtKeychain(const QString &accountUuid, bool knownLocked, QObject *context,
        const Handler<std::optional<QString>> &handler);

    QString m_service;
};

} // namespace PlexAuth
