#pragma once

#include "clientidentity.h"
#include "errormapping.h"
#include "plexerror.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <optional>

class QNetworkAccessManager;

namespace PlexAuth {

// Creates the application's one QNetworkAccessManager: system proxy settings, and redirects only
// within the same origin so an X-Plex-Token header never follows a redirect to another host.
QNetworkAccessManager *createNetworkAccessManager(QObject *parent);

struct RetryPolicy
{
    int maxAttempts = 3;
    std::chrono::milliseconds baseDelay { 500 };
    std::chrono::milliseconds totalBudget { 30000 };
};

struct RequestSpec
{
    QByteArray verb = "GET";
    QUrl url;
    QByteArray body;
    QByteArray contentType;
    QString token; // sent only in the X-Plex-Token header
    RequestContext context;
    std::optional<std::chrono::milliseconds> timeout; // overrides the client's default
    bool retryAsGetOn405 = false; // for PMS endpoints that accept POST only on newer versions
    bool retry = true; // false: one attempt, so the call never outlasts its timeout (probes)
    bool bodyHoldsSecret = false; // the body carries a password or code: zeroed once the call is over
    // The query carries a secret (a Plex Home PIN: plex.tv takes it only there). The URL is never
    // logged or put in an error with its query anyway; this also keeps the query out of the context.
    bool queryHoldsSecret = false;
    // Sent as another device (an app token's own PIN): these X-Plex-* headers instead of the client's.
    std::optional<ClientIdentity> identity;
};

struct HttpResponse
{
    int status = 0;
    QByteArray body;
    QByteArray contentType;
    QDateTime serverTime; // the Date header; invalid when absent
};

// One logical request: its attempts, timeout, body cap and retries. Emits finished() exactly once
// and deletes itself afterwards.
class PlexCall final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PlexCall)

public:
    // Ends the call with a Canceled error (if it has not finished yet).
    void abort();

    const RequestSpec &spec() const { return m_spec; }
    int attempts() const { return m_attempt; }
    bool isFinished() const { return m_finished; }
    const Result<HttpResponse> &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    friend class HttpClient;
    PlexCall(class HttpClient *client, RequestSpec spec);
    ~PlexCall() override;

    void startAttempt();
    // Appends what `reply` holds to the body; false, with the body dropped, once it is over the cap.
    bool takeBody(QNetworkReply *reply);
    void onReadyRead();
    void onReplyFinished();
    void retryOrFinish(const PlexError &error);
    void finish(Result<HttpResponse> result);

    HttpClient *m_client;
    RequestSpec m_spec;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timeoutTimer;
    QTimer m_retryTimer;
    QElapsedTimer m_elapsed;
    QByteArray m_body;
    QList<QSslError> m_sslErrors;
    Result<HttpResponse> m_result;
    int m_attempt = 0;
    bool m_timedOut = false;
    bool m_tooLarge = false;
    bool m_canceled = false;
    bool m_finished = false;
};

// Sends requests with this installation's X-Plex-* headers on the injected network manager.
class HttpClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpClient)

public:
    HttpClient(QNetworkAccessManager *network, ClientIdentity identity, QObject *parent = nullptr);

    PlexCall *send(const RequestSpec &spec);

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    std::chrono::milliseconds timeout() const { return m_timeout; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setMaxBodyBytes(qint64 bytes) { m_maxBodyBytes = bytes; }
    qint64 maxBodyBytes() const { return m_maxBodyBytes; }

    const ClientIdentity &identity() const { return m_identity; }
    QNetworkAccessManager *network() const { return m_network; }

    static constexpr qint64 defaultMaxBodyBytes = qint64(8) * 1024 * 1024;

Q_SIGNALS:
    // For a busy indicator: the number of calls in flight changed.
    void activeCallsChanged(int count);

private:
    friend class PlexCall;
    void callStarted();
    void callEnded();

    QNetworkAccessManager *m_network;
    ClientIdentity m_identity;
    std::chrono::milliseconds m_timeout { 15000 };
    RetryPolicy m_retryPolicy;
    qint64 m_maxBodyBytes = defaultMaxBodyBytes;
    int m_activeCalls = 0;
};

} // namespace PlexAuth
