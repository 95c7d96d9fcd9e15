#include "browsersignin.h"

namespace PlexAuth {

BrowserSignIn::BrowserSignIn(PlexTvClient *plexTv, QObject *parent)
    : QObject(parent)
    , m_plexTv(plexTv)
    , m_pin(plexTv)
    , m_result(PlexError {})
{
    connect(&m_pin, &PinSignIn::codeReady, this, &BrowserSignIn::codeReady);
    connect(&m_pin, &PinSignIn::secondsLeftChanged, this, &BrowserSignIn::secondsLeftChanged);
    connect(&m_pin, &PinSignIn::finished, this, &BrowserSignIn::pinFinished);
}

BrowserSignIn::~BrowserSignIn()
{
    if (m_check) {
        disconnect(m_check, nullptr, this, nullptr);
        m_check->abort();
    }
}

void BrowserSignIn::start()
{
    if (isRunning())
        return;
    m_result = PlexError {};
    m_credential.reset();
    m_key.reset();
    if (m_deviceAuth) {
        Result<DeviceKey> key = DeviceKey::generate();
        if (!key.ok()) {
            finish(key.error());
            return;
        }
        m_key = key.value();
    }
    m_pin.setDeviceKey(m_deviceAuth ? m_deviceAuth->client() : nullptr, m_key);
    m_pin.start();
}

void BrowserSignIn::cancel()
{
    if (m_check)
        m_check->abort(); // its handler finishes with Canceled
    else
        m_pin.cancel();
}

void BrowserSignIn::pinFinished()
{
    const Result<Pin> &pin = m_pin.result();
    if (!pin.ok()) {
        finish(pin.error());
        return;
    }
    const QString token = pin.value().authToken;
    Q_EMIT checkingAccount();
    if (!m_key) {
        identify(token);
        return;
    }
    // A Plex JWT is checked before it goes anywhere, even to plex.tv: one that fails is not stored
    // (and not revoked either, as nothing says plex.tv issued it).
    m_verifying = true;
    m_deviceAuth->verify(token, *m_key, {}, this, [this](const Result<VerifiedToken> &verified) {
        m_verifying = false;
        if (!verified.ok()) {
            finish(verified.error());
            return;
        }
        DeviceKeyCredential credential;
        credential.keyText = m_key->keychainText();
        credential.state.keyId = m_key->keyId();
        credential.state.tokenExpiresAt = verified.value().expiresAt;
        credential.state.lastRefreshAt = QDateTime::currentDateTimeUtc();
        m_credential = credential;
        identify(verified.value().token);
    });
}

void BrowserSignIn::identify(const QString &token)
{
    m_check = m_plexTv->validateToken(token, this, [this, token](const Result<TokenCheck> &checked) {
        m_check.clear();
        if (checked.ok() && checked.value().state == TokenState::Valid && checked.value().account) {
            Account account = *checked.value().account;
            account.authToken = token;
            finish(account);
            return;
        }
        PlexError error;
        if (!checked.ok()) {
            error = checked.error();
        } else {
            error = checked.value().error.value_or(PlexError {});
            error.message
                = tr("The sign-in was approved, but plex.tv would not say which account it belongs to: %1 "
                     "Get a new code and try again.")
                      .arg(checked.value().reason);
        }
        revokeThenFail(token, error);
    });
}

void BrowserSignIn::revokeThenFail(const QString &token, const PlexError &error)
{
    // The approved token would stay valid on plex.tv with nobody holding it: revoke it, and finish only
    // once plex.tv answered, so that a front end that quits on finished() (the command line) does not
    // cut the revoke short. The client outlives this flow, so the revoke completes even if the flow is
    // gone; cancel() does not stop it.
    QPointer<BrowserSignIn> self(this);
    m_revoke = m_plexTv->signOut(token, m_plexTv, [self, error](const Result<Done> &) {
        if (self)
            self->finish(error);
    });
}

void BrowserSignIn::finish(Result<Account> result)
{
    m_revoke.clear();
    if (!result.ok())
        m_credential.reset();
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace PlexAuth
