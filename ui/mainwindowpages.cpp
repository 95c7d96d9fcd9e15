// The main window's pages: the welcome page with no account, and the account's tabs, each page made when
// first shown (LazyTabs), and which account they show.
#include "appservices.h"
#include "apptokenspage.h"
#include "devicespage.h"
#include "homepage.h"
#include "lazytabs.h"
#include "mainwindow.h"
#include "serverspage.h"
#include "tokeninspector.h"

#include <QAction>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QStackedWidget>
#include <QTabWidget>
#include <QVBoxLayout>

namespace PlexAuth {

QWidget *MainWindow::welcomePage()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    layout->addStretch(1);
    auto *title = new QLabel(MainWindow::tr("<h2>Sign in to Plex</h2>"), page);
    title->setAlignment(Qt::AlignCenter);
    auto *text
        = new QLabel(MainWindow::tr("PlexAuth keeps your Plex token in this computer's keychain, never in a "
                                    "file. Sign in with your email or username and password, or through "
                                    "your browser if your account uses Google, Apple or Facebook."),
            page);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setMaximumWidth(460);
    auto *button = new QPushButton(MainWindow::tr("Sign In…"), page);
    button->setAccessibleName(MainWindow::tr("Sign in to Plex"));
    button->setDefault(true);
    QObject::connect(button, &QPushButton::clicked, m_signInAction, &QAction::trigger);
    layout->addWidget(title);
    layout->addWidget(text, 0, Qt::AlignHCenter);
    layout->addSpacing(12);
    layout->addWidget(button, 0, Qt::AlignHCenter);
    layout->addStretch(2);
    return page;
}

namespace {
enum PageTab : int
{
    TokenTab,
    ServersTab,
    HomeTab,
    DevicesTab,
    AppTokensTab,
};
} // namespace

void MainWindow::addPages()
{
    // Tab mnemonics are live on every page: letters neither page uses (the Token page has Alt+T,
    // Alt+V and Alt+S; the Account menu Alt+A). Each page is made when first shown, with the account
    // shown at that moment.
    m_lazyTabs->addPage(MainWindow::tr("T&oken"), [this] {
        m_inspector = new TokenInspector(m_services, m_clipboard, this);
        connect(m_inspector, &TokenInspector::signInAgainRequested, this, &MainWindow::signIn);
        if (m_watch)
            m_inspector->setCredentialWatch(m_watch);
        m_inspector->setAccount(shownAccount());
        return m_inspector;
    });
    m_lazyTabs->addPage(MainWindow::tr("Serv&ers && sources"), [this] {
        m_serversPage = new ServersPage(m_services, m_clipboard, this);
        m_serversPage->setAccount(shownAccount());
        return m_serversPage;
    });
    m_lazyTabs->addPage(MainWindow::tr("Ho&me"), [this] {
        m_homePage = new HomePage(m_services, this);
        connect(m_homePage, &HomePage::profileSwitched, this, &MainWindow::selectAccount);
        m_homePage->setAccount(shownAccount());
        return m_homePage;
    });
    m_lazyTabs->addPage(MainWindow::tr("&Devices"), [this] {
        m_devicesPage = new DevicesPage(m_services, this);
        m_devicesPage->setAccount(shownAccount());
        return m_devicesPage;
    });
    m_lazyTabs->addPage(MainWindow::tr("A&pp tokens"), [this] {
        m_appTokensPage = new AppTokensPage(m_services, m_clipboard, this);
        m_appTokensPage->setAccount(shownAccount());
        return m_appTokensPage;
    });
}

TokenInspector *MainWindow::inspector()
{
    m_lazyTabs->page(TokenTab);
    return m_inspector;
}

ServersPage *MainWindow::serversPage()
{
    m_lazyTabs->page(ServersTab);
    return m_serversPage;
}

HomePage *MainWindow::homePage()
{
    m_lazyTabs->page(HomeTab);
    return m_homePage;
}

DevicesPage *MainWindow::devicesPage()
{
    m_lazyTabs->page(DevicesTab);
    return m_devicesPage;
}

AppTokensPage *MainWindow::appTokensPage()
{
    m_lazyTabs->page(AppTokensTab);
    return m_appTokensPage;
}

std::optional<StoredAccount> MainWindow::shownAccount() const
{
    const int row = m_accounts.rowOf(m_shownUuid);
    if (m_shownUuid.isEmpty() || row < 0)
        return std::nullopt;
    return m_accounts.accountAt(row);
}

void MainWindow::showSelected()
{
    const QModelIndex current = m_accountsView->currentIndex();
    const QString uuid = current.data(AccountListModel::UuidRole).toString();
    m_shownUuid = uuid; // first: showing the tabs makes the current page, for this account
    m_pages->setCurrentIndex(current.isValid() ? 1 : 0);
    // The pages made so far; the others get the account when they are made.
    const std::optional<StoredAccount> shown = shownAccount();
    if (m_inspector && uuid != m_inspector->accountUuid())
        m_inspector->setAccount(shown);
    if (m_serversPage && uuid != m_serversPage->accountUuid())
        m_serversPage->setAccount(shown);
    if (m_homePage)
        m_homePage->setAccount(shown);
    if (m_devicesPage && uuid != m_devicesPage->accountUuid())
        m_devicesPage->setAccount(shown);
    if (m_appTokensPage && uuid != m_appTokensPage->accountUuid())
        m_appTokensPage->setAccount(shown);
    if (current.isValid())
        m_services->settings().setLastAccountUuid(uuid);
    updateActions();
}

} // namespace PlexAuth
