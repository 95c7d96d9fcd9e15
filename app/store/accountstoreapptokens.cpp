// AccountStore's app tokens (issue 15 §3): each a device of its own on plex.tv, its token a keychain
// item next to the account's, its name and creation time in the account index.

#include "accountstore.h"
#include "logging.h"
#include "redaction.h"

#include <QPointer>

namespace PlexAuth {

namespace {
constexpr qsizetype maxNameLength = 100;

PlexError noSuchAppToken(const QString &name, const QList<AppTokenRecord> &known)
{
    PlexError error;
    error.kind = ErrorKind::NoSuchDevice;
    QStringList names;
    for (const AppTokenRecord &record : known)
        names.append(record.name);
    error.message = names.isEmpty()
        ? AccountStore::tr("The account has no app token called “%1”; it has none at all. “plexauth apptoken "
                           "create NAME” makes one.")
              .arg(name)
        : AccountStore::tr("The account has no app token called “%1”. Its app tokens: %2.")
              .arg(name, names.join(QStringLiteral(", ")));
    return error;
}
} // namespace

QList<AppTokenRecord> AccountStore::appTokens(const QString &uuid) const
{
    return m_index.appTokens(uuid);
}

Result<Done> AccountStore::checkAppTokenName(const QString &uuid, const QString &name) const
{
    PlexError error;
    error.kind = ErrorKind::BadRequest;
    const std::optional<StoredAccount> known = account(uuid);
    if (!known || !known->remembered) {
        error.kind = ErrorKind::NoSuchAccount;
        error.message
            = tr("App tokens are kept only for an account that is remembered on this computer. Sign "
                 "in to it again with “Keep me signed in on this computer” ticked first.");
        return error;
    }
    const bool control = std::any_of(
        name.cbegin(), name.cend(), [](QChar c) { return c.category() == QChar::Other_Control; });
    if (name.trimmed().isEmpty() || name.trimmed() != name || control || name.size() > maxNameLength) {
        error.message = tr("An app token's name must be 1 to %1 characters, without line breaks or other "
                           "control characters, and not start or end with a space.")
                            .arg(maxNameLength);
        return error;
    }
    for (const AppTokenRecord &record : m_index.appTokens(uuid)) {
        if (record.name.compare(name, Qt::CaseInsensitive) == 0) {
            error.kind = ErrorKind::NameInUse;
            error.message = tr("%1 already has an app token called “%2”. Choose another name, or revoke that "
                               "one first.")
                                .arg(known->displayName(), record.name);
            return error;
        }
    }
    return Done {};
}

Result<AppTokenRecord> AccountStore::findAppToken(const QString &uuid, const QString &name) const
{
    const QList<AppTokenRecord> known = m_index.appTokens(uuid);
    for (const AppTokenRecord &record : known) {
        if (record.name.compare(name, Qt::CaseInsensitive) == 0)
            return record;
    }
    return noSuchAppToken(name, known);
}

void AccountStore::keepAppToken(const QString &uuid, const AppTokenRecord &record, const QString &token,
    QObject *context, Handler<AppTokenRecord> handler)
{
    Redaction::registerSecret(token, uuid);
    QPointer<QObject> caller(context);
    // The store, not the caller, sees the write through: an item must never outlive its index entry.
    m_keychain->writeAppToken(uuid, record.clientIdentifier, token, this,
        [this, uuid, record, caller, handler = std::move(handler)](const Result<Done> &written) {
            if (!written.ok()) {
                if (caller)
                    handler(written.error());
                return;
            }
            if (!m_index.addAppToken(uuid, record)) {
                m_keychain->deleteAppToken(uuid, record.clientIdentifier, this, [](const Result<Done> &) {});
                if (caller)
                    handler(settingsError());
                return;
            }
            qCInfo(lcAccounts).noquote() << "stored app token" << record.clientIdentifier << "of" << uuid;
            Q_EMIT appTokensChanged(uuid);
            if (caller)
                handler(record);
        });
}

void AccountStore::appToken(
    const QString &uuid, const QString &name, QObject *context, Handler<QString> handler)
{
    const Result<AppTokenRecord> found = findAppToken(uuid, name);
    if (!found.ok()) {
        handler(found.error());
        return;
    }
    m_keychain->readAppToken(uuid, found.value().clientIdentifier, context,
        [name = found.value().name, handler = std::move(handler)](
            const Result<std::optional<QString>> &secret) {
            if (!secret.ok()) {
                handler(secret.error());
                return;
            }
            if (!secret.value()) {
                PlexError error;
                error.kind = ErrorKind::NotSignedIn;
                error.message
                    = tr("The keychain holds no token for the app token “%1”. Revoke it and create a "
                         "new one.")
                          .arg(name);
                handler(error);
                return;
            }
            handler(*secret.value());
        });
}

void AccountStore::forgetAppToken(
    const QString &uuid, const QString &clientIdentifier, QObject *context, Handler<Done> handler)
{
    QPointer<QObject> caller(context);
    m_keychain->deleteAppToken(uuid, clientIdentifier, this,
        [this, uuid, clientIdentifier, caller, handler = std::move(handler)](const Result<Done> &deleted) {
            const Result<Done> outcome = !deleted.ok()           ? deleted
                : m_index.removeAppToken(uuid, clientIdentifier) ? Result<Done>(Done {})
                                                                 : Result<Done>(settingsError());
            if (deleted.ok()) {
                qCInfo(lcAccounts).noquote() << "removed app token" << clientIdentifier << "of" << uuid;
                Q_EMIT appTokensChanged(uuid);
            }
            if (caller)
                handler(outcome);
        });
}

void AccountStore::forgetAppTokens(const QString &uuid, QObject *context, const Handler<Done> &handler)
{
    const QList<AppTokenRecord> left = m_index.appTokens(uuid);
    if (left.isEmpty()) {
        handler(Done {});
        return;
    }
    forgetAppToken(uuid, left.first().clientIdentifier, context,
        [this, uuid, context, handler](const Result<Done> &forgotten) {
            if (!forgotten.ok()) {
                handler(forgotten.error());
                return;
            }
            forgetAppTokens(uuid, context, handler);
        });
}

} // namespace PlexAuth
