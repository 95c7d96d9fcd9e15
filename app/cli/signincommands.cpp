// plexauth signin and plexauth pin: the two ways to sign in, and keeping the account afterwards.
#include "browseropener.h"
#include "commandrunner.h"
#include "output.h"
#include "redaction.h"
#include "terminal.h"

namespace PlexAuth::Cli {

void CommandRunner::runSignIn()
{
    auto signIn = [this] {
        SignInForm form;
        form.login = m_args.login;
        form.rememberMe = m_args.remember;
        if (readCredentials(form))
            submitSignIn(form);
    };
    if (m_args.noStore)
        signIn();
    else
        ensureKeychainThen(signIn); // before asking for the password: fail before any typing
}

bool CommandRunner::readCredentials(SignInForm &form)
{
    // On a terminal the password is always asked for without echo, --password-stdin or not.
    const bool fromPipe = m_args.passwordStdin && !Terminal::stdinIsTerminal();
    if (fromPipe) {
        form.password = Terminal::readLine().value_or(QString());
        if (m_args.askCode)
            form.verificationCode = Terminal::readLine().value_or(QString()).trimmed();
    } else if (Terminal::stdinIsTerminal()) {
        form.password
            = Terminal::readSecret(tr("Plex password for %1: ").arg(form.login)).value_or(QString());
        if (m_args.askCode)
            form.verificationCode
                = Terminal::readSecret(tr("Verification code: ")).value_or(QString()).trimmed();
    } else {
        failUsage(tr("There is no terminal to ask for the password on. Pipe the password in and add "
                     "--password-stdin."));
        return false;
    }
    Redaction::registerSecret(form.password);
    Redaction::registerSecret(form.verificationCode);
    if (form.password.isEmpty()) {
        failUsage(fromPipe ? tr("No password arrived on stdin: pipe the password in as its first line.")
                           : tr("No password was entered. Run the command again and type the password at the "
                                "prompt."));
        return false;
    }
    if (m_args.askCode && form.verificationCode.isEmpty()) {
        failUsage(fromPipe
                ? tr("--code expects the verification code on the second line of stdin, after the password.")
                : tr("No verification code was entered. Run the command again and type the code from your "
                     "authenticator app (or a backup code) at the prompt."));
        return false;
    }
    return true;
}

void CommandRunner::submitSignIn(const SignInForm &form)
{
    if (!m_passwordSignIn) {
        m_passwordSignIn = new PasswordSignIn(m_services->plexTv(), this);
    }
    disconnect(m_passwordSignIn, &PasswordSignIn::finished, this, nullptr);
    connect(m_passwordSignIn, &PasswordSignIn::finished, this, [this, form] { onSignInFinished(form); });
    m_passwordSignIn->submit(form);
}

void CommandRunner::onSignInFinished(const SignInForm &form)
{
    const Result<Account> &signedIn = m_passwordSignIn->result();
    if (signedIn.ok()) {
        keepAccount(signedIn.value());
        return;
    }
    const PlexError &error = signedIn.error();
    if (!m_passwordSignIn->codeRequired() || !form.verificationCode.isEmpty()) {
        fail(error);
        return;
    }
    if (!Terminal::stdinIsTerminal()) {
        PlexError needsCode = error;
        needsCode.message
            = tr("%1 uses two-step verification, so plex.tv needs a verification code as "
                 "well. Run again with --code and give the code on the line after the password.")
                  .arg(form.login);
        fail(needsCode);
        return;
    }
    SignInForm withCode = form;
    withCode.verificationCode
        = Terminal::readSecret(tr("Verification code from your authenticator app (or a backup code): "))
              .value_or(QString())
              .trimmed();
    Redaction::registerSecret(withCode.verificationCode);
    if (withCode.verificationCode.isEmpty()) {
        fail(error);
        return;
    }
    submitSignIn(withCode);
}

void CommandRunner::ensureKeychainThen(std::function<void()> next)
{
    m_services->keychain()->checkAvailable(
        this, [this, next = std::move(next)](const Result<Done> &available) {
            if (available.ok()) {
                next();
                return;
            }
            PlexError error = available.error();
            error.message += u' '
                + tr("To sign in without storing the token, add --no-store: the token is then printed "
                     "on stdout for this run only.");
            fail(error);
        });
}

void CommandRunner::keepAccount(const Account &account, const std::optional<DeviceKeyCredential> &deviceKey)
{
    const bool remember = !m_args.noStore;
    m_services->sessions()->adopt(
        account, remember, deviceKey, this, [this, account, remember](const Result<StoredAccount> &kept) {
            if (!kept.ok()) {
                PlexError error = kept.error();
                if (error.isStorageFailure()) {
                    error.message
                        = tr("Signed in, but the token could not be stored: %1 Nothing stored before was "
                             "changed. To use the account without storing its token, add --no-store.")
                              .arg(error.message);
                }
                fail(error);
                return;
            }
            const StoredAccount &stored = kept.value();
            const bool isDefault = remember && m_services->accounts()->defaultUuid() == stored.uuid;
            if (m_args.json) {
                QJsonObject object = Output::storedAccountJson(stored, isDefault);
                if (!remember)
                    object.insert(QLatin1String("token"), account.authToken);
                Terminal::out(Output::toText(object));
            } else if (!remember) {
                Terminal::out(account.authToken + u'\n');
            }
            if (!remember) {
                note(tr("Signed in as %1. The token was not stored (--no-store).").arg(stored.displayName()));
            } else if (isDefault) {
                note(tr("Signed in as %1. The token is in the keychain; this is the default account.")
                         .arg(stored.displayName()));
            } else {
                note(tr(
                    "Signed in as %1. The token is in the keychain. To make it the default account: plexauth "
                    "accounts --set-default %2")
                         .arg(stored.displayName(), stored.uuid));
            }
            succeed();
        });
}

void CommandRunner::runPin()
{
    auto startPin = [this] {
        m_browserSignIn = new BrowserSignIn(m_services->plexTv(), this);
        if (m_args.jwt)
            m_browserSignIn->setDeviceAuth(m_services->deviceAuth());
        connect(m_browserSignIn, &BrowserSignIn::codeReady, this,
            [this](const QString &code, const QUrl &authUrl) {
                note(tr("Your sign-in code is %1").arg(code));
                note(tr("Approve it at: %1").arg(authUrl.toString(QUrl::FullyEncoded)));
                if (!m_args.noBrowser)
                    openBrowser(authUrl);
            });
        connect(m_browserSignIn, &BrowserSignIn::secondsLeftChanged, this, [](int secondsLeft) {
            const QString left = QStringLiteral("%1:%2")
                                     .arg(secondsLeft / 60)
                                     .arg(secondsLeft % 60, 2, 10, QLatin1Char('0'));
            if (Terminal::stderrIsTerminal())
                Terminal::status(
                    tr("Waiting for you to approve the sign-in… the code expires in %1.").arg(left));
            else if (secondsLeft > 0 && secondsLeft % 60 == 0)
                note(tr("Still waiting for the sign-in to be approved; the code expires in %1.").arg(left));
        });
        connect(m_browserSignIn, &BrowserSignIn::finished, this, [this] {
            Terminal::status(QString());
            const Result<Account> &account = m_browserSignIn->result();
            if (!account.ok()) {
                fail(account.error());
                return;
            }
            keepAccount(account.value(), m_browserSignIn->deviceKey());
        });
        m_browserSignIn->start();
    };
    if (m_args.noStore)
        startPin();
    else
        ensureKeychainThen(startPin);
}

void CommandRunner::openBrowser(const QUrl &url)
{
#if !defined(Q_OS_MACOS) && !defined(Q_OS_WIN)
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")) {
        note(tr("There is no display here, so open the link on any device with a browser."));
        return;
    }
#endif
    // The link carries the PIN code, as Plex's sign-in page requires; the code alone cannot claim the
    // token (that takes the PIN id and this installation's client identifier) and expires with the PIN.
    auto *opener = new BrowserOpener(this);
    connect(opener, &BrowserOpener::opened, this, [opener](BrowserOpener::Route route) {
        if (route == BrowserOpener::Route::None)
            note(tr("No browser could be opened. Open the link yourself."));
        opener->deleteLater();
    });
    opener->open(url);
}

} // namespace PlexAuth::Cli
