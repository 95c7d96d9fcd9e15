#pragma once

#include "accountsessions.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

namespace PlexAuth {

// Watches every signed-in account's credentials for a long-running front end (the window):
// - renews each Plex JWT in the background once less than a day is left: at start(), on a timer,
//   after the computer wakes and when the network comes back; failures back off exponentially
//   (honouring a rate limit's wait);
// - re-validates every account, classic tokens too, quietly at start() and every few hours;
// - says when an account needs its person: the token was rejected, or renewing it has failed for a
//   day. A transient network failure never does.
class CredentialWatch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CredentialWatch)

public:
    enum class Health
    {
        Healthy,
        Renewing,
        RenewalFailing, // failing, but not yet for a day, or only for network reasons: retried on its own
        NeedsSignIn, // attention(): rejected, or renewal failing for a day
    };

    CredentialWatch(AccountSessions *sessions, AccountStore *store, QObject *parent = nullptr);
    ~CredentialWatch() override;

    // Watches the accounts there are (and those added later): renews what is due, validates all.
    void start();
    // The computer woke up or the network came back: renew what fell due meanwhile, retry failures now.
    void catchUp();

    Health health(const QString &uuid) const;
    // Why the account needs its person, in words (empty when it does not).
    QString attention(const QString &uuid) const;
    // When the next background renewal of the account is planned; invalid for a classic token.
    QDateTime nextRenewalAt(const QString &uuid) const;

    static constexpr std::chrono::hours revalidateEvery { 4 };
    static constexpr std::chrono::hours failingTooLong { 24 };
    static constexpr std::chrono::minutes firstRetry { 1 };
    static constexpr std::chrono::hours longestRetry { 1 };
    // A token that arrives with less than a day left already is renewed again no sooner than this.
    static constexpr std::chrono::hours shortestRenewalSpacing { 1 };

Q_SIGNALS:
    void healthChanged(const QString &uuid);
    // When an account comes to need its person (not again until it was healthy in between): for a
    // notification that offers "Sign in again".
    void attentionNeeded(const QString &uuid, const QString &message);

private:
    struct Watched
    {
        QTimer renewal; // single-shot, to the next planned renewal
        int failures = 0;
        Health health = Health::Healthy;
        QString attention;
        QDateTime nextRenewalAt;
    };

    void watch(const QString &uuid);
    void forget(const QString &uuid);
    void schedule(const QString &uuid);
    void renewNow(const QString &uuid);
    void revalidateAll();
    void onCheckChanged(const QString &uuid);
    void setHealth(const QString &uuid, Health health, const QString &attention = {});
    void noticeWakeUp();
    void watchReachability();

    AccountSessions *m_sessions;
    AccountStore *m_store;
    QHash<QString, Watched *> m_watched;
    QTimer m_revalidation;
    // Suspend stops the monotonic clock, not the wall clock: a tick that finds the wall clock far
    // ahead of the monotonic one comes after the computer slept.
    QTimer m_wakeTick;
    QElapsedTimer m_monotonic;
    QDateTime m_wallAtTick;
    bool m_watchingReachability = false;
};

} // namespace PlexAuth
