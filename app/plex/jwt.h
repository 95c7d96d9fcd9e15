#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QString>

#include <optional>

namespace PlexAuth {

// Plex tokens come in two kinds: the classic opaque token (20-odd characters) and, since Plex's
// 2025 device auth, JWTs (three base64url segments, hundreds of characters;
// LukeHagar/plex-api-spec description.md, "JWT Authentication"). A JWT is decoded offline, for
// display only: its signature is not (and cannot be) checked here.
struct DecodedJwt
{
    QJsonObject header;
    QJsonObject claims;
    std::optional<QDateTime> expiresAt; // exp
    std::optional<QDateTime> issuedAt; // iat
    std::optional<QDateTime> notBefore; // nbf

    QString algorithm() const { return header.value(QLatin1String("alg")).toString(); }
};

enum class TokenKind
{
    Classic,
    Jwt,
};

class Jwt
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::Jwt)

public:
    // A token that has the shape of a JWT (three dot-separated base64url parts, the first a JSON
    // object) is a JWT; anything else is a classic token.
    static TokenKind kindOf(const QString &token);
    // std::nullopt (and `whyNot`, in words) when `token` is not a well-formed JWT.
    static std::optional<DecodedJwt> decode(const QString &token, QString *whyNot = nullptr);
};

} // namespace PlexAuth
