#pragma once

#include "accountsession.h"
#include "plextypes.h"

#include <QDateTime>
#include <QGroupBox>
#include <QPointer>
#include <QTimer>

class QComboBox;
class QLabel;
class QPushButton;

namespace PlexAuth {

class AccountSession;
class AppServices;
class ClipboardGuard;
class CountdownLabel;
class MessageBanner;
class PendingRequest;
class SecretField;

// Asks one of the account's Plex Media Servers (or any server URL typed in) for a transient
// token: valid up to 48 hours, destroyed when the server restarts, counted down from the fetch.
// The account's session chooses the address (a listed server is probed first) and the token.
class TransientTokenPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TransientTokenPanel)

public:
    TransientTokenPanel(AppServices *services, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    // The account whose token asks; its servers come from its session's list (one /resources per
    // account and run, shared with the Servers page).
    void setSession(AccountSession *session);
    void reloadServers();

    QComboBox *serverBox() const { return m_server; }
    QPushButton *fetchButton() const { return m_fetch; }
    SecretField *result() const { return m_result; }

private:
    void fetch();
    void showCountdown();
    void showServers();
    std::optional<ServerTarget> chosenTarget(QString *problem) const;

    AppServices *m_services;
    QPointer<AccountSession> m_session;
    QComboBox *m_server;
    QPushButton *m_refreshServers;
    QPushButton *m_fetch;
    MessageBanner *m_banner;
    SecretField *m_result;
    CountdownLabel *m_validity;
    QTimer m_countdown;
    QDateTime m_fetchedAt;
    QPointer<PendingRequest> m_request;
};

} // namespace PlexAuth
