#include "apptokenspage.h"

#include "accountsession.h"
#include "appservices.h"
#include "apptokens.h"
#include "clipboardguard.h"
#include "messagebanner.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace PlexAuth {

AppTokensPage::AppTokensPage(AppServices *services, ClipboardGuard *clipboard, QWidget *parent)
    : QWidget(parent)
    , m_services(services)
    , m_clipboard(clipboard)
    , m_banner(new MessageBanner(this))
    , m_new(new QPushButton(tr("&New App Token…"), this))
    , m_copy(new QPushButton(tr("&Copy Token"), this))
    , m_revoke(new QPushButton(tr("Re&voke…"), this))
    , m_status(new QLabel(this))
    , m_view(new QTableView(this))
{
    m_new->setAccessibleName(tr("New app token"));
    m_new->setToolTip(tr("Mint a token of its own for another app (Tautulli, Kometa, a script)"));
    m_copy->setAccessibleName(tr("Copy the selected app token"));
    m_copy->setToolTip(tr("Copy the token, marked as a secret and cleared from the clipboard after a while"));
    m_revoke->setAccessibleName(tr("Revoke the selected app token"));
    m_status->setAccessibleName(tr("App token status"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setWordWrap(true);

    m_view->setModel(&m_model);
    m_view->setAccessibleName(tr("App tokens"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->setAlternatingRowColors(true);
    m_view->setShowGrid(false);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionResizeMode(AppTokenListModel::NameColumn, QHeaderView::Stretch);
    // Ctrl+C copies the selected token (through the guard); Delete revokes it, after asking.
    auto *copyAction = new QAction(tr("Copy token"), m_view);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    auto *revokeAction = new QAction(tr("Revoke app token"), m_view);
    revokeAction->setShortcut(QKeySequence::Delete);
    revokeAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addActions({ copyAction, revokeAction });
    connect(copyAction, &QAction::triggered, this, &AppTokensPage::copySelected);
    connect(revokeAction, &QAction::triggered, this, &AppTokensPage::revokeSelected);

    auto *toolbar = new QHBoxLayout;
    toolbar->addWidget(m_new);
    toolbar->addWidget(m_copy);
    toolbar->addWidget(m_revoke);
    toolbar->addWidget(m_status, 1);
    auto *explanation
        = new QLabel(tr("Each app token is a device of its own on plex.tv: give one to each app, "
                        "and revoke it without signing anything else out."),
            this);
    explanation->setWordWrap(true);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_banner);
    layout->addWidget(explanation);
    layout->addLayout(toolbar);
    layout->addWidget(m_view, 1);
    setTabOrder(m_new, m_copy);
    setTabOrder(m_copy, m_revoke);
    setTabOrder(m_revoke, m_view);

    connect(m_new, &QPushButton::clicked, this, &AppTokensPage::createNew);
    connect(m_copy, &QPushButton::clicked, this, &AppTokensPage::copySelected);
    connect(m_revoke, &QPushButton::clicked, this, &AppTokensPage::revokeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &AppTokensPage::updateButtons);
    connect(services->accounts(), &AccountStore::appTokensChanged, this, [this](const QString &uuid) {
        if (uuid == accountUuid() && !m_busy)
            refresh();
    });
    setAccount(std::nullopt);
}

void AppTokensPage::setAccount(const std::optional<StoredAccount> &account)
{
    if (m_tokens)
        m_tokens->deleteLater(); // its flows' outcomes no longer reach this page
    m_account = account;
    m_session = account ? m_services->sessions()->session(account->uuid) : nullptr;
    m_tokens = m_session ? new AppTokens(m_session, m_services->sessions()->services(), this) : nullptr;
    m_model.setTokens({});
    m_banner->clear();
    m_status->clear();
    m_busy = false;
    m_loadWhenShown = m_session && !isVisible();
    if (m_session && isVisible())
        refresh();
    updateButtons();
}

void AppTokensPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_loadWhenShown, false))
        refresh();
}

void AppTokensPage::refresh()
{
    if (!m_tokens)
        return;
    const QString selected = selectedName();
    const bool wasBusy = m_busy;
    if (!wasBusy)
        setBusy(true, tr("Asking plex.tv which app tokens it still lists…"));
    m_tokens->list(m_tokens, [this, selected, wasBusy](const Result<AppTokenListing> &listed) {
        if (!wasBusy)
            setBusy(false);
        if (!listed.ok()) {
            failed(listed.error());
            return;
        }
        m_model.setTokens(listed.value().tokens);
        selectToken(selected);
        if (listed.value().devicesError)
            m_banner->showMessage(MessageBanner::Kind::Warning,
                tr("Whether plex.tv still lists each app token is not known: %1")
                    .arg(listed.value().devicesError->message));
        m_status->setText(m_model.rowCount() == 0 ? tr("No app tokens yet.")
                                                  : tr("%n app token(s)", nullptr, m_model.rowCount()));
        Q_EMIT tokensLoaded();
    });
}

void AppTokensPage::createNew()
{
    if (!m_tokens || m_busy)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New App Token"),
        tr("Name of the app that will use the token (it names the device on plex.tv):"), QLineEdit::Normal,
        {}, &ok)
                             .trimmed();
    if (ok && !name.isEmpty())
        create(name);
}

void AppTokensPage::create(const QString &name)
{
    if (!m_tokens || m_busy)
        return;
    setBusy(true, tr("Creating the app token “%1”…").arg(name));
    m_tokens->create(name, m_tokens, [this, name](const Result<CreatedAppToken> &created) {
        setBusy(false);
        if (!created.ok()) {
            failed(created.error());
            return;
        }
        m_banner->showMessage(MessageBanner::Kind::Success,
            tr("Created the app token “%1”. Copy it into the app's settings with Copy Token.").arg(name));
        connect(
            this, &AppTokensPage::tokensLoaded, this, [this, name] { selectToken(name); },
            Qt::SingleShotConnection);
        refresh();
        Q_EMIT actionFinished(true);
    });
}

void AppTokensPage::copySelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !m_account)
        return;
    m_services->accounts()->appToken(m_account->uuid, name, this, [this, name](const Result<QString> &token) {
        if (!token.ok()) {
            failed(token.error());
            return;
        }
        m_clipboard->copySecret(token.value());
        m_banner->showMessage(MessageBanner::Kind::Information,
            tr("The app token “%1” is on the clipboard, marked as a secret; it is cleared in %n second(s).",
                nullptr, int(m_clipboard->clearDelay().count()))
                .arg(name));
        Q_EMIT actionFinished(true);
    });
}

void AppTokensPage::revokeSelected()
{
    const QString name = selectedName();
    if (name.isEmpty() || !m_tokens || m_busy)
        return;
    if (QMessageBox::question(this, tr("Revoke App Token"),
            tr("Revoke the app token “%1”? Its device is removed on plex.tv, so the app using it is signed "
               "out, "
               "and the token is deleted from the keychain.")
                .arg(name),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
        != QMessageBox::Yes)
        return;
    setBusy(true, tr("Revoking “%1”…").arg(name));
    m_tokens->revoke(name, m_tokens, [this](const Result<RevokedAppToken> &revoked) {
        setBusy(false);
        if (!revoked.ok()) {
            failed(revoked.error());
            return;
        }
        m_banner->showMessage(
            MessageBanner::Kind::Success, tr("Revoked the app token “%1”.").arg(revoked.value().record.name));
        refresh();
        Q_EMIT actionFinished(true);
    });
}

QString AppTokensPage::selectedName() const
{
    return m_view->currentIndex().data(AppTokenListModel::NameRole).toString();
}

void AppTokensPage::selectToken(const QString &name)
{
    const int row = m_model.rowOf(name);
    if (row >= 0)
        m_view->setCurrentIndex(m_model.index(row, 0));
    updateButtons();
}

void AppTokensPage::failed(const PlexError &error)
{
    m_banner->showMessage(MessageBanner::Kind::Error, error.message);
    m_status->clear();
    Q_EMIT actionFinished(false);
}

void AppTokensPage::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    if (busy)
        m_status->setText(status);
    updateButtons();
}

void AppTokensPage::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    m_new->setEnabled(m_tokens && !m_busy);
    m_copy->setEnabled(selected && !m_busy);
    m_revoke->setEnabled(selected && !m_busy);
}

} // namespace PlexAuth
