#pragma once

#include "accountsession.h"
#include "plextypes.h"
#include "tokenpolicy.h"

#include <QGroupBox>
#include <QPointer>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Ui {
class SourceLookupForm;
}

namespace PlexAuth {

class AccountSession;
class AppServices;
class ClipboardGuard;
class ConnectionsView;
class MessageBanner;
class PendingRequest;
class SecretField;

// Asks one of the account's Plex Media Servers (or any server address typed in) how a source is
// reached: GET /security/resources?source=... Shows the source's device, its access token (masked)
// and its connections, with the connection doctor, "Copy URI" and "Copy as curl". The account's
// session picks the token and, for a listed server, probes it first; the token policy decides where
// a token may go.
class SourceLookupPanel final : public QGroupBox
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceLookupPanel)

public:
    SourceLookupPanel(AppServices *services, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~SourceLookupPanel() override;

    // The account whose token asks; clears the servers, the result and anything under way.
    void setSession(AccountSession *session);
    // The account's servers, offered in the Server box.
    void setServers(const QList<PlexServer> &servers);
    // The address to ask the server `machineIdentifier` at from now on: the best connection the
    // connection doctor found, or a certificate's suggestion (probed before it gets a token).
    // `select` also picks that server.
    void setServerUri(
        const QString &machineIdentifier, const QUrl &uri, AddressOrigin origin, bool select = false);
    void cancel();
    void lookUp();
    bool isLookingUp() const { return !m_request.isNull(); }

    const std::optional<SourceDevice> &result() const { return m_result; }
    // What "Copy as curl" copies (CurlCommand::forSource), at the selected connection (else the
    // best, else the first). The token is the shell variable $PLEX_TOKEN unless `includeToken` and the
    // token policy lets it go to that connection.
    QString curlCommand(bool includeToken) const;

    QComboBox *serverBox() const { return m_server; }
    QLabel *serverHint() const { return m_serverHint; }
    QLineEdit *sourceEdit() const { return m_source; }
    QLabel *sourceHint() const { return m_sourceHint; }
    QCheckBox *refreshBox() const { return m_refresh; }
    QPushButton *lookUpButton() const { return m_lookUp; }
    MessageBanner *banner() const { return m_banner; }
    QWidget *resultBox() const { return m_resultBox; }
    QLabel *deviceNameLabel() const { return m_deviceName; }
    QLabel *clientIdentifierLabel() const { return m_clientIdentifier; }
    SecretField *tokenField() const { return m_token; }
    ConnectionsView *connectionsView() const { return m_connections; }
    QPushButton *copyCurlButton() const { return m_copyCurl; }
    QCheckBox *includeTokenBox() const { return m_includeToken; }

Q_SIGNALS:
    // A lookup ended: with a result, or with the reason in the banner.
    void lookupFinished(bool found);

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Target
    {
        std::optional<ServerTarget> server;
        QString problem; // why it cannot be asked, in words; empty when it can
        QString name; // the server's name, or the address's host
        QUrl address; // where it will be asked, when known before asking
        bool shared = false;
    };
    Target target() const;
    void updateServerHint();
    void updateSourceHint();
    void updateLookUpButton();
    void showResult(const SourceDevice &device, const QString &source);
    QUrl curlConnection() const;
    void copyCurl();

    AppServices *m_services;
    ClipboardGuard *m_clipboard;
    QPointer<AccountSession> m_session;
    std::unique_ptr<Ui::SourceLookupForm> m_ui; // the fixed form: server, source, Look up
    QComboBox *m_server;
    QLabel *m_serverHint;
    QLineEdit *m_source;
    QLabel *m_sourceHint;
    QCheckBox *m_refresh;
    QPushButton *m_lookUp;
    MessageBanner *m_banner;
    QWidget *m_resultBox;
    QLabel *m_deviceName;
    QLabel *m_clientIdentifier;
    SecretField *m_token;
    ConnectionsView *m_connections;
    QPushButton *m_copyCurl;
    QCheckBox *m_includeToken;
    QPointer<PendingRequest> m_request;
    std::optional<SourceDevice> m_result;
    QString m_resultSource;
};

} // namespace PlexAuth
