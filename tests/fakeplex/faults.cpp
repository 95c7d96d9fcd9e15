// Fault injection and raw socket output of FakePlex::Server.

#include "fakeplexserver.h"
#include "serverstate.h"
#include "xmlwriter.h"

#include <QJsonObject>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

#include <algorithm>
#include <memory>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

using namespace Qt::Literals::StringLiterals;

namespace FakePlex {

bool pathMatches(const QString &pattern, const QString &path)
{
    if (pattern.endsWith(u'*'))
        return path.startsWith(QStringView(pattern).chopped(1));
    return pattern == path;
}

namespace {
// Body bytes [offset, offset + length) of a JSON document of exactly total bytes:
// {"padding":"xxxx...xxxx"} (plain 'x' if total is too small for the frame).
QByteArray paddingChunk(qint64 offset, qint64 length, qint64 total)
{
    static const QByteArray prefix = R"({"padding":")"_ba;
    static const QByteArray suffix = R"("})"_ba;
    QByteArray chunk(length, 'x');
    if (total < prefix.size() + suffix.size())
        return chunk;
    for (qint64 i = offset; i < qMin<qint64>(offset + length, prefix.size()); ++i)
        chunk[i - offset] = prefix.at(i);
    const qint64 suffixStart = total - suffix.size();
    for (qint64 i = qMax(offset, suffixStart); i < offset + length; ++i)
        chunk[i - offset] = suffix.at(i - suffixStart);
    return chunk;
}
} // namespace

void Server::setFault(const QString &path, const Fault &fault)
{
    if (fault.kind == FaultKind::None || fault.times == 0)
        m_faults.remove(path);
    else
        m_faults.insert(path, fault);
}

void Server::clearFaults()
{
    m_faults.clear();
}

bool Server::parseFaultSpec(const QString &spec, QString *path, Fault *fault, QString *error)
{
    const auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    const qsizetype eq = spec.indexOf(u'=');
    if (eq <= 0)
        return failWith(u"fault \"%1\" is not PATH=KIND[:ARG][@TIMES]"_s.arg(spec));
    QString rest = spec.mid(eq + 1);
    Fault result;
    const qsizetype at = rest.indexOf(u'@');
    if (at >= 0) {
        bool ok = false;
        result.times = rest.mid(at + 1).toInt(&ok);
        if (!ok || result.times < 1)
            return failWith(u"bad @TIMES in fault \"%1\""_s.arg(spec));
        rest.truncate(at);
    }
    const qsizetype colon = rest.indexOf(u':');
    const QString kind = (colon >= 0 ? rest.left(colon) : rest).toLower();
    const QString arg = colon >= 0 ? rest.mid(colon + 1) : QString();
    bool argOk = true;
    if (kind == u"delay"_s) {
        result.kind = FaultKind::Delay;
        result.delayMs = arg.toInt(&argOk);
    } else if (kind == u"hang"_s) {
        result.kind = FaultKind::Hang;
    } else if (kind == u"ratelimit"_s || kind == u"429"_s) {
        result.kind = FaultKind::RateLimited;
        if (!arg.isEmpty())
            result.retryAfterSeconds = arg.toInt(&argOk);
    } else if (kind == u"500"_s) {
        result.kind = FaultKind::ServerError500;
    } else if (kind == u"503"_s) {
        result.kind = FaultKind::ServiceUnavailable503;
    } else if (kind == u"html"_s) {
        result.kind = FaultKind::HtmlBody;
    } else if (kind == u"xml"_s) {
        result.kind = FaultKind::XmlBody;
    } else if (kind == u"truncated"_s) {
        result.kind = FaultKind::TruncatedJson;
    } else if (kind == u"garbage"_s) {
        result.kind = FaultKind::GarbageJson;
    } else if (kind == u"oversized"_s) {
        result.kind = FaultKind::OversizedBody;
        if (!arg.isEmpty())
            result.oversizeBytes = arg.toLongLong(&argOk);
    } else if (kind == u"deflated"_s) {
        result.kind = FaultKind::DeflatedBody;
        // Beyond 10 MiB Qt refuses a body that inflates more than 40-fold (decompressedSafetyCheckThreshold).
        result.oversizeBytes = qint64(9) * 1024 * 1024;
        if (!arg.isEmpty())
            result.oversizeBytes = arg.toLongLong(&argOk);
    } else if (kind == u"reset"_s) {
        result.kind = FaultKind::ConnectionReset;
    } else if (kind == u"404"_s) {
        result.kind = FaultKind::NotFound404;
    } else if (kind == u"405"_s) {
        result.kind = FaultKind::MethodNotAllowed405;
    } else if (kind == u"entitybomb"_s) {
        result.kind = FaultKind::EntityBomb;
        if (!arg.isEmpty())
            result.status = arg.toInt(&argOk);
        argOk = argOk && result.status >= 200 && result.status <= 599;
    } else {
        return failWith(u"unknown fault kind \"%1\" in \"%2\""_s.arg(kind, spec));
    }
    if (!argOk)
        return failWith(u"bad argument \"%1\" in fault \"%2\""_s.arg(arg, spec));
    *path = spec.left(eq);
    *fault = result;
    return true;
}

Fault Server::takeFault(const RecordedRequest &request)
{
    auto found = m_faults.find(request.path);
    if (found == m_faults.end()) {
        qsizetype longest = -1;
        for (auto it = m_faults.begin(); it != m_faults.end(); ++it) {
            if (it.key().endsWith(u'*') && it.key().size() > longest && pathMatches(it.key(), request.path)) {
                longest = it.key().size();
                found = it;
            }
        }
    }
    if (found == m_faults.end())
        return {};
    const Fault fault = found.value();
    if (fault.kind == FaultKind::MethodNotAllowed405 && request.method != "POST")
        return {};
    if (fault.times > 0 && --found.value().times == 0)
        m_faults.erase(found);
    return fault;
}

void Server::applyFault(
    const Fault &fault, const RecordedRequest &request, bool json, QTcpSocket *socket, bool closeAfter)
{
    switch (fault.kind) {
    case FaultKind::None:
        send(socket, route(request, json), closeAfter);
        return;
    case FaultKind::Delay: {
        const Response response = route(request, json);
        QTimer::singleShot(
            fault.delayMs, this, [this, socket = QPointer<QTcpSocket>(socket), response, closeAfter] {
                if (socket && socket->state() == QAbstractSocket::ConnectedState)
                    send(socket, response, closeAfter);
            });
        return;
    }
    case FaultKind::Hang:
        return;
    case FaultKind::RateLimited: {
        Response response = plexTvError(429, 429, u"Too Many Requests"_s, true);
        response.headers.append({ "Retry-After"_ba, QByteArray::number(fault.retryAfterSeconds) });
        send(socket, response, closeAfter);
        return;
    }
    case FaultKind::ServerError500:
        send(socket, pmsError(500), closeAfter);
        return;
    case FaultKind::ServiceUnavailable503:
        send(socket, pmsError(503), closeAfter);
        return;
    case FaultKind::HtmlBody:
        send(socket,
            htmlResponse(200,
                "<!DOCTYPE html><html><head><title>Plex</title></head>"
                "<body><p>Captive portal: please sign in to the network.</p></body></html>"_ba),
            closeAfter);
        return;
    case FaultKind::XmlBody:
        send(socket, route(request, false), closeAfter);
        return;
    case FaultKind::TruncatedJson: {
        const Response response = withDate(route(request, true));
        socket->write(serializeHead(response, response.body.size()));
        socket->write(response.body.left(response.body.size() / 2));
        socket->disconnectFromHost();
        return;
    }
    case FaultKind::GarbageJson:
        send(socket, Response { 200, "application/json"_ba, R"({"id": 12, "uuid": [unterminated)"_ba, {} },
            closeAfter);
        return;
    case FaultKind::OversizedBody:
        streamOversized(socket, fault.oversizeBytes);
        return;
    case FaultKind::DeflatedBody: {
        // qCompress() writes the length in 4 bytes, then a zlib stream: what "deflate" means in HTTP.
        Response response { 200, "application/json"_ba,
            qCompress(paddingChunk(0, fault.oversizeBytes, fault.oversizeBytes)).mid(4), {} };
        response.headers.append({ "Content-Encoding"_ba, "deflate"_ba });
        send(socket, response, closeAfter);
        return;
    }
    case FaultKind::ConnectionReset:
#ifdef Q_OS_UNIX
        if (socket->socketDescriptor() >= 0) {
            // SO_LINGER with a zero timeout makes close() send RST instead of FIN.
            const linger noLinger { 1, 0 };
            ::setsockopt(static_cast<int>(socket->socketDescriptor()), SOL_SOCKET, SO_LINGER, &noLinger,
                sizeof noLinger);
        }
#endif
        socket->abort();
        return;
    case FaultKind::MethodNotAllowed405: {
        Response response = htmlResponse(405, {});
        response.headers.append({ "Allow"_ba, "GET, HEAD"_ba });
        send(socket, response, closeAfter);
        return;
    }
    case FaultKind::NotFound404:
        send(socket, plexTvNotFound(json), closeAfter);
        return;
    case FaultKind::EntityBomb:
        send(socket, xmlResponse(fault.status, entityBomb(fault.status != 200)), closeAfter);
        return;
    }
}

void Server::send(QTcpSocket *socket, const Response &response, bool closeAfter)
{
    socket->write(serialize(withDate(response)));
    if (closeAfter)
        socket->disconnectFromHost();
}

Response Server::withDate(Response response) const
{
    const bool dated = std::any_of(response.headers.cbegin(), response.headers.cend(),
        [](const auto &header) { return header.first.compare("date"_ba, Qt::CaseInsensitive) == 0; });
    if (!dated)
        response.headers.append({ "Date"_ba, dateHeader() });
    return response;
}

static constexpr qint64 kChunkSize = qint64(64) * 1024;

void Server::streamOversized(QTcpSocket *socket, qint64 size)
{
    socket->write(serializeHead(withDate(Response { 200, "application/json"_ba, {}, {} }), size));
    auto written = std::make_shared<qint64>(0);
    auto connection = std::make_shared<QMetaObject::Connection>();
    const auto pump = [socket, size, written, connection] {
        // Keep only a few chunks queued so memory stays small however big the body is.
        while (*written < size && socket->bytesToWrite() < 4 * kChunkSize) {
            const qint64 length = qMin(kChunkSize, size - *written);
            socket->write(paddingChunk(*written, length, size));
            *written += length;
        }
        if (*written >= size)
            QObject::disconnect(*connection);
    };
    *connection = connect(socket, &QTcpSocket::bytesWritten, socket, pump);
    pump();
}

} // namespace FakePlex
