#pragma once

#include "connectiondoctor.h"
#include "tokenpolicy.h"

#include <QHash>
#include <QObject>

namespace PlexAuth {

// Finds how to reach a listed server before a token goes to it: probes its connections (GET
// /identity, no token) with the connection doctor, and picks the best one that answered as that
// server and that the token policy allows. The answer is kept for the run, and used again while the
// policy still counts the address as verified.
class ServerReach final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerReach)

public:
    ServerReach(MediaServerClient *mediaServer, TokenPolicy *policy, QObject *parent = nullptr);

    void setProbeTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The best verified connection of `server` (probing first unless one is known), or
    // NoVerifiedConnection with what the probes found. `context` going away drops the answer.
    void reach(const PlexServer &server, QObject *context, Handler<QUrl> handler);
    // Probes `address` as `server` (an address a certificate or a person suggested): the address
    // itself once it answered as the server, else NoVerifiedConnection.
    void verify(const PlexServer &server, const QUrl &address, QObject *context, Handler<QUrl> handler);

    // The best connection the doctor's ranking allows among those it found usable; -1 if none.
    static int bestAllowed(
        const ConnectionDoctor &doctor, const QString &machineIdentifier, const TokenPolicy &policy);

private:
    void probe(const PlexServer &server, const QList<Connection> &connections, QObject *context,
        Handler<QUrl> handler);

    MediaServerClient *m_mediaServer;
    TokenPolicy *m_policy;
    std::chrono::milliseconds m_timeout { 5000 };
    QHash<QString, QUrl> m_best; // machineIdentifier -> its best verified connection this run
};

} // namespace PlexAuth
