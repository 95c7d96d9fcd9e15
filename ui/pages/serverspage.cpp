#include "serverspage.h"

#include "accountsession.h"
#include "appservices.h"
#include "connectionsview.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "sourcelookuppanel.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace PlexAuth {

ServersPage::ServersPage(AppServices *services, ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new MessageBanner(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
    , m_details(new QWidget(this))
    , m_serverTitle(new QLabel(m_details))
    , m_serverFacts(new QLabel(m_details))
    , m_tokenLabel(new QLabel(m_details))
    , m_serverToken(new SecretField(clipboard, tr("Server access token"), m_details))
    , m_connections(new ConnectionsView(services, tr("Server connections"), this))
    , m_lookup(new SourceLookupPanel(services, clipboard, this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(ServerListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter servers"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter servers"));
    m_refresh->setAccessibleName(tr("Refresh the server list"));
    m_refresh->setToolTip(tr("Ask plex.tv for the account's servers again"));
    m_status->setAccessibleName(tr("Server list status"));
    m_status->setTextFormat(Qt::PlainText);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Servers"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    ConnectionsView::fitHeightToRows(m_view, 2, 8);
    m_view->setStyleSheet(QStringLiteral("QTableView::item { padding: 0 6px; }"));
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ServerListModel::NameColumn, QHeaderView::Stretch);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(ServerListModel::OwnerColumn, Qt::AscendingOrder); // yours first

    QFont titleFont = m_serverTitle->font();
    titleFont.setBold(true);
    m_serverTitle->setFont(titleFont);
    m_serverTitle->setTextFormat(Qt::PlainText);
    m_serverFacts->setTextFormat(Qt::PlainText);
    m_serverFacts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tokenLabel->setTextFormat(Qt::PlainText);
    m_tokenLabel->setBuddy(m_serverToken->findChild<QLineEdit *>());
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_serverTitle);
    titleRow->addWidget(m_serverFacts, 1);
    auto *detailsLayout = new QFormLayout(m_details);
    detailsLayout->setContentsMargins(0, 4, 0, 4);
    detailsLayout->setRowWrapPolicy(QFormLayout::WrapLongRows); // the token under its label when narrow
    detailsLayout->addRow(titleRow);
    detailsLayout->addRow(m_tokenLabel, m_serverToken);

    m_connections->testButton()->setText(tr("Test co&nnections"));
    m_connections->setUseAddressText(tr("Use for source lookup"));

    auto *serversGroup = new QGroupBox(tr("Servers"), this);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 2);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_status, 1);
    auto *serversLayout = new QVBoxLayout(serversGroup);
    serversLayout->addLayout(toolbar);
    serversLayout->addWidget(m_view);
    serversLayout->addWidget(m_details);
    serversLayout->addWidget(m_connections);

    // One column that scrolls as a whole when the window is too short for it (as the Token tab
    // does): the tables fit their rows, so nothing is squeezed or clipped.
    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->addWidget(m_banner);
    contentLayout->addWidget(serversGroup);
    contentLayout->addWidget(m_lookup);
    contentLayout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(tr("Servers and sources"));
    scroll->setFocusPolicy(Qt::NoFocus); // it scrolls to the focused control itself
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    setTabOrder(m_filter, m_refresh);
    setTabOrder(m_refresh, m_view);
    setTabOrder(m_view, m_serverToken);
    setTabOrder(m_serverToken, m_connections);
    setTabOrder(m_connections, m_lookup);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        showCount();
    });
    connect(m_refresh, &QPushButton::clicked, this, &ServersPage::refresh);
    // Enter on a server goes to its connections.
    connect(m_view, &QAbstractItemView::activated, this, [this] {
        if (selectedServer())
            m_connections->table()->setFocus(Qt::TabFocusReason);
    });
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &ServersPage::showSelected);
    connect(m_connections, &ConnectionsView::testFinished, this, [this] {
        // The doctor's best address is the one to ask for source lookups from now on.
        if (const QUrl best = m_connections->bestUri(); !best.isEmpty())
            m_lookup->setServerUri(m_shownServer, best, AddressOrigin::ListedByPlexTv);
    });
    connect(m_connections, &ConnectionsView::useAddressRequested, this, [this](const QUrl &uri) {
        // A certificate's suggestion: the lookup probes it before any token goes there.
        m_lookup->setServerUri(m_shownServer, uri, AddressOrigin::SuggestedByCertificate, true);
        m_lookup->sourceEdit()->setFocus(Qt::OtherFocusReason);
    });
    setAccount(std::nullopt);
    showSelected();
}

void ServersPage::setAccount(const std::optional<StoredAccount> &account)
{
    AccountSession *session = account ? m_services->sessions()->session(account->uuid) : nullptr;
    if (session == m_session && accountUuid() == (account ? account->uuid : QString()))
        return; // already shown
    if (m_session)
        disconnect(m_session, nullptr, this, nullptr);
    m_connections->cancel();
    const bool sameAccount = accountUuid() == (account ? account->uuid : QString());
    m_account = account;
    m_session = session;
    m_loadWhenShown = false;
    if (!sameAccount)
        m_filter->clear();
    m_banner->clear();
    m_shownServer.clear();
    m_model.setServers({});
    m_lookup->setSession(session);
    showSelected();
    if (!session) {
        m_status->clear();
        m_refresh->setEnabled(false);
        return;
    }
    connect(session, &AccountSession::serversChanged, this, &ServersPage::showServers);
    connect(session, &AccountSession::tokenUnavailable, this, &ServersPage::showTokenUnavailable);
    connect(session, &AccountSession::tokenChanged, this, [this] { m_refresh->setEnabled(!isLoading()); });
    if (session->servers()) {
        showServers();
    } else if (session->tokenStatus() == AccountSession::TokenStatus::Unavailable) {
        showTokenUnavailable();
    } else if (isVisible()) {
        refresh();
    } else {
        m_status->setText(
            session->isLoadingServers() ? tr("Asking plex.tv for the account's servers…") : QString());
        m_refresh->setEnabled(!session->isLoadingServers() && session->hasToken());
        m_loadWhenShown = true; // asked for when the tab is first shown
    }
}

bool ServersPage::hasToken() const
{
    return m_session && m_session->hasToken();
}

bool ServersPage::isLoading() const
{
    return m_session && m_session->isLoadingServers();
}

void ServersPage::showTokenUnavailable()
{
    m_status->clear();
    m_refresh->setEnabled(false);
    m_banner->showMessage(MessageBanner::Kind::Error,
        tr("Without the account's token its servers cannot be listed. %1")
            .arg(m_session->tokenError().value_or(PlexError {}).message));
}

void ServersPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loadWhenShown, false) && m_session) {
        if (m_session->servers())
            showServers();
        else
            refresh();
    }
}

void ServersPage::refresh()
{
    if (!m_session)
        return;
    m_loadWhenShown = false;
    m_refresh->setEnabled(false);
    if (m_session->tokenStatus() != AccountSession::TokenStatus::Ready)
        m_status->setText(tr("Reading the account's token from the keychain…"));
    else
        m_status->setText(tr("Asking plex.tv for the account's servers…"));
    // The first time the session's list is used (once per account and run); after that, a new one.
    if (m_session->servers() || m_session->serversError())
        m_session->refreshServers();
    else
        m_session->loadServers();
}

void ServersPage::showServers()
{
    if (m_session->isLoadingServers())
        return;
    m_refresh->setEnabled(m_session->hasToken());
    if (!m_session->servers() || m_session->serversError()) {
        m_status->clear();
        m_banner->showMessage(MessageBanner::Kind::Error,
            tr("plex.tv did not list the account's servers. %1")
                .arg(m_session->serversError().value_or(PlexError {}).message));
        Q_EMIT serversLoaded(false);
        return;
    }
    m_banner->clear();
    const QString keep = m_shownServer;
    m_shownServer.clear();
    m_model.setServers(*m_session->servers());
    m_lookup->setServers(*m_session->servers());
    showCount();
    selectServer(keep);
    if (!m_view->currentIndex().isValid() && m_proxy->rowCount() > 0)
        m_view->setCurrentIndex(m_proxy->index(0, 0));
    showSelected();
    Q_EMIT serversLoaded(true);
}

void ServersPage::selectServer(const QString &machineIdentifier)
{
    const int row = m_model.rowOf(machineIdentifier);
    if (row < 0)
        return;
    const QModelIndex index = m_proxy->mapFromSource(m_model.index(row, 0));
    if (index.isValid())
        m_view->setCurrentIndex(index);
}

const PlexServer *ServersPage::selectedServer() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model.serverAt(m_proxy->mapToSource(current).row()) : nullptr;
}

void ServersPage::showCount()
{
    if (isLoading() || !hasToken())
        return;
    const int all = m_model.rowCount();
    const int shown = m_proxy->rowCount();
    if (all == 0)
        m_status->setText(tr("No servers: this account owns none, and none is shared with it."));
    else if (shown == all)
        m_status->setText(tr("Servers listed: %1").arg(all));
    else
        m_status->setText(tr("Matching the filter: %1 of %2").arg(shown).arg(all));
}

void ServersPage::showSelected()
{
    const PlexServer *server = selectedServer();
    const QString id = server ? server->clientIdentifier : QString();
    if (server && id == m_shownServer)
        return; // the same server, sorted or filtered to another row: keep what the doctor found
    m_shownServer = id;
    const bool any = server != nullptr;
    m_tokenLabel->setVisible(any);
    m_serverToken->setVisible(any);
    m_serverFacts->setVisible(any);
    if (!server) {
        m_serverTitle->setText(m_model.rowCount() > 0 ? tr("No server selected") : QString());
        m_serverToken->clear();
        m_connections->clear();
        return;
    }
    const int row = m_model.rowOf(id);
    const bool owned = server->owned.value_or(false);
    m_serverTitle->setText(server->name);
    QStringList facts { m_model.index(row, ServerListModel::OwnerColumn).data().toString(),
        m_model.index(row, ServerListModel::StatusColumn).data().toString() };
    if (!server->productVersion.isEmpty())
        facts.append(server->platform.isEmpty()
                ? tr("%1 %2").arg(server->product, server->productVersion)
                : tr("%1 %2 on %3").arg(server->product, server->productVersion, server->platform));
    m_serverFacts->setText(facts.join(QStringLiteral(" · ")));
    m_tokenLabel->setText(owned
            ? tr("This server's access token (for your own server it works like your account token):")
            : tr("The owner's server gave you this token; it is not your account token:"));
    m_serverToken->setSecret(server->accessToken);
    m_serverToken->setPlaceholderText(tr("plex.tv gave no token for this server"));
    m_connections->setConnections(id, server->connections);
}

} // namespace PlexAuth
