#include "jwt.h"

#include <QJsonDocument>
#include <QRegularExpression>

namespace PlexAuth {

namespace {
std::optional<QJsonObject> decodeSegment(QStringView segment)
{
    // Anchored to the very end: "$" also matches before a final newline.
    static const QRegularExpression base64Url(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9_-]+={0,2}")));
    if (segment.isEmpty() || !base64Url.match(segment).hasMatch())
        return std::nullopt;
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        segment.toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

std::optional<QDateTime> secondsClaim(const QJsonObject &claims, const char *name)
{
    const QJsonValue value = claims.value(QLatin1String(name));
    if (!value.isDouble())
        return std::nullopt;
    const double seconds = value.toDouble();
    // Beyond year 9999 is not a date anyone means.
    if (seconds < 0 || seconds > 253402300799.0)
        return std::nullopt;
    return QDateTime::fromSecsSinceEpoch(static_cast<qint64>(seconds), Qt::UTC);
}
} // namespace

TokenKind Jwt::kindOf(const QString &token)
{
    return decode(token) ? TokenKind::Jwt : TokenKind::Classic;
}

std::optional<DecodedJwt> Jwt::decode(const QString &token, QString *whyNot)
{
    auto fail = [whyNot](const QString &reason) -> std::optional<DecodedJwt> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    const QList<QStringView> parts = QStringView(token).trimmed().split(u'.');
    if (parts.size() != 3)
        return fail(tr("A JWT has three parts separated by dots."));
    const std::optional<QJsonObject> header = decodeSegment(parts[0]);
    if (!header)
        return fail(tr("The first part of the token is not a base64url-encoded JSON header."));
    const std::optional<QJsonObject> claims = decodeSegment(parts[1]);
    if (!claims)
        return fail(tr("The second part of the token is not a base64url-encoded JSON object of claims."));
    DecodedJwt jwt;
    jwt.header = *header;
    jwt.claims = *claims;
    jwt.expiresAt = secondsClaim(jwt.claims, "exp");
    jwt.issuedAt = secondsClaim(jwt.claims, "iat");
    jwt.notBefore = secondsClaim(jwt.claims, "nbf");
    return jwt;
}

} // namespace PlexAuth
