#pragma once

#include "plextypes.h"
#include "servicecall.h"

namespace PlexAuth {

// What a source lookup's messages say about the server asked: its name (else the address's host),
// version, and whether it is shared with the account (so the token is not its owner's).
struct SourceLookupServer
{
    QString name;
    QString version;
    bool shared = false;
};

// A Plex Media Server's security endpoints, at whatever URL the user gives (http or https, any
// port), plus the token-free /identity probe.
class MediaServerClient final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MediaServerClient)

public:
    explicit MediaServerClient(HttpClient *http, QObject *parent = nullptr);

    // {server}/security/token?type=delegation&scope=all: a token with the caller's access, valid
    // up to 48 hours and destroyed when the server restarts. POST as the current spec prefers,
    // asked again with GET when the server answers 405.
    PlexCall *transientToken(
        const QUrl &server, const QString &token, QObject *context, Handler<TransientToken> handler);

    // {server}/security/resources?source=...: how a source (a shared server or a cloud provider)
    // is reached, and its access token. Needs an admin token and PMS 1.15.4 or later.
    // Its 403, 404 and network failures are explained here, once, for the window and the command line.
    PlexCall *sourceConnections(const QUrl &server, const QString &token, const QString &source, bool refresh,
        QObject *context, Handler<SourceDevice> handler, const SourceLookupServer &about = {});

    // {uri}/identity, sent without a token: /identity needs none, and a token must not go to an
    // address that has not yet proved to be the expected server.
    PlexCall *identity(const QUrl &uri, QObject *context, Handler<ServerIdentity> handler,
        std::optional<std::chrono::milliseconds> timeout = std::nullopt);

    static PlexError explainSourceLookupError(
        PlexError error, const QUrl &server, const QString &source, const SourceLookupServer &about);

private:
    HttpClient *m_http;
};

} // namespace PlexAuth
