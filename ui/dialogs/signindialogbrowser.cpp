// SignInDialog's browser page: a strong PIN, its code and link, and waiting for the approval.
#include "appservices.h"
#include "browsersignin.h"
#include "clipboardguard.h"
#include "signindialog.h"
#include "ui_signindialog.h"

#include <QPushButton>

namespace PlexAuth {

void SignInDialog::onPageChanged()
{
    if (m_ui->pages->currentWidget() == m_ui->browserPage) {
        m_ui->openBrowserButton->setDefault(true);
        startPin();
    } else {
        m_signInButton->setDefault(true);
        m_browserSignIn->cancel(); // leaving the page drops the code; opening it again gets a new one
    }
    refresh();
}

void SignInDialog::startPin()
{
    if (m_browserSignIn->isRunning() || m_busy)
        return;
    m_ui->messageBanner->clear();
    setBusy(true, tr("Getting a code…"));
    // Settings decide which kind of token the browser sign-in brings (a Plex JWT with a device key, or
    // a classic token); BrowserSignIn and the store do the rest.
    m_browserSignIn->setDeviceAuth(
        m_services->settings().browserSignInWithDeviceKey() ? m_services->deviceAuth() : nullptr);
    m_browserSignIn->start();
}

void SignInDialog::onPinCodeReady(const QString &code, const QUrl &authUrl)
{
    setBusy(false);
    m_authUrl = authUrl;
    m_ui->pinCodeEdit->setText(code);
    m_ui->pinCodeEdit->setCursorPosition(0);
    m_ui->linkEdit->setText(authUrl.toString(QUrl::FullyEncoded));
    m_ui->linkEdit->setCursorPosition(0);
    m_ui->pinStack->setCurrentWidget(m_ui->pinCodePanel);
    m_ui->openBrowserButton->setFocus();
    refresh();
}

void SignInDialog::onPinFinished()
{
    // Whatever the outcome, this code is used up.
    m_authUrl.clear();
    m_ui->pinCodeEdit->clear();
    m_ui->linkEdit->clear();
    m_ui->pinCountdownLabel->clearStatus();
    m_ui->pinStack->setCurrentWidget(m_ui->pinStartPanel);
    setBusy(false);
    const Result<Account> &result = m_browserSignIn->result();
    if (!result.ok()) {
        const PlexError &error = result.error();
        if (!error.isCanceled())
            showMessage(error.kind == ErrorKind::PinExpired ? MessageBanner::Kind::Warning
                                                            : MessageBanner::Kind::Error,
                error.message);
        if (m_ui->pages->currentWidget() == m_ui->browserPage)
            m_ui->getCodeButton->setFocus();
        return;
    }
    keepAccount(result.value(), m_ui->rememberCheck->isChecked(), m_browserSignIn->deviceKey());
}

void SignInDialog::copyLink()
{
    if (!m_clipboard || m_authUrl.isEmpty())
        return;
    // The link carries the code: copied as a secret, kept out of clipboard history and cleared later.
    m_clipboard->copySecret(m_authUrl.toString(QUrl::FullyEncoded));
    showMessage(MessageBanner::Kind::Information,
        tr("Link copied. It contains your sign-in code, so the clipboard is cleared again in %n second(s).",
            nullptr, static_cast<int>(m_clipboard->clearDelay().count())));
}

void SignInDialog::openBrowser()
{
    if (!m_authUrl.isEmpty())
        m_browserOpener->open(m_authUrl); // onBrowserOpened follows
}

void SignInDialog::onBrowserOpened(BrowserOpener::Route route)
{
    if (route == BrowserOpener::Route::None) {
        showMessage(MessageBanner::Kind::Warning,
            tr("No browser could be opened here. Copy the link and open it in a browser on any device."));
    }
}

// --- Keeping the account ------------------------------------------------------------------------

} // namespace PlexAuth
