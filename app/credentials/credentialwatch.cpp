#include "credentialwatch.h"

#include "logging.h"

#include <QNetworkInformation>

namespace PlexAuth {

namespace {
constexpr std::chrono::minutes wakeTickInterval { 1 };
// How much further the wall clock may run than the monotonic one in a tick before it counts as a
// wake-up (a clock adjustment by NTP is far smaller).
constexpr qint64 sleptAtLeastSeconds = 120;
// QTimer takes an int of milliseconds: a renewal further away is planned again when the timer fires.
constexpr qint64 longestTimerMs = qint64(24) * 24 * 3600 * 1000;

QString rejectedMessage(const AccountSession *session, const PlexError &error)
{
    const QString name = session->account() ? session->account()->displayName() : session->uuid();
    return CredentialWatch::tr("%1 needs you to sign in again: %2").arg(name, error.message);
}
} // namespace

CredentialWatch::CredentialWatch(AccountSessions *sessions, AccountStore *store, QObject *parent)
    : QObject(parent)
    , m_sessions(sessions)
    , m_store(store)
{
    m_revalidation.setInterval(revalidateEvery);
    connect(&m_revalidation, &QTimer::timeout, this, &CredentialWatch::revalidateAll);
    m_wakeTick.setInterval(wakeTickInterval);
    connect(&m_wakeTick, &QTimer::timeout, this, &CredentialWatch::noticeWakeUp);
}

CredentialWatch::~CredentialWatch()
{
    qDeleteAll(m_watched);
}

void CredentialWatch::start()
{
    connect(m_store, &AccountStore::accountsChanged, this, [this] {
        for (const StoredAccount &account : m_store->accounts())
            watch(account.uuid);
    });
    connect(m_sessions, &AccountSessions::sessionEnded, this, &CredentialWatch::forget);
    for (const StoredAccount &account : m_store->accounts())
        watch(account.uuid);
    revalidateAll();
    m_revalidation.start();
    m_monotonic.start();
    m_wallAtTick = QDateTime::currentDateTimeUtc();
    m_wakeTick.start();
}

void CredentialWatch::watch(const QString &uuid)
{
    if (m_watched.contains(uuid))
        return;
    AccountSession *session = m_sessions->session(uuid);
    if (!session)
        return;
    auto *watched = new Watched;
    m_watched.insert(uuid, watched);
    watchReachability();
    watched->renewal.setSingleShot(true);
    connect(&watched->renewal, &QTimer::timeout, this, [this, uuid] {
        AccountSession *due = m_sessions->session(uuid);
        if (due && due->renewalDue(QDateTime::currentDateTimeUtc()))
            renewNow(uuid);
        else
            schedule(uuid); // a timer capped short of a far-away renewal
    });
    connect(session, &AccountSession::checkChanged, this, [this, uuid] { onCheckChanged(uuid); });
    schedule(uuid);
}

// The network's reachability, from the first account watched on: loading Qt's network-information
// backend (a plugin that asks NetworkManager over D-Bus) took a twentieth of a first start's instructions
// before the sign-in window's first paint, where there is no account to watch yet.
void CredentialWatch::watchReachability()
{
    if (std::exchange(m_watchingReachability, true))
        return;
    if (QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability)) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
            [this](QNetworkInformation::Reachability reachability) {
                if (reachability == QNetworkInformation::Reachability::Online)
                    catchUp();
            });
    }
}

void CredentialWatch::forget(const QString &uuid)
{
    delete m_watched.take(uuid);
}

CredentialWatch::Health CredentialWatch::health(const QString &uuid) const
{
    const Watched *watched = m_watched.value(uuid);
    return watched ? watched->health : Health::Healthy;
}

QString CredentialWatch::attention(const QString &uuid) const
{
    const Watched *watched = m_watched.value(uuid);
    return watched ? watched->attention : QString();
}

QDateTime CredentialWatch::nextRenewalAt(const QString &uuid) const
{
    const Watched *watched = m_watched.value(uuid);
    return watched ? watched->nextRenewalAt : QDateTime();
}

void CredentialWatch::schedule(const QString &uuid)
{
    Watched *watched = m_watched.value(uuid);
    AccountSession *session = m_sessions->session(uuid);
    if (!watched || !session)
        return;
    watched->renewal.stop();
    if (!session->hasDeviceKey()) {
        watched->nextRenewalAt = {};
        return;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    qint64 delayMs = 0;
    if (watched->failures > 0) {
        const qint64 backoff = std::chrono::milliseconds(firstRetry).count()
            << std::min(watched->failures - 1, 10);
        delayMs = std::min<qint64>(backoff, std::chrono::milliseconds(longestRetry).count());
        if (const std::optional<PlexError> &error = session->renewalError(); error && error->isRateLimit())
            delayMs = std::max<qint64>(delayMs, qint64(error->coolDownSeconds()) * 1000);
    } else {
        const DeviceAuthState state = session->deviceAuth();
        QDateTime due = state.tokenExpiresAt.isValid()
            ? state.tokenExpiresAt.addSecs(-std::chrono::seconds(AccountSession::renewWithin).count())
            : now;
        if (state.lastRefreshAt.isValid() && state.tokenExpiresAt > now)
            due = std::max(
                due, state.lastRefreshAt.addSecs(std::chrono::seconds(shortestRenewalSpacing).count()));
        delayMs = std::max<qint64>(0, now.msecsTo(due));
    }
    watched->nextRenewalAt = now.addMSecs(delayMs);
    watched->renewal.start(std::chrono::milliseconds(std::min(delayMs, longestTimerMs)));
    Q_EMIT healthChanged(uuid);
}

void CredentialWatch::renewNow(const QString &uuid)
{
    AccountSession *session = m_sessions->session(uuid);
    if (!session || !m_watched.contains(uuid))
        return;
    setHealth(uuid, Health::Renewing);
    session->renew(this, [this, uuid, session](const Result<Done> &renewed) {
        Watched *watched = m_watched.value(uuid);
        if (!watched)
            return;
        if (renewed.ok()) {
            watched->failures = 0;
            setHealth(uuid, Health::Healthy);
            schedule(uuid);
            return;
        }
        ++watched->failures;
        const PlexError &error = renewed.error();
        const QDateTime failingSince = session->deviceAuth().refreshFailingSince;
        const bool failingTooLongAlready = failingSince.isValid()
            && failingSince.secsTo(QDateTime::currentDateTimeUtc())
                >= std::chrono::seconds(failingTooLong).count();
        if (error.isAuthenticationFailure() || error.kind == ErrorKind::ClockSkew) {
            setHealth(uuid, Health::NeedsSignIn, rejectedMessage(session, error));
        } else if (failingTooLongAlready) {
            setHealth(uuid, Health::NeedsSignIn,
                tr("Renewing the token of %1 has failed since %2: %3")
                    .arg(session->account() ? session->account()->displayName() : uuid,
                        QLocale().toString(failingSince.toLocalTime(), QLocale::ShortFormat), error.message));
        } else {
            qCInfo(lcAccounts).noquote() << "renewal of" << uuid << "failed; retrying later:" << error.detail;
            setHealth(uuid, Health::RenewalFailing);
        }
        schedule(uuid);
    });
}

void CredentialWatch::catchUp()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        AccountSession *session = m_sessions->session(it.key());
        if (session && session->hasDeviceKey() && (session->renewalDue(now) || it.value()->failures > 0))
            renewNow(it.key());
    }
}

void CredentialWatch::revalidateAll()
{
    for (auto it = m_watched.cbegin(); it != m_watched.cend(); ++it) {
        if (AccountSession *session = m_sessions->session(it.key()))
            session->validate();
    }
}

void CredentialWatch::onCheckChanged(const QString &uuid)
{
    AccountSession *session = m_sessions->session(uuid);
    if (!session || !session->lastCheck())
        return;
    const TokenCheck &check = *session->lastCheck();
    if (check.state == TokenState::Valid) {
        if (health(uuid) == Health::NeedsSignIn && !session->renewalError())
            setHealth(uuid, Health::Healthy);
        return;
    }
    if (check.error && check.error->kind == ErrorKind::TokenExpired && session->hasDeviceKey()) {
        renewNow(uuid); // an expired Plex JWT is renewed, not reported
        return;
    }
    if (check.state == TokenState::Invalid)
        setHealth(uuid, Health::NeedsSignIn, rejectedMessage(session, check.error.value_or(PlexError {})));
    // Unverified: plex.tv could not be asked; that says nothing about the token.
}

void CredentialWatch::setHealth(const QString &uuid, Health health, const QString &attention)
{
    Watched *watched = m_watched.value(uuid);
    if (!watched)
        return;
    const bool newProblem = health == Health::NeedsSignIn && watched->health != Health::NeedsSignIn;
    const bool changed = watched->health != health || watched->attention != attention;
    // Renewing does not hide a problem the person has yet to act on.
    if (health == Health::Renewing && watched->health == Health::NeedsSignIn)
        return;
    watched->health = health;
    watched->attention = health == Health::NeedsSignIn ? attention : QString();
    if (changed)
        Q_EMIT healthChanged(uuid);
    if (newProblem)
        Q_EMIT attentionNeeded(uuid, attention);
}

void CredentialWatch::noticeWakeUp()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const qint64 wallSeconds = m_wallAtTick.secsTo(now);
    const qint64 monotonicSeconds = m_monotonic.restart() / 1000;
    m_wallAtTick = now;
    if (wallSeconds - monotonicSeconds > sleptAtLeastSeconds) {
        qCInfo(lcAccounts) << "the computer slept for about" << (wallSeconds - monotonicSeconds)
                           << "s; catching up";
        catchUp();
    }
}

} // namespace PlexAuth
