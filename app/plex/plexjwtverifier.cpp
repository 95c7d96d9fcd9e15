#include "plexjwtverifier.h"

#include "devicekey.h"

#include <QJsonArray>

#include <algorithm>

namespace PlexAuth {

namespace {
const QLatin1String plexTv("plex.tv");

// A part of a JWS in compact serialization: base64url without padding (RFC 7515 §2, §7.1).
bool isBase64UrlPart(QStringView part)
{
    return !part.isEmpty() && std::all_of(part.begin(), part.end(), [](QChar c) {
        return (c >= u'A' && c <= u'Z') || (c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'
            || c == u'_';
    });
}

bool audienceIsOurs(const QJsonValue &audience, const QString &clientIdentifier)
{
    const auto isOurs = [&clientIdentifier](const QJsonValue &value) {
        if (!value.isString())
            return false;
        const QString text = value.toString();
        return text == plexTv || (!clientIdentifier.isEmpty() && text == clientIdentifier);
    };
    // RFC 7519 §4.1.3: a string or an array of strings, one of which must name us.
    if (audience.isArray()) {
        const QJsonArray audiences = audience.toArray();
        return std::any_of(audiences.begin(), audiences.end(), isOurs);
    }
    return isOurs(audience);
}

PlexError refusal(const QString &message, QLatin1String check)
{
    PlexError error;
    error.kind = ErrorKind::TokenVerificationFailed;
    error.message = message;
    error.detail = QStringLiteral("Plex JWT refused by the %1 check").arg(check);
    return error;
}
} // namespace

Result<DecodedJwt> PlexJwtVerifier::verify(
    const QString &token, const QList<QJsonObject> &keys, const PlexJwtExpectations &expect)
{
    const QString notStored = tr("It was not stored.");
    const auto refuse = [&notStored](const QString &what, const char *check) {
        return refusal(what + u' ' + notStored, QLatin1String(check));
    };
    if (keys.isEmpty())
        return refuse(tr("The token from plex.tv could not be checked: plex.tv listed no signing keys. Try "
                         "again later."),
            "keys");

    const QList<QStringView> parts = QStringView(token).split(u'.');
    QString whyNot;
    const std::optional<DecodedJwt> decoded
        = parts.size() == 3 && std::all_of(parts.begin(), parts.end(), isBase64UrlPart)
        ? Jwt::decode(token, &whyNot)
        : std::nullopt;
    const QByteArray::FromBase64Result signature = QByteArray::fromBase64Encoding(
        parts.value(2).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || !signature)
        return refuse(tr("The token from plex.tv is not a well-formed signed JWT. %1 Try again; if it keeps "
                         "happening, check the plex.tv address in Settings.")
                          .arg(whyNot)
                          .simplified(),
            "format");

    // "none" or any other algorithm would let the token choose how it is checked (RFC 8725 §2.1).
    if (decoded->algorithm() != QLatin1String("EdDSA"))
        return refuse(tr("The token from plex.tv is not signed with EdDSA, the only algorithm Plex uses for "
                         "it. Sign in again; if it keeps happening, check the plex.tv address in Settings."),
            "alg");
    // RFC 7515 §4.1.11: extensions marked critical that are not understood make the token invalid.
    if (decoded->header.contains(QLatin1String("crit")))
        return refuse(tr("The token from plex.tv requires extensions PlexAuth does not know. Check for a "
                         "newer version of PlexAuth."),
            "crit");

    const QByteArray signingInput = token.left(parts[0].size() + 1 + parts[1].size()).toLatin1();
    const bool signedByPlex = std::any_of(keys.begin(), keys.end(),
        [&](const QJsonObject &key) { return DeviceKey::verify(key, signingInput, *signature); });
    if (!signedByPlex)
        return refuse(tr("The token's signature matches none of plex.tv's signing keys, so it may not come "
                         "from plex.tv. Sign in again; if it keeps happening, check the plex.tv address in "
                         "Settings and your network."),
            "signature");

    const QJsonObject &claims = decoded->claims;
    if (claims.value(QLatin1String("iss")).toString() != plexTv)
        return refuse(tr("The token was not issued by plex.tv (wrong \"iss\" claim). Sign in again; if it "
                         "keeps happening, check the plex.tv address in Settings."),
            "iss");
    if (!audienceIsOurs(claims.value(QLatin1String("aud")), expect.clientIdentifier))
        return refuse(tr("The token was issued for another application (its \"aud\" claim names neither "
                         "plex.tv nor this computer). Sign in again."),
            "aud");
    if (!decoded->expiresAt || !decoded->issuedAt)
        return refuse(tr("The token does not say when it was issued and when it expires (\"iat\" and "
                         "\"exp\" claims). Sign in again."),
            decoded->expiresAt ? "iat" : "exp");

    if (!expect.now.isValid())
        return refuse(
            tr("The token's dates could not be checked: this computer's clock could not be read."), "clock");
    const QString checkClock = tr("Check that this computer's date, time and time zone are right, then try "
                                  "again.");
    const QDateTime latest = expect.now.addSecs(expect.allowedSkew.count());
    const QDateTime earliest = expect.now.addSecs(-expect.allowedSkew.count());
    if (*decoded->issuedAt > latest)
        return refuse(tr("The token says it was issued in the future.") + u' ' + checkClock, "iat");
    if (claims.contains(QLatin1String("nbf")) && (!decoded->notBefore || *decoded->notBefore > latest))
        return refuse(tr("The token is not valid yet (\"nbf\" claim).") + u' ' + checkClock, "nbf");
    if (*decoded->expiresAt <= *decoded->issuedAt)
        return refuse(tr("The token expires before it was issued. Sign in again."), "exp");
    if (*decoded->expiresAt <= earliest)
        return refuse(tr("The token has already expired. Refresh it or sign in again; if this computer's "
                         "clock is wrong, correct it first."),
            "exp");

    const QJsonValue thumbprint = claims.value(QLatin1String("thumbprint"));
    if (!thumbprint.isString() || expect.keyId.isEmpty() || thumbprint.toString() != expect.keyId)
        return refuse(tr("The token is not bound to this computer's device key (its \"thumbprint\" claim is "
                         "missing or names another key). Sign in again to pair this computer's key with the "
                         "account."),
            "thumbprint");
    return *decoded;
}

} // namespace PlexAuth
