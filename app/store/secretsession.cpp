#include "secretsession.h"

#include "securememory.h"

#include <openssl/bn.h>
#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/dh.h>
#include <openssl/evp.h>
#include <openssl/kdf.h>
#include <openssl/param_build.h>
#include <openssl/rand.h>

namespace PlexAuth {

namespace {

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *pointer) const { Free(pointer); }
};
using BigNum = std::unique_ptr<BIGNUM, Deleter<BN_free>>;
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using ParamBuilder = std::unique_ptr<OSSL_PARAM_BLD, Deleter<OSSL_PARAM_BLD_free>>;
using Params = std::unique_ptr<OSSL_PARAM, Deleter<OSSL_PARAM_free>>;
using Kdf = std::unique_ptr<EVP_KDF, Deleter<EVP_KDF_free>>;
using KdfContext = std::unique_ptr<EVP_KDF_CTX, Deleter<EVP_KDF_CTX_free>>;
using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, Deleter<EVP_CIPHER_CTX_free>>;

constexpr int primeBytes = 128;

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

// The group's parameters, and with `publicKey` a public key in it. OpenSSL 3.0 knows RFC 2409's
// group 2 by its prime (BN_get_rfc2409_prime_1024), not as a named group.
PKey groupKey(const BIGNUM *publicKey)
{
    const BigNum prime(BN_get_rfc2409_prime_1024(nullptr));
    const BigNum generator(BN_new());
    const ParamBuilder builder(OSSL_PARAM_BLD_new());
    if (!prime || !generator || !builder || BN_set_word(generator.get(), 2) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_FFC_P, prime.get()) != 1
        || OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_FFC_G, generator.get()) != 1
        || (publicKey && OSSL_PARAM_BLD_push_BN(builder.get(), OSSL_PKEY_PARAM_PUB_KEY, publicKey) != 1))
        return nullptr;
    const Params params(OSSL_PARAM_BLD_to_param(builder.get()));
    const PKeyContext context(EVP_PKEY_CTX_new_from_name(nullptr, "DH", nullptr));
    EVP_PKEY *key = nullptr;
    if (!params || !context || EVP_PKEY_fromdata_init(context.get()) != 1
        || EVP_PKEY_fromdata(
               context.get(), &key, publicKey ? EVP_PKEY_PUBLIC_KEY : EVP_PKEY_KEY_PARAMETERS, params.get())
            != 1)
        return nullptr;
    return PKey(key);
}

} // namespace

struct SecretSession::KeyPair
{
    PKey key; // OpenSSL's: EVP_PKEY_free clears the private exponent
};

SecretSession::SecretSession(std::unique_ptr<KeyPair> keys)
    : m_keys(std::move(keys))
{ }

SecretSession::SecretSession(SecretSession &&) noexcept = default;
SecretSession &SecretSession::operator=(SecretSession &&) noexcept = default;

SecretSession::~SecretSession()
{
    SecureMemory::wipe(m_key);
}

std::optional<SecretSession> SecretSession::create()
{
    const PKey group = groupKey(nullptr);
    if (!group)
        return std::nullopt;
    const PKeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, group.get(), nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_generate(context.get(), &key) != 1)
        return std::nullopt;
    auto keys = std::make_unique<KeyPair>();
    keys->key.reset(key);
    return SecretSession(std::move(keys));
}

QByteArray SecretSession::publicKey() const
{
    BIGNUM *value = nullptr;
    if (!m_keys || EVP_PKEY_get_bn_param(m_keys->key.get(), OSSL_PKEY_PARAM_PUB_KEY, &value) != 1)
        return {};
    const BigNum owned(value);
    QByteArray bytes(BN_num_bytes(value), Qt::Uninitialized);
    BN_bn2bin(value, reinterpret_cast<unsigned char *>(bytes.data()));
    return bytes;
}

bool SecretSession::agree(const QByteArray &peerPublicKey)
{
    SecureMemory::wipe(m_key);
    if (!m_keys || peerPublicKey.isEmpty() || peerPublicKey.size() > primeBytes)
        return false;
    const BigNum peerValue(BN_bin2bn(bytesOf(peerPublicKey), int(peerPublicKey.size()), nullptr));
    const PKey peer = peerValue ? groupKey(peerValue.get()) : nullptr;
    const PKeyContext context(EVP_PKEY_CTX_new_from_pkey(nullptr, m_keys->key.get(), nullptr));
    // Padding keeps the leading zero bytes: libsecret's egg_dh_gen_secret pads to the prime's size.
    // EVP_PKEY_derive_set_peer checks the peer's key (OpenSSL's DH_check_pub_key).
    if (!peer || !context || EVP_PKEY_derive_init(context.get()) != 1
        || EVP_PKEY_CTX_set_dh_pad(context.get(), 1) != 1
        || EVP_PKEY_derive_set_peer(context.get(), peer.get()) != 1)
        return false;
    size_t length = 0;
    if (EVP_PKEY_derive(context.get(), nullptr, &length) != 1 || length != size_t(primeBytes))
        return false;
    QByteArray shared(primeBytes, Qt::Uninitialized);
    const bool derived
        = EVP_PKEY_derive(context.get(), reinterpret_cast<unsigned char *>(shared.data()), &length) == 1
        && length == size_t(primeBytes);
    std::optional<QByteArray> key = derived ? deriveKey(shared) : std::nullopt;
    SecureMemory::wipe(shared);
    if (!key)
        return false;
    m_key = std::move(*key);
    return true;
}

std::optional<QByteArray> SecretSession::deriveKey(const QByteArray &sharedSecret)
{
    const Kdf kdf(EVP_KDF_fetch(nullptr, "HKDF", nullptr));
    const KdfContext context(kdf ? EVP_KDF_CTX_new(kdf.get()) : nullptr);
    if (!context)
        return std::nullopt;
    char digest[] = "SHA256";
    QByteArray ikm = sharedSecret; // OSSL_PARAM wants a non-const pointer; wiped below
    const OSSL_PARAM params[] = {
        OSSL_PARAM_construct_utf8_string(OSSL_KDF_PARAM_DIGEST, digest, 0),
        OSSL_PARAM_construct_octet_string(OSSL_KDF_PARAM_KEY, ikm.data(), size_t(ikm.size())),
        OSSL_PARAM_construct_end(),
    };
    QByteArray key(keySize, Qt::Uninitialized);
    const bool ok = EVP_KDF_derive(context.get(), reinterpret_cast<unsigned char *>(key.data()),
                        size_t(key.size()), params)
        == 1;
    SecureMemory::wipe(ikm);
    if (!ok) {
        SecureMemory::wipe(key);
        return std::nullopt;
    }
    return key;
}

std::optional<QByteArray> SecretSession::decrypt(const QByteArray &iv, const QByteArray &ciphertext) const
{
    if (!hasKey() || iv.size() != ivSize || ciphertext.isEmpty() || ciphertext.size() % ivSize != 0)
        return std::nullopt;
    const CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray plaintext(ciphertext.size(), Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(plaintext.data());
    int written = 0;
    int final = 0;
    // EVP_DecryptFinal_ex checks and strips the PKCS#7 padding.
    const bool ok = context
        && EVP_DecryptInit_ex(context.get(), EVP_aes_128_cbc(), nullptr, bytesOf(m_key), bytesOf(iv)) == 1
        && EVP_DecryptUpdate(context.get(), out, &written, bytesOf(ciphertext), int(ciphertext.size())) == 1
        && EVP_DecryptFinal_ex(context.get(), out + written, &final) == 1;
    if (!ok) {
        SecureMemory::wipe(plaintext);
        return std::nullopt;
    }
    const qsizetype length = written + final;
    OPENSSL_cleanse(out + length, size_t(plaintext.size() - length));
    plaintext.truncate(length);
    return plaintext;
}

std::optional<QByteArray> SecretSession::encrypt(const QByteArray &plaintext, QByteArray *iv) const
{
    if (!hasKey() || !iv)
        return std::nullopt;
    iv->resize(ivSize);
    const CipherContext context(EVP_CIPHER_CTX_new());
    QByteArray ciphertext((plaintext.size() / ivSize + 1) * ivSize, Qt::Uninitialized);
    auto *out = reinterpret_cast<unsigned char *>(ciphertext.data());
    int written = 0;
    int final = 0;
    const bool ok = context && RAND_bytes(reinterpret_cast<unsigned char *>(iv->data()), int(ivSize)) == 1
        && EVP_EncryptInit_ex(context.get(), EVP_aes_128_cbc(), nullptr, bytesOf(m_key), bytesOf(*iv)) == 1
        && EVP_EncryptUpdate(context.get(), out, &written, bytesOf(plaintext), int(plaintext.size())) == 1
        && EVP_EncryptFinal_ex(context.get(), out + written, &final) == 1
        && written + final == ciphertext.size();
    if (!ok)
        return std::nullopt;
    return ciphertext;
}

} // namespace PlexAuth
