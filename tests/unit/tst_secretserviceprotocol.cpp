// The direct Secret Service read against a Secret Service that misbehaves on purpose: a fake one on a
// private session bus of its own (tests/CMakeLists.txt runs this under dbus-run-session), since
// gnome-keyring always offers the encrypted session and answers for the session it was asked for.
#include "secretservice.h"
#include "secretsession.h"
#include "secretstruct.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusContext>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusVariant>
#include <QTest>

using namespace PlexAuth;

namespace {

using Attributes = QMap<QString, QString>;
using SecretMap = QMap<QDBusObjectPath, SecretStruct>;

const QByteArray token("alice-token-Zkfs-HfWAsWEFzGJdo_H");
const QDBusObjectPath itemPath(QStringLiteral("/org/freedesktop/secrets/collection/login/1"));
const QDBusObjectPath sessionPath(QStringLiteral("/org/freedesktop/secrets/session/s1"));

// One item, and the answers the test sets: which error OpenSession gives for the encrypted session,
// and whether GetSecrets answers for another session than the one opened.
class FakeSecretService : public QObject, protected QDBusContext
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Secret.Service")

public:
    QString encryptedSessionError; // empty: the encrypted session is offered
    bool answerForAnotherSession = false;
    QStringList algorithmsAsked;
    Attributes searched;

public Q_SLOTS:
    QDBusVariant OpenSession(const QString &algorithm, const QDBusVariant &input, QDBusObjectPath &session)
    {
        algorithmsAsked.append(algorithm);
        session = sessionPath;
        if (algorithm == QLatin1String("plain"))
            return QDBusVariant(QString());
        if (algorithm != QLatin1String(SecretSession::algorithm) || !encryptedSessionError.isEmpty()) {
            sendErrorReply(encryptedSessionError.isEmpty()
                    ? QStringLiteral("org.freedesktop.DBus.Error.NotSupported")
                    : encryptedSessionError,
                QStringLiteral("no such algorithm here"));
            return {};
        }
        m_crypto = SecretSession::create();
        if (!m_crypto || !m_crypto->agree(input.variant().toByteArray()))
            qFatal("the fake service could not agree on a key");
        return QDBusVariant(m_crypto->publicKey());
    }

    // (unlocked, locked): one unlocked item. Replied by hand, two lists being two output arguments.
    void SearchItems(const QMap<QString, QString> &attributes)
    {
        searched = attributes;
        setDelayedReply(true);
        connection().send(message().createReply({ QVariant::fromValue(QList<QDBusObjectPath> { itemPath }),
            QVariant::fromValue(QList<QDBusObjectPath>()) }));
    }

    SecretMap GetSecrets(const QList<QDBusObjectPath> &items, const QDBusObjectPath &session)
    {
        if (items != QList<QDBusObjectPath> { itemPath } || session != sessionPath)
            qFatal("GetSecrets for an unexpected item or session");
        SecretStruct secret;
        secret.session = answerForAnotherSession
            ? QDBusObjectPath(QStringLiteral("/org/freedesktop/secrets/session/another"))
            : sessionPath;
        secret.contentType = QStringLiteral("text/plain");
        if (algorithmsAsked.last() == QLatin1String("plain"))
            secret.value = token;
        else
            secret.value = m_crypto->encrypt(token, &secret.parameters).value_or(QByteArray());
        return { { itemPath, secret } };
    }

private:
    std::optional<SecretSession> m_crypto;
};

} // namespace

class TestSecretServiceProtocol : public QObject
{
    Q_OBJECT

private:
    std::pair<SecretService::Verdict, QString> lookup()
    {
        std::optional<std::pair<SecretService::Verdict, QString>> answer;
        SecretService::lookup(QStringLiteral("PlexAuth"), QStringLiteral("account-uuid"), this,
            [&answer](
                SecretService::Verdict verdict, const QString &secret) { answer.emplace(verdict, secret); });
        if (!QTest::qWaitFor([&] { return answer.has_value(); }, 20000))
            qFatal("Secret Service lookup did not finish");
        return *answer;
    }

    FakeSecretService m_service;
    QDBusConnection m_serviceBus { QStringLiteral("unset") };

private Q_SLOTS:
    void initTestCase()
    {
        if (qgetenv("PLEXAUTH_TEST_SECRET_SERVICE") != "fake")
            QSKIP("needs a private D-Bus session of its own: run it through CTest (tests/CMakeLists.txt)");
        qDBusRegisterMetaType<Attributes>();
        qDBusRegisterMetaType<SecretStruct>();
        qDBusRegisterMetaType<SecretMap>();
        // A connection of its own, so that the reader's calls travel over the bus as with a real service.
        m_serviceBus
            = QDBusConnection::connectToBus(QDBusConnection::SessionBus, QStringLiteral("fake-secrets"));
        QVERIFY(m_serviceBus.isConnected());
        QVERIFY(m_serviceBus.registerObject(
            QStringLiteral("/org/freedesktop/secrets"), &m_service, QDBusConnection::ExportAllSlots));
        QVERIFY(m_serviceBus.registerService(QStringLiteral("org.freedesktop.secrets")));
    }

    void init()
    {
        m_service.encryptedSessionError.clear();
        m_service.answerForAnotherSession = false;
        m_service.algorithmsAsked.clear();
        m_service.searched.clear();
    }

    void readsOverTheEncryptedSession()
    {
        const auto [verdict, secret] = lookup();
        QCOMPARE(int(verdict), int(SecretService::Verdict::Found));
        QCOMPARE(secret, QString::fromUtf8(token));
        QCOMPARE(m_service.algorithmsAsked, QStringList { QLatin1String(SecretSession::algorithm) });
        QCOMPARE(m_service.searched.value(QStringLiteral("xdg:schema")), QStringLiteral("org.qt.keychain"));
    }

    void fallsBackToPlainWhenTheServiceSaysNotSupported()
    {
        m_service.encryptedSessionError = QStringLiteral("org.freedesktop.DBus.Error.NotSupported");
        const auto [verdict, secret] = lookup();
        QCOMPARE(int(verdict), int(SecretService::Verdict::Found));
        QCOMPARE(secret, QString::fromUtf8(token));
        QCOMPARE(m_service.algorithmsAsked,
            QStringList({ QLatin1String(SecretSession::algorithm), QStringLiteral("plain") }));
    }

    void anyOtherRefusalIsNoReasonForPlain()
    {
        m_service.encryptedSessionError = QStringLiteral("org.freedesktop.DBus.Error.AccessDenied");
        const auto [verdict, secret] = lookup();
        QCOMPARE(int(verdict), int(SecretService::Verdict::Unavailable));
        QVERIFY(secret.isEmpty());
        QCOMPARE(m_service.algorithmsAsked, QStringList { QLatin1String(SecretSession::algorithm) });
    }

    void aSecretForAnotherSessionIsRefused_data()
    {
        QTest::addColumn<QString>("encryptedSessionError");
        QTest::newRow("encrypted session") << QString();
        QTest::newRow("plain session") << QStringLiteral("org.freedesktop.DBus.Error.NotSupported");
    }

    void aSecretForAnotherSessionIsRefused()
    {
        QFETCH(QString, encryptedSessionError);
        m_service.encryptedSessionError = encryptedSessionError;
        m_service.answerForAnotherSession = true;
        const auto [verdict, secret] = lookup();
        QCOMPARE(int(verdict), int(SecretService::Verdict::Unavailable));
        QVERIFY(secret.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSecretServiceProtocol)
#include "tst_secretserviceprotocol.moc"
