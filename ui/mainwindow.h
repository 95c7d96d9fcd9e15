#pragma once

#include "accountlistmodel.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QListView;
class QProgressBar;
class QStackedWidget;
class QTabWidget;

namespace PlexAuth {

class AppServices;
class ClipboardGuard;
class CountdownLabel;
class CredentialWatch;
class DesktopNotifier;
class DeviceKeyActions;
class HomePage;
class LazyTabs;
class MessageBanner;
class ServersPage;
class DevicesPage;
class AppTokensPage;
class TokenInspector;

// The main window: the accounts list on the left; on the right the selected account's token
// inspector and its servers and sources, or a welcome panel when there is no account yet. Menus, a toolbar
// and a status bar with network activity and the clipboard countdown. With a credential watch, the
// accounts that need their person say so, in the window and in a desktop notification.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    // `watch` (may be null) must outlive the window; the window does not start it.
    MainWindow(AppServices *services, ClipboardGuard *clipboard, CredentialWatch *watch = nullptr,
        QWidget *parent = nullptr);
    ~MainWindow() override;

    QListView *accountsView() const { return m_accountsView; }
    AccountListModel *accountsModel() { return &m_accounts; }
    // The account pages are made when first shown (LazyTabs): asking for one makes it.
    TokenInspector *inspector();
    ServersPage *serversPage();
    HomePage *homePage();
    DevicesPage *devicesPage();
    AppTokensPage *appTokensPage();
    QTabWidget *tabs() const { return m_tabs; }
    MessageBanner *banner() const { return m_banner; }
    DeviceKeyActions *deviceKeyActions() const { return m_deviceKeyActions; }
    DesktopNotifier *notifier() const { return m_notifier; }
    QString selectedUuid() const;
    void selectAccount(const QString &uuid);

    // Opens the sign-in dialog (pre-filled with `login`); used at first start with no account.
    void signIn(const QString &login = {});
    // Brings the window forward with the account shown, and opens the sign-in for it.
    void signInAgain(const QString &uuid);
    // Whether the first showing with no account opens the sign-in dialog (the default).
    void setSignInWhenEmpty(bool open) { m_signInWhenEmpty = open; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void createActions();
    void createMenusAndToolbar();
    void createStatusBar();
    void updateActions();
    void showSelected();
    std::optional<StoredAccount> shownAccount() const;
    QWidget *welcomePage();
    void addPages();
    void removeSelected(bool revoke);
    void makeDefault();
    void openSettings();
    void openAbout();
    void showClipboardCountdown(int secondsLeft);
    void watchCredentials();

    AppServices *m_services;
    ClipboardGuard *m_clipboard;
    CredentialWatch *m_watch;
    DesktopNotifier *m_notifier = nullptr;
    AccountListModel m_accounts;
    QListView *m_accountsView;
    QStackedWidget *m_pages;
    QTabWidget *m_tabs;
    LazyTabs *m_lazyTabs;
    TokenInspector *m_inspector = nullptr;
    ServersPage *m_serversPage = nullptr;
    HomePage *m_homePage = nullptr;
    DevicesPage *m_devicesPage = nullptr;
    AppTokensPage *m_appTokensPage = nullptr;
    QString m_shownUuid; // the account the pages show ("" for none)
    MessageBanner *m_banner;
    QLabel *m_networkLabel;
    QProgressBar *m_networkBusy;
    CountdownLabel *m_clipboardLabel;
    QAction *m_signInAction;
    QAction *m_signOutAction;
    QAction *m_removeAction;
    QAction *m_copyTokenAction;
    QAction *m_validateAction;
    QAction *m_defaultAction;
    QAction *m_signInAgainAction;
    DeviceKeyActions *m_deviceKeyActions;
    QAction *m_settingsAction;
    QAction *m_aboutAction;
    QAction *m_quitAction;
    bool m_firstShow = true;
    bool m_signInWhenEmpty = true;
};

} // namespace PlexAuth
