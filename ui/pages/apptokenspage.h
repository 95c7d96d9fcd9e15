#pragma once

#include "apptokenlistmodel.h"
#include "apptokens.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace PlexAuth {

class AccountSession;
class AppServices;
class ClipboardGuard;
class MessageBanner;

// The "App tokens" tab (issue 15 §3): the selected account's tokens for other apps, each its own
// device on plex.tv. New app token… asks for a name and mints one; Copy puts the token on the
// clipboard through the clipboard guard (marked sensitive, cleared after the delay); Revoke asks,
// then removes the device on plex.tv before the keychain item.
class AppTokensPage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTokensPage)

public:
    AppTokensPage(AppServices *services, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    void setAccount(const std::optional<StoredAccount> &account);
    QString accountUuid() const { return m_account ? m_account->uuid : QString(); }

    void refresh();
    // Asks for the name (QInputDialog), then create(name).
    void createNew();
    void create(const QString &name);
    void copySelected();
    // Asks, then revokes the selected app token.
    void revokeSelected();
    bool isBusy() const { return m_busy; }
    QString selectedName() const;
    void selectToken(const QString &name);

    AppTokens *appTokens() const { return m_tokens; }
    AppTokenListModel *model() { return &m_model; }
    QTableView *view() const { return m_view; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *copyButton() const { return m_copy; }
    QPushButton *revokeButton() const { return m_revoke; }
    QLabel *statusLabel() const { return m_status; }
    MessageBanner *banner() const { return m_banner; }

Q_SIGNALS:
    void tokensLoaded();
    // An action (create, copy, revoke) ended: `ok` whether it did what was asked.
    void actionFinished(bool ok);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void setBusy(bool busy, const QString &status = {});
    void updateButtons();
    void failed(const PlexError &error);

    AppServices *m_services;
    ClipboardGuard *m_clipboard;
    std::optional<StoredAccount> m_account;
    QPointer<AccountSession> m_session;
    QPointer<AppTokens> m_tokens;
    bool m_loadWhenShown = false;
    bool m_busy = false;
    AppTokenListModel m_model;
    MessageBanner *m_banner;
    QPushButton *m_new;
    QPushButton *m_copy;
    QPushButton *m_revoke;
    QLabel *m_status;
    QTableView *m_view;
};

} // namespace PlexAuth
