#include "devicekey.h"

#include "securememory.h"

#include <QJsonDocument>

#include <openssl/evp.h>
#include <optional>

namespace PlexAuth {

namespace {
constexpr qsizetype keySize = 32; // RFC 8032 §5.1.5
constexpr qsizetype signatureSize = 64; // RFC 8032 §5.1.6

template<auto Free> struct Deleter
{
    template<typename T> void operator()(T *pointer) const { Free(pointer); }
};
using PKey = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY_free>>;
using PKeyContext = std::unique_ptr<EVP_PKEY_CTX, Deleter<EVP_PKEY_CTX_free>>;
using DigestContext = std::unique_ptr<EVP_MD_CTX, Deleter<EVP_MD_CTX_free>>;

const unsigned char *bytesOf(const QByteArray &bytes)
{
    return reinterpret_cast<const unsigned char *>(bytes.constData());
}

QByteArray base64Url(const QByteArray &bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// The bytes of a base64url member, accepted only in its one canonical spelling: no padding (RFC 7515
// §2), no other alphabet, no stray bits in the last character. A member that is not a string fails.
std::optional<QByteArray> fromBase64Url(const QJsonValue &member)
{
    if (!member.isString())
        return std::nullopt;
    QByteArray text = member.toString().toLatin1(); // anything beyond Latin-1 becomes '?', refused below
    const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    QByteArray canonical = decoded ? base64Url(*decoded) : QByteArray();
    const bool isCanonical = decoded && canonical == text;
    // The member may be the private key: leave no copy of it behind.
    SecureMemory::wipe(text);
    SecureMemory::wipe(canonical);
    if (!isCanonical) {
        QByteArray rejected = decoded.decoded;
        SecureMemory::wipe(rejected);
        return std::nullopt;
    }
    return decoded.decoded;
}

std::optional<QByteArray> rawPublicKey(const EVP_PKEY *key)
{
    QByteArray publicKey(keySize, '\0');
    size_t length = keySize;
    if (EVP_PKEY_get_raw_public_key(key, reinterpret_cast<unsigned char *>(publicKey.data()), &length) != 1
        || length != size_t(keySize))
        return std::nullopt;
    return publicKey;
}

// The Ed25519 public key of a JWK (RFC 8037 §2), or nothing if the JWK is not one meant for EdDSA signatures.
std::optional<QByteArray> ed25519PublicKey(const QJsonObject &jwk)
{
    const auto says = [&jwk](const char *member, const char *expected) {
        return jwk.value(QLatin1String(member)).toString() == QLatin1String(expected);
    };
    const auto absentOrSays = [&](const char *member, const char *expected) {
        return !jwk.contains(QLatin1String(member)) || says(member, expected);
    };
    if (!says("kty", "OKP") || !says("crv", "Ed25519") || !absentOrSays("alg", "EdDSA")
        || !absentOrSays("use", "sig"))
        return std::nullopt;
    std::optional<QByteArray> x = fromBase64Url(jwk.value(QLatin1String("x")));
    if (!x || x->size() != keySize)
        return std::nullopt;
    return x;
}

// RFC 8037 §2's public members, without the key id (which is computed from them).
QJsonObject publicMembers(const QByteArray &publicKey)
{
    return {
        { QStringLiteral("kty"), QStringLiteral("OKP") },
        { QStringLiteral("crv"), QStringLiteral("Ed25519") },
        { QStringLiteral("x"), QString::fromLatin1(base64Url(publicKey)) },
    };
}

PlexError keyError(const QString &message, const char *detail)
{
    PlexError error;
    error.kind = ErrorKind::DeviceKeyMissing;
    error.message = message;
    error.detail = QLatin1String(detail);
    return error;
}
} // namespace

DeviceKey::DeviceKey(std::shared_ptr<evp_pkey_st> key, QByteArray publicKey)
    : m_key(std::move(key))
    , m_publicKey(std::move(publicKey))
    , m_keyId(thumbprint(publicMembers(m_publicKey)))
{ }

Result<DeviceKey> DeviceKey::fromOpenSslKey(evp_pkey_st *key)
{
    std::shared_ptr<evp_pkey_st> shared(key, EVP_PKEY_free);
    std::optional<QByteArray> publicKey = key ? rawPublicKey(key) : std::nullopt;
    if (!publicKey)
        return keyError(tr("OpenSSL could not make or load this computer's device key. Check that OpenSSL "
                           "(libcrypto 3) is installed correctly, then try again."),
            "libcrypto failed on an Ed25519 key");
    return DeviceKey(std::move(shared), std::move(*publicKey));
}

Result<DeviceKey> DeviceKey::generate()
{
    const PKeyContext context(EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr));
    EVP_PKEY *key = nullptr;
    if (!context || EVP_PKEY_keygen_init(context.get()) != 1 || EVP_PKEY_keygen(context.get(), &key) != 1)
        return fromOpenSslKey(nullptr);
    return fromOpenSslKey(key);
}

Result<DeviceKey> DeviceKey::fromKeychainText(const QString &text)
{
    const auto damaged = [](const QString &why) {
        return keyError(tr("The device key stored in the keychain is damaged (%1). Sign in to this account "
                           "again to give this computer a new device key.")
                            .arg(why),
            "the keychain's device key is not an Ed25519 private JWK");
    };
    // Our copies of d are wiped; the parsed document's own copy is Qt's and is only freed.
    QByteArray utf8 = text.toUtf8();
    QJsonParseError parseError {};
    const QJsonDocument document = QJsonDocument::fromJson(utf8, &parseError);
    SecureMemory::wipe(utf8);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return damaged(tr("it is not a JSON object"));
    const QJsonObject jwk = document.object();
    if (jwk.value(QLatin1String("kty")).toString() != QLatin1String("OKP")
        || jwk.value(QLatin1String("crv")).toString() != QLatin1String("Ed25519"))
        return damaged(tr("it is not an Ed25519 key"));
    const std::optional<QByteArray> publicKey = fromBase64Url(jwk.value(QLatin1String("x")));
    if (!publicKey || publicKey->size() != keySize)
        return damaged(tr("its public key is not 32 bytes of base64url"));
    std::optional<QByteArray> privateKey = fromBase64Url(jwk.value(QLatin1String("d")));
    if (!privateKey || privateKey->size() != keySize) {
        if (privateKey)
            SecureMemory::wipe(*privateKey);
        return damaged(tr("its private key is not 32 bytes of base64url"));
    }
    EVP_PKEY *key
        = EVP_PKEY_new_raw_private_key(EVP_PKEY_ED25519, nullptr, bytesOf(*privateKey), size_t(keySize));
    SecureMemory::wipe(*privateKey);
    Result<DeviceKey> loaded = fromOpenSslKey(key);
    if (loaded.ok() && loaded.value().publicKey() != *publicKey)
        return damaged(tr("its public key does not belong to its private key"));
    return loaded;
}

QString DeviceKey::keychainText() const
{
    if (!m_key)
        return {};
    QByteArray privateKey(keySize, '\0');
    size_t length = keySize;
    if (EVP_PKEY_get_raw_private_key(
            m_key.get(), reinterpret_cast<unsigned char *>(privateKey.data()), &length)
            != 1
        || length != size_t(keySize)) {
        SecureMemory::wipe(privateKey);
        return {};
    }
    QByteArray d = base64Url(privateKey);
    SecureMemory::wipe(privateKey);
    const QByteArray x = base64Url(m_publicKey);
    // Written by hand (members in lexicographic order, as QJsonDocument would), so that no JSON library
    // keeps a copy of d.
    const QLatin1String prefix(R"({"crv":"Ed25519","d":")");
    const QLatin1String middle(R"(","kty":"OKP","x":")");
    const QLatin1String suffix(R"("})");
    QString text;
    text.reserve(prefix.size() + d.size() + middle.size() + x.size() + suffix.size());
    text.append(prefix).append(QLatin1String(d)).append(middle).append(QLatin1String(x)).append(suffix);
    SecureMemory::wipe(d);
    return text;
}

QJsonObject DeviceKey::publicJwk() const
{
    QJsonObject jwk = publicMembers(m_publicKey);
    jwk.insert(QStringLiteral("use"), QStringLiteral("sig"));
    jwk.insert(QStringLiteral("alg"), QStringLiteral("EdDSA"));
    jwk.insert(QStringLiteral("kid"), m_keyId);
    return jwk;
}

QByteArray DeviceKey::sign(const QByteArray &message) const
{
    const DigestContext context(EVP_MD_CTX_new());
    QByteArray signature(signatureSize, '\0');
    size_t length = signatureSize;
    // Ed25519 hashes the message itself: no digest and the one-shot EVP_DigestSign (RFC 8032 §5.1.6).
    if (!m_key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &length,
               bytesOf(message), size_t(message.size()))
            != 1
        || length != size_t(signatureSize))
        return {};
    return signature;
}

QString DeviceKey::signJwt(const QJsonObject &claims) const
{
    const QJsonObject header {
        { QStringLiteral("alg"), QStringLiteral("EdDSA") },
        { QStringLiteral("kid"), m_keyId },
        { QStringLiteral("typ"), QStringLiteral("JWT") },
    };
    const QByteArray signingInput = base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + base64Url(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    const QByteArray signature = sign(signingInput);
    if (signature.isEmpty())
        return {};
    return QString::fromLatin1(signingInput + '.' + base64Url(signature));
}

QString DeviceKey::thumbprint(const QJsonObject &publicJwk)
{
    const QJsonValue crv = publicJwk.value(QLatin1String("crv"));
    const QJsonValue x = publicJwk.value(QLatin1String("x"));
    const std::optional<QByteArray> publicKey = fromBase64Url(x);
    if (publicJwk.value(QLatin1String("kty")).toString() != QLatin1String("OKP") || !crv.isString()
        || crv.toString().isEmpty() || !publicKey || publicKey->isEmpty())
        return {};
    // RFC 7638 §3: the required members only, sorted, no whitespace; QJsonDocument sorts the keys.
    const QJsonObject required {
        { QStringLiteral("crv"), crv },
        { QStringLiteral("kty"), QStringLiteral("OKP") },
        { QStringLiteral("x"), x },
    };
    const QByteArray json = QJsonDocument(required).toJson(QJsonDocument::Compact);
    QByteArray digest(EVP_MAX_MD_SIZE, '\0');
    unsigned int length = 0;
    if (EVP_Digest(json.constData(), size_t(json.size()), reinterpret_cast<unsigned char *>(digest.data()),
            &length, EVP_sha256(), nullptr)
        != 1)
        return {};
    digest.truncate(qsizetype(length));
    return QString::fromLatin1(base64Url(digest));
}

bool DeviceKey::verify(const QJsonObject &publicJwk, const QByteArray &message, const QByteArray &signature)
{
    const std::optional<QByteArray> publicKey = ed25519PublicKey(publicJwk);
    if (!publicKey || signature.size() != signatureSize)
        return false;
    const PKey key(
        EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytesOf(*publicKey), size_t(keySize)));
    const DigestContext context(EVP_MD_CTX_new());
    return key && context && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, key.get()) == 1
        && EVP_DigestVerify(context.get(), bytesOf(signature), size_t(signature.size()), bytesOf(message),
               size_t(message.size()))
        == 1;
}

} // namespace PlexAuth
