#pragma once

#include "countdownlabel.h"
#include "fieldlistmodel.h"
#include "jwt.h"
#include "storedaccount.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;
class QGroupBox;

namespace PlexAuth {

class AccountSession;
class AppServices;
class ClipboardGuard;
class CredentialWatch;
class DeviceKeyPanel;
class MessageBanner;
class PlexCall;
class SecretField;
class TransientTokenPanel;

// The "Token" tab: the selected account's token (masked, Reveal, Copy), its kind (classic, a Plex JWT
// with this computer's device key, or another JWT, decoded offline with a live expiry countdown),
// whether plex.tv still accepts it, the device key and its renewals, the account's details as
// field/value rows, and transient tokens from its servers. When the credential watch says the account
// needs its person, it says so and offers to sign in again.
class TokenInspector final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenInspector)

public:
    TokenInspector(AppServices *services, ClipboardGuard *clipboard, QWidget *parent = nullptr);

    void setAccount(const std::optional<StoredAccount> &account);
    // The window's credential watch: account health and planned renewals (none without one).
    void setCredentialWatch(CredentialWatch *watch);
    QString accountUuid() const { return m_account ? m_account->uuid : QString(); }
    bool hasToken() const;

    FieldListModel *fieldsModel() { return &m_fields; }
    FieldListModel *claimsModel() { return &m_claims; }
    SecretField *tokenField() const { return m_token; }
    QLabel *stateLabel() const { return m_state; }
    QLabel *kindLabel() const { return m_kind; }
    CountdownLabel *expiryLabel() const { return m_expiry; }
    DeviceKeyPanel *deviceKeyPanel() const { return m_deviceKey; }
    MessageBanner *banner() const { return m_banner; }
    TransientTokenPanel *transientPanel() const { return m_transient; }

public Q_SLOTS:
    void validateNow();
    void copyToken();

Q_SIGNALS:
    // plex.tv rejected the token: the window offers to sign in to this login again.
    void signInAgainRequested(const QString &login);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct ShownState
    {
        std::optional<TokenState> state;
        QDateTime checkedAt;
        QString reason;
    };

    void showToken();
    void showTokenUnavailable();
    void showCheck();
    void showState(
        const std::optional<TokenState> &state, const QDateTime &checkedAt, const QString &reason = {});
    void updateExpiry();
    void showHealth();
    void copyFieldValue(QTableView *view);
    QTableView *makeTable(FieldListModel *model, const QString &accessibleName);

    AppServices *m_services;
    ClipboardGuard *m_clipboard;
    std::optional<StoredAccount> m_account;
    QPointer<AccountSession> m_session;
    std::optional<DecodedJwt> m_jwt;
    FieldListModel m_fields;
    FieldListModel m_claims;
    MessageBanner *m_banner;
    SecretField *m_token;
    QLabel *m_kind;
    QLabel *m_state;
    QPushButton *m_validate;
    DeviceKeyPanel *m_deviceKey;
    QPointer<CredentialWatch> m_watch;
    QString m_shownAttention; // the watch's message the banner shows, if any
    QGroupBox *m_jwtGroup;
    CountdownLabel *m_expiry;
    QTableView *m_fieldsView;
    TransientTokenPanel *m_transient;
    QTimer m_expiryTimer;
    ShownState m_shownState;
};

} // namespace PlexAuth
