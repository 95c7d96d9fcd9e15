#pragma once

#include "devicelistmodel.h"
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
class MessageBanner;

// The "Devices" tab: the devices plex.tv authorised for the selected account (issue 15 §2), behind
// a filter, with Remove. Removing asks first, naming the device; a server is removed only once its
// name has been typed; this installation's own entry cannot be removed here (Sign Out does that).
// DeviceRules decides all three, as for the command line.
class DevicesPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DevicesPage)

public:
    explicit DevicesPage(AppServices *services, QWidget *parent = nullptr);

    // The account to show; its devices are asked for when the page is first shown.
    void setAccount(const std::optional<StoredAccount> &account);
    QString accountUuid() const { return m_account ? m_account->uuid : QString(); }

    void refresh();
    // Asks for confirmation (a question, or the server's name typed), then removes the selected device.
    void removeSelected();
    bool isBusy() const { return m_busy; }
    const AuthorizedDevice *selectedDevice() const;
    void selectDevice(qint64 id);

    DeviceListModel *model() { return &m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QTableView *view() const { return m_view; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *refreshButton() const { return m_refresh; }
    QPushButton *removeButton() const { return m_remove; }
    QLabel *statusLabel() const { return m_status; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    // The list arrived (or could not be had), or a removal ended.
    void devicesLoaded(bool ok);
    void removalFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setBusy(bool busy, const QString &status = {});
    void updateButtons();
    void showCount();
    // The confirmation DeviceRules asks for `device`; true to go ahead.
    bool confirmRemoval(const AuthorizedDevice &device);

    AppServices *m_services;
    std::optional<StoredAccount> m_account;
    QPointer<AccountSession> m_session;
    bool m_loadWhenShown = false;
    bool m_busy = false;
    DeviceListModel m_model;
    QSortFilterProxyModel *m_proxy;
    MessageBanner *m_banner;
    QLineEdit *m_filter;
    QPushButton *m_refresh;
    QPushButton *m_remove;
    QLabel *m_status;
    QTableView *m_view;
};

} // namespace PlexAuth
