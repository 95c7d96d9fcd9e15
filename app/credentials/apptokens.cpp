#include "apptokens.h"

#include "devicerules.h"
#include "logging.h"
#include "redaction.h"

#include <QDeadlineTimer>

namespace PlexAuth {

struct AppTokens::Creation
{
    QString name;
    ClientIdentity identity = ClientIdentity::withIdentifier({});
    qint64 pinId = 0;
    QDeadlineTimer deadline;
    QPointer<QObject> caller;
    Handler<CreatedAppToken> handler;

    void finish(const Result<CreatedAppToken> &outcome) const
    {
        if (caller)
            handler(outcome);
    }
};

namespace {
PlexError notCreated(const PlexError &cause)
{
    PlexError error = cause;
    error.message = AppTokens::tr("No app token was created: %1").arg(cause.message);
    return error;
}
} // namespace

AppTokens::AppTokens(AccountSession *session, const AccountSession::Services &services, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_services(services)
{ }

void AppTokens::create(const QString &name, QObject *context, Handler<CreatedAppToken> handler)
{
    const Result<Done> allowed = m_services.store->checkAppTokenName(m_session->uuid(), name);
    if (!allowed.ok()) {
        handler(allowed.error());
        return;
    }
    auto creation = std::make_shared<Creation>();
    creation->name = name;
    creation->identity = ClientIdentity::newDevice(name);
    creation->caller = context;
    creation->handler = std::move(handler);
    qCInfo(lcAccounts).noquote() << "creating app token" << creation->identity.clientIdentifier();
    DevicesClient(m_services.plexTv)
        .createLinkPin(creation->identity, this, [this, creation](const Result<Pin> &pin) {
            if (!pin.ok()) {
                creation->finish(notCreated(pin.error()));
                return;
            }
            creation->pinId = pin.value().id;
            if (!m_session) {
                creation->finish(notCreated(PlexError {}));
                return;
            }
            m_session->linkPin(pin.value().code, this, [this, creation](const Result<Done> &linked) {
                if (!linked.ok()) {
                    creation->finish(notCreated(linked.error()));
                    return;
                }
                creation->deadline = QDeadlineTimer(m_pollTimeout);
                poll(creation);
            });
        });
}

void AppTokens::poll(const std::shared_ptr<Creation> &creation)
{
    DevicesClient(m_services.plexTv)
        .checkLinkPin(creation->pinId, creation->identity, this, [this, creation](const Result<Pin> &pin) {
            if (!pin.ok()) {
                creation->finish(notCreated(pin.error()));
                return;
            }
            if (!pin.value().authToken.isEmpty()) {
                keep(creation, pin.value().authToken);
                return;
            }
            if (creation->deadline.hasExpired()) {
                PlexError error;
                error.kind = ErrorKind::Timeout;
                error.message
                    = tr("No app token was created: plex.tv had not handed over the token %1 seconds "
                         "after the code was linked. Try again.")
                          .arg(std::chrono::duration_cast<std::chrono::seconds>(m_pollTimeout).count());
                creation->finish(error);
                return;
            }
            QTimer::singleShot(m_pollInterval, this, [this, creation] { poll(creation); });
        });
}

void AppTokens::keep(const std::shared_ptr<Creation> &creation, const QString &token)
{
    const QString accountUuid = m_session ? m_session->uuid() : QString();
    Redaction::registerSecret(token, accountUuid);
    AppTokenRecord record;
    record.name = creation->name;
    record.clientIdentifier = creation->identity.clientIdentifier();
    record.createdAt = QDateTime::currentDateTimeUtc();
    m_services.store->keepAppToken(
        accountUuid, record, token, this, [this, creation, token](const Result<AppTokenRecord> &kept) {
            if (kept.ok()) {
                creation->finish(CreatedAppToken { kept.value(), token });
                return;
            }
            // A token nobody keeps must not stay valid: it signs itself out again.
            qCWarning(lcAccounts).noquote() << "app token not stored; revoking it";
            m_services.plexTv->signOut(token, this, [](const Result<Done> &) {});
            creation->finish(notCreated(kept.error()));
        });
}

void AppTokens::list(QObject *context, Handler<AppTokenListing> handler)
{
    const QList<AppTokenRecord> records = m_services.store->appTokens(m_session->uuid());
    m_session->listDevices(
        context, [records, handler = std::move(handler)](const Result<QList<AuthorizedDevice>> &devices) {
            AppTokenListing listing;
            if (!devices.ok())
                listing.devicesError = devices.error();
            for (const AppTokenRecord &record : records) {
                ListedAppToken entry { record, std::nullopt, std::nullopt };
                if (devices.ok()) {
                    entry.listed = false;
                    for (const AuthorizedDevice &device : devices.value()) {
                        if (device.clientIdentifier == record.clientIdentifier) {
                            entry.listed = true;
                            entry.lastSeenAt = device.lastSeenAt;
                        }
                    }
                }
                listing.tokens.append(entry);
            }
            handler(listing);
        });
}

void AppTokens::revoke(const QString &name, QObject *context, Handler<RevokedAppToken> handler)
{
    const Result<AppTokenRecord> found = m_services.store->findAppToken(m_session->uuid(), name);
    if (!found.ok()) {
        handler(found.error());
        return;
    }
    const AppTokenRecord &record = found.value();
    auto notRevoked = [record](const PlexError &cause) {
        PlexError error = cause;
        error.message = tr("The app token “%1” was not revoked, and it stays in the keychain: %2")
                            .arg(record.name, cause.message);
        return error;
    };
    auto forget = [this, record, context, handler](bool wasListed) {
        m_services.store->forgetAppToken(m_session->uuid(), record.clientIdentifier, context,
            [record, wasListed, handler](const Result<Done> &forgotten) {
                if (!forgotten.ok()) {
                    PlexError error = forgotten.error();
                    error.message
                        = tr("The app token “%1” was revoked on plex.tv, but its keychain item could "
                             "not be deleted: %2")
                              .arg(record.name, error.message);
                    handler(error);
                    return;
                }
                handler(RevokedAppToken { record, wasListed });
            });
    };
    m_session->listDevices(context,
        [this, record, context, handler = std::move(handler), notRevoked, forget](
            const Result<QList<AuthorizedDevice>> &devices) {
            if (!devices.ok()) {
                handler(notRevoked(devices.error()));
                return;
            }
            const auto device = std::find_if(
                devices.value().cbegin(), devices.value().cend(), [&](const AuthorizedDevice &candidate) {
                    return candidate.clientIdentifier == record.clientIdentifier;
                });
            if (device == devices.value().cend()) {
                forget(false); // plex.tv no longer lists it: its token is already dead
                return;
            }
            m_session->removeDevice(
                *device, false, context, [handler, notRevoked, forget](const Result<Done> &removed) {
                    if (!removed.ok()) {
                        handler(notRevoked(removed.error()));
                        return;
                    }
                    forget(true);
                });
        });
}

} // namespace PlexAuth
