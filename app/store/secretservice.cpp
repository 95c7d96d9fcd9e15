#include "secretservice.h"

#include "logging.h"
#include "secretsession.h"
#include "securememory.h"

#if defined(PLEXAUTH_HAVE_SECRET_SERVICE)
#include "secretstruct.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusError>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>

#include <memory>
#include <openssl/crypto.h>
#include <optional>

namespace PlexAuth {

namespace {
using Attributes = QMap<QString, QString>;
using SecretMap = QMap<QDBusObjectPath, SecretStruct>;

const QString secretsService = QStringLiteral("org.freedesktop.secrets");
const QString secretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString serviceInterface = QStringLiteral("org.freedesktop.Secret.Service");
constexpr int callTimeoutMs = 5000;

void registerTypes()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<Attributes>();
        qDBusRegisterMetaType<SecretStruct>();
        qDBusRegisterMetaType<SecretMap>();
        return true;
    }();
    Q_UNUSED(registered);
}

QDBusMessage serviceCall(const QString &method)
{
    return QDBusMessage::createMethodCall(secretsService, secretsPath, serviceInterface, method);
}

template<typename Reply, typename Then>
void callAsync(const QDBusMessage &message, QObject *context, Then then)
{
    auto *watcher = new QDBusPendingCallWatcher(
        QDBusConnection::sessionBus().asyncCall(message, callTimeoutMs), context);
    QObject::connect(watcher, &QDBusPendingCallWatcher::finished, context,
        [then = std::move(then)](QDBusPendingCallWatcher *finished) {
            finished->deleteLater();
            then(Reply(*finished));
        });
}

// One read of one item: the session it opened, and for an encrypted session its keys.
struct SecretRead
{
    QDBusObjectPath item;
    QObject *context = nullptr;
    SecretService::Handler handler;
    std::optional<SecretSession> crypto; // empty: the "plain" session
    QDBusObjectPath session;
    QString algorithm;
};
using ReadPtr = std::shared_ptr<SecretRead>;

void finish(const ReadPtr &read, SecretService::Verdict verdict, const QString &secret = {})
{
    if (!read->session.path().isEmpty()) {
        QDBusConnection::sessionBus().asyncCall(QDBusMessage::createMethodCall(secretsService,
            read->session.path(), QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close")));
    }
    read->crypto.reset(); // wipes the session key
    read->handler(verdict, secret);
}

// The item's text from the Secret struct, decrypted in an encrypted session; wipes what it decrypted.
std::optional<QString> textOf(const SecretRead &read, SecretStruct &secret)
{
    if (secret.session.path() != read.session.path()) {
        qCDebug(lcKeychain).noquote() << "Secret Service GetSecrets: the secret came for session"
                                      << secret.session.path() << "not" << read.session.path();
        return std::nullopt;
    }
    if (!read.crypto) {
        if (!secret.parameters.isEmpty())
            return std::nullopt;
        return QString::fromUtf8(secret.value);
    }
    std::optional<QByteArray> plaintext = read.crypto->decrypt(secret.parameters, secret.value);
    if (!plaintext) {
        qCDebug(lcKeychain).noquote() << "Secret Service GetSecrets: the secret did not decrypt";
        return std::nullopt;
    }
    const QString text = QString::fromUtf8(*plaintext);
    SecureMemory::wipe(*plaintext);
    return text;
}

void getSecret(const ReadPtr &read)
{
    QDBusMessage get = serviceCall(QStringLiteral("GetSecrets"));
    get << QVariant::fromValue(QList<QDBusObjectPath> { read->item }) << QVariant::fromValue(read->session);
    callAsync<QDBusPendingReply<SecretMap>>(
        get, read->context, [read](const QDBusPendingReply<SecretMap> &got) {
            SecretMap secrets = got.isError() ? SecretMap() : got.value();
            const auto found = secrets.find(read->item);
            std::optional<QString> text;
            if (found == secrets.end()) {
                qCDebug(lcKeychain).noquote()
                    << "Secret Service GetSecrets:"
                    << (got.isError() ? got.error().message() : QStringLiteral("no secret"));
            } else {
                text = textOf(*read, *found);
            }
            for (SecretStruct &secret : secrets)
                SecureMemory::wipe(secret.value);
            if (text)
                finish(read, SecretService::Verdict::Found, *text);
            else
                finish(read, SecretService::Verdict::Unavailable);
        });
}

void openSession(const ReadPtr &read, bool encrypted)
{
    if (encrypted)
        read->crypto = SecretSession::create();
    else
        read->crypto.reset();
    if (encrypted && !read->crypto) {
        qCDebug(lcKeychain).noquote() << "Secret Service: no key pair from libcrypto";
        finish(read, SecretService::Verdict::Unavailable);
        return;
    }
    read->algorithm = encrypted ? QString::fromLatin1(SecretSession::algorithm) : QStringLiteral("plain");
    const QVariant input = encrypted ? QVariant(read->crypto->publicKey()) : QVariant(QString());
    QDBusMessage open = serviceCall(QStringLiteral("OpenSession"));
    open << read->algorithm << QVariant::fromValue(QDBusVariant(input));
    callAsync<QDBusPendingReply<QDBusVariant, QDBusObjectPath>>(open, read->context,
        [read, encrypted](const QDBusPendingReply<QDBusVariant, QDBusObjectPath> &opened) {
            if (opened.isError()) {
                // As libsecret does: "plain" only for a service that does not know the algorithm.
                if (encrypted && opened.error().type() == QDBusError::NotSupported) {
                    qCDebug(lcKeychain).noquote() << "Secret Service: no encrypted session, using plain";
                    openSession(read, false);
                    return;
                }
                qCDebug(lcKeychain).noquote() << "Secret Service OpenSession:" << opened.error().message();
                finish(read, SecretService::Verdict::Unavailable);
                return;
            }
            read->session = opened.argumentAt<1>();
            if (encrypted && !read->crypto->agree(opened.argumentAt<0>().variant().toByteArray())) {
                qCDebug(lcKeychain).noquote()
                    << "Secret Service OpenSession: no key from the service's reply";
                finish(read, SecretService::Verdict::Unavailable);
                return;
            }
            qCDebug(lcKeychain).noquote() << "Secret Service session:" << read->algorithm;
            getSecret(read);
        });
}
} // namespace

bool SecretService::isSupported()
{
    return true;
}

void SecretService::lookup(const QString &service, const QString &key, QObject *context, Handler handler)
{
    if (!QDBusConnection::sessionBus().isConnected()) {
        handler(Verdict::Unavailable, {});
        return;
    }
    registerTypes();
    // The attributes QtKeychain's libsecret backend files text items under. libsecret adds the
    // schema's name as "xdg:schema" to every item it stores (secret_service_store), though QtKeychain's
    // own lookups leave it out (SECRET_SCHEMA_DONT_MATCH_NAME): with it, another application's item
    // with the same three attributes is never read.
    const Attributes attributes { { QStringLiteral("server"), service }, { QStringLiteral("user"), key },
        { QStringLiteral("type"), QStringLiteral("plaintext") },
        { QStringLiteral("xdg:schema"), QStringLiteral("org.qt.keychain") } };
    QDBusMessage search = serviceCall(QStringLiteral("SearchItems"));
    search << QVariant::fromValue(attributes);
    callAsync<QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>>>(search, context,
        [context, handler = std::move(handler)](
            const QDBusPendingReply<QList<QDBusObjectPath>, QList<QDBusObjectPath>> &found) {
            if (found.isError()) {
                qCDebug(lcKeychain).noquote() << "Secret Service SearchItems:" << found.error().message();
                handler(Verdict::Unavailable, {});
                return;
            }
            const QList<QDBusObjectPath> unlocked = found.argumentAt<0>();
            const QList<QDBusObjectPath> locked = found.argumentAt<1>();
            if (unlocked.size() > 1) {
                handler(Verdict::Ambiguous, {});
            } else if (unlocked.size() == 1) {
                auto read = std::make_shared<SecretRead>();
                read->item = unlocked.first();
                read->context = context;
                read->handler = handler;
                openSession(read, true);
            } else {
                handler(locked.isEmpty() ? Verdict::NotFound : Verdict::Locked, {});
            }
        });
}

} // namespace PlexAuth

#else

namespace PlexAuth {

bool SecretService::isSupported()
{
    return false;
}

void SecretService::lookup(const QString &, const QString &, QObject *, Handler handler)
{
    handler(Verdict::Unavailable, {});
}

} // namespace PlexAuth

#endif
