#include "jwtcrypto.h"

#include <QJsonDocument>

#include <openssl/evp.h>

using namespace Qt::Literals::StringLiterals;

namespace FakePlex {
namespace {

constexpr size_t kEd25519KeySize = 32;
constexpr size_t kEd25519SignatureSize = 64;

struct MdContextDeleter
{
    void operator()(EVP_MD_CTX *context) const { EVP_MD_CTX_free(context); }
};
using MdContext = std::unique_ptr<EVP_MD_CTX, MdContextDeleter>;

std::shared_ptr<EVP_PKEY> adopt(EVP_PKEY *key)
{
    if (!key)
        return {};
    return { key, EVP_PKEY_free };
}

const unsigned char *bytes(const QByteArray &data)
{
    return reinterpret_cast<const unsigned char *>(data.constData());
}

QByteArray sha256(const QByteArray &data)
{
    QByteArray digest(EVP_MAX_MD_SIZE, '\0');
    unsigned int size = 0;
    if (EVP_Digest(data.constData(), static_cast<size_t>(data.size()),
            reinterpret_cast<unsigned char *>(digest.data()), &size, EVP_sha256(), nullptr)
        != 1)
        return {};
    digest.resize(size);
    return digest;
}

std::optional<QJsonObject> decodeJsonPart(const QByteArray &part)
{
    const std::optional<QByteArray> json = base64UrlDecode(part);
    if (!json)
        return std::nullopt;
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(*json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    return doc.object();
}

} // namespace

QByteArray base64UrlEncode(const QByteArray &data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

std::optional<QByteArray> base64UrlDecode(const QByteArray &text)
{
    if (text.contains('='))
        return std::nullopt;
    auto result = QByteArray::fromBase64Encoding(
        text, QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!result)
        return std::nullopt;
    return *result;
}

Ed25519Key Ed25519Key::generate()
{
    Ed25519Key key;
    EVP_PKEY_CTX *context = EVP_PKEY_CTX_new_id(EVP_PKEY_ED25519, nullptr);
    EVP_PKEY *generated = nullptr;
    if (context && EVP_PKEY_keygen_init(context) == 1 && EVP_PKEY_keygen(context, &generated) == 1)
        key.m_key = adopt(generated);
    EVP_PKEY_CTX_free(context);
    return key;
}

Ed25519Key Ed25519Key::fromPublicKey(const QByteArray &raw)
{
    Ed25519Key key;
    if (static_cast<size_t>(raw.size()) == kEd25519KeySize)
        key.m_key
            = adopt(EVP_PKEY_new_raw_public_key(EVP_PKEY_ED25519, nullptr, bytes(raw), kEd25519KeySize));
    return key;
}

QByteArray Ed25519Key::publicKey() const
{
    QByteArray raw(kEd25519KeySize, '\0');
    size_t size = kEd25519KeySize;
    if (!m_key
        || EVP_PKEY_get_raw_public_key(m_key.get(), reinterpret_cast<unsigned char *>(raw.data()), &size)
            != 1)
        return {};
    raw.resize(static_cast<qsizetype>(size));
    return raw;
}

QByteArray Ed25519Key::sign(const QByteArray &message) const
{
    // Ed25519 is a one-shot signature with no separate digest: NULL digest (OpenSSL EVP_SIGNATURE-ED25519).
    const MdContext context(EVP_MD_CTX_new());
    QByteArray signature(kEd25519SignatureSize, '\0');
    size_t size = kEd25519SignatureSize;
    if (!m_key || !context || EVP_DigestSignInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) != 1
        || EVP_DigestSign(context.get(), reinterpret_cast<unsigned char *>(signature.data()), &size,
               bytes(message), static_cast<size_t>(message.size()))
            != 1)
        return {};
    signature.resize(static_cast<qsizetype>(size));
    return signature;
}

bool Ed25519Key::verify(const QByteArray &message, const QByteArray &signature) const
{
    const MdContext context(EVP_MD_CTX_new());
    return m_key && context && static_cast<size_t>(signature.size()) == kEd25519SignatureSize
        && EVP_DigestVerifyInit(context.get(), nullptr, nullptr, nullptr, m_key.get()) == 1
        && EVP_DigestVerify(context.get(), bytes(signature), kEd25519SignatureSize, bytes(message),
               static_cast<size_t>(message.size()))
        == 1;
}

QString okpThumbprint(const QString &x)
{
    // RFC 7638 §3.2: the required members only, in lexicographic order, no whitespace.
    const QByteArray canonical = R"({"crv":"Ed25519","kty":"OKP","x":")"_ba + x.toUtf8() + R"("})"_ba;
    return QString::fromLatin1(base64UrlEncode(sha256(canonical)));
}

QJsonObject publicJwk(const Ed25519Key &key)
{
    const QString x = QString::fromLatin1(base64UrlEncode(key.publicKey()));
    return QJsonObject {
        { u"kty"_s, u"OKP"_s },
        { u"crv"_s, u"Ed25519"_s },
        { u"x"_s, x },
        { u"use"_s, u"sig"_s },
        { u"alg"_s, u"EdDSA"_s },
        { u"kid"_s, okpThumbprint(x) },
    };
}

Ed25519Key keyFromJwk(const QJsonObject &jwk)
{
    const auto optionalIs = [&jwk](const QString &name, const QString &expected) {
        const QJsonValue value = jwk.value(name);
        return value.isUndefined() || value.toString() == expected;
    };
    if (jwk.value(u"kty"_s).toString() != u"OKP"_s || jwk.value(u"crv"_s).toString() != u"Ed25519"_s
        || !jwk.value(u"x"_s).isString() || !optionalIs(u"use"_s, u"sig"_s)
        || !optionalIs(u"alg"_s, u"EdDSA"_s) || jwk.contains(u"d"_s))
        return {};
    const std::optional<QByteArray> raw = base64UrlDecode(jwk.value(u"x"_s).toString().toLatin1());
    return raw ? Ed25519Key::fromPublicKey(*raw) : Ed25519Key();
}

std::optional<CompactJwt> parseCompactJwt(const QByteArray &text)
{
    const QList<QByteArray> parts = text.split('.');
    if (parts.size() != 3 || parts.at(0).isEmpty() || parts.at(1).isEmpty() || parts.at(2).isEmpty())
        return std::nullopt;
    const std::optional<QJsonObject> header = decodeJsonPart(parts.at(0));
    const std::optional<QJsonObject> claims = decodeJsonPart(parts.at(1));
    const std::optional<QByteArray> signature = base64UrlDecode(parts.at(2));
    if (!header || !claims || !signature)
        return std::nullopt;
    return CompactJwt { *header, *claims, parts.at(0) + '.' + parts.at(1), *signature };
}

QByteArray signCompactJwt(const QJsonObject &header, const QJsonObject &claims, const Ed25519Key &key)
{
    const QByteArray signingInput = base64UrlEncode(QJsonDocument(header).toJson(QJsonDocument::Compact))
        + '.' + base64UrlEncode(QJsonDocument(claims).toJson(QJsonDocument::Compact));
    return signingInput + '.' + base64UrlEncode(key.sign(signingInput));
}

} // namespace FakePlex
