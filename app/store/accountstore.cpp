#include "accountstore.h"

#include "logging.h"
#include "redaction.h"

#include <QPointer>

namespace PlexAuth {

AccountStore::AccountStore(Keychain *keychain, QSettings &settings, QObject *parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_index(settings)
{ }

QList<StoredAccount> AccountStore::accounts() const
{
    QList<StoredAccount> all = m_index.accounts();
    for (const StoredAccount &session : m_sessionAccounts) {
        if (!m_index.find(session.uuid))
            all.append(session);
    }
    return all;
}

std::optional<StoredAccount> AccountStore::account(const QString &uuid) const
{
    if (std::optional<StoredAccount> stored = m_index.find(uuid))
        return stored;
    for (const StoredAccount &session : m_sessionAccounts) {
        if (session.uuid == uuid)
            return session;
    }
    return std::nullopt;
}

QString AccountStore::defaultUuid() const
{
    QString uuid = m_index.defaultUuid();
    if (!uuid.isEmpty() || m_sessionAccounts.isEmpty())
        return uuid;
    return m_sessionAccounts.first().uuid;
}

Result<StoredAccount> AccountStore::resolve(const QString &query) const
{
    PlexError error;
    if (query.isEmpty()) {
        if (std::optional<StoredAccount> chosen = account(defaultUuid()))
            return *chosen;
        error.kind = ErrorKind::NotSignedIn;
        error.message = tr("No account is signed in. Sign in first (in the app, or with “plexauth signin” or "
                           "“plexauth pin”).");
        return error;
    }
    QList<StoredAccount> matches;
    for (const StoredAccount &candidate : accounts()) {
        if (candidate.matches(query))
            matches.append(candidate);
    }
    if (matches.size() == 1)
        return matches.first();
    error.kind = ErrorKind::NoSuchAccount;
    if (matches.isEmpty()) {
        error.message = tr("No signed-in account is called “%1”. Name an account by its username, email, "
                           "title or uuid; “plexauth accounts” lists them.")
                            .arg(query);
    } else {
        error.message = tr("“%1” names more than one account. Use the account's uuid instead; “plexauth "
                           "accounts” lists them.")
                            .arg(query);
    }
    return error;
}

void AccountStore::add(
    const Account &account, bool remember, QObject *context, Handler<StoredAccount> handler)
{
    if (account.uuid.isEmpty() || account.authToken.isEmpty()) {
        PlexError error;
        error.kind = ErrorKind::MalformedResponse;
        error.message = tr("plex.tv signed you in but did not say which account or token it was, so nothing "
                           "was stored. Try signing in again.");
        handler(error);
        return;
    }
    Redaction::registerSecret(account.authToken, account.uuid);
    StoredAccount stored = StoredAccount::fromAccount(account);
    stored.lastVerifiedAt = QDateTime::currentDateTimeUtc();
    stored.lastTokenState = TokenState::Valid;

    if (!remember) {
        stored.remembered = false;
        stored.addedAt = stored.lastVerifiedAt;
        m_sessionAccounts.removeIf([&](const StoredAccount &a) { return a.uuid == stored.uuid; });
        m_sessionAccounts.append(stored);
        m_sessionTokens.insert(stored.uuid, account.authToken);
        Q_EMIT accountsChanged();
        handler(stored);
        return;
    }

    // The store, not the caller, sees the write through: a caller that goes away meanwhile (a
    // dialog closed during "Saving…") must not leave a token in the keychain that no account names.
    QPointer<QObject> caller(context);
    auto reply = [caller, handler = std::move(handler)](const Result<StoredAccount> &result) {
        if (caller)
            handler(result);
    };
    m_keychain->writeToken(stored.uuid, account.authToken, this,
        [this, stored, handler = std::move(reply)](const Result<Done> &written) {
            if (!written.ok()) {
                handler(written.error()); // the index and any earlier token are untouched
                return;
            }
            const bool known = m_index.find(stored.uuid).has_value();
            if (!m_index.upsert(stored)) {
                // A new account the list cannot name would leave an orphaned token: take it back.
                if (!known)
                    m_keychain->deleteToken(stored.uuid, this, [](const Result<Done> &) {});
                handler(settingsError());
                return;
            }
            m_sessionAccounts.removeIf([&](const StoredAccount &a) { return a.uuid == stored.uuid; });
            m_sessionTokens.remove(stored.uuid);
            qCInfo(lcAccounts).noquote() << "stored account" << stored.uuid;
            Q_EMIT accountsChanged();
            handler(*m_index.find(stored.uuid));
        });
}

void AccountStore::token(const QString &uuid, QObject *context, Handler<QString> handler)
{
    if (const auto session = m_sessionTokens.constFind(uuid); session != m_sessionTokens.cend()) {
        handler(*session);
        return;
    }
    m_keychain->readToken(uuid, context,
        [this, self = QPointer(this), uuid, handler = std::move(handler)](
            const Result<std::optional<QString>> &read) {
            if (!self)
                return; // destroyed while the operation ran
            if (!read.ok()) {
                handler(read.error());
            } else if (read.value()) {
                handler(*read.value());
            } else {
                const std::optional<StoredAccount> known = account(uuid);
                PlexError error;
                error.kind = ErrorKind::NotSignedIn;
                error.message
                    = tr("The keychain holds no token for %1, so this account is signed out. Sign in to "
                         "it again.")
                          .arg(known ? known->displayName() : uuid);
                handler(error);
            }
        });
}

void AccountStore::remove(const QString &uuid, QObject *context, Handler<Done> handler)
{
    auto dropSessionCopy = [this, uuid] {
        m_sessionTokens.remove(uuid);
        m_sessionAccounts.removeIf([&](const StoredAccount &a) { return a.uuid == uuid; });
    };
    if (!m_index.find(uuid)) {
        if (m_sessionTokens.contains(uuid)) {
            dropSessionCopy();
            Q_EMIT accountsChanged();
            Q_EMIT accountRemoved(uuid);
            handler(Done {});
            return;
        }
        // No index entry, yet a keychain item may linger (a crash between the two steps of add()):
        // delete it so no orphaned token stays behind.
        m_keychain->deleteToken(uuid, context, std::move(handler));
        return;
    }
    m_keychain->deleteToken(uuid, context,
        [this, self = QPointer(this), uuid, dropSessionCopy, handler = std::move(handler)](
            const Result<Done> &deleted) {
            if (!self)
                return; // destroyed while the operation ran
            if (!deleted.ok()) {
                handler(deleted.error()); // everything kept, this session's copy included
                return;
            }
            if (!m_index.remove(uuid)) {
                handler(settingsError());
                return;
            }
            dropSessionCopy();
            qCInfo(lcAccounts).noquote() << "removed account" << uuid;
            Q_EMIT accountsChanged();
            Q_EMIT accountRemoved(uuid);
            handler(Done {});
        });
}

Result<Done> AccountStore::setDefault(const QString &uuid)
{
    if (!m_index.find(uuid)) {
        PlexError error;
        error.kind = ErrorKind::NoSuchAccount;
        error.message
            = tr("Only a remembered account can be the default. Sign in to it again with “Keep me signed "
                 "in on this computer” ticked first.");
        return error;
    }
    if (!m_index.setDefault(uuid))
        return settingsError();
    Q_EMIT accountsChanged();
    return Done {};
}

void AccountStore::recordCheck(const QString &uuid, const TokenCheck &check)
{
    if (check.state == TokenState::Unverified)
        return;
    if (m_index.recordCheck(uuid, check.state, check.checkedAt)) {
        Q_EMIT accountsChanged();
        return;
    }
    for (StoredAccount &session : m_sessionAccounts) {
        if (session.uuid == uuid) {
            session.lastVerifiedAt = check.checkedAt;
            session.lastTokenState = check.state;
            Q_EMIT accountsChanged();
        }
    }
}

PlexError AccountStore::settingsError() const
{
    PlexError error;
    error.kind = ErrorKind::SettingsNotWritable;
    error.message = tr("The account list could not be saved to %1. Check that the file and its folder are "
                       "writable and that the disk is not full, then try again.")
                        .arg(m_index.location());
    return error;
}

} // namespace PlexAuth
