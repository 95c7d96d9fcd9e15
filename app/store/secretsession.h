#pragma once

#include <QByteArray>

#include <memory>
#include <optional>

namespace PlexAuth {

// The client's half of the Secret Service's "dh-ietf1024-sha256-aes128-cbc-pkcs7" session
// (Secret Service API 0.2, "Transfer of Secrets"; as libsecret's secret-session.c does it):
// Diffie-Hellman in the 1024-bit MODP group of RFC 2409 (group 2, generator 2), the shared secret
// as big-endian bytes padded to the prime's 128, HKDF-SHA256 with no salt and no info to a 16-byte
// key, then AES-128-CBC with PKCS#7 padding and the IV in the secret's parameters.
// All of it through OpenSSL's libcrypto. The key and the private key are wiped when it goes.
class SecretSession
{
public:
    static constexpr const char *algorithm = "dh-ietf1024-sha256-aes128-cbc-pkcs7";
    static constexpr qsizetype keySize = 16;
    static constexpr qsizetype ivSize = 16;

    // A fresh key pair; std::nullopt only when libcrypto fails.
    static std::optional<SecretSession> create();
    SecretSession(SecretSession &&) noexcept;
    SecretSession &operator=(SecretSession &&) noexcept;
    SecretSession(const SecretSession &) = delete;
    SecretSession &operator=(const SecretSession &) = delete;
    ~SecretSession();

    // Ours, for OpenSession's input: an unsigned big-endian integer.
    QByteArray publicKey() const;
    // Derives the AES key from the other side's public key (OpenSession's output). False for a key
    // outside the group (OpenSSL checks 1 < y < p - 1) or when libcrypto fails.
    bool agree(const QByteArray &peerPublicKey);
    bool hasKey() const { return !m_key.isEmpty(); }

    // std::nullopt for a wrong IV size, a length that is not whole blocks, or bad padding.
    std::optional<QByteArray> decrypt(const QByteArray &iv, const QByteArray &ciphertext) const;
    // The service's direction (and what storing a secret would send); with a random IV in `iv`.
    std::optional<QByteArray> encrypt(const QByteArray &plaintext, QByteArray *iv) const;

    // HKDF-SHA256, no salt, no info, 16 bytes: the key for a shared secret.
    static std::optional<QByteArray> deriveKey(const QByteArray &sharedSecret);

private:
    struct KeyPair;
    explicit SecretSession(std::unique_ptr<KeyPair> keys);

    std::unique_ptr<KeyPair> m_keys;
    QByteArray m_key;
};

} // namespace PlexAuth
