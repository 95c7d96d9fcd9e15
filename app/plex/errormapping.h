#pragma once

#include "plexerror.h"

#include <QList>
#include <QNetworkReply>
#include <QSslError>
#include <QUrl>

namespace PlexAuth {

// Who answered, so the same status can be explained in the right words.
enum class Peer
{
    PlexTv,
    MediaServer
};

// What was asked: plex.tv answers 1001 both for a wrong password and for a bad token.
enum class Purpose
{
    General,
    SignIn,
    PinCheck
};

struct RequestContext
{
    Peer peer = Peer::PlexTv;
    Purpose purpose = Purpose::General;
    QUrl url;
    int timeoutSeconds = 15;
};

// The single place where HTTP statuses, Plex error codes and transport failures become PlexErrors.
class ErrorMapping
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::ErrorMapping)

public:
    static PlexError fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
        const QByteArray &retryAfter, const RequestContext &context);
    static PlexError fromNetwork(QNetworkReply::NetworkError error, const QString &errorString,
        const QList<QSslError> &sslErrors, bool timedOut, const RequestContext &context);
    static PlexError malformed(const QString &what, const RequestContext &context);
    static PlexError tooLarge(qint64 limitBytes, const RequestContext &context);
    static PlexError canceled(const RequestContext &context);

    // "plex.tv" for plex.tv, else host:port of the server.
    static QString peerName(const RequestContext &context);
    // Seconds from a Retry-After header (delta-seconds or HTTP date); -1 when absent or unusable.
    static int parseRetryAfter(const QByteArray &value);

    // Plex error bodies: {"errors":[{code,message,status}]}, <errors><error code=.. /></errors>,
    // {"error":"..."}; anything else (HTML pages) gives code 0.
    struct PlexErrorBody
    {
        int code = 0;
        QString message;
    };
    static PlexErrorBody parseErrorBody(const QByteArray &body);
};

} // namespace PlexAuth
