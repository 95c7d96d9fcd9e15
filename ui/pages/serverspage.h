#pragma once

#include "serverlistmodel.h"
#include "storedaccount.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PlexAuth {

class AccountSession;
class AppServices;
class ClipboardGuard;
class ConnectionsView;
class MessageBanner;
class SecretField;
class SourceLookupPanel;

// The "Servers & sources" tab: the selected account's Plex Media Servers from plex.tv (owned or
// shared, online or last seen, version, connections), filterable and sortable. The selected
// server's own access token (masked), labelled for what it is, and its connections with the
// connection doctor. Below, the source lookup panel over the same servers.
class ServersPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServersPage)

public:
    ServersPage(AppServices *services, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    // The account to show. Its servers come from its session (one /resources per account and run,
    // asked for once the page is shown, shared with the Token tab's transient tokens). Switching
    // accounts stops what the previous one had under way here: lookups, connection tests.
    void setAccount(const std::optional<StoredAccount> &account);
    QString accountUuid() const { return m_account ? m_account->uuid : QString(); }
    bool hasToken() const;

    // Asks plex.tv for the account's servers again.
    void refresh();
    bool isLoading() const;
    void selectServer(const QString &machineIdentifier);
    const PlexServer *selectedServer() const;

    ServerListModel *serverModel() { return &m_model; }
    QSortFilterProxyModel *serverProxy() const { return m_proxy; }
    QTableView *serversView() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *refreshButton() const { return m_refresh; }
    QLabel *statusLabel() const { return m_status; }
    MessageBanner *banner() const { return m_banner; }
    QLabel *serverTitleLabel() const { return m_serverTitle; }
    QLabel *serverTokenLabel() const { return m_tokenLabel; }
    SecretField *serverTokenField() const { return m_serverToken; }
    ConnectionsView *connectionsView() const { return m_connections; }
    SourceLookupPanel *lookupPanel() const { return m_lookup; }

Q_SIGNALS:
    // plex.tv answered (or failed): the list is as it will stay until the next refresh.
    void serversLoaded(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSelected();
    void showCount();
    void showServers();
    void showTokenUnavailable();

    AppServices *m_services;
    std::optional<StoredAccount> m_account;
    QPointer<AccountSession> m_session;
    bool m_loadWhenShown = false;
    ServerListModel m_model;
    QSortFilterProxyModel *m_proxy;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QLabel *m_status;
    QTableView *m_view;
    QWidget *m_details;
    QLabel *m_serverTitle;
    QLabel *m_serverFacts;
    QLabel *m_tokenLabel;
    SecretField *m_serverToken;
    ConnectionsView *m_connections;
    SourceLookupPanel *m_lookup;
    QString m_shownServer; // machine identifier of the server whose details are shown
};

} // namespace PlexAuth
