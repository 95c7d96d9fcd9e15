#pragma once

#include "storedaccount.h"

#include <QObject>
#include <QSet>

#include <optional>

class QAction;
class QWidget;

namespace PlexAuth {

class AppServices;

// The window's actions on an account's device key: "Upgrade to Device Key…" gives a classic-token
// account a device key, after saying what that means (Plex retires the classic token); "Refresh Token
// Now" renews a Plex JWT. Each is enabled for its kind of account only. They ask; the account's session
// does the work.
class DeviceKeyActions final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceKeyActions)

public:
    // `window` parents the confirmation; `services` must outlive this object.
    DeviceKeyActions(AppServices *services, QWidget *window);

    QAction *upgradeAction() const { return m_upgrade; }
    QAction *refreshAction() const { return m_refresh; }

    // The account the actions apply to (the selected one), or none.
    void setAccount(const std::optional<StoredAccount> &account);

    // What the upgrade's confirmation says, before anything happens.
    static QString upgradeQuestion(const QString &accountName);

Q_SIGNALS:
    // Something under way or done, for the status bar.
    void progress(const QString &message);
    void succeeded(const QString &message);
    // For the window's message banner.
    void failed(const QString &message);

private:
    void upgrade();
    void refresh();
    void updateActions();

    AppServices *m_services;
    QWidget *m_window;
    QAction *m_upgrade;
    QAction *m_refresh;
    std::optional<StoredAccount> m_account;
    QSet<QString> m_upgrading; // uuids
};

} // namespace PlexAuth
