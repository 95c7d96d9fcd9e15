#include "httpresponse.h"

#include "xmlwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex {

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK"_ba;
    case 201:
        return "Created"_ba;
    case 204:
        return "No Content"_ba;
    case 400:
        return "Bad Request"_ba;
    case 401:
        return "Unauthorized"_ba;
    case 403:
        return "Forbidden"_ba;
    case 404:
        return "Not Found"_ba;
    case 405:
        return "Method Not Allowed"_ba;
    case 422:
        return "Unprocessable Entity"_ba;
    case 429:
        return "Too Many Requests"_ba;
    case 498:
        return "Token Expired"_ba; // Plex's own status for an expired JWT
    case 500:
        return "Internal Server Error"_ba;
    case 503:
        return "Service Unavailable"_ba;
    default:
        return "Unknown"_ba;
    }
}

QByteArray serializeHead(const Response &response, qint64 contentLength)
{
    QByteArray head
        = "HTTP/1.1 " + QByteArray::number(response.status) + ' ' + reasonPhrase(response.status) + "\r\n";
    if (response.status != 204) {
        if (!response.contentType.isEmpty())
            head += "Content-Type: " + response.contentType + "\r\n";
        head += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    }
    for (const auto &[name, value] : response.headers)
        head += name + ": " + value + "\r\n";
    head += "\r\n";
    return head;
}

QByteArray serialize(const Response &response)
{
    if (response.status == 204)
        return serializeHead(response, 0);
    return serializeHead(response, response.body.size()) + response.body;
}

Response jsonResponse(int status, const QJsonObject &object)
{
    return { status, "application/json"_ba, QJsonDocument(object).toJson(QJsonDocument::Compact), {} };
}

Response jsonResponse(int status, const QJsonArray &array)
{
    return { status, "application/json"_ba, QJsonDocument(array).toJson(QJsonDocument::Compact), {} };
}

Response xmlResponse(int status, const QByteArray &xml)
{
    return { status, "application/xml"_ba, xml, {} };
}

Response htmlResponse(int status, const QByteArray &html)
{
    return { status, "text/html"_ba, html, {} };
}

Response emptyResponse(int status)
{
    return { status, {}, {}, {} };
}

Response plexTvError(int status, int code, const QString &message, bool json, bool withStatus)
{
    QJsonObject error { { u"code"_s, code }, { u"message"_s, message } };
    if (withStatus)
        error.insert(u"status"_s, status);
    const QJsonArray errors { error };
    if (json)
        return jsonResponse(status, QJsonObject { { u"errors"_s, errors } });
    return xmlResponse(status, jsonArrayToXml(u"errors"_s, u"error"_s, errors));
}

Response plexTvNotFound(bool json)
{
    const QJsonObject body { { u"status"_s, 404 }, { u"error"_s, u"Not Found"_s } };
    if (json)
        return jsonResponse(404, body);
    return xmlResponse(404, jsonToXml(u"errors"_s, body));
}

Response pmsError(int status, const QString &detail)
{
    const QByteArray title = QByteArray::number(status) + ' ' + reasonPhrase(status);
    QByteArray html
        = "<html><head><title>" + reasonPhrase(status) + "</title></head><body><h1>" + title + "</h1>";
    if (!detail.isEmpty())
        html += "<p>" + detail.toHtmlEscaped().toUtf8() + "</p>";
    html += "</body></html>";
    return htmlResponse(status, html);
}

} // namespace FakePlex
