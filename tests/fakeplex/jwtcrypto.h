#pragma once

// Ed25519 keys, JWKs and compact JWTs for the fake plex.tv, through OpenSSL's EVP API only. Independent
// of the app's own JWT code on purpose: the fake is a check of it.

#include <QByteArray>
#include <QJsonObject>
#include <QString>

#include <memory>
#include <openssl/types.h>
#include <optional>

namespace FakePlex {

// RFC 7515 §2: base64url without padding.
QByteArray base64UrlEncode(const QByteArray &data);
// Strict: no padding, no characters outside the base64url alphabet.
std::optional<QByteArray> base64UrlDecode(const QByteArray &text);

class Ed25519Key
{
public:
    static Ed25519Key generate();
    // raw: the 32-byte public key (RFC 8032 §5.1.5); a null key if it is not one.
    static Ed25519Key fromPublicKey(const QByteArray &raw);

    bool isNull() const { return !m_key; }
    QByteArray publicKey() const;
    // Empty if the key has no private half.
    QByteArray sign(const QByteArray &message) const;
    bool verify(const QByteArray &message, const QByteArray &signature) const;

private:
    std::shared_ptr<EVP_PKEY> m_key;
};

// RFC 7638 thumbprint of an OKP key (RFC 8037 §A.3): base64url SHA-256 of {"crv":..,"kty":"OKP","x":..}.
QString okpThumbprint(const QString &x);
// {"kty":"OKP","crv":"Ed25519","x":..,"use":"sig","alg":"EdDSA","kid":<thumbprint>}.
QJsonObject publicJwk(const Ed25519Key &key);
// The key of an Ed25519 public JWK (kty OKP, crv Ed25519, a 32-byte x; use and alg, when present, sig
// and EdDSA); a null key when the JWK is anything else.
Ed25519Key keyFromJwk(const QJsonObject &jwk);

struct CompactJwt
{
    QJsonObject header;
    QJsonObject claims;
    QByteArray signingInput; // base64url(header) "." base64url(claims), what the signature covers
    QByteArray signature;
};

// header.claims.signature with both JSON parts objects; nullopt otherwise. Verifies nothing.
std::optional<CompactJwt> parseCompactJwt(const QByteArray &text);
QByteArray signCompactJwt(const QJsonObject &header, const QJsonObject &claims, const Ed25519Key &key);

} // namespace FakePlex
