#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

class QJsonArray;
class QJsonObject;

namespace FakePlex {

// One HTTP answer before it is put on the wire. Content-Length is computed when serialising.
struct Response
{
    int status = 200;
    QByteArray contentType;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

QByteArray reasonPhrase(int status);
// Status line and headers (ending with the blank line) announcing contentLength body bytes.
QByteArray serializeHead(const Response &response, qint64 contentLength);
QByteArray serialize(const Response &response);

Response jsonResponse(int status, const QJsonObject &object);
Response jsonResponse(int status, const QJsonArray &array);
Response xmlResponse(int status, const QByteArray &xml);
Response htmlResponse(int status, const QByteArray &html);
Response emptyResponse(int status);

// plex.tv error: {"errors":[{"code":..,"message":..,"status":..}]} or <errors><error .../></errors>.
Response plexTvError(int status, int code, const QString &message, bool json, bool withStatus = true);
// plex.tv unknown route: {"status":404,"error":"Not Found"}.
Response plexTvNotFound(bool json);
// PMS error: a small text/html page, like a real PMS.
Response pmsError(int status, const QString &detail = {});

} // namespace FakePlex
