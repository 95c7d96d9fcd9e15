#pragma once

#include "homeusermodel.h"
#include "storedaccount.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace PlexAuth {

class AccountSession;
class AppServices;
class MessageBanner;

// The "Home" tab: the users of the selected account's Plex Home (plex-auth-api.md §2.9), asked for
// when the tab is first shown, and Switch to Profile…: a protected profile's PIN in a dialog, an
// unprotected one at once. The profile is then kept as an account of its own under its Home account
// in the accounts list (profileSwitched()). An account in no Home is told so.
class HomePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HomePage)

public:
    explicit HomePage(AppServices *services, QWidget *parent = nullptr);

    void setAccount(const std::optional<StoredAccount> &account);
    QString accountUuid() const { return m_account ? m_account->uuid : QString(); }

    // Asks plex.tv for the Home's users again.
    void refresh();
    bool isLoading() const { return !m_request.isNull(); }
    // Switches to the selected user: the PIN dialog for a protected profile, otherwise at once.
    void switchToSelected();
    const HomeUser *selectedUser() const;
    void selectUser(const QString &uuid);

    HomeUserModel *userModel() { return &m_model; }
    QTableView *usersView() const { return m_view; }
    QPushButton *switchButton() const { return m_switch; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *statusLabel() const { return m_status; }
    QProgressBar *busyIndicator() const { return m_busy; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    // plex.tv answered (or failed); the list is as it will stay until the next refresh.
    void usersLoaded(bool ok);
    // A profile was switched to and kept: select it in the accounts list.
    void profileSwitched(const QString &uuid);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showUsers(const HomeUsers &home);
    void updateButtons();
    void switched(const StoredAccount &profile);

    AppServices *m_services;
    std::optional<StoredAccount> m_account;
    QPointer<AccountSession> m_session;
    QPointer<QObject> m_request; // the list request under way: deleting it drops its answer
    bool m_loadWhenShown = false;
    bool m_switching = false;
    HomeUserModel m_model;
    MessageBanner *m_banner;
    QLabel *m_status;
    QProgressBar *m_busy;
    QTableView *m_view;
    QPushButton *m_refresh;
    QPushButton *m_switch;
};

} // namespace PlexAuth
