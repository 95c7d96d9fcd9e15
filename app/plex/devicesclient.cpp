#include "devicesclient.h"

#include "redaction.h"
#include "servicecall.h"

namespace PlexAuth {

namespace {
Result<Done> done(const HttpResponse &, const RequestContext &)
{
    return Done {};
}
} // namespace

DevicesClient::DevicesClient(PlexTvClient *plexTv)
    : m_plexTv(plexTv)
{ }

QUrl DevicesClient::origin() const
{
    return m_plexTv->baseUrl().adjusted(
        QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo);
}

PlexCall *DevicesClient::devices(
    const QString &token, QObject *context, Handler<QList<AuthorizedDevice>> handler) const
{
    RequestSpec spec;
    spec.url = joinUrl(origin(), QStringLiteral("/devices.xml"));
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<QList<AuthorizedDevice>>(
        m_plexTv->http(), spec, context,
        [](const HttpResponse &response, const RequestContext &requestContext) {
            QString whyNot;
            return parsedOrMalformed(Parse::devices(response.body, &whyNot), whyNot, requestContext);
        },
        std::move(handler));
}

PlexCall *DevicesClient::removeDevice(
    qint64 id, const QString &token, QObject *context, Handler<Done> handler) const
{
    RequestSpec spec;
    spec.verb = "DELETE";
    spec.url = joinUrl(origin(), QStringLiteral("/devices/%1.xml").arg(id));
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Done>(m_plexTv->http(), spec, context, done, std::move(handler));
}

PlexCall *DevicesClient::createLinkPin(const ClientIdentity &as, QObject *context, Handler<Pin> handler) const
{
    RequestSpec spec;
    spec.verb = "POST";
    spec.url = joinUrl(m_plexTv->baseUrl(), QStringLiteral("/pins"));
    spec.identity = as;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Pin>(m_plexTv->http(), spec, context, interpretPin, std::move(handler));
}

PlexCall *DevicesClient::checkLinkPin(
    qint64 id, const ClientIdentity &as, QObject *context, Handler<Pin> handler) const
{
    RequestSpec spec;
    spec.url = joinUrl(m_plexTv->baseUrl(), QStringLiteral("/pins/%1").arg(id));
    spec.identity = as;
    spec.context = { Peer::PlexTv, Purpose::PinCheck, spec.url };
    return sendAndInterpret<Pin>(m_plexTv->http(), spec, context, interpretPin, std::move(handler));
}

PlexCall *DevicesClient::linkPin(
    const QString &code, const QString &token, QObject *context, Handler<Done> handler) const
{
    Redaction::registerSecret(code);
    RequestSpec spec;
    spec.verb = "PUT";
    spec.url = joinUrl(m_plexTv->baseUrl(), QStringLiteral("/pins/link"));
    spec.contentType = "application/x-www-form-urlencoded";
    spec.body = "code=" + QUrl::toPercentEncoding(code);
    spec.bodyHoldsSecret = true;
    spec.token = token;
    spec.context = { Peer::PlexTv, Purpose::General, spec.url };
    return sendAndInterpret<Done>(m_plexTv->http(), spec, context, done, std::move(handler));
}

} // namespace PlexAuth
