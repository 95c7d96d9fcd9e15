#include "errormapping.h"

#include "documentreader.h"
#include "redaction.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSslCertificate>
#include <QXmlStreamReader>

#include <limits>

namespace PlexAuth {

namespace {
constexpr int kMaxDetailBody = 300;
// Text after the cut that redaction still reads, so that a secret across the cut is seen whole.
constexpr int kRedactionMargin = 4096;

QString bodySnippet(const QByteArray &body)
{
    // Folded first, so the cut falls where the reader sees it; redacted before the cut, as a secret
    // cut in two is no longer recognised and its first half would reach the detail.
    const QString folded = QString::fromUtf8(body).simplified();
    QString redacted = Redaction::redact(folded.left(kMaxDetailBody + kRedactionMargin));
    if (redacted.size() <= kMaxDetailBody && folded.size() <= kMaxDetailBody + kRedactionMargin)
        return redacted;
    return redacted.left(kMaxDetailBody) + QStringLiteral("…");
}

PlexError make(ErrorKind kind, QString message, const QString &detail)
{
    PlexError error;
    error.kind = kind;
    error.message = std::move(message);
    error.detail = Redaction::redact(detail);
    return error;
}

QStringList certificateNames(const QSslCertificate &certificate)
{
    QStringList names = certificate.subjectAlternativeNames().values(QSsl::DnsEntry);
    for (const QString &commonName : certificate.subjectInfo(QSslCertificate::CommonName))
        if (!names.contains(commonName))
            names.append(commonName);
    return names;
}
} // namespace

QString ErrorMapping::peerName(const RequestContext &context)
{
    if (context.peer == Peer::PlexTv && context.url.host().endsWith(u"plex.tv"))
        return QStringLiteral("plex.tv");
    QString host = context.url.host();
    if (context.url.port() > 0)
        return host + u':' + QString::number(context.url.port());
    return host;
}

int ErrorMapping::parseRetryAfter(const QByteArray &value)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return -1;
    bool isNumber = false;
    const int seconds = trimmed.toInt(&isNumber);
    if (isNumber)
        return seconds >= 0 ? seconds : -1;
    QString date = QString::fromLatin1(trimmed);
    // HTTP dates end in "GMT" (RFC 9110 IMF-fixdate), which Qt's RFC 2822 parser does not take.
    if (date.endsWith(u" GMT"))
        date.replace(date.size() - 3, 3, QStringLiteral("+0000"));
    const QDateTime when = QDateTime::fromString(date, Qt::RFC2822Date);
    if (!when.isValid())
        return -1;
    const qint64 wait = QDateTime::currentDateTimeUtc().secsTo(when);
    // As with delta-seconds beyond int: not a wait anyone means.
    if (wait > std::numeric_limits<int>::max())
        return -1;
    return static_cast<int>(qMax<qint64>(0, wait));
}

ErrorMapping::PlexErrorBody ErrorMapping::parseErrorBody(const QByteArray &body)
{
    PlexErrorBody parsed;
    const QByteArray trimmed = body.trimmed();
    if (trimmed.startsWith('{')) {
        const QJsonObject root = QJsonDocument::fromJson(trimmed).object();
        const QJsonArray errors = root.value(u"errors").toArray();
        if (!errors.isEmpty()) {
            const QJsonObject first = errors.first().toObject();
            parsed.code = first.value(u"code").toInt();
            parsed.message = first.value(u"message").toString();
        } else if (root.value(u"error").isString()) {
            parsed.message = root.value(u"error").toString();
        }
    } else if (trimmed.startsWith("<?xml") || trimmed.startsWith("<errors")) {
        QXmlStreamReader xml(trimmed);
        // <errors><error .../></errors>, or a bare <error .../>.
        if (!Doc::readRootElement(xml, nullptr) || (xml.name() == u"errors" && !xml.readNextStartElement()))
            return parsed;
        if (xml.name() == u"error") {
            parsed.code = xml.attributes().value(QLatin1StringView("code")).toInt();
            parsed.message = xml.attributes().value(QLatin1StringView("message")).toString();
            if (parsed.message.isEmpty())
                parsed.message = xml.readElementText();
        }
    }
    return parsed;
}

PlexError ErrorMapping::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
    const QByteArray &retryAfter, const RequestContext &context)
{
    const PlexErrorBody plex = parseErrorBody(body);
    const QString peer = peerName(context);
    const QString detail = QStringLiteral("HTTP %1 from %2 %3; Plex code %4; %5: %6")
                               .arg(status)
                               .arg(peer, context.url.path())
                               .arg(plex.code)
                               .arg(QString::fromLatin1(contentType), bodySnippet(body));
    PlexError error;
    const int waitSeconds = parseRetryAfter(retryAfter);

    if (plex.code == 1031) {
        error = make(ErrorKind::LockedOut,
            tr("plex.tv has paused sign-ins from this network after repeated failed attempts. "
               "Wait at least 15 minutes before trying again; every further attempt extends the "
               "pause."),
            detail);
    } else if (plex.code == 1029) {
        error = make(ErrorKind::VerificationCodeRequired,
            tr("This account uses two-step verification. Enter the 6-digit code from your "
               "authenticator app, or one of your backup codes."),
            detail);
    } else if (plex.code == 1028) {
        error = make(ErrorKind::VerificationCodeRejected,
            tr("plex.tv did not accept the verification code. Codes change every 30 seconds: "
               "enter the current one, or use one of your backup codes."),
            detail);
    } else if (plex.code == 1041) {
        // A Plex Home profile's PIN (plex-auth-api.md §2.9): missing or wrong.
        error = make(ErrorKind::HomePinRequired,
            tr("plex.tv needs this profile's PIN: the PIN was missing or wrong. Enter the 4-digit PIN of the "
               "profile and try again."),
            detail);
    } else if (status == 429) {
        error = make(ErrorKind::RateLimited,
            waitSeconds > 0 ? tr("%1 is receiving too many requests from this network. Try again in %2 s.")
                                  .arg(peer)
                                  .arg(waitSeconds)
                            : tr("%1 is receiving too many requests from this network. Wait a minute, then "
                                 "try again.")
                                  .arg(peer),
            detail);
    } else if (plex.code == 1020 || (status == 404 && context.purpose == Purpose::PinCheck)) {
        error = make(ErrorKind::PinExpired,
            tr("The sign-in code expired before it was used. Get a new code and try again."), detail);
    } else if (status == 401 && context.purpose == Purpose::SignIn) {
        error = make(ErrorKind::WrongCredentials,
            tr("The email, username or password is wrong. Check them and try again. Accounts "
               "created with Google, Apple or Facebook have no Plex password: sign in with the "
               "browser instead."),
            detail);
    } else if (status == 498) {
        // clients.plex.tv's "token expired" (LukeHagar/plex-api-spec description.md, JWT troubleshooting).
        error = make(ErrorKind::TokenExpired,
            tr("The account's Plex token has expired. PlexAuth renews it with the device key: refresh it "
               "(“plexauth refresh”, or Refresh now in the window); if that fails, sign in again."),
            detail);
    } else if (status == 422) {
        // Both 422s of the JWT flow (description.md, JWT troubleshooting): a signature plex.tv could not
        // verify, or a key whose thumbprint another device registered.
        if (plex.message.contains(QLatin1String("thumbprint"), Qt::CaseInsensitive))
            error = make(ErrorKind::DeviceKeyTaken,
                tr("plex.tv says this device key is already registered by another device. Sign in again, "
                   "so that PlexAuth makes a new device key."),
                detail);
        else
            error = make(ErrorKind::DeviceSignatureRejected,
                tr("plex.tv did not accept this device's signature: the device key no longer matches the "
                   "one plex.tv has, or this computer's clock is off. Check that the clock is set "
                   "automatically, then sign in again."),
                detail);
    } else if (status == 401 || status == 403) {
        const QString message = context.peer == Peer::PlexTv
            ? tr("plex.tv did not accept the token: it was revoked, has expired or belongs to a device "
                 "that was signed out. Sign in again.")
            : (status == 403 ? tr("The server at %1 refused this token for this request. Use the "
                                  "server owner's account, or sign in again.")
                                   .arg(peer)
                             : tr("The server at %1 did not accept the token. Use an account that has "
                                  "access to this server, or sign in again.")
                                   .arg(peer));
        error = make(ErrorKind::TokenRejected, message, detail);
    } else if (status == 400) {
        error = make(ErrorKind::BadRequest,
            plex.code == 1000 ? tr("%1 says the request lacked this app's client identifier. This is a bug "
                                   "in PlexAuth; please report it.")
                                    .arg(peer)
                              : tr("%1 rejected the request as invalid (HTTP 400). Check the values you "
                                   "entered and try again.")
                                    .arg(peer),
            detail);
    } else if (status == 404) {
        error = make(ErrorKind::NotFound,
            tr("%1 does not know the requested item (HTTP 404). Check the address and the "
               "values you entered.")
                .arg(peer),
            detail);
    } else if (status >= 500) {
        error = make(ErrorKind::ServerError,
            tr("%1 had an internal problem (HTTP %2). This is usually temporary: try again in "
               "a few minutes.")
                .arg(peer)
                .arg(status),
            detail);
    } else {
        error = make(ErrorKind::UnexpectedStatus,
            tr("%1 answered with an unexpected status (HTTP %2). Try again; if it persists, "
               "check that the address points to %3.")
                .arg(peer)
                .arg(status)
                .arg(context.peer == Peer::PlexTv ? QStringLiteral("plex.tv") : tr("a Plex Media Server")),
            detail);
    }
    error.plexCode = plex.code;
    error.httpStatus = status;
    error.retryAfterSeconds = waitSeconds;
    return error;
}

PlexError ErrorMapping::fromNetwork(QNetworkReply::NetworkError networkError, const QString &errorString,
    const QList<QSslError> &sslErrors, bool timedOut, const RequestContext &context)
{
    const QString peer = peerName(context);
    const QString host = context.url.host();
    const QString detail = QStringLiteral("%1 (%2) for %3")
                               .arg(errorString)
                               .arg(static_cast<int>(networkError))
                               .arg(context.url.toDisplayString(QUrl::RemoveQuery | QUrl::RemoveUserInfo));

    if (timedOut) {
        return make(ErrorKind::Timeout,
            tr("%1 did not answer within the %2-second limit. Check your internet connection "
               "and that the address is right, or allow more time (the request timeout in Settings, or "
               "--timeout on the command line).")
                .arg(peer)
                .arg(context.timeoutSeconds),
            detail);
    }
    if (!sslErrors.isEmpty() || networkError == QNetworkReply::SslHandshakeFailedError) {
        for (const QSslError &sslError : sslErrors) {
            if (sslError.error() == QSslError::HostNameMismatch) {
                PlexError error = make(ErrorKind::TlsFailure,
                    tr("The certificate of %1 is not valid for the name “%2”; it was issued for %3. "
                       "Connect with a name the certificate covers (for a Plex server, its plex.direct "
                       "address). PlexAuth never turns certificate checks off.")
                        .arg(peer, host, certificateNames(sslError.certificate()).join(u", ")),
                    detail);
                error.certificateHosts = certificateNames(sslError.certificate());
                return error;
            }
        }
        const QString reason = sslErrors.isEmpty() ? errorString : sslErrors.first().errorString();
        return make(ErrorKind::TlsFailure,
            tr("The secure connection to %1 failed: %2. Something may be intercepting the "
               "connection (an antivirus or a company proxy), or the server's certificate is "
               "wrong. PlexAuth never turns certificate checks off.")
                .arg(peer, reason),
            detail);
    }
    switch (networkError) {
    case QNetworkReply::ConnectionRefusedError:
        return make(ErrorKind::ConnectionRefused,
            tr("Nothing accepted the connection at %1. Check that the server is running and that "
               "the address and port are right.")
                .arg(peer),
            detail);
    case QNetworkReply::HostNotFoundError:
        return make(ErrorKind::HostNotFound,
            host.endsWith(u".plex.direct")
                ? tr("The name %1 could not be looked up. Your router's DNS-rebinding protection "
                     "may be blocking plex.direct addresses: allow plex.direct there, or use "
                     "the server's IP address.")
                      .arg(host)
                : tr("The name %1 could not be looked up. Check the address and your internet "
                     "connection.")
                      .arg(host),
            detail);
    case QNetworkReply::RemoteHostClosedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::NetworkSessionFailedError:
        return make(ErrorKind::ConnectionDropped,
            tr("The connection to %1 was closed before the answer was complete. Try again.").arg(peer),
            detail);
    case QNetworkReply::OperationCanceledError:
        return canceled(context);
    default:
        return make(ErrorKind::NetworkFailure,
            tr("Could not reach %1 (%2). Check your internet connection and proxy settings.")
                .arg(peer, errorString),
            detail);
    }
}

PlexError ErrorMapping::malformed(const QString &what, const RequestContext &context)
{
    return make(ErrorKind::MalformedResponse,
        tr("%1 sent an answer PlexAuth could not read (%2). Try again; if it persists, the "
           "address may not point to %3, or a proxy may be rewriting responses.")
            .arg(peerName(context), what,
                context.peer == Peer::PlexTv ? QStringLiteral("plex.tv") : tr("a Plex Media Server")),
        QStringLiteral("%1: %2").arg(context.url.path(), what));
}

PlexError ErrorMapping::tooLarge(qint64 limitBytes, const RequestContext &context)
{
    return make(ErrorKind::ResponseTooLarge,
        tr("%1 sent an answer larger than %2, far more than expected, so PlexAuth stopped "
           "reading it. Check that the address points to the right server.")
            .arg(peerName(context), QLocale().formattedDataSize(limitBytes)),
        QStringLiteral("body over %1 bytes from %2").arg(limitBytes).arg(context.url.path()));
}

PlexError ErrorMapping::canceled(const RequestContext &context)
{
    return make(ErrorKind::Canceled, tr("The request was canceled."),
        QStringLiteral("canceled: %1").arg(context.url.path()));
}

} // namespace PlexAuth
