#include "pinsignin.h"

#include "devicejwt.h"
#include "logging.h"

namespace PlexAuth {

PinSignIn::PinSignIn(PlexTvClient *plexTv, QObject *parent)
    : QObject(parent)
    , m_plexTv(plexTv)
    , m_result(PlexError {})
{
    m_pollTimer.setSingleShot(true);
    connect(&m_pollTimer, &QTimer::timeout, this, &PinSignIn::poll);
}

void PinSignIn::start()
{
    if (m_running)
        return;
    m_running = true;
    m_result = PlexError {};
    m_pollingJwt.clear();
    auto onCreated = [this](const Result<Pin> &created) {
        m_call = nullptr;
        if (!created.ok()) {
            finish(created.error());
            return;
        }
        m_pin = created.value();
        m_expiresAt = m_pin.expiresAt.value_or(
            QDateTime::currentDateTimeUtc().addSecs(m_pin.expiresIn.value_or(900)));
        Q_EMIT codeReady(m_pin.code, m_plexTv->authAppUrl(m_pin.code), m_expiresAt);
        Q_EMIT secondsLeftChanged(secondsLeft());
        m_pollTimer.start(m_pollInterval);
    };
    if (m_deviceKey)
        m_call = m_deviceAuth->createPin(m_deviceKey->publicJwk(), this, std::move(onCreated));
    else
        m_call = m_plexTv->createPin(this, std::move(onCreated));
}

void PinSignIn::setDeviceKey(DeviceAuthClient *client, std::optional<DeviceKey> key)
{
    m_deviceAuth = client;
    m_deviceKey = std::move(key);
}

QString PinSignIn::pollingJwt()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (m_pollingJwt.isEmpty() || now.secsTo(m_pollingJwtExpiresAt) < 60) {
        const QString clientIdentifier = m_plexTv->http()->identity().clientIdentifier();
        m_pollingJwt = DeviceJwt::forPinPolling(*m_deviceKey, clientIdentifier, now);
        m_pollingJwtExpiresAt = now.addSecs(std::chrono::seconds(DeviceJwt::maxLifetime).count());
    }
    return m_pollingJwt;
}

void PinSignIn::cancel()
{
    if (!m_running)
        return;
    m_pollTimer.stop();
    if (m_call)
        m_call->abort(); // its handler finishes the flow with Canceled
    else
        finish(ErrorMapping::canceled({ Peer::PlexTv, Purpose::PinCheck, m_plexTv->baseUrl() }));
}

int PinSignIn::secondsLeft() const
{
    return static_cast<int>(qMax<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(m_expiresAt)));
}

void PinSignIn::poll()
{
    const RequestContext context { Peer::PlexTv, Purpose::PinCheck, m_plexTv->baseUrl() };
    if (secondsLeft() <= 0) {
        finish(ErrorMapping::fromHttp(404, {}, {}, {}, context));
        return;
    }
    Q_EMIT secondsLeftChanged(secondsLeft());
    auto onChecked = [this](const Result<Pin> &checked) {
        m_call = nullptr;
        if (checked.ok()) {
            if (!checked.value().authToken.isEmpty()) {
                finish(checked);
                return;
            }
            m_pollTimer.start(m_pollInterval);
            return;
        }
        const PlexError &error = checked.error();
        // A passing network problem does not end the flow: the user may still be approving the
        // PIN in the browser. A rate limit slows the polling down instead.
        if (error.kind != ErrorKind::Canceled && error.kind != ErrorKind::PinExpired && error.isTransient()) {
            qCInfo(lcPlexTv).noquote() << "PIN check failed, will poll again:" << error.detail;
            const int wait = qMax(error.retryAfterSeconds, 1);
            m_pollTimer.start(qMax(std::chrono::milliseconds(wait * 1000LL), m_pollInterval));
            return;
        }
        finish(error);
    };
    if (m_deviceKey)
        m_call = m_deviceAuth->checkPin(m_pin.id, pollingJwt(), this, std::move(onChecked));
    else
        m_call = m_plexTv->checkPin(m_pin.id, this, std::move(onChecked));
}

void PinSignIn::finish(Result<Pin> result)
{
    m_pollTimer.stop();
    m_running = false;
    m_result = std::move(result);
    Q_EMIT finished();
}

} // namespace PlexAuth
