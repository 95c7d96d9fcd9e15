#pragma once

#include "jwt.h"
#include "plexerror.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <chrono>

namespace PlexAuth {

// What a Plex JWT must say to be ours (plex-auth-api.md §2.7, "Decoded Plex JWT").
struct PlexJwtExpectations
{
    QString clientIdentifier; // aud may be "plex.tv" or this
    QString keyId; // the device key's kid: the token's "thumbprint" claim must equal it
    QDateTime now;
    std::chrono::seconds allowedSkew { std::chrono::minutes(5) };
};

// Checks a Plex JWT (the token plex.tv issues) before it is stored or used.
class PlexJwtVerifier
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::PlexJwtVerifier)

public:
    // The signature first, against each Ed25519 JWK of `keys` (GET {clients}/auth/keys; plex.tv rotates
    // them, so every one is tried, whatever kid the header names); the header's alg must be EdDSA. Then
    // the claims: iss "plex.tv"; aud (a string or an array) "plex.tv" or the client identifier; exp and
    // iat numbers, iat not after now + skew, exp after iat and after now - skew; nbf, if present, not
    // after now + skew; thumbprint the key id. An error (TokenVerificationFailed) names the check that
    // failed and never contains the token. No keys is an error too.
    static Result<DecodedJwt> verify(
        const QString &token, const QList<QJsonObject> &keys, const PlexJwtExpectations &expect);
};

} // namespace PlexAuth
