#include "httpclient.h"

#include "logging.h"
#include "redaction.h"
#include "securememory.h"

#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
#include <QRandomGenerator>

namespace PlexAuth {

namespace {
bool isRetryableStatus(int status)
{
    return status == 429 || status == 502 || status == 503 || status == 504;
}

QString pathForLog(const QUrl &url)
{
    // Query strings never hold secrets here (tokens travel in headers), but keep logs short.
    return url.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
}

// The answer's Date header (RFC 9110 §6.6.1, the IMF-fixdate form), for telling a clock that is off.
QDateTime serverTimeOf(const QNetworkReply *reply)
{
    QString date = QString::fromLatin1(reply->rawHeader("Date")).trimmed();
    if (date.isEmpty())
        return {};
    // Qt 6.4's RFC 2822 parser takes a numeric zone only, and HTTP always says "GMT".
    if (date.endsWith(QLatin1String(" GMT")))
        date = date.chopped(4) + QLatin1String(" +0000");
    QDateTime time = QDateTime::fromString(date, Qt::RFC2822Date);
    return time.isValid() ? time.toUTC() : QDateTime();
}
} // namespace

QNetworkAccessManager *createNetworkAccessManager(QObject *parent)
{
    QNetworkProxyFactory::setUseSystemConfiguration(true);
    auto *network = new QNetworkAccessManager(parent);
    network->setRedirectPolicy(QNetworkRequest::SameOriginRedirectPolicy);
    return network;
}

HttpClient::HttpClient(QNetworkAccessManager *network, ClientIdentity identity, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_identity(std::move(identity))
{
    Q_ASSERT(m_network);
}

PlexCall *HttpClient::send(const RequestSpec &spec)
{
    Redaction::registerSecret(spec.token);
    auto *call = new PlexCall(this, spec);
    callStarted();
    // Started from the event loop so that callers can connect to finished() first.
    QTimer::singleShot(0, call, &PlexCall::startAttempt);
    return call;
}

void HttpClient::callStarted()
{
    Q_EMIT activeCallsChanged(++m_activeCalls);
}

void HttpClient::callEnded()
{
    Q_EMIT activeCallsChanged(--m_activeCalls);
}

PlexCall::PlexCall(HttpClient *client, RequestSpec spec)
    : QObject(client)
    , m_client(client)
    , m_spec(std::move(spec))
    , m_result(PlexError {})
{
    const auto timeout = m_spec.timeout.value_or(client->timeout());
    // The context names where the request went, for messages: never with a query that holds a secret.
    m_spec.context.url = m_spec.queryHoldsSecret ? m_spec.url.adjusted(QUrl::RemoveQuery) : m_spec.url;
    m_spec.context.timeoutSeconds = static_cast<int>((timeout.count() + 999) / 1000);
    m_timeoutTimer.setSingleShot(true);
    m_timeoutTimer.setInterval(timeout);
    m_retryTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        m_timedOut = true;
        if (m_reply)
            m_reply->abort();
    });
    connect(&m_retryTimer, &QTimer::timeout, this, &PlexCall::startAttempt);
    m_elapsed.start();
}

PlexCall::~PlexCall()
{
    // Zeroed only once no reply is left to read it: the network manager's copy shares this buffer.
    if (m_spec.bodyHoldsSecret && !m_reply)
        SecureMemory::wipe(m_spec.body);
}

void PlexCall::abort()
{
    if (m_finished)
        return;
    m_canceled = true;
    m_retryTimer.stop();
    if (m_reply)
        m_reply->abort();
    else
        finish(ErrorMapping::canceled(m_spec.context));
}

void PlexCall::startAttempt()
{
    if (m_finished || m_canceled)
        return;
    ++m_attempt;
    m_body.clear();
    m_sslErrors.clear();
    m_timedOut = false;
    m_tooLarge = false;

    QNetworkRequest request(m_spec.url);
    request.setRawHeader("Accept", "application/json");
    const ClientIdentity &identity = m_spec.identity ? *m_spec.identity : m_client->identity();
    for (const auto &[name, value] : identity.headers())
        request.setRawHeader(name, value);
    if (!m_spec.token.isEmpty())
        request.setRawHeader("X-Plex-Token", m_spec.token.toUtf8());
    if (!m_spec.contentType.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    else if (m_spec.verb == "POST")
        // Qt sends this type for a POST without one anyway, but warns on stderr; say it ourselves.
        request.setHeader(
            QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/x-www-form-urlencoded"));
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);

    qCDebug(lcHttp).noquote() << m_spec.verb << pathForLog(m_spec.url) << "attempt" << m_attempt;
    QNetworkAccessManager *network = m_client->network();
    if (m_spec.verb == "GET")
        m_reply = network->get(request);
    else if (m_spec.verb == "POST")
        m_reply = network->post(request, m_spec.body);
    else if (m_spec.verb == "DELETE")
        m_reply = network->deleteResource(request);
    else
        m_reply = network->sendCustomRequest(request, m_spec.verb, m_spec.body);

    connect(m_reply, &QNetworkReply::readyRead, this, &PlexCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &PlexCall::onReplyFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this,
        [this](const QList<QSslError> &errors) { m_sslErrors = errors; });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        const qint64 announced = m_reply->header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > m_client->maxBodyBytes()) {
            m_tooLarge = true;
            m_reply->abort();
        }
    });
    m_timeoutTimer.start();
}

bool PlexCall::takeBody(QNetworkReply *reply)
{
    // Never more than one byte past the cap, however much the reply holds.
    const qint64 limit = m_client->maxBodyBytes();
    m_body += reply->read(limit - m_body.size() + 1);
    if (m_body.size() <= limit)
        return true;
    m_tooLarge = true;
    m_body.clear();
    return false;
}

void PlexCall::onReadyRead()
{
    if (!takeBody(m_reply))
        m_reply->abort();
}

void PlexCall::onReplyFinished()
{
    m_timeoutTimer.stop();
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->deleteLater();
    if (!m_tooLarge && reply->isOpen()) // an aborted reply (timeout, cancel) is closed
        takeBody(reply);

    const RequestContext &context = m_spec.context;
    if (m_canceled) {
        finish(ErrorMapping::canceled(context));
        return;
    }
    if (m_tooLarge) {
        finish(ErrorMapping::tooLarge(m_client->maxBodyBytes(), context));
        return;
    }

    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    qCDebug(lcHttp).noquote() << m_spec.verb << pathForLog(m_spec.url) << "->" << status << "in"
                              << m_elapsed.elapsed() << "ms";
    if (status >= 200 && status < 300 && reply->error() == QNetworkReply::NoError) {
        HttpResponse response;
        response.status = status;
        response.body = std::move(m_body);
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        response.serverTime = serverTimeOf(reply);
        finish(std::move(response));
        return;
    }
    if (status == 405 && m_spec.retryAsGetOn405 && m_spec.verb == "POST") {
        qCInfo(lcHttp).noquote() << pathForLog(m_spec.url) << "refuses POST; asking again with GET";
        m_spec.verb = "GET";
        m_spec.body.clear();
        m_attempt = 0;
        startAttempt();
        return;
    }
    // A 2xx with a transport error is an answer cut short: report the transport failure.
    if (status > 0 && !m_timedOut && (status < 200 || status >= 300)) {
        PlexError error = ErrorMapping::fromHttp(
            status, m_body, reply->rawHeader("Content-Type"), reply->rawHeader("Retry-After"), context);
        error.serverTime = serverTimeOf(reply);
        retryOrFinish(error);
        return;
    }
    retryOrFinish(
        ErrorMapping::fromNetwork(reply->error(), reply->errorString(), m_sslErrors, m_timedOut, context));
}

void PlexCall::retryOrFinish(const PlexError &error)
{
    const RetryPolicy &policy = m_client->retryPolicy();
    // Only idempotent reads are retried. Sign-in is a POST and is never retried, and neither are
    // 401s or the 1031 lock-out: repeating them makes plex.tv extend the lock-out (jaylex32/Syncra#29).
    const bool retryableFailure = isRetryableStatus(error.httpStatus)
        || (error.httpStatus == 0 && error.kind == ErrorKind::ConnectionDropped);
    const bool mayRetry = m_spec.retry && m_spec.verb == "GET" && m_spec.context.purpose != Purpose::SignIn
        && error.plexCode != 1031 && retryableFailure && m_attempt < policy.maxAttempts;
    if (!mayRetry) {
        finish(error);
        return;
    }
    qint64 delayMs = 0;
    if (error.retryAfterSeconds >= 0) {
        delayMs = qint64(error.retryAfterSeconds) * 1000;
    } else {
        const qint64 base = policy.baseDelay.count() << (m_attempt - 1);
        delayMs = base + QRandomGenerator::global()->bounded(base / 2 + 1);
    }
    if (m_elapsed.elapsed() + delayMs > policy.totalBudget.count()) {
        finish(error);
        return;
    }
    qCInfo(lcHttp).noquote() << m_spec.verb << pathForLog(m_spec.url) << "failed with"
                             << errorKindName(error.kind) << "- retrying in" << delayMs << "ms";
    m_retryTimer.start(std::chrono::milliseconds(delayMs));
}

void PlexCall::finish(Result<HttpResponse> result)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = std::move(result);
    if (!m_result.ok())
        qCInfo(lcHttp).noquote() << m_spec.verb << pathForLog(m_spec.url)
                                 << "failed:" << m_result.error().detail;
    m_client->callEnded();
    Q_EMIT finished();
    deleteLater();
}

} // namespace PlexAuth
