#include "signindialog.h"

#include "appservices.h"
#include "browsersignin.h"
#include "clipboardguard.h"
#include "passwordsignin.h"
#include "ui_signindialog.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QPushButton>
#include <QTabBar>

namespace PlexAuth {

namespace {
constexpr int kMinimumCodeLength = 6;

QString minutesAndSeconds(qint64 seconds)
{
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace

SignInDialog::SignInDialog(AppServices *services, ClipboardGuard *clipboard, QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SignInDialog>())
    , m_services(services)
    , m_clipboard(clipboard)
    , m_passwordSignIn(new PasswordSignIn(services->plexTv(), this))
    , m_browserSignIn(new BrowserSignIn(services->plexTv(), this))
    , m_browserOpener(new BrowserOpener(this))
{
    m_ui->setupUi(this);
    m_signInButton = m_ui->buttonBox->addButton(tr("&Sign In"), QDialogButtonBox::AcceptRole);
    m_signInButton->setObjectName(QStringLiteral("signInButton"));
    m_signInButton->setAccessibleName(tr("Sign in"));
    m_signInButton->setDefault(true);
    QPushButton *cancelButton = m_ui->buttonBox->button(QDialogButtonBox::Cancel);
    cancelButton->setObjectName(QStringLiteral("cancelButton"));
    cancelButton->setAccessibleName(tr("Cancel"));
    cancelButton->setToolTip(tr("Close without signing in. Esc stops a running request instead."));
    m_ui->pages->tabBar()->setAccessibleName(tr("Sign-in method"));

    // The browser sign-in code: large, fixed-width, selectable, and not looking like a field.
    QFont codeFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    codeFont.setPointSizeF(qMax(codeFont.pointSizeF(), 9.0) * 1.5);
    codeFont.setBold(true);
    m_ui->pinCodeEdit->setFont(codeFont);
    QPalette codePalette = m_ui->pinCodeEdit->palette();
    codePalette.setColor(QPalette::Base, Qt::transparent);
    m_ui->pinCodeEdit->setPalette(codePalette);

    // The code and the link (which carries the code) are copied only through the clipboard guard.
    if (m_clipboard) {
        m_clipboard->protectField(m_ui->pinCodeEdit);
        m_clipboard->protectField(m_ui->linkEdit);
    }

    m_ui->statusLabel->setPurpose(tr("Sign-in status"));
    m_ui->pinCountdownLabel->setPurpose(tr("Sign-in code expiry"));

    showVerificationCodeField(false);
    m_coolDownTicker.setInterval(250); // the label changes once a second; ticking faster keeps it on time

    for (QLineEdit *field : { m_ui->loginEdit, m_ui->passwordEdit, m_ui->codeEdit })
        connect(field, &QLineEdit::textChanged, this, &SignInDialog::refresh);
    connect(m_ui->loginEdit, &QLineEdit::textEdited, this, [this] {
        if (m_passwordSignIn->codeRequired()) {
            m_passwordSignIn->forgetCodeRequirement(); // another account: plex.tv asks again if it needs one
            showVerificationCodeField(false);
        }
    });
    connect(m_ui->loginEdit, &QLineEdit::returnPressed, this, [this] {
        if (m_ui->passwordEdit->text().isEmpty())
            m_ui->passwordEdit->setFocus();
    });
    connect(m_ui->showPasswordButton, &QToolButton::toggled, this, [this](bool shown) {
        m_ui->passwordEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        m_ui->showPasswordButton->setText(shown ? tr("&Hide") : tr("S&how"));
    });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::submitPasswordForm);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    connect(m_ui->pages, &QTabWidget::currentChanged, this, &SignInDialog::onPageChanged);
    connect(m_ui->getCodeButton, &QPushButton::clicked, this, &SignInDialog::startPin);
    connect(m_ui->stopPinButton, &QPushButton::clicked, m_browserSignIn, &BrowserSignIn::cancel);
    connect(m_ui->openBrowserButton, &QPushButton::clicked, this, &SignInDialog::openBrowser);
    connect(m_browserOpener, &BrowserOpener::opened, this, &SignInDialog::onBrowserOpened);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &SignInDialog::copyLink);
    connect(m_passwordSignIn, &PasswordSignIn::finished, this, &SignInDialog::onSignInFinished);
    connect(m_browserSignIn, &BrowserSignIn::codeReady, this, &SignInDialog::onPinCodeReady);
    connect(m_browserSignIn, &BrowserSignIn::checkingAccount, this,
        [this] { setBusy(true, tr("Checking the account…")); });
    connect(m_browserSignIn, &BrowserSignIn::secondsLeftChanged, this, [this](int secondsLeft) {
        m_ui->pinCountdownLabel->showCountdown(
            tr("Code expires in %1").arg(minutesAndSeconds(secondsLeft)), secondsLeft);
    });
    connect(m_browserSignIn, &BrowserSignIn::finished, this, &SignInDialog::onPinFinished);
    connect(&m_coolDownTicker, &QTimer::timeout, this, &SignInDialog::tickCoolDown);

    refresh();
    m_ui->loginEdit->setFocus();
}

SignInDialog::~SignInDialog()
{
    // No flow reports into a half-destroyed dialog.
    disconnect(m_passwordSignIn, nullptr, this, nullptr);
    disconnect(m_browserSignIn, nullptr, this, nullptr);
}

void SignInDialog::setPage(Page page)
{
    m_ui->pages->setCurrentWidget(page == Page::Browser ? m_ui->browserPage : m_ui->passwordPage);
}

void SignInDialog::setLogin(const QString &login)
{
    m_ui->loginEdit->setText(login);
    m_ui->passwordEdit->setFocus();
}

void SignInDialog::setPinPollInterval(std::chrono::milliseconds interval)
{
    m_browserSignIn->setPollInterval(interval);
}

void SignInDialog::done(int result)
{
    m_passwordSignIn->cancel();
    m_browserSignIn->cancel();
    m_ui->passwordEdit->clear();
    m_ui->codeEdit->clear();
    m_pendingAccount.reset(); // an account waiting for "Use for this session only", with its token
    m_pendingDeviceKey.reset();
    m_ui->messageBanner->clear();
    QDialog::done(result);
}

void SignInDialog::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    // On show, QDialogButtonBox makes its default button its focus proxy. With Sign In hidden (browser
    // page) or disabled, Tab would then stop at the control before the buttons: keep the plain chain.
    m_ui->buttonBox->setFocusProxy(nullptr);
}

void SignInDialog::keyPressEvent(QKeyEvent *event)
{
    // Esc stops what is running and keeps the dialog open; only an idle dialog closes on Esc.
    if (event->matches(QKeySequence::Cancel) && cancelRunningWork()) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

bool SignInDialog::cancelRunningWork()
{
    if (m_passwordSignIn->isRunning())
        m_passwordSignIn->cancel(); // it reports the cancellation
    else if (m_browserSignIn->isRunning())
        m_browserSignIn->cancel();
    else
        return m_storing; // a keychain write cannot be interrupted: wait for it
    return true;
}

void SignInDialog::refresh()
{
    const bool onBrowserPage = m_ui->pages->currentWidget() == m_ui->browserPage;
    const bool coolingDown = m_passwordSignIn->isCoolingDown();
    const bool filled = !m_ui->loginEdit->text().trimmed().isEmpty() && !m_ui->passwordEdit->text().isEmpty()
        && (!m_passwordSignIn->codeRequired()
            || m_ui->codeEdit->text().trimmed().size() >= kMinimumCodeLength);
    m_signInButton->setVisible(!onBrowserPage);
    m_signInButton->setEnabled(filled && !m_busy && !coolingDown);

    const bool waitingForBrowser = onBrowserPage && m_browserSignIn->isRunning() && !m_authUrl.isEmpty();
    if (!m_busy && !onBrowserPage && coolingDown) {
        const qint64 secondsLeft = m_passwordSignIn->coolDownSecondsLeft();
        m_ui->statusLabel->showCountdown(
            tr("Try again in %1").arg(minutesAndSeconds(secondsLeft)), secondsLeft);
    } else {
        m_ui->statusLabel->showStatus(
            !m_busy && waitingForBrowser ? tr("Waiting for your approval…") : m_busyStatus);
    }
    m_ui->busyBar->setVisible(m_busy || waitingForBrowser);
}

void SignInDialog::setBusy(bool busy, const QString &status)
{
    m_busy = busy;
    m_busyStatus = busy ? status : QString();
    m_ui->pages->setEnabled(!busy);
    m_ui->rememberCheck->setEnabled(!busy);
    refresh();
}

void SignInDialog::showMessage(MessageBanner::Kind kind, const QString &text, const QString &actionLabel)
{
    m_ui->messageBanner->showMessage(kind, text);
    if (!actionLabel.isEmpty()) {
        m_ui->messageBanner->setAction(actionLabel, [this] {
            // Later, not from inside the banner's action: keeping the account clears the banner.
            QMetaObject::invokeMethod(this, &SignInDialog::keepPendingForThisSession, Qt::QueuedConnection);
        });
    }
    // A long message wraps onto more lines than the dialog has room for: make the dialog taller.
    if (isVisible()) {
        layout()->activate();
        if (const int needed = heightForWidth(width()); needed > height())
            resize(width(), needed);
    }
}

// --- Email or username and password ---------------------------------------------------------------

void SignInDialog::submitPasswordForm()
{
    refresh();
    if (!m_signInButton->isEnabled() || !m_signInButton->isVisible())
        return;
    SignInForm form;
    form.login = m_ui->loginEdit->text().trimmed();
    form.password = m_ui->passwordEdit->text();
    form.rememberMe = m_ui->rememberCheck->isChecked();
    if (m_passwordSignIn->codeRequired())
        form.verificationCode = m_ui->codeEdit->text().trimmed();
    m_remember = form.rememberMe;
    m_ui->messageBanner->clear();
    setBusy(true, tr("Signing in…"));
    m_passwordSignIn->submit(form);
}

void SignInDialog::onSignInFinished()
{
    setBusy(false);
    const Result<Account> &result = m_passwordSignIn->result();
    if (result.ok()) {
        keepAccount(result.value(), m_remember);
        return;
    }
    const PlexError &error = result.error();
    if (error.isRateLimit()) {
        showMessage(MessageBanner::Kind::Error, error.message);
        m_coolDownMessage = error.message;
        m_coolDownTicker.start();
        refresh();
        return;
    }
    switch (error.kind) {
    case ErrorKind::VerificationCodeRequired:
        showVerificationCodeField(true);
        showMessage(MessageBanner::Kind::Information, error.message);
        m_ui->codeEdit->setFocus();
        break;
    case ErrorKind::VerificationCodeRejected:
        showMessage(MessageBanner::Kind::Error, error.message);
        m_ui->codeEdit->setFocus();
        m_ui->codeEdit->selectAll();
        break;
    case ErrorKind::Canceled:
        showMessage(MessageBanner::Kind::Information, tr("The sign-in was canceled."));
        m_ui->passwordEdit->setFocus();
        break;
    default: // WrongCredentials and everything the network or plex.tv can get wrong
        showMessage(MessageBanner::Kind::Error, error.message);
        m_ui->passwordEdit->setFocus();
        m_ui->passwordEdit->selectAll();
        break;
    }
}

void SignInDialog::showVerificationCodeField(bool visible)
{
    m_ui->passwordForm->setRowVisible(m_ui->codeEdit, visible);
    if (!visible)
        m_ui->codeEdit->clear();
    refresh();
}

void SignInDialog::tickCoolDown()
{
    if (!m_passwordSignIn->isCoolingDown()) {
        m_coolDownTicker.stop();
        // Update the message only if it still is the lock-out's (and so announce the change once).
        if (m_ui->messageBanner->text() == m_coolDownMessage) {
            showMessage(MessageBanner::Kind::Information,
                tr("You can try to sign in again now. If plex.tv still refuses, use “Sign in with browser” "
                   "instead."));
        }
    }
    refresh();
}

// --- Browser (PIN) ---------------------------------------------------------------------------------

void SignInDialog::keepAccount(
    const Account &account, bool remember, const std::optional<DeviceKeyCredential> &deviceKey)
{
    m_ui->messageBanner->clear();
    m_storing = true;
    setBusy(true, remember ? tr("Saving to the keychain…") : tr("Signing in…"));
    m_services->sessions()->adopt(account, remember, deviceKey, this,
        [this, account, remember, deviceKey](const Result<StoredAccount> &kept) {
            m_storing = false;
            setBusy(false);
            if (kept.ok()) {
                finishSignIn(kept.value());
            } else if (!remember || !kept.error().isStorageFailure()) {
                showMessage(MessageBanner::Kind::Error, kept.error().message);
            } else {
                // Signed in, but the token cannot be kept: offer to use it until PlexAuth quits.
                m_pendingAccount = account;
                m_pendingDeviceKey = deviceKey;
                showMessage(MessageBanner::Kind::Error,
                    tr("You are signed in, but the token could not be stored. %1").arg(kept.error().message),
                    tr("Use for this session only"));
                m_ui->messageBanner->actionButton()->setFocus();
            }
        });
}

void SignInDialog::keepPendingForThisSession()
{
    if (!m_pendingAccount || m_busy)
        return;
    const Account account = std::move(*m_pendingAccount);
    const std::optional<DeviceKeyCredential> deviceKey = std::move(m_pendingDeviceKey);
    m_pendingAccount.reset();
    m_pendingDeviceKey.reset();
    keepAccount(account, false, deviceKey);
}

void SignInDialog::finishSignIn(const StoredAccount &stored)
{
    m_signedIn = stored;
    m_ui->passwordEdit->clear();
    m_ui->codeEdit->clear();
    Q_EMIT accountSignedIn(stored);
    if (isVisible()) // not when it was closed while the keychain was still writing
        accept();
}

} // namespace PlexAuth
