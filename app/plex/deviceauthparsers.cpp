#include "deviceauthparsers.h"

#include "documentreader.h"

#include <QJsonArray>

namespace PlexAuth::Parse {

namespace {
std::optional<QString> stringField(
    const QByteArray &body, QStringView key, const QString &missing, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    const QString value = Doc::string(document->toObject(), key);
    if (value.isEmpty()) {
        *whyNot = missing;
        return std::nullopt;
    }
    return value;
}
} // namespace

std::optional<QString> nonce(const QByteArray &body, QString *whyNot)
{
    return stringField(body, u"nonce", QStringLiteral("no nonce in the answer"), whyNot);
}

std::optional<QString> issuedToken(const QByteArray &body, QString *whyNot)
{
    return stringField(body, u"auth_token", QStringLiteral("no token in the answer"), whyNot);
}

std::optional<QList<QJsonObject>> signingKeys(const QByteArray &body, QString *whyNot)
{
    const std::optional<QJsonValue> document = Doc::parse(body, whyNot);
    if (!document)
        return std::nullopt;
    QList<QJsonObject> keys;
    for (const QJsonObject &key : Doc::objects(document->toObject(), u"keys")) {
        if (key.value(u"kty").toString() == u"OKP" && key.value(u"crv").toString() == u"Ed25519"
            && !key.value(u"x").toString().isEmpty())
            keys.append(key);
    }
    if (keys.isEmpty()) {
        *whyNot = QStringLiteral("no Ed25519 key in the answer");
        return std::nullopt;
    }
    return keys;
}

} // namespace PlexAuth::Parse
