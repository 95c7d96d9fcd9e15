#pragma once

#include <QGroupBox>
#include <QPointer>
#include <QTimer>

class QLabel;
class QPushButton;

namespace PlexAuth {

class AccountSession;
class CountdownLabel;
class CredentialWatch;

// The token inspector's part for a Plex JWT account with a device key: the key id, the token's
// expiry with a live countdown, the last and the next renewal, and why the last renewal failed, if it
// did; "Refresh now" renews it. Hidden for a classic token. Shows what the account's session and the
// credential watch say; decides nothing.
class DeviceKeyPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DeviceKeyPanel)

public:
    explicit DeviceKeyPanel(QWidget *parent = nullptr);

    // Where the next background renewal comes from; without one, none is planned.
    void setCredentialWatch(CredentialWatch *watch);
    // The account shown (nullptr: none); hidden unless it has a device key.
    void setSession(AccountSession *session);

    QLabel *keyIdLabel() const { return m_keyId; }
    CountdownLabel *expiryLabel() const { return m_expiry; }
    QLabel *lastRefreshLabel() const { return m_lastRefresh; }
    QLabel *nextRefreshLabel() const { return m_nextRefresh; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *refreshButton() const { return m_refresh; }

private:
    void showState();
    void updateExpiry();

    QPointer<AccountSession> m_session;
    QPointer<CredentialWatch> m_watch;
    QLabel *m_keyId;
    CountdownLabel *m_expiry;
    QLabel *m_lastRefresh;
    QLabel *m_nextRefresh;
    QLabel *m_problemTitle;
    QLabel *m_problem;
    QPushButton *m_refresh;
    QTimer m_ticker;
};

} // namespace PlexAuth
