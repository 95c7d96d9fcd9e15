#pragma once

#include "accountindex.h"
#include "keychain.h"

#include <QHash>
#include <QObject>

namespace PlexAuth {

// The signed-in accounts: tokens in the keychain, everything else in the account index, and
// "this session only" accounts in memory. Every operation either completes or leaves what was
// stored exactly as it was: a token is replaced only after the new one has been written, and an
// account is forgotten only after its keychain item is gone.
class AccountStore final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountStore)

public:
    AccountStore(Keychain *keychain, QSettings &settings, QObject *parent = nullptr);

    // Remembered accounts (oldest first), then this session's.
    QList<StoredAccount> accounts() const;
    std::optional<StoredAccount> account(const QString &uuid) const;
    QString defaultUuid() const;
    // The account `query` names (uuid, username, email or title); an empty query means the
    // default account.
    Result<StoredAccount> resolve(const QString &query) const;

    // Keeps a freshly signed-in account: remembered (keychain, then index) or for this session only.
    void add(const Account &account, bool remember, QObject *context, Handler<StoredAccount> handler);
    // The account's token: this session's if it has one, else the keychain's. NotSignedIn when
    // neither holds one.
    void token(const QString &uuid, QObject *context, Handler<QString> handler);
    // Forgets the account: deletes the keychain item, then the index entry. A failure stops the
    // removal and keeps the account. (Revoking the token first is the credential layer's:
    // AccountSessions::signOut.)
    void remove(const QString &uuid, QObject *context, Handler<Done> handler);
    Result<Done> setDefault(const QString &uuid);
    // Remembers the outcome of a token check (not for "could not verify").
    void recordCheck(const QString &uuid, const TokenCheck &check);

    Keychain *keychain() const { return m_keychain; }

Q_SIGNALS:
    void accountsChanged();
    void accountRemoved(const QString &uuid);

private:
    PlexError settingsError() const;

    Keychain *m_keychain;
    AccountIndex m_index;
    QList<StoredAccount> m_sessionAccounts;
    QHash<QString, QString> m_sessionTokens;
};

} // namespace PlexAuth
