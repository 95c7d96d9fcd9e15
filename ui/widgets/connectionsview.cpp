#include "connectionsview.h"

#include "appservices.h"
#include "connectiondoctor.h"
#include "tabchain.h"

#include <QAction>
#include <QClipboard>
#include <QEvent>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

namespace PlexAuth {

ConnectionsView::ConnectionsView(AppServices *services, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_doctor(new ConnectionDoctor(services->mediaServer(), this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_filter(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_buttons(new QHBoxLayout)
    , m_test(new QPushButton(tr("Test connections"), this))
    , m_copyUri(new QPushButton(tr("Copy URI"), this))
    , m_summary(new QLabel(this))
    , m_details(new QLabel(this))
    , m_useAddress(new QPushButton(this))
    , m_copyAddress(new QPushButton(tr("Copy address"), this))
{
    m_doctor->setTokenPolicy(services->tokenPolicy());
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(ConnectionTableModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter connections"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter %1").arg(accessibleName));
    m_filter->hide();

    m_table->setModel(m_proxy);
    m_table->setAccessibleName(accessibleName);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setShowGrid(false);
    m_table->setTextElideMode(Qt::ElideMiddle);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 10);
    fitHeightToRows(m_table, 2, 8);
    QHeaderView *header = m_table->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ConnectionTableModel::UriColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);
    header->setSortIndicator(-1, Qt::AscendingOrder); // plex.tv's order until a header is clicked
    m_table->setSortingEnabled(true);
    m_table->setStyleSheet(QStringLiteral("QTableView::item { padding: 0 6px; }"));

    // The copy actions from the keyboard too: Ctrl+C in the table, and its context menu (Menu key).
    m_copyUriAction = new QAction(tr("&Copy URI"), m_table);
    m_copyUriAction->setShortcut(QKeySequence::Copy);
    m_copyUriAction->setShortcutContext(Qt::WidgetShortcut);
    m_copySuggestedAction = new QAction(tr("Copy the &suggested address"), m_table);
    m_table->addActions({ m_copyUriAction, m_copySuggestedAction });
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_test->setAccessibleName(tr("Test the connections"));
    m_test->setToolTip(tr("Ask every address for /identity at once (no token is sent) and pick the best"));
    m_copyUri->setAccessibleName(tr("Copy the selected connection's URI"));
    m_copyUri->setToolTip(tr("Copy the selected connection's URI (not a secret)"));
    m_buttons->addWidget(m_test);
    m_buttons->addWidget(m_copyUri);
    m_buttons->addStretch(1);
    m_buttons->addWidget(m_filter, 1);

    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setAccessibleName(tr("Test summary"));
    m_details->setWordWrap(true);
    m_details->setTextFormat(Qt::PlainText);
    m_details->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_details->setAccessibleName(tr("Selected connection"));
    m_useAddress->setAccessibleName(tr("Use the suggested address"));
    m_useAddress->hide();
    m_copyAddress->setAccessibleName(tr("Copy the suggested address"));
    m_copyAddress->hide();

    auto *detailsRow = new QHBoxLayout;
    detailsRow->addWidget(m_details, 1);
    detailsRow->addWidget(m_useAddress, 0, Qt::AlignTop);
    detailsRow->addWidget(m_copyAddress, 0, Qt::AlignTop);

    // The filter was made first, but it sits at the end of the buttons' row, under the table.
    setTabChain({ m_table, m_test, m_copyUri, m_filter, m_useAddress, m_copyAddress });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table);
    layout->addLayout(m_buttons);
    layout->addWidget(m_summary);
    layout->addLayout(detailsRow);
    layout->addStretch(1);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_test, &QPushButton::clicked, this, &ConnectionsView::testConnections);
    connect(m_copyUriAction, &QAction::triggered, m_copyUri, &QPushButton::click);
    connect(m_copySuggestedAction, &QAction::triggered, m_copyAddress, &QPushButton::click);
    connect(m_copyUri, &QPushButton::clicked, this, [this] {
        if (const QUrl uri = currentUri(); !uri.isEmpty())
            QGuiApplication::clipboard()->setText(uri.toString()); // an address, not a secret
    });
    connect(m_copyAddress, &QPushButton::clicked, this, [this] {
        const int row = currentConnection();
        if (row >= 0 && !m_model.probeAt(row).suggestedUri.isEmpty())
            QGuiApplication::clipboard()->setText(m_model.probeAt(row).suggestedUri.toString());
    });
    connect(m_useAddress, &QPushButton::clicked, this, [this] {
        const int row = currentConnection();
        if (row >= 0 && !m_model.probeAt(row).suggestedUri.isEmpty())
            Q_EMIT useAddressRequested(m_model.probeAt(row).suggestedUri);
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        showDetails();
        updateButtons();
        Q_EMIT currentConnectionChanged(currentConnection());
    });
    connect(m_doctor, &ConnectionDoctor::probeUpdated, this, &ConnectionsView::showProbe);
    connect(m_doctor, &ConnectionDoctor::finished, this, &ConnectionsView::showFinished);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConnectionsView::fitColumns);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &ConnectionsView::fitColumns);
    clear();
}

void ConnectionsView::fitHeightToRows(QTableView *view, int minRows, int maxRows)
{
    auto fit = [view, minRows, maxRows] {
        const int rows = std::clamp(view->model() ? view->model()->rowCount() : 0, minRows, maxRows);
        const QScrollBar *across = view->horizontalScrollBar();
        view->setFixedHeight(view->horizontalHeader()->sizeHint().height()
            + rows * view->verticalHeader()->defaultSectionSize() + 2 * view->frameWidth()
            + (across->maximum() > 0 ? across->sizeHint().height() : 0));
    };
    QAbstractItemModel *model = view->model();
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(model, signal, view, fit);
    connect(model, &QAbstractItemModel::modelReset, view, fit);
    connect(model, &QAbstractItemModel::layoutChanged, view, fit);
    connect(view->horizontalScrollBar(), &QScrollBar::rangeChanged, view, fit);
    fit();
}

bool ConnectionsView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void ConnectionsView::fitColumns()
{
    // Protocol, port and IP version are in the URI too: when the table is too narrow for the URI
    // to be read, they make room, the IP version first.
    QHeaderView *header = m_table->horizontalHeader();
    const QAbstractItemView *view = m_table; // sizeHintForColumn() is public here
    const auto width = [view, header](int column) {
        return std::max(view->sizeHintForColumn(column), header->sectionSizeHint(column));
    };
    int needed = m_table->fontMetrics().averageCharWidth() * 48; // the URI, readable
    for (int column = 0; column < ConnectionTableModel::ColumnCount; ++column) {
        if (column != ConnectionTableModel::UriColumn)
            needed += width(column);
    }
    for (const int column : { ConnectionTableModel::IpVersionColumn, ConnectionTableModel::PortColumn,
             ConnectionTableModel::ProtocolColumn }) {
        const bool hide = needed > m_table->viewport()->width();
        m_table->setColumnHidden(column, hide);
        if (hide)
            needed -= width(column);
    }
}

void ConnectionsView::setConnections(
    const QString &expectedMachineIdentifier, const QList<Connection> &connections)
{
    stopDoctor();
    m_expected = expectedMachineIdentifier;
    m_model.setConnections(connections);
    m_summary->setText(connections.isEmpty()
            ? QString()
            : tr("Not tested yet. Testing asks each address for /identity, which needs no token, and waits "
                 "%1 s at most for each.")
                  .arg(m_doctor->probeTimeout().count() / 1000.0));
    showDetails();
    updateButtons();
}

void ConnectionsView::testConnections()
{
    if (m_model.connections().isEmpty())
        return;
    stopDoctor();
    m_model.clearProbes();
    m_summary->setText(tr("Testing %n connection(s)…", nullptr, int(m_model.connections().size())));
    m_test->setEnabled(false);
    m_doctor->start(m_expected, m_model.connections()); // every row turns "Testing…" at once
}

void ConnectionsView::cancel()
{
    if (!m_doctor->isRunning())
        return;
    stopDoctor();
    m_model.clearProbes();
    m_summary->setText(tr("Test stopped."));
    updateButtons();
}

void ConnectionsView::stopDoctor()
{
    // Quietly: the run's finished() must not report on connections that are being replaced.
    const QSignalBlocker quiet(m_doctor);
    m_doctor->cancel();
}

bool ConnectionsView::isTesting() const
{
    return m_doctor->isRunning();
}

void ConnectionsView::setFilterVisible(bool visible)
{
    m_filter->setVisible(visible);
}

void ConnectionsView::setUseAddressText(const QString &text)
{
    m_useAddress->setText(text);
    showDetails();
}

int ConnectionsView::currentConnection() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

QUrl ConnectionsView::currentUri() const
{
    const int row = currentConnection();
    return row >= 0 ? m_model.connections().at(row).uri.toUrl() : QUrl();
}

QUrl ConnectionsView::bestUri() const
{
    const int best = m_model.bestRow();
    return best >= 0 ? m_model.connections().at(best).uri.toUrl() : QUrl();
}

void ConnectionsView::showProbe(int row)
{
    if (row < 0 || row >= m_doctor->results().size())
        return;
    m_model.setProbeResult(row, m_doctor->results().at(row));
    if (row == currentConnection())
        showDetails();
}

void ConnectionsView::showFinished()
{
    const QList<ProbeResult> &results = m_doctor->results();
    for (qsizetype row = 0; row < results.size(); ++row)
        m_model.setProbeResult(int(row), results.at(row));
    const int best = m_doctor->bestIndex();
    m_model.setBest(best);
    if (best >= 0 && best < m_model.connections().size()) {
        m_summary->setText(
            tr("Best: %1. %2").arg(m_model.connections().at(best).uri.toString(), m_doctor->bestReason()));
        if (!m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_proxy->mapFromSource(m_model.index(best, 0)));
    } else {
        m_summary->setText(tr("%1 Select a connection to see why.").arg(m_doctor->bestReason()));
    }
    showDetails();
    updateButtons();
    Q_EMIT testFinished();
}

void ConnectionsView::showDetails()
{
    const int row = currentConnection();
    QUrl suggested;
    m_details->setVisible(row >= 0);
    if (row < 0) {
        m_details->clear();
    } else {
        const Connection &connection = m_model.connections().at(row);
        const ProbeResult &probe = m_model.probeAt(row);
        const QString status
            = m_model.index(row, ConnectionTableModel::StatusColumn).data(Qt::DisplayRole).toString();
        QString text;
        switch (probe.status) {
        case ProbeResult::Status::Pending:
            text = tr("%1: not tested yet.").arg(connection.uri.toString());
            break;
        case ProbeResult::Status::Probing:
            text = tr("%1: testing…").arg(connection.uri.toString());
            break;
        default:
            text = probe.explanation.isEmpty()
                ? tr("%1: %2.").arg(connection.uri.toString(), status)
                : tr("%1: %2. %3").arg(connection.uri.toString(), status, probe.explanation);
            break;
        }
        suggested = probe.suggestedUri;
        if (!suggested.isEmpty() && !text.contains(suggested.toString()))
            text = tr("%1 Use %2 instead: the server's certificate is for that name.")
                       .arg(text, suggested.toString());
        m_details->setText(text);
    }
    m_copyAddress->setVisible(!suggested.isEmpty());
    m_copySuggestedAction->setEnabled(!suggested.isEmpty());
    m_useAddress->setVisible(!suggested.isEmpty() && !m_useAddress->text().isEmpty());
}

void ConnectionsView::updateButtons()
{
    m_test->setEnabled(!m_model.connections().isEmpty() && !m_doctor->isRunning());
    m_copyUri->setEnabled(currentConnection() >= 0);
    m_copyUriAction->setEnabled(currentConnection() >= 0);
}

} // namespace PlexAuth
