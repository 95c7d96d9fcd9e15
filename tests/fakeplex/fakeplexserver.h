#pragma once

#include <QAbstractHttpServer>
#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

#include <chrono>
#include <memory>

class QTcpSocket;

namespace FakePlex {

struct Response;
struct ServerState;

enum class FaultKind
{
    None,
    Delay, // answer normally after delayMs
    Hang, // never answer, keep the connection open
    RateLimited, // 429 + Retry-After: retryAfterSeconds + JSON errors body
    ServerError500,
    ServiceUnavailable503,
    HtmlBody, // 200 text/html
    XmlBody, // the normal answer, rendered as XML (server ignored Accept)
    TruncatedJson, // Content-Length of the full JSON, half of it written, then the socket is closed
    GarbageJson, // 200 application/json that does not parse
    OversizedBody, // 200 application/json of oversizeBytes, streamed
    // 200 application/json of oversizeBytes once inflated, sent with Content-Encoding: deflate (a
    // few KB on the wire, and a Content-Length of that); Qt inflates it as it is read.
    DeflatedBody,
    ConnectionReset, // read the request, then reset the connection without answering
    MethodNotAllowed405, // 405 for POST only; other methods are served normally
    NotFound404, // plex.tv's 404 for a route it does not have: {"status":404,"error":"Not Found"}
    // An XML answer (64 KB) whose DTD declares an entity its attribute refers to thousands of times
    // (entityBomb() in xmlwriter.h): with status 200 a /identity MediaContainer, otherwise a plex.tv
    // <errors> body.
    EntityBomb,
};

struct Fault
{
    FaultKind kind = FaultKind::None;
    int delayMs = 0;
    int retryAfterSeconds = 1;
    qint64 oversizeBytes = qint64(16) * 1024 * 1024;
    int status = 200; // EntityBomb
    int times = -1; // -1: every request; N: only the next N matching requests, then back to normal
};

struct RecordedRequest
{
    QByteArray method; // "GET", "POST", ...
    QString path; // decoded path, without query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers; // names as the client sent them
    QByteArray body;

    // Value of the header named lowerName (compared case-insensitively); repeated headers joined by ", ".
    QByteArray header(const QByteArray &lowerName) const;
};

// A device key the server knows (by /auth/jwk or a PIN made with it).
struct RegisteredDeviceKey
{
    QJsonObject jwk; // the public JWK as the client sent it
    QString thumbprint; // RFC 7638, computed by the server
    QString clientIdentifier;
    QString accountUuid;
};

// A fake plex.tv (/api/v2/...) and Plex Media Server (/identity, /security/...) on one loopback port.
class Server : public QAbstractHttpServer
{
    Q_OBJECT

public:
    explicit Server(QObject *parent = nullptr);
    ~Server() override;

    // Loading a fixture resets all state: PINs, failures, revocations, transient tokens, device keys, nonces,
    // issued JWTs, the clock offset and the lockout/claim/JWT settings (back to the fixture's values).
    // Faults, recorded requests and the server's signing keys are kept.
    bool loadFixture(const QString &path, QString *error = nullptr);
    bool loadFixtureJson(const QByteArray &json, QString *error = nullptr);
    bool loadDefaultFixture(QString *error = nullptr); // :/fakeplex/default.json

    // Listens on 127.0.0.1 only; port 0 picks a free port. Loads the default fixture if none is loaded.
    bool start(quint16 port = 0);
    quint16 port() const;
    QUrl baseUrl() const; // http://127.0.0.1:PORT
    QUrl plexTvUrl() const; // baseUrl + /api/v2
    QUrl mediaServerUrl() const; // baseUrl

    // path: exact ("/api/v2/user") or a prefix ending in '*' ("/api/v2/pins/*"); an exact match wins,
    // then the longest prefix. A fault of kind None removes the path's fault.
    void setFault(const QString &path, const Fault &fault);
    void clearFaults();
    // Parses the CLI syntax "PATH=KIND[:ARG][@TIMES]", e.g. "/api/v2/user=delay:2000", "/security/token=405".
    static bool parseFaultSpec(const QString &spec, QString *path, Fault *fault, QString *error = nullptr);

    QList<RecordedRequest> requests() const;
    void clearRequests();
    // Requests whose path matches (same matching as setFault).
    int requestCount(const QString &path) const;

    void setLockoutAfterFailures(int n); // 0 or less: never lock out
    void resetFailures();
    // The first n polls of a PIN answer authToken null, later polls carry the claimer's token.
    void setPinClaimAfterPolls(int polls);
    void expirePins(); // every existing PIN then answers 404 / 1020
    void revokeToken(const QString &token); // 401 everywhere afterwards (a new sign-in re-issues it)

    // JWT device authentication (plex-auth-api.md §2.7). The lifetime of the Plex JWTs issued from now on
    // (default 7 days, or the fixture's jwtLifetimeSeconds); 0 or negative: born expired.
    void setJwtLifetime(std::chrono::seconds lifetime);
    // /auth/nonce requests allowed per client identifier in 60 s before 429 (default 10, or the fixture's
    // nonceLimitPerMinute); 0 or less: no limit.
    void setNonceLimit(int perMinute);
    // Shifts the server's own now: JWT iat/exp checks, nonce ages, PIN times and every answer's Date header.
    void setClockOffset(std::chrono::seconds offset);
    // Makes every Plex JWT issued from now on wrong in one way, as a forger or a confused server would:
    // a client must refuse it (and never store it). None: back to correct tokens.
    enum class JwtForgery
    {
        None,
        SignedByStranger, // signed by a key /auth/keys does not list
        AudienceElsewhere, // aud names another client
        WrongThumbprint, // bound to another device key
        ExpiredLongAgo, // exp and iat a week in the past
    };
    void setJwtForgery(JwtForgery forgery);
    QList<RegisteredDeviceKey> registeredDeviceKeys() const;
    QString serverKeyId() const; // kid of the key that signs the Plex JWTs (the second of /auth/keys)
    // A Plex JWT as /auth/token would issue it, without registering the key; account: login or uuid.
    // Empty if there is no such account or the JWK is not an Ed25519 public key.
    QString issueJwtFor(
        const QString &account, const QJsonObject &deviceJwk, const QString &clientIdentifier);

Q_SIGNALS:
    void requestReceived(const QString &path);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    Response route(const RecordedRequest &request, bool json);
    Fault takeFault(const RecordedRequest &request);
    void applyFault(
        const Fault &fault, const RecordedRequest &request, bool json, QTcpSocket *socket, bool closeAfter);
    void send(QTcpSocket *socket, const Response &response, bool closeAfter);
    Response withDate(Response response) const; // adds a Date header unless there is one
    QByteArray dateHeader() const;
    void streamOversized(QTcpSocket *socket, qint64 size);

    std::unique_ptr<ServerState> m_state;
    QHash<QString, Fault> m_faults;
    QList<RecordedRequest> m_requests;
};

} // namespace FakePlex
