// AccountStore's Plex JWT part: the device key item next to the token, written and removed with it.

#include "accountstore.h"
#include "logging.h"
#include "redaction.h"

#include <QPointer>

namespace PlexAuth {

void AccountStore::writeKeyThenToken(const QString &uuid, const QString &token, const QString &keyText,
    const std::optional<QString> &previousKeyText, Handler<Done> handler)
{
    m_keychain->writeDeviceKey(uuid, keyText, this,
        [this, uuid, token, previousKeyText, handler = std::move(handler)](const Result<Done> &keyWritten) {
            if (!keyWritten.ok()) {
                handler(keyWritten.error()); // the key item is as it was (a write replaces in one step)
                return;
            }
            m_keychain->writeToken(
                uuid, token, this, [this, uuid, previousKeyText, handler](const Result<Done> &tokenWritten) {
                    if (tokenWritten.ok()) {
                        handler(Done {});
                        return;
                    }
                    // The old token stays: so must the key that goes with it.
                    qCWarning(lcAccounts).noquote()
                        << "token not written; restoring the device key of" << uuid;
                    const auto ignore = [](const Result<Done> &) {};
                    if (previousKeyText)
                        m_keychain->writeDeviceKey(uuid, *previousKeyText, this, ignore);
                    else
                        m_keychain->deleteDeviceKey(uuid, this, ignore);
                    handler(tokenWritten.error());
                });
        });
}

void AccountStore::replaceToken(const QString &uuid, const QString &token, const DeviceAuthState &state,
    QObject *context, Handler<StoredAccount> handler)
{
    Redaction::registerSecret(token, uuid);
    if (m_sessionTokens.contains(uuid)) {
        m_sessionTokens.insert(uuid, token);
        setSessionDeviceAuth(uuid, state);
        handler(*account(uuid));
        return;
    }
    QPointer<QObject> caller(context);
    m_keychain->writeToken(uuid, token, this,
        [this, uuid, state, caller, handler = std::move(handler)](const Result<Done> &written) {
            if (!caller)
                return;
            if (!written.ok()) {
                handler(written.error()); // the stored token is as it was
                return;
            }
            if (!m_index.recordDeviceAuth(uuid, state)) {
                handler(settingsError());
                return;
            }
            Q_EMIT accountsChanged();
            handler(*m_index.find(uuid));
        });
}

void AccountStore::attachDeviceKey(const QString &uuid, const QString &token,
    const DeviceKeyCredential &deviceKey, QObject *context, Handler<StoredAccount> handler)
{
    Redaction::registerSecret(token, uuid);
    Redaction::registerSecret(deviceKey.keyText, uuid);
    if (m_sessionTokens.contains(uuid)) {
        m_sessionTokens.insert(uuid, token);
        m_sessionKeys.insert(uuid, deviceKey.keyText);
        setSessionDeviceAuth(uuid, deviceKey.state);
        handler(*account(uuid));
        return;
    }
    if (!m_index.find(uuid)) {
        PlexError error;
        error.kind = ErrorKind::NoSuchAccount;
        error.message = tr("The account is no longer signed in here, so its new device key was not kept.");
        handler(error);
        return;
    }
    QPointer<QObject> caller(context);
    writeKeyThenToken(uuid, token, deviceKey.keyText, std::nullopt,
        [this, uuid, state = deviceKey.state, caller, handler = std::move(handler)](
            const Result<Done> &written) {
            if (!caller)
                return;
            if (!written.ok()) {
                handler(written.error());
                return;
            }
            if (!m_index.recordDeviceAuth(uuid, state)) {
                handler(settingsError());
                return;
            }
            qCInfo(lcAccounts).noquote() << "account" << uuid << "now has a device key";
            Q_EMIT accountsChanged();
            handler(*m_index.find(uuid));
        });
}

void AccountStore::deviceKey(const QString &uuid, QObject *context, Handler<QString> handler)
{
    readSecret(uuid, m_sessionKeys, &Keychain::readDeviceKey, context, std::move(handler),
        [this](const QString &name) {
            PlexError error;
            error.kind = ErrorKind::DeviceKeyMissing;
            error.message
                = tr("The keychain holds no device key for %1, so its Plex token cannot be renewed. "
                     "Sign in to it again.")
                      .arg(name);
            return error;
        });
}

void AccountStore::recordRefreshOutcome(const QString &uuid, bool succeeded, const QDateTime &when)
{
    std::optional<StoredAccount> known = account(uuid);
    if (!known)
        return;
    DeviceAuthState state = known->deviceAuth;
    if (succeeded) {
        state.lastRefreshAt = when;
        state.refreshFailingSince = {};
    } else if (!state.refreshFailingSince.isValid()) {
        state.refreshFailingSince = when;
    } else {
        return; // already failing since earlier
    }
    if (!known->remembered) {
        setSessionDeviceAuth(uuid, state);
        return;
    }
    if (m_index.recordDeviceAuth(uuid, state))
        Q_EMIT accountsChanged();
}

void AccountStore::setSessionDeviceAuth(const QString &uuid, const DeviceAuthState &state)
{
    for (StoredAccount &session : m_sessionAccounts) {
        if (session.uuid == uuid)
            session.deviceAuth = state;
    }
    Q_EMIT accountsChanged();
}

} // namespace PlexAuth
