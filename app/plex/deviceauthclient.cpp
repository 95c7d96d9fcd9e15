#include "deviceauthclient.h"

#include "deviceauthparsers.h"
#include "redaction.h"
#include "responseparsers.h"
#include "servicecall.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace PlexAuth {

namespace {
QByteArray jsonBody(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

DeviceAuthClient::DeviceAuthClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
    , m_baseUrl(defaultBaseUrl())
{ }

QUrl DeviceAuthClient::defaultBaseUrl()
{
    return QUrl(QStringLiteral("https://clients.plex.tv/api/v2"));
}

QUrl DeviceAuthClient::url(const QString &path) const
{
    return joinUrl(m_baseUrl, path);
}

PlexCall *DeviceAuthClient::registerKey(
    const QString &token, const QJsonObject &publicJwk, QObject *context, Handler<Done> handler)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = url(QStringLiteral("/auth/jwk"));
    spec.token = token;
    spec.contentType = "application/json";
    spec.body = jsonBody({ { QStringLiteral("jwk"), publicJwk } });
    spec.retry = false; // a registration is not repeated blindly
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Done>(
        m_http, spec, context,
        [](const HttpResponse &, const RequestContext &) { return Result<Done>(Done {}); },
        std::move(handler));
}

PlexCall *DeviceAuthClient::nonce(QObject *context, Handler<Nonce> handler)
{
    RequestSpec spec;
    spec.url = url(QStringLiteral("/auth/nonce"));
    spec.retry = false; // rate-limited: the caller backs off, honouring Retry-After
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Nonce>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<Nonce> {
            QString whyNot;
            std::optional<QString> value = Parse::nonce(response.body, &whyNot);
            if (!value)
                return ErrorMapping::malformed(whyNot, requestContext);
            return Nonce { *value, response.serverTime };
        },
        std::move(handler));
}

PlexCall *DeviceAuthClient::exchange(const QString &deviceJwt, QObject *context, Handler<IssuedToken> handler)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = url(QStringLiteral("/auth/token"));
    spec.contentType = "application/json";
    spec.body = jsonBody({ { QStringLiteral("jwt"), deviceJwt } });
    spec.retry = false; // the nonce inside is single-use
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<IssuedToken>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<IssuedToken> {
            QString whyNot;
            std::optional<QString> token = Parse::issuedToken(response.body, &whyNot);
            if (!token)
                return ErrorMapping::malformed(whyNot, requestContext);
            Redaction::registerSecret(*token);
            return IssuedToken { *token, response.serverTime };
        },
        std::move(handler));
}

PlexCall *DeviceAuthClient::signingKeys(QObject *context, Handler<QList<QJsonObject>> handler)
{
    RequestSpec spec;
    spec.url = url(QStringLiteral("/auth/keys"));
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<QList<QJsonObject>>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<QList<QJsonObject>> {
            QString whyNot;
            return parsedOrMalformed(Parse::signingKeys(response.body, &whyNot), whyNot, requestContext);
        },
        std::move(handler));
}

PlexCall *DeviceAuthClient::createPin(const QJsonObject &publicJwk, QObject *context, Handler<Pin> handler)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = url(QStringLiteral("/pins"));
    spec.contentType = "application/json";
    spec.body = jsonBody({ { QStringLiteral("jwk"), publicJwk }, { QStringLiteral("strong"), true } });
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Pin>(m_http, spec, context, interpretPin, std::move(handler));
}

PlexCall *DeviceAuthClient::checkPin(
    qint64 pinId, const QString &deviceJwt, QObject *context, Handler<Pin> handler)
{
    RequestSpec spec;
    spec.url = url(QStringLiteral("/pins/%1").arg(pinId));
    // The protocol puts the device JWT in the query (python-plexapi MyPlexJWTLogin._checkLogin): a proof
    // of holding the key that expires within minutes. It is masked like a secret all the same, and logs
    // drop query strings. (base64url and dots need no percent-encoding.)
    Redaction::registerSecret(deviceJwt);
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("deviceJWT"), deviceJwt);
    spec.url.setQuery(query);
    spec.context = { Peer::PlexTv, Purpose::PinCheck, spec.url };
    return sendAndInterpret<Pin>(m_http, spec, context, interpretPin, std::move(handler));
}

} // namespace PlexAuth
