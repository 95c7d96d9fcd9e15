#include "clientidentity.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using PlexAuth::ClientIdentity;

class TestClientIdentity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstUseCreatesAndPersistsAUuid()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plexauth.conf"));
        QString first;
        {
            QSettings settings(path, QSettings::IniFormat);
            first = ClientIdentity::loadOrCreate(settings).clientIdentifier();
        }
        QVERIFY(!QUuid::fromString(first).isNull());
        QSettings reread(path, QSettings::IniFormat);
        QCOMPARE(reread.value(ClientIdentity::settingsKey).toString(), first);
    }

    void identifierSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("plexauth.conf"));
        QStringList seen;
        for (int run = 0; run < 3; ++run) {
            QSettings settings(path, QSettings::IniFormat);
            seen.append(ClientIdentity::loadOrCreate(settings).clientIdentifier());
        }
        QCOMPARE(seen.at(1), seen.at(0));
        QCOMPARE(seen.at(2), seen.at(0));
    }

    void separateInstallationsGetDifferentIdentifiers()
    {
        QTemporaryDir dir;
        QSettings a(dir.filePath(QStringLiteral("a.conf")), QSettings::IniFormat);
        QSettings b(dir.filePath(QStringLiteral("b.conf")), QSettings::IniFormat);
        QVERIFY(ClientIdentity::loadOrCreate(a).clientIdentifier()
            != ClientIdentity::loadOrCreate(b).clientIdentifier());
    }

    void corruptStoredValueIsReplaced()
    {
        QTemporaryDir dir;
        QSettings settings(dir.filePath(QStringLiteral("c.conf")), QSettings::IniFormat);
        settings.setValue(ClientIdentity::settingsKey, QStringLiteral("not a uuid"));
        const QString identifier = ClientIdentity::loadOrCreate(settings).clientIdentifier();
        QVERIFY(!QUuid::fromString(identifier).isNull());
        QCOMPARE(settings.value(ClientIdentity::settingsKey).toString(), identifier);
    }

    void headersCarryTheFullSetInUtf8()
    {
        const ClientIdentity identity = ClientIdentity::withIdentifier(QStringLiteral("fixed-id"));
        const auto headers = identity.headers();
        QStringList names;
        for (const auto &header : headers) {
            names.append(QString::fromLatin1(header.first));
            QVERIFY2(!header.second.isEmpty() || header.first == "X-Plex-Platform-Version",
                header.first.constData());
        }
        const QStringList expected {
            QStringLiteral("X-Plex-Client-Identifier"),
            QStringLiteral("X-Plex-Product"),
            QStringLiteral("X-Plex-Version"),
            QStringLiteral("X-Plex-Platform"),
            QStringLiteral("X-Plex-Platform-Version"),
            QStringLiteral("X-Plex-Device"),
            QStringLiteral("X-Plex-Device-Name"),
        };
        QCOMPARE(names, expected);
        QCOMPARE(headers.first().second, QByteArray("fixed-id"));
        QCOMPARE(headers.at(1).second, QByteArray("PlexAuth"));
        QCOMPARE(headers.at(2).second, QByteArray(PLEXAUTH_VERSION));
        QCOMPARE(QString::fromUtf8(headers.at(6).second), QSysInfo::machineHostName());
    }
};

QTEST_GUILESS_MAIN(TestClientIdentity)
#include "tst_clientidentity.moc"
