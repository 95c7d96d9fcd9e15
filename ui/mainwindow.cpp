#include "mainwindow.h"

#include "aboutdialog.h"
#include "accountdelegate.h"
#include "appservices.h"
#include "clipboardguard.h"
#include "countdownlabel.h"
#include "credentialwatch.h"
#include "desktopnotifier.h"
#include "devicekeyactions.h"
#include "lazytabs.h"
#include "messagebanner.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "tabchain.h"
#include "tokeninspector.h"

#include <QAction>
#include <QCloseEvent>
#include <QLabel>
#include <QListView>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace PlexAuth {

MainWindow::MainWindow(
    AppServices *services, ClipboardGuard *clipboard, CredentialWatch *watch, QWidget *parent)
    : QMainWindow(parent)
    , m_services(services)
    , m_clipboard(clipboard)
    , m_watch(watch)
    , m_accounts(services->accounts())
    , m_accountsView(new QListView(this))
    , m_pages(new QStackedWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_lazyTabs(new LazyTabs(m_tabs))
    , m_banner(new MessageBanner(this))
{
    setWindowTitle(tr("PlexAuth"));
    setObjectName(QStringLiteral("mainWindow"));
    createActions();

    m_accountsView->setModel(&m_accounts);
    m_accountsView->setItemDelegate(new AccountDelegate(m_accountsView));
    m_accountsView->setAccessibleName(tr("Accounts"));
    m_accountsView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_accountsView->setUniformItemSizes(true);
    m_accountsView->setMinimumWidth(240);
    m_accountsView->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_accountsView->addActions({ m_copyTokenAction, m_validateAction, m_deviceKeyActions->refreshAction(),
        m_deviceKeyActions->upgradeAction(), m_signInAgainAction, m_defaultAction, m_signOutAction,
        m_removeAction });

    addPages();
    m_tabs->setAccessibleName(tr("Account pages"));
    m_tabs->tabBar()->setAccessibleName(tr("Account pages"));
    m_pages->addWidget(welcomePage());
    m_pages->addWidget(m_tabs);

    auto *right = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_banner);
    rightLayout->addWidget(m_pages, 1);

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_accountsView);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({ 280, 720 });
    setCentralWidget(splitter);

    createMenusAndToolbar();
    createStatusBar();
    // The message sits above the tabs but was made after them: Tab reaches it before the pages.
    setTabChain({ m_accountsView, m_banner->actionButton(), m_banner->closeButton(), m_tabs->tabBar() });

    connect(m_accountsView->selectionModel(), &QItemSelectionModel::currentChanged, this,
        &MainWindow::showSelected);
    connect(&m_accounts, &QAbstractItemModel::modelReset, this, [this] {
        // After a reset the selection is gone: keep the account that was shown, or the default one.
        const QString keep = m_shownUuid;
        selectAccount(m_accounts.rowOf(keep) >= 0 ? keep : m_services->accounts()->defaultUuid());
        updateActions();
    });
    connect(&m_accounts, &QAbstractItemModel::dataChanged, this, &MainWindow::updateActions);
    watchCredentials();
    // Enter on an account goes to its pages (the tab bar, from where Tab reaches the page).
    connect(m_accountsView, &QAbstractItemView::activated, m_tabs->tabBar(),
        [this] { m_tabs->tabBar()->setFocus(Qt::TabFocusReason); });

    resize(1040, 680);
    const QByteArray geometry = m_services->settings().windowGeometry();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    restoreState(m_services->settings().windowState());
    const QString last = m_services->settings().lastAccountUuid();
    selectAccount(m_accounts.rowOf(last) >= 0 ? last : m_services->accounts()->defaultUuid());
    updateActions();
    if (const QStringList problems = m_services->configuration().problems; !problems.isEmpty())
        m_banner->showMessage(MessageBanner::Kind::Warning, problems.join(u' '));
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    auto make = [this](const QString &text, const QKeySequence &shortcut, const QString &statusTip) {
        auto *action = new QAction(text, this);
        action->setShortcut(shortcut);
        action->setStatusTip(statusTip);
        return action;
    };
    m_signInAction = make(tr("&Sign In…"), QKeySequence::New, tr("Sign in to a Plex account"));
    m_signOutAction = make(tr("Sign &Out…"), {}, tr("Revoke the token on plex.tv and remove the account"));
    m_removeAction
        = make(tr("&Remove Account…"), {}, tr("Forget the account here, leaving its token valid on plex.tv"));
    m_copyTokenAction = make(tr("&Copy Token"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
        tr("Copy the token; the clipboard is cleared again shortly"));
    m_validateAction
        = make(tr("&Validate Token"), QKeySequence::Refresh, tr("Ask plex.tv whether it accepts the token"));
    m_defaultAction = make(
        tr("Make &Default"), {}, tr("Use this account when no other is named, as plexauth token does"));
    m_signInAgainAction
        = make(tr("Sign In &Again…"), {}, tr("Sign in to this account again, for a new token"));
    m_deviceKeyActions = new DeviceKeyActions(m_services, this);
    connect(m_deviceKeyActions, &DeviceKeyActions::progress, this,
        [this](const QString &message) { statusBar()->showMessage(message); });
    connect(m_deviceKeyActions, &DeviceKeyActions::succeeded, this, [this](const QString &message) {
        m_banner->clear();
        statusBar()->showMessage(message, 8000);
    });
    connect(m_deviceKeyActions, &DeviceKeyActions::failed, this, [this](const QString &message) {
        statusBar()->clearMessage();
        m_banner->showMessage(MessageBanner::Kind::Error, message);
    });
    m_settingsAction
        = make(tr("&Settings…"), QKeySequence::Preferences, tr("Network, clipboard and language"));
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    if (m_settingsAction->shortcut().isEmpty())
        m_settingsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    m_aboutAction = make(tr("&About PlexAuth"), {}, tr("Version and this device's identity on plex.tv"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    m_quitAction = make(tr("&Quit"), QKeySequence::Quit, tr("Quit PlexAuth"));
    m_quitAction->setMenuRole(QAction::QuitRole);
    if (m_quitAction->shortcut().isEmpty()) // QKeySequence::Quit is platform-dependent and may be empty
        m_quitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Q));

    connect(m_signInAction, &QAction::triggered, this, [this] { signIn(); });
    connect(m_signOutAction, &QAction::triggered, this, [this] { removeSelected(true); });
    connect(m_removeAction, &QAction::triggered, this, [this] { removeSelected(false); });
    connect(m_copyTokenAction, &QAction::triggered, this, [this] { inspector()->copyToken(); });
    connect(m_validateAction, &QAction::triggered, this, [this] { inspector()->validateNow(); });
    connect(m_defaultAction, &QAction::triggered, this, &MainWindow::makeDefault);
    connect(m_signInAgainAction, &QAction::triggered, this, [this] { signInAgain(selectedUuid()); });
    connect(m_settingsAction, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::openAbout);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::createMenusAndToolbar()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(m_signInAction);
    file->addSeparator();
    file->addAction(m_settingsAction);
    file->addSeparator();
    file->addAction(m_quitAction);
    QMenu *account = menuBar()->addMenu(tr("&Account"));
    account->addActions({ m_copyTokenAction, m_validateAction, m_defaultAction });
    account->addSeparator();
    account->addActions(
        { m_deviceKeyActions->refreshAction(), m_deviceKeyActions->upgradeAction(), m_signInAgainAction });
    account->addSeparator();
    account->addActions({ m_signOutAction, m_removeAction });
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(m_aboutAction);

    QToolBar *toolbar = addToolBar(tr("Main toolbar"));
    toolbar->setObjectName(QStringLiteral("mainToolbar"));
    toolbar->setMovable(false);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    toolbar->addActions({ m_signInAction, m_copyTokenAction, m_validateAction,
        m_deviceKeyActions->refreshAction(), m_signOutAction });
    toolbar->addSeparator();
    toolbar->addAction(m_settingsAction);
}

void MainWindow::createStatusBar()
{
    m_networkBusy = new QProgressBar(this);
    m_networkBusy->setRange(0, 0);
    m_networkBusy->setMaximumWidth(80);
    m_networkBusy->setMaximumHeight(12);
    m_networkBusy->setTextVisible(false);
    m_networkBusy->setAccessibleName(tr("Network activity"));
    m_networkBusy->hide();
    m_networkLabel = new QLabel(this);
    m_networkLabel->setAccessibleName(tr("Network status"));
    m_clipboardLabel = new CountdownLabel(this);
    m_clipboardLabel->setPurpose(tr("Clipboard"));
    statusBar()->addWidget(m_networkBusy);
    statusBar()->addWidget(m_networkLabel);
    statusBar()->addPermanentWidget(m_clipboardLabel);
    connect(m_services->http(), &HttpClient::activeCallsChanged, this, [this](int count) {
        m_networkBusy->setVisible(count > 0);
        m_networkLabel->setText(count > 0 ? tr("Talking to Plex…") : QString());
    });
    connect(m_clipboard, &ClipboardGuard::secondsLeftChanged, this, &MainWindow::showClipboardCountdown);
    connect(m_clipboard, &ClipboardGuard::cleared, this, [this](bool wasOurs) {
        if (wasOurs)
            statusBar()->showMessage(tr("Clipboard cleared."), 4000);
    });
}

void MainWindow::showClipboardCountdown(int secondsLeft)
{
    if (secondsLeft > 0)
        m_clipboardLabel->showCountdown(
            tr("Clipboard holds a secret: cleared in %1 s").arg(secondsLeft), secondsLeft);
    else
        m_clipboardLabel->clearStatus(); // "Clipboard cleared." follows in the status bar
}

QString MainWindow::selectedUuid() const
{
    return m_accountsView->currentIndex().data(AccountListModel::UuidRole).toString();
}

void MainWindow::selectAccount(const QString &uuid)
{
    const int row = m_accounts.rowOf(uuid);
    if (row >= 0) {
        m_accountsView->setCurrentIndex(m_accounts.index(row));
    } else if (m_accounts.rowCount() > 0) {
        m_accountsView->setCurrentIndex(m_accounts.index(0));
    } else {
        showSelected();
    }
}

void MainWindow::updateActions()
{
    const QModelIndex current = m_accountsView->currentIndex();
    const bool any = current.isValid();
    m_signOutAction->setEnabled(any);
    m_removeAction->setEnabled(any);
    m_copyTokenAction->setEnabled(any);
    m_validateAction->setEnabled(any);
    m_defaultAction->setEnabled(any && current.data(AccountListModel::RememberedRole).toBool()
        && !current.data(AccountListModel::DefaultRole).toBool());
    m_signInAgainAction->setEnabled(any);
    m_deviceKeyActions->setAccount(any ? std::optional(m_accounts.accountAt(current.row())) : std::nullopt);
}

void MainWindow::signIn(const QString &login)
{
    SignInDialog dialog(m_services, m_clipboard, this);
    if (!login.isEmpty())
        dialog.setLogin(login);
    if (dialog.exec() == QDialog::Accepted && dialog.signedInAccount()) {
        // Signed in again to the account on show: its session announces the new token to the pages.
        selectAccount(dialog.signedInAccount()->uuid);
        m_banner->clear();
    }
}

void MainWindow::signInAgain(const QString &uuid)
{
    const int row = m_accounts.rowOf(uuid);
    if (row < 0)
        return;
    selectAccount(uuid);
    if (isMinimized())
        showNormal();
    raise();
    activateWindow();
    const StoredAccount account = m_accounts.accountAt(row);
    signIn(account.email.isEmpty() ? account.username : account.email);
}

void MainWindow::watchCredentials()
{
    if (!m_watch)
        return;
    connect(m_watch, &CredentialWatch::healthChanged, this, [this](const QString &uuid) {
        const bool needsSignIn = m_watch->health(uuid) == CredentialWatch::Health::NeedsSignIn;
        m_accounts.setAttention(uuid, needsSignIn ? m_watch->attention(uuid) : QString());
    });
    m_notifier = new DesktopNotifier(this);
    connect(m_watch, &CredentialWatch::attentionNeeded, m_notifier,
        [this](const QString &uuid, const QString &message) {
            m_notifier->notifySignInNeeded(uuid, tr("Sign in to Plex again"), message);
        });
    connect(m_notifier, &DesktopNotifier::signInRequested, this, &MainWindow::signInAgain);
}

void MainWindow::removeSelected(bool revoke)
{
    const QModelIndex current = m_accountsView->currentIndex();
    if (!current.isValid())
        return;
    const StoredAccount account = m_accounts.accountAt(current.row());
    const QString question = revoke
        ? tr("Sign out of %1? The token is revoked on plex.tv, so every copy of it stops working, "
             "and PlexAuth forgets the account.")
              .arg(account.displayName())
        : tr("Remove %1 from PlexAuth? The token is deleted from this computer's keychain but stays valid on "
             "plex.tv until it is revoked.")
              .arg(account.displayName());
    if (QMessageBox::question(this, revoke ? tr("Sign Out") : tr("Remove Account"), question,
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes) {
        return;
    }
    m_banner->clear();
    m_services->sessions()->signOut(
        account.uuid, revoke, this, [this, account, revoke](const Result<Done> &removed) {
            if (removed.ok()) {
                statusBar()->showMessage(revoke ? tr("Signed out of %1.").arg(account.displayName())
                                                : tr("Removed %1.").arg(account.displayName()),
                    5000);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Error, removed.error().message);
            if (revoke && !removed.error().isKeychainFailure())
                m_banner->setAction(tr("Remove without revoking"), [this, account] {
                    m_services->sessions()->signOut(
                        account.uuid, false, this, [this](const Result<Done> &result) {
                            if (result.ok())
                                m_banner->clear();
                            else
                                m_banner->showMessage(MessageBanner::Kind::Error, result.error().message);
                        });
                });
        });
}

void MainWindow::makeDefault()
{
    const Result<Done> made = m_services->accounts()->setDefault(selectedUuid());
    if (!made.ok())
        m_banner->showMessage(MessageBanner::Kind::Error, made.error().message);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_services, this);
    connect(&dialog, &SettingsDialog::settingsApplied, this, [this] {
        m_clipboard->setClearDelay(std::chrono::seconds(m_services->settings().clipboardClearSeconds()));
    });
    dialog.exec();
}

void MainWindow::openAbout()
{
    AboutDialog about(m_services->identity(), this);
    about.exec();
}

void MainWindow::showEvent(QShowEvent *event)
{
    QMainWindow::showEvent(event);
    if (std::exchange(m_firstShow, false) && m_signInWhenEmpty && m_accounts.rowCount() == 0) {
        // First start: nothing to show until someone signs in.
        QTimer::singleShot(0, this, [this] { signIn(); });
    }
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_services->settings().setWindowGeometry(saveGeometry(), saveState());
    QMainWindow::closeEvent(event);
}

} // namespace PlexAuth
