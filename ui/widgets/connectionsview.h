#pragma once

#include "connectiontablemodel.h"

#include <QWidget>

class QAction;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace PlexAuth {

class AppServices;
class ConnectionDoctor;

// A server's (or a source's) connections: a ConnectionTableModel behind a sorting, filtering
// proxy, with the connection doctor. "Test connections" probes every address at once (GET
// /identity, no token sent) and the table fills in as the answers come; then a summary names the
// best connection and why. Selecting a row explains what its probe found, with the plex.direct
// address to use instead when the certificate is for another name. Certificate checks stay on.
class ConnectionsView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsView)

public:
    // The doctor probes on the services' media-server client and records what answered as the
    // expected server with the token policy.
    ConnectionsView(AppServices *services, const QString &accessibleName, QWidget *parent = nullptr);

    // Shows `connections` (a test in progress stops). The doctor expects answers from
    // `expectedMachineIdentifier`; empty accepts any server that answers.
    void setConnections(const QString &expectedMachineIdentifier, const QList<Connection> &connections);
    void clear() { setConnections({}, {}); }
    void testConnections();
    void cancel();
    bool isTesting() const;

    // A filter box above the table (hidden by default).
    void setFilterVisible(bool visible);
    // Offers "Use this address" next to a suggested address (hidden by default); the owner decides
    // what it means through useAddressRequested().
    void setUseAddressText(const QString &text);

    // The selected connection's row in model(), or -1.
    int currentConnection() const;
    QUrl currentUri() const;
    // The best connection's address once a test has found one; empty otherwise.
    QUrl bestUri() const;

    ConnectionTableModel *model() { return &m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    ConnectionDoctor *doctor() const { return m_doctor; }
    QTableView *table() const { return m_table; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *testButton() const { return m_test; }
    QPushButton *copyUriButton() const { return m_copyUri; }
    QLabel *summaryLabel() const { return m_summary; }
    QLabel *detailsLabel() const { return m_details; }
    QPushButton *useAddressButton() const { return m_useAddress; }
    QPushButton *copyAddressButton() const { return m_copyAddress; }
    // The row of buttons under the table, for the owner's own controls.
    QHBoxLayout *buttonRow() const { return m_buttons; }

    // Keeps `view` (its model set) as tall as its rows, `minRows` to `maxRows` of them; a page that
    // scrolls as a whole then never squeezes or pads a table.
    static void fitHeightToRows(QTableView *view, int minRows, int maxRows);

Q_SIGNALS:
    void testFinished();
    void currentConnectionChanged(int row);
    void useAddressRequested(const QUrl &uri);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void fitColumns();
    void stopDoctor();
    void showProbe(int row);
    void showFinished();
    void showDetails();
    void updateButtons();

    ConnectionTableModel m_model;
    ConnectionDoctor *m_doctor;
    QSortFilterProxyModel *m_proxy;
    QLineEdit *m_filter;
    QTableView *m_table;
    QHBoxLayout *m_buttons;
    QPushButton *m_test;
    QPushButton *m_copyUri;
    QLabel *m_summary;
    QLabel *m_details;
    QPushButton *m_useAddress;
    QPushButton *m_copyAddress;
    QAction *m_copyUriAction;
    QAction *m_copySuggestedAction;
    QString m_expected;
};

} // namespace PlexAuth
