// Plex JWT device authentication (plex-auth-api.md §2.7): the clients API's answers (nonce, token,
// signing keys), a device key's keychain text (a private JWK) and the Plex JWT verifier.

#include "deviceauthparsers.h"
#include "devicekey.h"
#include "fuzztargets.h"
#include "invariants.h"
#include "plexjwtverifier.h"
#include "runners.h"

#include <QJsonObject>

namespace PlexAuth::Fuzz {

namespace {
// One fixed key plays plex.tv's, so that a fuzzed token can get as far as the claims.
const DeviceKey &plexTvKey()
{
    static const DeviceKey key = DeviceKey::fromKeychainText(
        QStringLiteral(
            R"({"crv":"Ed25519","d":"nWGxne_9WmC6hEr0kuwsxERJxWl7MmkZcDusAxyuf2A","kty":"OKP","x":"11qYAYKxCrfVS_7TyWQHOg7hcvPapiMlrwIaaPcHURo"})"))
                                     .value();
    return key;
}
} // namespace

bool runNonce(const QByteArray &data)
{
    QString whyNot;
    const std::optional<QString> nonce = Parse::nonce(data, &whyNot);
    if (!nonce) {
        checkRejection(whyNot, data);
        return false;
    }
    PLEXAUTH_FUZZ_CHECK(!nonce->isEmpty()); // it goes into the device JWT as it is
    return true;
}

bool runAuthToken(const QByteArray &data)
{
    QString whyNot;
    const std::optional<QString> token = Parse::issuedToken(data, &whyNot);
    if (!token) {
        checkRejection(whyNot, data);
        return false;
    }
    PLEXAUTH_FUZZ_CHECK(!token->isEmpty());
    return true;
}

bool runSigningKeys(const QByteArray &data)
{
    QString whyNot;
    const std::optional<QList<QJsonObject>> keys = Parse::signingKeys(data, &whyNot);
    if (!keys) {
        checkRejection(whyNot, data);
        return false;
    }
    PLEXAUTH_FUZZ_CHECK(!keys->isEmpty());
    for (const QJsonObject &key : *keys) {
        // Whatever a listed key holds, checking a signature with it is an answer, never a crash.
        PLEXAUTH_FUZZ_CHECK(!DeviceKey::verify(key, QByteArrayLiteral("message"), QByteArray(64, '\0')));
        (void)DeviceKey::thumbprint(key);
    }
    return true;
}

bool runDeviceKeyText(const QByteArray &data)
{
    const Result<DeviceKey> key = DeviceKey::fromKeychainText(QString::fromUtf8(data));
    if (!key.ok()) {
        PLEXAUTH_FUZZ_CHECK(!key.error().message.isEmpty());
        PLEXAUTH_FUZZ_CHECK(!leaksSecret(key.error().message, data));
        PLEXAUTH_FUZZ_CHECK(!leaksSecret(key.error().detail, data));
        return false;
    }
    // A key that was accepted is one: it round-trips, names itself, and its signatures verify.
    const Result<DeviceKey> again = DeviceKey::fromKeychainText(key.value().keychainText());
    PLEXAUTH_FUZZ_CHECK(again.ok() && again.value().keyId() == key.value().keyId());
    PLEXAUTH_FUZZ_CHECK(key.value().publicKey().size() == 32);
    PLEXAUTH_FUZZ_CHECK(DeviceKey::thumbprint(key.value().publicJwk()) == key.value().keyId());
    const QByteArray signature = key.value().sign(QByteArrayLiteral("message"));
    PLEXAUTH_FUZZ_CHECK(DeviceKey::verify(key.value().publicJwk(), QByteArrayLiteral("message"), signature));
    return true;
}

bool runPlexJwt(const QByteArray &data)
{
    const QString token = QString::fromUtf8(data);
    const PlexJwtExpectations expect { QStringLiteral("fuzz-client"), plexTvKey().keyId(),
        QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC), std::chrono::minutes(5) };
    const Result<DecodedJwt> verified = PlexJwtVerifier::verify(token, { plexTvKey().publicJwk() }, expect);
    if (!verified.ok()) {
        PLEXAUTH_FUZZ_CHECK(verified.error().kind == ErrorKind::TokenVerificationFailed);
        PLEXAUTH_FUZZ_CHECK(!token.isEmpty() || !verified.error().message.isEmpty());
        PLEXAUTH_FUZZ_CHECK(token.size() < 8 || !verified.error().message.contains(token));
        PLEXAUTH_FUZZ_CHECK(token.size() < 8 || !verified.error().detail.contains(token));
        return false;
    }
    // Only a token the key signed gets here (the seed): it has an expiry to renew by.
    PLEXAUTH_FUZZ_CHECK(verified.value().expiresAt.has_value());
    return true;
}

} // namespace PlexAuth::Fuzz
