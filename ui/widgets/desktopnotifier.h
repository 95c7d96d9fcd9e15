#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QSystemTrayIcon;

namespace PlexAuth {

// Tells the person, outside the window, that an account needs them to sign in again, and offers to:
// through the freedesktop notification service on the session bus (Notify with a "Sign in again"
// action; https://specifications.freedesktop.org/notification-spec/latest/), else a tray message
// where there is a system tray, else not at all (the window shows it anyway). Only for problems the
// person must act on: CredentialWatch::attentionNeeded() never fires for a passing network failure.
class DesktopNotifier final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifier)

public:
    enum class Route
    {
        NotificationService,
        Tray,
        None,
    };
    Q_ENUM(Route)

    explicit DesktopNotifier(QObject *parent = nullptr);
    ~DesktopNotifier() override;

    // One notification per account: a newer one replaces the account's earlier one. Asynchronous:
    // shown() follows.
    void notifySignInNeeded(const QString &uuid, const QString &title, const QString &message);

    static constexpr const char *signInActionKey = "sign-in";

Q_SIGNALS:
    void shown(PlexAuth::DesktopNotifier::Route route);
    // The person chose "Sign in again" (or the notification itself) for the account.
    void signInRequested(const QString &uuid);

private Q_SLOTS:
    // org.freedesktop.Notifications signals.
    void onActionInvoked(uint id, const QString &actionKey);
    void onNotificationClosed(uint id, uint reason);

private:
    void showInTray(const QString &uuid, const QString &title, const QString &message);

    QHash<uint, QString> m_accountOfNotification; // notification id -> account uuid
    QPointer<QSystemTrayIcon> m_tray;
    QString m_trayAccount;
    bool m_listening = false;
};

} // namespace PlexAuth
