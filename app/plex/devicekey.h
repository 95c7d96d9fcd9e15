#pragma once

#include "plexerror.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

#include <memory>

struct evp_pkey_st; // OpenSSL's EVP_PKEY

namespace PlexAuth {

// A device's Ed25519 key pair (RFC 8032, through OpenSSL's EVP_PKEY_ED25519), the key Plex's JWT
// device authentication pairs with an account (plex-auth-api.md §2.7). Copies share the one immutable
// key; OpenSSL clears the private key when the last copy goes.
class DeviceKey
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::DeviceKey)

public:
    static Result<DeviceKey> generate();
    // The keychain's text for the key: a private JWK (RFC 8037 §2), compact JSON
    // {"crv":"Ed25519","d":…,"kty":"OKP","x":…} with d and x base64url without padding. Refuses
    // anything else: another kty or crv, lengths other than 32 bytes, x not the public key of d.
    static Result<DeviceKey> fromKeychainText(const QString &text);

    // Holds the private key: for the keychain only.
    QString keychainText() const;
    // {"kty":"OKP","crv":"Ed25519","x":…,"use":"sig","alg":"EdDSA","kid":keyId()}
    QJsonObject publicJwk() const;
    // The RFC 7638 thumbprint of the public key.
    QString keyId() const { return m_keyId; }
    // The 32 raw bytes of the public key.
    QByteArray publicKey() const { return m_publicKey; }
    // The 64-byte Ed25519 signature of `message`; empty if libcrypto failed.
    QByteArray sign(const QByteArray &message) const;
    // A compact JWS (RFC 7515 §7.1) over `claims`, header {"alg":"EdDSA","kid":keyId(),"typ":"JWT"};
    // empty if libcrypto failed.
    QString signJwt(const QJsonObject &claims) const;

    // The RFC 7638 thumbprint of an OKP public JWK: base64url SHA-256 of {"crv","kty","x"} (RFC 8037 §2);
    // other members do not count. Empty if it is not an OKP key with a base64url x.
    static QString thumbprint(const QJsonObject &publicJwk);
    // Whether `signature` is a valid Ed25519 signature of `message` by the public JWK, which must be
    // kty OKP, crv Ed25519 (and, where it says so, alg EdDSA and use sig).
    static bool verify(const QJsonObject &publicJwk, const QByteArray &message, const QByteArray &signature);

private:
    DeviceKey(std::shared_ptr<evp_pkey_st> key, QByteArray publicKey);
    static Result<DeviceKey> fromOpenSslKey(evp_pkey_st *key);

    std::shared_ptr<evp_pkey_st> m_key;
    QByteArray m_publicKey;
    QString m_keyId;
};

} // namespace PlexAuth
