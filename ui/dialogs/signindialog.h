#pragma once

#include "accountstore.h"
#include "browseropener.h"
#include "messagebanner.h"
#include "plextvclient.h"
#include "storedaccount.h"

#include <QDialog>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <memory>
#include <optional>

class QPushButton;

namespace Ui {
class SignInDialog;
}

namespace PlexAuth {

class AppServices;
class BrowserSignIn;
class ClipboardGuard;
class PasswordSignIn;

// Signs a person in to Plex, by email or username and password (with two-step verification) or
// through the browser with a PIN, and keeps the account: its token in the keychain, or for this
// session only. Errors appear inline in words; Esc cancels a running request before it closes.
class SignInDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignInDialog)

public:
    enum class Page
    {
        Password,
        Browser,
    };

    SignInDialog(AppServices *services, ClipboardGuard *clipboard, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void setPage(Page page);
    // Pre-fills the login (signing in to an account again).
    void setLogin(const QString &login);
    // The account kept by the last successful sign-in.
    std::optional<StoredAccount> signedInAccount() const { return m_signedIn; }
    // How often the browser sign-in asks plex.tv whether the code was approved (for tests).
    void setPinPollInterval(std::chrono::milliseconds interval);

    void done(int result) override;

Q_SIGNALS:
    void accountSignedIn(const PlexAuth::StoredAccount &account);

protected:
    void showEvent(QShowEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    // Sign In's state, the status line and the busy indicator, from the dialog's state.
    void refresh();
    void setBusy(bool busy, const QString &status = {});
    bool cancelRunningWork();
    // With an action label, the banner offers to keep the pending account for this session only.
    void showMessage(MessageBanner::Kind kind, const QString &text, const QString &actionLabel = {});

    void submitPasswordForm();
    void onSignInFinished();
    void showVerificationCodeField(bool visible);
    void tickCoolDown();

    void onPageChanged();
    void startPin();
    void onPinCodeReady(const QString &code, const QUrl &authUrl);
    void onPinFinished();
    void copyLink();
    void openBrowser();
    void onBrowserOpened(PlexAuth::BrowserOpener::Route route);

    // With `deviceKey` (a device-key browser sign-in), the key is kept with the token.
    void keepAccount(const Account &account, bool remember,
        const std::optional<DeviceKeyCredential> &deviceKey = std::nullopt);
    void keepPendingForThisSession();
    void finishSignIn(const StoredAccount &stored);

    std::unique_ptr<Ui::SignInDialog> m_ui;
    QPushButton *m_signInButton;
    AppServices *m_services;
    QPointer<ClipboardGuard> m_clipboard;
    PasswordSignIn *m_passwordSignIn;
    BrowserSignIn *m_browserSignIn;
    BrowserOpener *m_browserOpener;
    QTimer m_coolDownTicker;
    QString m_busyStatus;
    QString m_coolDownMessage;
    QUrl m_authUrl;
    std::optional<Account> m_pendingAccount; // signed in, waiting for "Use for this session only"
    std::optional<DeviceKeyCredential> m_pendingDeviceKey; // and its device key, if it has one
    std::optional<StoredAccount> m_signedIn;
    bool m_busy = false;
    bool m_storing = false;
    bool m_remember = true; // of the attempt under way
};

} // namespace PlexAuth
