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
    addAccount(account, remember, std::nullopt, context, std::move(handler));
}

void AccountStore::add(const Account &account, bool remember, const DeviceKeyCredential &deviceKey,
    QObject *context, Handler<StoredAccount> handler)
{
    addAccount(account, remember, deviceKey, context, std::move(handler));
}

void AccountStore::addAccount(const Account &account, bool remember,
    const std::optional<DeviceKeyCredential> &deviceKey, QObject *context, Handler<StoredAccount> handler,
    const HomeLink &home)
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
    stored.home = home;
    if (deviceKey) {
        Redaction::registerSecret(deviceKey->keyText, account.uuid);
        stored.deviceAuth = deviceKey->state;
    }

    if (!remember) {
        stored.remembered = false;
        stored.addedAt = stored.lastVerifiedAt;
        m_sessionAccounts.removeIf([&](const StoredAccount &a) { return a.uuid == stored.uuid; });
        m_sessionAccounts.append(stored);
        m_sessionTokens.insert(stored.uuid, account.authToken);
        if (deviceKey)
            m_sessionKeys.insert(stored.uuid, deviceKey->keyText);
        else
            m_sessionKeys.remove(stored.uuid);
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
    const std::optional<StoredAccount> known = m_index.find(stored.uuid);
    const bool hadKey = known && known->deviceAuth.hasDeviceKey();
    auto written = [this, stored, known = known.has_value(), hadKey, deviceKey = deviceKey.has_value(),
                       handler = std::move(reply)](const Result<Done> &outcome) {
        if (!outcome.ok()) {
            handler(outcome.error()); // the index and whatever was stored before are untouched
            return;
        }
        // Signed in again with a classic token: the old device key has no use any more.
        if (hadKey && !deviceKey)
            m_keychain->deleteDeviceKey(stored.uuid, this, [](const Result<Done> &) {});
        keepInIndex(stored, known, handler);
    };
    if (!deviceKey) {
        m_keychain->writeToken(stored.uuid, account.authToken, this, std::move(written));
        return;
    }
    if (!hadKey) {
        writeKeyThenToken(
            stored.uuid, account.authToken, deviceKey->keyText, std::nullopt, std::move(written));
        return;
    }
    // Replacing a device key: keep the old one at hand, to put back if the token cannot be written.
    m_keychain->readDeviceKey(stored.uuid, this,
        [this, uuid = stored.uuid, token = account.authToken, keyText = deviceKey->keyText,
            written = std::move(written)](const Result<std::optional<QString>> &previous) {
            if (!previous.ok()) {
                written(previous.error());
                return;
            }
            writeKeyThenToken(uuid, token, keyText, previous.value(), written);
        });
}

void AccountStore::keepInIndex(StoredAccount stored, bool wasKnown, const Handler<StoredAccount> &handler)
{
    if (!m_index.upsert(stored)) {
        // A new account the list cannot name would leave orphaned items: take them back.
        if (!wasKnown) {
            m_keychain->deleteToken(stored.uuid, this, [](const Result<Done> &) {});
            if (stored.deviceAuth.hasDeviceKey())
                m_keychain->deleteDeviceKey(stored.uuid, this, [](const Result<Done> &) {});
        }
        handler(settingsError());
        return;
    }
    m_sessionAccounts.removeIf([&](const StoredAccount &a) { return a.uuid == stored.uuid; });
    m_sessionTokens.remove(stored.uuid);
    m_sessionKeys.remove(stored.uuid);
    qCInfo(lcAccounts).noquote() << "stored account" << stored.uuid;
    Q_EMIT accountsChanged();
    handler(*m_index.find(stored.uuid));
}

void AccountStore::token(const QString &uuid, QObject *context, Handler<QString> handler)
{
    readSecret(uuid, m_sessionTokens, &Keychain::readToken, context, std::move(handler),
        [this](const QString &name) {
            PlexError error;
            error.kind = ErrorKind::NotSignedIn;
            error.message = tr(
                "The keychain holds no token for %1, so this account is signed out. Sign in to it again.")
                                .arg(name);
            return error;
        });
}

void AccountStore::readSecret(const QString &uuid, const QHash<QString, QString> &sessionCopies,
    KeychainRead read, QObject *context, Handler<QString> handler,
    const std::function<PlexError(const QString &accountName)> &missing)
{
    if (const auto session = sessionCopies.constFind(uuid); session != sessionCopies.cend()) {
        handler(*session);
        return;
    }
    (m_keychain->*read)(uuid, context,
        [this, self = QPointer(this), uuid, missing, handler = std::move(handler)](
            const Result<std::optional<QString>> &secret) {
            if (!self)
                return; // destroyed while the operation ran
            if (!secret.ok()) {
                handler(secret.error());
            } else if (secret.value()) {
                handler(*secret.value());
            } else {
                const std::optional<StoredAccount> known = account(uuid);
                handler(missing(known ? known->displayName() : uuid));
            }
        });
}

void AccountStore::remove(const QString &uuid, QObject *context, Handler<Done> handler)
{
    auto dropSessionCopy = [this, uuid] {
        m_sessionTokens.remove(uuid);
        m_sessionKeys.remove(uuid);
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
        // No index entry, yet keychain items may linger (a crash between the steps of add()):
        // delete them so no orphaned token or key stays behind.
        m_keychain->deleteToken(uuid, context,
            [this, self = QPointer(this), uuid, context, handler = std::move(handler)](
                const Result<Done> &deleted) {
                if (!self)
                    return;
                if (!deleted.ok()) {
                    handler(deleted.error());
                    return;
                }
                m_keychain->deleteDeviceKey(uuid, context, handler);
            });
        return;
    }
    // The token first, then the key: a failure in between leaves an account that is signed out (and
    // can be removed again), never a token whose key is gone.
    m_keychain->deleteToken(uuid, context,
        [this, self = QPointer(this), uuid, context, dropSessionCopy, handler = std::move(handler)](
            const Result<Done> &deleted) {
            if (!self)
                return; // destroyed while the operation ran
            if (!deleted.ok()) {
                handler(deleted.error()); // everything kept, this session's copy included
                return;
            }
            m_keychain->deleteDeviceKey(uuid, context,
                [this, self, uuid, context, dropSessionCopy, handler](const Result<Done> &keyDeleted) {
                    if (!self)
                        return;
                    if (!keyDeleted.ok()) {
                        handler(keyDeleted.error());
                        return;
                    }
                    // Its app tokens go with it, each item before its entry.
                    forgetAppTokens(uuid, context,
                        [this, self, uuid, dropSessionCopy, handler](const Result<Done> &gone) {
                            if (!self)
                                return;
                            if (!gone.ok()) {
                                handler(gone.error());
                                return;
                            }
                            forgetIndexEntry(uuid, dropSessionCopy, handler);
                        });
                });
        });
}

void AccountStore::forgetIndexEntry(
    const QString &uuid, const std::function<void()> &dropSessionCopy, const Handler<Done> &handler)
{
    if (!m_index.remove(uuid)) {
        handler(settingsError());
        return;
    }
    dropSessionCopy();
    qCInfo(lcAccounts).noquote() << "removed account" << uuid;
    Q_EMIT accountsChanged();
    Q_EMIT accountRemoved(uuid);
    handler(Done {});
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
