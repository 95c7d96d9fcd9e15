#include "secretservice.h"

#include "logging.h"

#if defined(PLEXAUTH_HAVE_SECRET_SERVICE)
#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QDBusVariant>
#include <QMap>

namespace {

// org.freedesktop.Secret.Secret: (oayays) session, parameters, value, content type.
struct SecretStruct
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

QDBusArgument &operator<<(QDBusArgument &argument, const SecretStruct &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, SecretStruct &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

} // namespace

Q_DECLARE_METATYPE(SecretStruct)

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

void readSecret(const QDBusObjectPath &item, QObject *context, const SecretService::Handler &handler)
{
    QDBusMessage open = serviceCall(QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    callAsync<QDBusPendingReply<QDBusVariant, QDBusObjectPath>>(open, context,
        [item, context, handler](const QDBusPendingReply<QDBusVariant, QDBusObjectPath> &opened) {
            if (opened.isError()) {
                qCDebug(lcKeychain).noquote() << "Secret Service OpenSession:" << opened.error().message();
                handler(SecretService::Verdict::Unavailable, {});
                return;
            }
            const QDBusObjectPath session = opened.argumentAt<1>();
            QDBusMessage get = serviceCall(QStringLiteral("GetSecrets"));
            get << QVariant::fromValue(QList<QDBusObjectPath> { item }) << QVariant::fromValue(session);
            callAsync<QDBusPendingReply<SecretMap>>(
                get, context, [item, session, handler](const QDBusPendingReply<SecretMap> &got) {
                    QDBusConnection::sessionBus().asyncCall(
                        QDBusMessage::createMethodCall(secretsService, session.path(),
                            QStringLiteral("org.freedesktop.Secret.Session"), QStringLiteral("Close")));
                    const SecretMap secrets = got.isError() ? SecretMap() : got.value();
                    const auto found = secrets.constFind(item);
                    if (found == secrets.cend()) {
                        qCDebug(lcKeychain).noquote()
                            << "Secret Service GetSecrets:"
                            << (got.isError() ? got.error().message() : QStringLiteral("no secret"));
                        handler(SecretService::Verdict::Unavailable, {});
                        return;
                    }
                    handler(SecretService::Verdict::Found, QString::fromUtf8(found->value));
                });
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
    // The attributes QtKeychain's libsecret backend files text items under.
    const Attributes attributes { { QStringLiteral("server"), service }, { QStringLiteral("user"), key },
        { QStringLiteral("type"), QStringLiteral("plaintext") } };
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
            if (!unlocked.isEmpty())
                readSecret(unlocked.first(), context, handler);
            else
                handler(locked.isEmpty() ? Verdict::NotFound : Verdict::Locked, {});
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
