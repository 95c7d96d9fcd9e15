#pragma once

#include "plextypes.h"
#include "servicecall.h"

namespace PlexAuth {

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
    PlexCall *sourceConnections(const QUrl &server, const QString &token, const QString &source, bool refresh,
        QObject *context, Handler<SourceDevice> handler);

    // {uri}/identity, sent without a token: /identity needs none, and a token must not go to an
    // address that has not yet proved to be the expected server.
    PlexCall *identity(const QUrl &uri, QObject *context, Handler<ServerIdentity> handler,
        std::optional<std::chrono::milliseconds> timeout = std::nullopt);

private:
    HttpClient *m_http;
};

} // namespace PlexAuth
