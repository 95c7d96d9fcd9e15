#pragma once

#include "accountindex.h"
#include "keychain.h"

#include <QHash>
#include <QObject>

namespace PlexAuth {

// What a Plex JWT sign-in keeps besides the token: the device key (its keychain text, secret) and
// the non-secret state that goes to the index.
struct DeviceKeyCredential
{
    QString keyText;
    DeviceAuthState state;
};

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
    // The same for a Plex JWT account: the device key and the token are kept together or not at all
    // (the key first; if the token cannot be written, the key item goes back to what it was).
    void add(const Account &account, bool remember, const DeviceKeyCredential &deviceKey, QObject *context,
        Handler<StoredAccount> handler);
    // A Plex Home profile switched to from account `link.homeUuid` (accountstorehome.cpp): kept as
    // add() keeps an account, with its link to that Home account.
    void addProfile(const Account &profile, const HomeLink &link, bool remember, QObject *context,
        Handler<StoredAccount> handler);
    // A refreshed Plex JWT replaces the stored one (the keychain write replaces it in one step), then
    // the index records its expiry and the refresh.
    void replaceToken(const QString &uuid, const QString &token, const DeviceAuthState &state,
        QObject *context, Handler<StoredAccount> handler);
    // A classic-token account upgraded to a device key: the key, then the new token; the classic
    // token stays if either write fails.
    void attachDeviceKey(const QString &uuid, const QString &token, const DeviceKeyCredential &deviceKey,
        QObject *context, Handler<StoredAccount> handler);
    // The account's device key text: this session's, else the keychain's. DeviceKeyMissing if none.
    void deviceKey(const QString &uuid, QObject *context, Handler<QString> handler);
    // Remembers a refresh's failure (the first one's time) or success (clears it); no keychain.
    void recordRefreshOutcome(const QString &uuid, bool succeeded, const QDateTime &when);
    // The account's token: this session's if it has one, else the keychain's. NotSignedIn when
    // neither holds one.
    void token(const QString &uuid, QObject *context, Handler<QString> handler);
    // Forgets the account: deletes the keychain item (then its device key, then each app token's
    // item with its entry), then the index entry. A failure stops the removal and keeps the account.
    // (Revoking the token first is the credential layer's: AccountSessions::signOut.)
    void remove(const QString &uuid, QObject *context, Handler<Done> handler);
    Result<Done> setDefault(const QString &uuid);
    // Remembers the outcome of a token check (not for "could not verify").
    void recordCheck(const QString &uuid, const TokenCheck &check);

    Keychain *keychain() const { return m_keychain; }

    // --- App tokens (accountstoreapptokens.cpp): each one its own device on plex.tv, its token in the
    // keychain item "<uuid>/app/<clientIdentifier>", its name and creation time in the index. A
    // remembered account only; remove() deletes them with the account.
    QList<AppTokenRecord> appTokens(const QString &uuid) const;
    // Whether `name` can name a new app token of the account: not empty, no control characters, at
    // most 100 characters, not taken (ignoring case: NameInUse), and the account is remembered.
    Result<Done> checkAppTokenName(const QString &uuid, const QString &name) const;
    // The app token `name` names (ignoring case); NoSuchDevice when none.
    Result<AppTokenRecord> findAppToken(const QString &uuid, const QString &name) const;
    // Writes the token item, then the index entry (and takes the item back if the index cannot be
    // written).
    void keepAppToken(const QString &uuid, const AppTokenRecord &record, const QString &token,
        QObject *context, Handler<AppTokenRecord> handler);
    // The secret of the account's app token `name`, from the keychain (`plexauth token --app`, `exec`).
    void appToken(const QString &uuid, const QString &name, QObject *context, Handler<QString> handler);
    // Deletes the item, then the index entry: a failure leaves the entry naming an item that is there.
    void forgetAppToken(
        const QString &uuid, const QString &clientIdentifier, QObject *context, Handler<Done> handler);

Q_SIGNALS:
    void accountsChanged();
    void accountRemoved(const QString &uuid);
    void appTokensChanged(const QString &uuid);

private:
    PlexError settingsError() const;
    using KeychainRead = void (Keychain::*)(
        const QString &accountUuid, QObject *context, Handler<std::optional<QString>> handler);
    // This session's copy of the account's secret, else the keychain item `read` reads; `missing`
    // (given the account's name) when neither holds one.
    void readSecret(const QString &uuid, const QHash<QString, QString> &sessionCopies, KeychainRead read,
        QObject *context, Handler<QString> handler,
        const std::function<PlexError(const QString &accountName)> &missing);
    void addAccount(const Account &account, bool remember,
        const std::optional<DeviceKeyCredential> &deviceKey, QObject *context, Handler<StoredAccount> handler,
        const HomeLink &home = {});
    void forgetIndexEntry(
        const QString &uuid, const std::function<void()> &dropSessionCopy, const Handler<Done> &handler);
    // Writes the key item, then the token item; puts back `previousKeyText` (or deletes the key
    // item when there was none) if the token write fails.
    void writeKeyThenToken(const QString &uuid, const QString &token, const QString &keyText,
        const std::optional<QString> &previousKeyText, Handler<Done> handler);
    void keepInIndex(StoredAccount stored, bool wasKnown, const Handler<StoredAccount> &handler);
    void setSessionDeviceAuth(const QString &uuid, const DeviceAuthState &state);
    // forgetAppToken() for each of the account's app tokens in turn; stops at the first failure.
    void forgetAppTokens(const QString &uuid, QObject *context, const Handler<Done> &handler);

    Keychain *m_keychain;
    AccountIndex m_index;
    QList<StoredAccount> m_sessionAccounts;
    QHash<QString, QString> m_sessionTokens;
    QHash<QString, QString> m_sessionKeys;
};

} // namespace PlexAuth
