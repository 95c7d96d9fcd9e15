#include "homepage.h"

#include "accountsession.h"
#include "appservices.h"
#include "homepindialog.h"
#include "messagebanner.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace PlexAuth {

HomePage::HomePage(AppServices *services, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_banner(new MessageBanner(this))
    , m_status(new QLabel(this))
    , m_busy(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_refresh(new QPushButton(tr("&Refresh"), this))
    , m_switch(new QPushButton(tr("S&witch to Profile…"), this))
{
    m_status->setAccessibleName(tr("Home status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(80);
    m_busy->setMaximumHeight(12);
    m_busy->setTextVisible(false);
    m_busy->setAccessibleName(tr("Asking plex.tv"));
    m_busy->hide();
    m_refresh->setAccessibleName(tr("Refresh the Home users"));
    m_refresh->setToolTip(tr("Ask plex.tv for the Home's users again"));
    m_switch->setAccessibleName(tr("Switch to the selected profile"));
    m_switch->setToolTip(tr("Switch to the selected profile and keep it as an account of its own"));

    m_view->setModel(&m_model);
    m_view->setAccessibleName(tr("Home users"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move within it
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    QHeaderView *header = m_view->horizontalHeader();
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(HomeUserModel::NameColumn, QHeaderView::Stretch);

    auto *intro = new QLabel(tr("The people and profiles of this account's Plex Home. Switching to a "
                                "profile keeps it as an account of its own, listed under this one."),
        this);
    intro->setWordWrap(true);
    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_switch);
    toolbar->addWidget(m_refresh);
    toolbar->addWidget(m_busy);
    toolbar->addWidget(m_status, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(intro);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_switch, m_refresh);
    setTabOrder(m_refresh, m_view);

    connect(m_refresh, &QPushButton::clicked, this, &HomePage::refresh);
    connect(m_switch, &QPushButton::clicked, this, &HomePage::switchToSelected);
    connect(m_view, &QAbstractItemView::activated, this, &HomePage::switchToSelected); // Enter on a user
    connect(
        m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &HomePage::updateButtons);
    setAccount(std::nullopt);
}

void HomePage::setAccount(const std::optional<StoredAccount> &account)
{
    if (accountUuid() == (account ? account->uuid : QString()) && (m_session || !account))
        return; // already shown
    delete m_request; // the previous account's answer is not this one's
    m_account = account;
    m_session = account ? m_services->sessions()->session(account->uuid) : nullptr;
    m_model.setUsers({});
    m_banner->clear();
    m_status->clear();
    m_busy->hide();
    m_loadWhenShown = false;
    if (m_session && isVisible())
        refresh();
    else
        m_loadWhenShown = m_session != nullptr; // asked for when the tab is first shown
    updateButtons();
}

void HomePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loadWhenShown, false))
        refresh();
}

void HomePage::refresh()
{
    if (!m_session)
        return;
    m_loadWhenShown = false;
    delete m_request;
    auto *request = new QObject(this);
    m_request = request;
    m_banner->clear();
    m_busy->show();
    m_status->setText(tr("Asking plex.tv for the Home's users…"));
    updateButtons();
    m_session->homeUsers(request, [this, request](const Result<HomeUsers> &listed) {
        request->deleteLater();
        m_request.clear();
        m_busy->hide();
        if (!listed.ok()) {
            m_status->clear();
            m_model.setUsers({});
            m_banner->showMessage(MessageBanner::Kind::Error,
                tr("plex.tv did not list the Home's users. %1").arg(listed.error().message));
            updateButtons();
            Q_EMIT usersLoaded(false);
            return;
        }
        showUsers(listed.value());
        Q_EMIT usersLoaded(true);
    });
}

void HomePage::showUsers(const HomeUsers &home)
{
    const QString keep = selectedUser() ? selectedUser()->uuid : QString();
    m_model.setUsers(home.users);
    const QString name = m_account ? m_account->displayName() : QString();
    if (!home.inHome())
        m_status->setText(tr("%1 is in no Plex Home, so there are no profiles to switch to.").arg(name));
    else if (home.homeName.isEmpty())
        m_status->setText(tr("Home users: %1").arg(home.users.size()));
    else
        m_status->setText(tr("%1: %2 users").arg(home.homeName).arg(home.users.size()));
    selectUser(keep);
    if (!m_view->currentIndex().isValid() && m_model.rowCount() > 0)
        m_view->setCurrentIndex(m_model.index(0, 0));
    updateButtons();
}

const HomeUser *HomePage::selectedUser() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? m_model.userAt(current.row()) : nullptr;
}

void HomePage::selectUser(const QString &uuid)
{
    const int row = m_model.rowOf(uuid);
    if (row >= 0)
        m_view->setCurrentIndex(m_model.index(row, 0));
}

void HomePage::updateButtons()
{
    const HomeUser *user = selectedUser();
    // The account itself is no profile to switch to.
    const bool other = user && user->uuid != accountUuid();
    m_switch->setEnabled(other && !isLoading() && !m_switching && m_session);
    m_refresh->setEnabled(m_session && !isLoading());
}

void HomePage::switchToSelected()
{
    const HomeUser *selected = selectedUser();
    if (!selected || !m_switch->isEnabled())
        return;
    const HomeUser user = *selected;
    m_banner->clear();
    if (user.isProtected) {
        HomePinDialog dialog(m_services, m_session, user, this);
        if (dialog.exec() == QDialog::Accepted && dialog.profile())
            switched(*dialog.profile());
        return;
    }
    m_switching = true;
    updateButtons();
    m_status->setText(tr("Switching to %1…").arg(user.displayName()));
    const QString homeUuid = accountUuid();
    m_session->switchToProfile(user, {}, this, [this, user, homeUuid](const Result<Account> &result) {
        if (!result.ok()) {
            m_switching = false;
            updateButtons();
            m_status->clear();
            m_banner->showMessage(MessageBanner::Kind::Error,
                tr("Could not switch to %1. %2").arg(user.displayName(), result.error().message));
            return;
        }
        m_services->sessions()->adoptProfile(
            result.value(), user, homeUuid, true, this, [this](const Result<StoredAccount> &kept) {
                m_switching = false;
                updateButtons();
                if (!kept.ok()) {
                    m_status->clear();
                    m_banner->showMessage(MessageBanner::Kind::Error,
                        tr("plex.tv switched to the profile, but it could not be kept: %1")
                            .arg(kept.error().message));
                    return;
                }
                switched(kept.value());
            });
    });
}

void HomePage::switched(const StoredAccount &profile)
{
    m_status->setText(tr("Switched to %1: it is kept as an account of its own, under %2.")
                          .arg(profile.displayName(), m_account ? m_account->displayName() : QString()));
    Q_EMIT profileSwitched(profile.uuid);
}

} // namespace PlexAuth
