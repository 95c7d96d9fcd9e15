#include "mediaserverclient.h"

#include "redaction.h"
#include "responseparsers.h"

namespace PlexAuth {

MediaServerClient::MediaServerClient(HttpClient *http, QObject *parent)
    : QObject(parent)
    , m_http(http)
{ }

PlexCall *MediaServerClient::transientToken(
    const QUrl &server, const QString &token, QObject *context, Handler<TransientToken> handler)
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.retryAsGetOn405 = true;
    spec.url = joinUrl(server, QStringLiteral("/security/token"));
    spec.url.setQuery(QStringLiteral("type=delegation&scope=all"));
    spec.token = token;
    spec.context = { Peer::MediaServer, Purpose::General, spec.url };
    return sendAndInterpret<TransientToken>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<TransientToken> {
            QString whyNot;
            std::optional<TransientToken> transient = Parse::transientToken(response.body, &whyNot);
            if (!transient)
                return ErrorMapping::malformed(whyNot, requestContext);
            Redaction::registerSecret(transient->token);
            return *transient;
        },
        std::move(handler));
}

PlexCall *MediaServerClient::sourceConnections(const QUrl &server, const QString &token,
    const QString &source, bool refresh, QObject *context, Handler<SourceDevice> handler,
    const SourceLookupServer &about)
{
    RequestSpec spec;
    spec.url = joinUrl(server, QStringLiteral("/security/resources"));
    QByteArray query = "source=" + QUrl::toPercentEncoding(source);
    if (refresh)
        query += "&refresh=1";
    spec.url.setQuery(QString::fromLatin1(query), QUrl::StrictMode);
    spec.token = token;
    spec.context = { Peer::MediaServer, Purpose::General, spec.url };
    return sendAndInterpret<SourceDevice>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<SourceDevice> {
            QString whyNot;
            std::optional<SourceDevice> device = Parse::sourceDevice(response.body, &whyNot);
            if (!device)
                return ErrorMapping::malformed(whyNot, requestContext);
            Redaction::registerSecret(device->accessToken);
            return *device;
        },
        [handler = std::move(handler), source, server, about](const Result<SourceDevice> &result) {
            if (result.ok() || result.error().isCanceled()) {
                handler(result);
                return;
            }
            handler(explainSourceLookupError(result.error(), server, source, about));
        });
}

PlexError MediaServerClient::explainSourceLookupError(
    PlexError error, const QUrl &server, const QString &source, const SourceLookupServer &about)
{
    // The generic wording does not know what these statuses mean for a source lookup.
    const QString name = about.name.isEmpty() ? server.host() : about.name;
    if (error.httpStatus == 403) {
        error.message = tr("%1 refused: the token is not an admin token of that server (only its owner's "
                           "token, or a transient token made from it, can look up sources).")
                            .arg(name);
        if (about.shared)
            error.message
                = tr("%1 The server is shared with you, so the token PlexAuth has for it is not its "
                     "owner's.")
                      .arg(error.message);
    } else if (error.httpStatus == 404) {
        error.message = tr("%1 does not know the source %2, or it is older than Plex Media Server 1.15.4, "
                           "which added source lookups.")
                            .arg(name, source);
        if (!about.version.isEmpty())
            error.message = tr("%1 It runs version %2.").arg(error.message, about.version);
    } else if (error.isNetworkFailure()) {
        error.message = tr("%1 could not be reached at %2: %3").arg(name, server.toString(), error.message);
    }
    return error;
}

PlexCall *MediaServerClient::identity(const QUrl &uri, QObject *context, Handler<ServerIdentity> handler,
    std::optional<std::chrono::milliseconds> timeout)
{
    RequestSpec spec;
    spec.url = joinUrl(uri, QStringLiteral("/identity"));
    spec.timeout = timeout;
    // A probe measures this address as it is: one attempt, bounded by its timeout.
    spec.retry = false;
    spec.context = { Peer::MediaServer, Purpose::General, spec.url };
    return sendAndInterpret<ServerIdentity>(
        m_http, spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) -> Result<ServerIdentity> {
            QString whyNot;
            std::optional<ServerIdentity> identity = Parse::serverIdentity(response.body, &whyNot);
            if (!identity)
                return ErrorMapping::malformed(whyNot, requestContext);
            return *identity;
        },
        std::move(handler));
}

} // namespace PlexAuth
