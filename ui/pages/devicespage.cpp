#include "devicespage.h"

#include "accountsession.h"
#include "appservices.h"
#include "devicerules.h"
#include "messagebanner.h"

#include <QAction>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace PlexAuth {

DevicesPage::DevicesPage(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_banner(new MessageBanner(this))
    , m_filter(new QLineEdit(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_remove(new QPushButton(tr("Remo&ve…"), this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_proxy->setSourceModel(&m_model);
    m_proxy->setSortRole(DeviceListModel::SortRole);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_filter->setPlaceholderText(tr("Filter devices"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setAccessibleName(tr("Filter devices"));
    m_refresh->setAccessibleName(tr("Refresh the device list"));
    m_refresh->setToolTip(tr("Ask plex.tv for the account's devices again"));
    m_remove->setAccessibleName(tr("Remove the selected device"));
    m_status->setAccessibleName(tr("Device list status"));
    m_status->setTextFormat(Qt::PlainText);

    m_view->setModel(m_proxy);
    m_view->setAccessibleName(tr("Authorised devices"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    // A client identifier is long and rarely read whole: its middle gives way first, so that the
    // names, products and times fit (the tooltip and the CLI have it whole).
    header->setSectionResizeMode(DeviceListModel::ClientIdentifierColumn, QHeaderView::Interactive);
    header->resizeSection(
        DeviceListModel::ClientIdentifierColumn, header->fontMetrics().horizontalAdvance(u'0') * 16);
    header->setStretchLastSection(true);
    m_view->setTextElideMode(Qt::ElideMiddle);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(DeviceListModel::LastSeenColumn, Qt::DescendingOrder);
    // Delete on a device, as the button.
    auto *removeAction = new QAction(tr("Remove device"), m_view);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(removeAction);
    connect(removeAction, &QAction::triggered, this, &DevicesPage::removeSelected);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_filter, 2);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_remove);
    toolbar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_filter, m_refresh);
    setTabOrder(m_refresh, m_remove);
    setTabOrder(m_remove, m_view);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        showCount();
    });
    connect(m_refresh, &QPushButton::clicked, this, &DevicesPage::refresh);
    connect(m_remove, &QPushButton::clicked, this, &DevicesPage::removeSelected);
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &DevicesPage::updateButtons);
    setAccount(std::nullopt);
}

void DevicesPage::setAccount(const std::optional<StoredAccount> &account)
{
    m_account = account;
    m_session = account ? m_services->sessions()->session(account->uuid) : nullptr;
    m_model.setDevices({});
    m_banner->clear();
    m_filter->clear();
    m_status->clear();
    m_busy = false;
    m_loadWhenShown = m_session && !isVisible();
    if (m_session && isVisible())
        refresh();
    updateButtons();
}

void DevicesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loadWhenShown, false))
        refresh();
}

void DevicesPage::refresh()
{
    if (!m_session || m_busy)
        return;
    setBusy(true, tr("Asking plex.tv for the account's devices…"));
    const QString uuid = accountUuid();
    m_session->listDevices(this, [this, uuid](const Result<QList<AuthorizedDevice>> &listed) {
        if (uuid != accountUuid())
            return; // another account is shown now
        const qint64 selected = selectedDevice() ? selectedDevice()->id : 0;
        setBusy(false);
        if (!listed.ok()) {
            m_banner->showMessage(MessageBanner::Kind::Error, listed.error().message);
            m_status->setText(tr("The devices could not be listed."));
            Q_EMIT devicesLoaded(false);
            return;
        }
        m_model.setDevices(listed.value());
        selectDevice(selected);
        showCount();
        Q_EMIT devicesLoaded(true);
    });
}

const AuthorizedDevice *DevicesPage::selectedDevice() const
{
    const QModelIndex current = m_proxy->mapToSource(m_view->currentIndex());
    return current.isValid() ? m_model.deviceAt(current.row()) : nullptr;
}

void DevicesPage::selectDevice(qint64 id)
{
    const int row = m_model.rowOf(id);
    if (row >= 0)
        m_view->setCurrentIndex(m_proxy->mapFromSource(m_model.index(row, 0)));
    updateButtons();
}

bool DevicesPage::confirmRemoval(const AuthorizedDevice &device)
{
    const QString named = DeviceRules::describe(device);
    if (DeviceRules::removal(device) == DeviceRules::Removal::Confirm) {
        return QMessageBox::question(this, tr("Remove Device"),
                   tr("Remove %1 from the account? Its token stops working at once.").arg(named),
                   QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            == QMessageBox::Yes;
    }
    // A server: its name, typed, is the confirmation.
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Remove Server"));
    auto *warning = new QLabel(DeviceRules::removalWarning(device), &dialog);
    warning->setWordWrap(true);
    warning->setTextFormat(Qt::PlainText);
    auto *prompt = new QLabel(tr("To remove it, type the server's name, “%1”:").arg(device.name), &dialog);
    prompt->setTextFormat(Qt::PlainText);
    auto *typed = new QLineEdit(&dialog);
    typed->setObjectName(QStringLiteral("serverNameEdit"));
    typed->setAccessibleName(tr("Server name to confirm"));
    prompt->setBuddy(typed);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
    QPushButton *confirm = buttons->addButton(tr("Remove Server"), QDialogButtonBox::DestructiveRole);
    confirm->setEnabled(false);
    connect(typed, &QLineEdit::textChanged, confirm, [confirm, device](const QString &text) {
        confirm->setEnabled(DeviceRules::confirmsServerName(device, text));
    });
    connect(confirm, &QPushButton::clicked, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(warning);
    layout->addWidget(prompt);
    layout->addWidget(typed);
    layout->addWidget(buttons);
    return dialog.exec() == QDialog::Accepted && DeviceRules::confirmsServerName(device, typed->text());
}

void DevicesPage::removeSelected()
{
    const AuthorizedDevice *selected = selectedDevice();
    if (!m_session || m_busy || !selected || DeviceRules::removal(*selected) == DeviceRules::Removal::Refused)
        return;
    const AuthorizedDevice device = *selected;
    if (!confirmRemoval(device))
        return;
    setBusy(true, tr("Removing %1…").arg(device.name));
    m_session->removeDevice(
        device, true, this, [this, device, uuid = accountUuid()](const Result<Done> &removed) {
            if (uuid != accountUuid())
                return;
            setBusy(false);
            if (!removed.ok()) {
                m_banner->showMessage(MessageBanner::Kind::Error,
                    tr("%1 was not removed: %2").arg(DeviceRules::describe(device), removed.error().message));
                Q_EMIT removalFinished(false);
                return;
            }
            m_banner->showMessage(MessageBanner::Kind::Success,
                tr("Removed %1: its token no longer works.").arg(DeviceRules::describe(device)));
            Q_EMIT removalFinished(true);
            refresh();
        });
}

void DevicesPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (busy)
        m_status->setText(status);
    updateButtons();
}

void DevicesPage::updateButtons()
{
    m_refresh->setEnabled(m_session && !m_busy);
    const AuthorizedDevice *device = selectedDevice();
    const bool refused = device && DeviceRules::removal(*device) == DeviceRules::Removal::Refused;
    m_remove->setEnabled(device && !refused && !m_busy);
    m_remove->setToolTip(
        refused ? DeviceRules::removalWarning(*device) : tr("Remove the selected device from the account"));
}

void DevicesPage::showCount()
{
    const int total = m_model.rowCount();
    const int shown = m_proxy->rowCount();
    m_status->setText(shown == total ? tr("%n device(s)", nullptr, total)
                                     : tr("%1 of %n device(s)", nullptr, total).arg(shown));
}

} // namespace PlexAuth
