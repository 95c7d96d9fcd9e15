#include "deviceauth.h"

#include "devicejwt.h"
#include "logging.h"
#include "plexjwtverifier.h"

#include <QTimer>

namespace PlexAuth {

namespace {
// A 429 on the nonce that asks for at most this long is waited out once; a longer one is the caller's.
constexpr int maxWaitedRetryAfterSeconds = 5;

PlexError clockSkewError(qint64 secondsAhead)
{
    const qint64 minutes = (std::abs(secondsAhead) + 59) / 60;
    PlexError error;
    error.kind = ErrorKind::ClockSkew;
    error.message = secondsAhead > 0
        ? DeviceAuth::tr(
            "This computer's clock is about %n minute(s) ahead of plex.tv's, so plex.tv cannot accept "
            "the device's signed requests. Set the clock automatically (network time), then try again.",
            nullptr, int(minutes))
        : DeviceAuth::tr(
            "This computer's clock is about %n minute(s) behind plex.tv's, so plex.tv cannot accept "
            "the device's signed requests. Set the clock automatically (network time), then try again.",
            nullptr, int(minutes));
    error.detail
        = QStringLiteral("local clock %1 s off the Date header of plex.tv's answer").arg(secondsAhead);
    return error;
}
// POST /auth/token carries no token, so a 400 or 401 there is about the signed device JWT, not about a
// token plex.tv rejected (which is what the error map would say).
PlexError exchangeRefused(PlexError error)
{
    if (error.kind != ErrorKind::TokenRejected && error.kind != ErrorKind::BadRequest)
        return error;
    error.kind = ErrorKind::DeviceSignatureRejected;
    error.message = DeviceAuth::tr(
        "plex.tv refused the device's signed request for a new token (HTTP %1). Check that "
        "this computer's clock is set automatically; if it is, sign in to the account again.")
                        .arg(error.httpStatus);
    return error;
}
} // namespace

DeviceAuth::DeviceAuth(DeviceAuthClient *client, QObject *parent)
    : QObject(parent)
    , m_client(client)
{ }

QString DeviceAuth::clientIdentifier() const
{
    return m_client->http()->identity().clientIdentifier();
}

std::optional<PlexError> DeviceAuth::clockProblem(const QDateTime &serverTime, const QDateTime &now)
{
    if (!serverTime.isValid())
        return std::nullopt;
    const qint64 ahead = serverTime.secsTo(now);
    if (std::abs(ahead) <= std::chrono::seconds(maxClockSkew).count())
        return std::nullopt;
    return clockSkewError(ahead);
}

void DeviceAuth::renew(const DeviceKey &key, QObject *context, Handler<VerifiedToken> handler)
{
    requestNonce(key, true, context, std::move(handler));
}

void DeviceAuth::requestNonce(
    const DeviceKey &key, bool mayWait, QObject *context, Handler<VerifiedToken> handler)
{
    m_client->nonce(
        context, [this, key, mayWait, context, handler = std::move(handler)](const Result<Nonce> &nonce) {
            if (nonce.ok()) {
                exchangeNonce(key, nonce.value(), context, handler);
                return;
            }
            const PlexError &error = nonce.error();
            if (mayWait && error.kind == ErrorKind::RateLimited && error.retryAfterSeconds >= 0
                && error.retryAfterSeconds <= maxWaitedRetryAfterSeconds) {
                qCInfo(lcPlexTv).noquote()
                    << "nonce rate-limited; asking again in" << error.retryAfterSeconds << "s";
                QTimer::singleShot(std::chrono::seconds(error.retryAfterSeconds), context,
                    [this, key, context, handler] { requestNonce(key, false, context, handler); });
                return;
            }
            handler(error);
        });
}

void DeviceAuth::exchangeNonce(
    const DeviceKey &key, const Nonce &nonce, QObject *context, Handler<VerifiedToken> handler)
{
    // Signed with a clock that is off, the device JWT would be refused with a 422 that says nothing of why.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (std::optional<PlexError> clock = clockProblem(nonce.serverTime, now)) {
        handler(*clock);
        return;
    }
    const QString deviceJwt = DeviceJwt::forTokenExchange(key, clientIdentifier(), nonce.value, now);
    m_client->exchange(deviceJwt, context,
        [this, key, context, handler = std::move(handler)](const Result<IssuedToken> &issued) {
            if (!issued.ok()) {
                const PlexError &error = issued.error();
                if (std::optional<PlexError> clock
                    = clockProblem(error.serverTime, QDateTime::currentDateTimeUtc()))
                    handler(*clock);
                else
                    handler(exchangeRefused(error));
                return;
            }
            verify(issued.value().token, key, issued.value().serverTime, context, handler);
        });
}

void DeviceAuth::upgrade(
    const QString &classicToken, const DeviceKey &key, QObject *context, Handler<VerifiedToken> handler)
{
    m_client->registerKey(classicToken, key.publicJwk(), context,
        [this, key, context, handler = std::move(handler)](const Result<Done> &registered) {
            if (!registered.ok()) {
                handler(registered.error());
                return;
            }
            renew(key, context, handler);
        });
}

void DeviceAuth::verify(const QString &token, const DeviceKey &key, const QDateTime &serverTime,
    QObject *context, Handler<VerifiedToken> handler)
{
    withSigningKeys(context,
        [this, token, key, serverTime, handler = std::move(handler)](const Result<QList<QJsonObject>> &keys) {
            if (!keys.ok()) {
                handler(keys.error());
                return;
            }
            const QDateTime now = QDateTime::currentDateTimeUtc();
            const PlexJwtExpectations expect { clientIdentifier(), key.keyId(), now,
                std::chrono::minutes(5) };
            Result<DecodedJwt> checked = PlexJwtVerifier::verify(token, keys.value(), expect);
            if (!checked.ok()) {
                // A token whose times are off by as much as the clock is was refused for the clock's sake.
                if (std::optional<PlexError> clock = clockProblem(serverTime, now))
                    handler(*clock);
                else
                    handler(checked.error());
                return;
            }
            VerifiedToken verified;
            verified.token = token;
            verified.decoded = checked.value();
            verified.expiresAt = verified.decoded.expiresAt.value_or(QDateTime());
            handler(verified);
        });
}

void DeviceAuth::withSigningKeys(QObject *context, Handler<QList<QJsonObject>> handler)
{
    if (m_signingKeys) {
        handler(*m_signingKeys);
        return;
    }
    const bool asking = !m_keyWaiters.isEmpty();
    QPointer<QObject> caller(context);
    m_keyWaiters.append([caller, handler = std::move(handler)](const Result<QList<QJsonObject>> &keys) {
        if (caller)
            handler(keys);
    });
    if (asking)
        return;
    m_client->signingKeys(this, [this](const Result<QList<QJsonObject>> &keys) {
        if (keys.ok())
            m_signingKeys = keys.value();
        const QList<Handler<QList<QJsonObject>>> waiters = std::exchange(m_keyWaiters, {});
        for (const auto &waiter : waiters)
            waiter(keys);
    });
}

} // namespace PlexAuth
