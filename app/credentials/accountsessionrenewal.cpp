// AccountSession's Plex JWT part: renewing the token with the device key, and the upgrade of a
// classic token (plex-auth-api.md §2.7).

#include "accountsession.h"
#include "logging.h"
#include "redaction.h"

#include <QPointer>

namespace PlexAuth {

namespace {
PlexError noDeviceKey()
{
    PlexError error;
    error.kind = ErrorKind::DeviceKeyMissing;
    error.message
        = AccountSession::tr("This account's token is a classic Plex token, without a device key to "
                             "renew it with. Upgrade it to a device key first, or sign in again.");
    return error;
}

PlexError wrongAccount()
{
    PlexError error;
    error.kind = ErrorKind::TokenVerificationFailed;
    error.message
        = AccountSession::tr("plex.tv issued a token for a different account than this one, so it was "
                             "not kept. Sign in to this account again.");
    return error;
}

// The Plex JWT names its user (python-plexapi's test reads decodedJWT['user']); when it does, it must
// be this account.
bool namesAnotherAccount(const DecodedJwt &decoded, const QString &uuid)
{
    const QString named = decoded.claims.value(u"user").toObject().value(u"uuid").toString();
    return !named.isEmpty() && !uuid.isEmpty() && named != uuid;
}
} // namespace

bool AccountSession::renewalDue(const QDateTime &now) const
{
    if (!hasDeviceKey())
        return false;
    const QDateTime expires = m_account->deviceAuth.tokenExpiresAt;
    return !expires.isValid() || now.secsTo(expires) < std::chrono::seconds(renewWithin).count();
}

void AccountSession::renewIfDue(QObject *context, Handler<Done> handler)
{
    if (!renewalDue(QDateTime::currentDateTimeUtc())) {
        handler(Done {});
        return;
    }
    renew(context, std::move(handler));
}

void AccountSession::renew(QObject *context, Handler<Done> handler)
{
    QPointer<QObject> caller(context);
    const bool running = isRenewing();
    m_renewalWaiters.append([caller, handler = std::move(handler)](const Result<Done> &outcome) {
        if (caller)
            handler(outcome);
    });
    if (running)
        return;
    Q_EMIT renewalChanged();
    if (!hasDeviceKey()) {
        finishRenewal(noDeviceKey());
        return;
    }
    const QString accountUuid = uuid();
    m_services.store->deviceKey(accountUuid, this, [this, accountUuid](const Result<QString> &keyText) {
        if (!keyText.ok()) {
            finishRenewal(keyText.error());
            return;
        }
        Result<DeviceKey> key = DeviceKey::fromKeychainText(keyText.value());
        if (!key.ok()) {
            finishRenewal(key.error());
            return;
        }
        m_services.deviceAuth->renew(key.value(), this,
            [this, accountUuid, keyId = key.value().keyId()](const Result<VerifiedToken> &renewed) {
                if (!renewed.ok()) {
                    finishRenewal(renewed.error());
                    return;
                }
                if (namesAnotherAccount(renewed.value().decoded, accountUuid)) {
                    finishRenewal(wrongAccount());
                    return;
                }
                DeviceAuthState state = m_account->deviceAuth;
                state.keyId = keyId;
                state.tokenExpiresAt = renewed.value().expiresAt;
                state.lastRefreshAt = QDateTime::currentDateTimeUtc();
                state.refreshFailingSince = {};
                m_services.store->replaceToken(accountUuid, renewed.value().token, state, this,
                    [this, verified = renewed.value()](const Result<StoredAccount> &kept) {
                        if (!kept.ok()) {
                            finishRenewal(
                                kept.error()); // the stored token and this session's are as they were
                            return;
                        }
                        adoptVerifiedToken(verified, kept.value());
                        finishRenewal(Done {});
                    });
            });
    });
}

void AccountSession::upgradeToDeviceKey(QObject *context, Handler<Done> handler)
{
    if (hasDeviceKey() || !m_account) {
        handler(Done {});
        return;
    }
    QPointer<QObject> caller(context);
    whenTokenReady(this, [this, caller, handler = std::move(handler)](const Result<Done> &ready) {
        if (!ready.ok()) {
            if (caller)
                handler(ready);
            return;
        }
        Result<DeviceKey> key = DeviceKey::generate();
        if (!key.ok()) {
            if (caller)
                handler(key.error());
            return;
        }
        Redaction::registerSecret(key.value().keychainText(), uuid());
        const QString accountUuid = uuid();
        m_services.deviceAuth->upgrade(m_token, key.value(), this,
            [this, caller, handler, accountUuid, key = key.value()](const Result<VerifiedToken> &upgraded) {
                const auto reply = [caller, handler](const Result<Done> &outcome) {
                    if (caller)
                        handler(outcome);
                };
                if (!upgraded.ok()) {
                    reply(upgraded.error());
                    return;
                }
                if (namesAnotherAccount(upgraded.value().decoded, accountUuid)) {
                    reply(wrongAccount());
                    return;
                }
                DeviceKeyCredential credential;
                credential.keyText = key.keychainText();
                credential.state.keyId = key.keyId();
                credential.state.tokenExpiresAt = upgraded.value().expiresAt;
                credential.state.lastRefreshAt = QDateTime::currentDateTimeUtc();
                m_services.store->attachDeviceKey(accountUuid, upgraded.value().token, credential, this,
                    [this, reply, verified = upgraded.value()](const Result<StoredAccount> &kept) {
                        if (!kept.ok()) {
                            reply(kept.error());
                            return;
                        }
                        qCInfo(lcAccounts).noquote() << "account" << uuid() << "upgraded to a device key";
                        adoptVerifiedToken(verified, kept.value());
                        reply(Done {});
                    });
            });
    });
}

void AccountSession::adoptVerifiedToken(const VerifiedToken &verified, const StoredAccount &stored)
{
    if (m_validation)
        m_validation->abort(); // a check of the old token says nothing about the new one
    m_account = stored;
    TokenCheck check;
    check.state = TokenState::Valid; // plex.tv has just issued it, and its signature checked out
    check.checkedAt = QDateTime::currentDateTimeUtc();
    m_check = check;
    setToken(verified.token);
    Q_EMIT checkChanged();
}

void AccountSession::finishRenewal(const Result<Done> &outcome)
{
    if (outcome.ok()) {
        m_renewalError.reset();
    } else {
        m_renewalError = outcome.error();
        qCInfo(lcAccounts).noquote() << "renewal of" << uuid() << "failed:" << outcome.error().detail;
    }
    if (m_account && hasDeviceKey())
        m_services.store->recordRefreshOutcome(uuid(), outcome.ok(), QDateTime::currentDateTimeUtc());
    if (m_account && !outcome.ok())
        if (std::optional<StoredAccount> stored = m_services.store->account(uuid()))
            m_account->deviceAuth = stored->deviceAuth;
    const QList<Handler<Done>> waiters = std::exchange(m_renewalWaiters, {});
    Q_EMIT renewalChanged();
    for (const Handler<Done> &waiter : waiters)
        waiter(outcome);
}

} // namespace PlexAuth
