#include "serverreach.h"

#include "logging.h"

#include <QPointer>

namespace PlexAuth {

ServerReach::ServerReach(MediaServerClient *mediaServer, TokenPolicy *policy, QObject *parent)
    : QObject(parent)
    , m_mediaServer(mediaServer)
    , m_policy(policy)
{ }

int ServerReach::bestAllowed(
    const ConnectionDoctor &doctor, const QString &machineIdentifier, const TokenPolicy &policy)
{
    for (const int index : doctor.rankedUsable()) {
        if (policy.allows({ doctor.connections()[index].uri.toUrl(), AddressOrigin::ListedByPlexTv,
                machineIdentifier }))
            return index;
    }
    return -1;
}

void ServerReach::reach(const PlexServer &server, QObject *context, Handler<QUrl> handler)
{
    const QUrl known = m_best.value(server.clientIdentifier);
    if (!known.isEmpty() && m_policy->isVerified(known, server.clientIdentifier)) {
        handler(known);
        return;
    }
    probe(server, server.connections, context, std::move(handler));
}

void ServerReach::verify(
    const PlexServer &server, const QUrl &address, QObject *context, Handler<QUrl> handler)
{
    if (m_policy->isVerified(address, server.clientIdentifier)) {
        handler(address);
        return;
    }
    Connection connection;
    connection.uri = address;
    connection.address = address.host();
    connection.port = address.port();
    connection.protocol = address.scheme();
    connection.local = TokenPolicy::isPrivateNetworkHost(address.host());
    probe(server, { connection }, context, std::move(handler));
}

void ServerReach::probe(
    const PlexServer &server, const QList<Connection> &connections, QObject *context, Handler<QUrl> handler)
{
    auto *doctor = new ConnectionDoctor(m_mediaServer, this);
    doctor->setProbeTimeout(m_timeout);
    doctor->setTokenPolicy(m_policy);
    const QPointer<QObject> caller(context);
    connect(doctor, &ConnectionDoctor::finished, this,
        [this, doctor, server, caller, handler = std::move(handler)] {
            doctor->deleteLater();
            const int best = bestAllowed(*doctor, server.clientIdentifier, *m_policy);
            if (!caller)
                return;
            if (best >= 0) {
                const QUrl uri = doctor->connections()[best].uri.toUrl();
                m_best.insert(server.clientIdentifier, uri);
                qCDebug(lcMediaServer).noquote()
                    << "reaching" << server.name << "at" << uri.toDisplayString();
                handler(uri);
                return;
            }
            PlexError error;
            error.kind = ErrorKind::NoVerifiedConnection;
            QString found = doctor->bestReason();
            for (const ProbeResult &probe : doctor->results()) {
                if (!probe.isUsable() && !probe.explanation.isEmpty()) {
                    found += u' ' + probe.explanation;
                    break;
                }
            }
            error.message
                = tr("No connection of %1 answered as that server, so no token was sent to it. %2 Test "
                     "its connections to see each one's problem.")
                      .arg(server.name, found);
            error.detail = QStringLiteral("no verified connection of %1").arg(server.clientIdentifier);
            handler(error);
        });
    doctor->start(server.clientIdentifier, connections);
}

} // namespace PlexAuth
