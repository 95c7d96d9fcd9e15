#include "appsettings.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PlexAuth;

class TestAppSettings : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;

    QString iniPath() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    // A second QSettings on the same file: what the next start of PlexAuth would read.
    std::unique_ptr<QSettings> reopened()
    {
        m_store->sync();
        return std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniPath());
        m_store = std::make_unique<QSettings>(iniPath(), QSettings::IniFormat);
    }

    void cleanup() { m_store.reset(); }

    void defaults()
    {
        const AppSettings settings(*m_store);
        QVERIFY(settings.plexTvUrl().isEmpty());
        QCOMPARE(settings.requestTimeoutSeconds(), 15);
        QCOMPARE(settings.clipboardClearSeconds(), 30);
        QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
        QVERIFY(settings.proxyHost().isEmpty());
        QCOMPARE(settings.proxyPort(), 0);
        QVERIFY(settings.language().isEmpty());
        QVERIFY(settings.windowGeometry().isEmpty());
        QVERIFY(settings.lastAccountUuid().isEmpty());
    }

    void settersClampToTheRange_data()
    {
        QTest::addColumn<int>("timeout");
        QTest::addColumn<int>("expectedTimeout");
        QTest::addColumn<int>("clipboard");
        QTest::addColumn<int>("expectedClipboard");
        QTest::newRow("in range") << 42 << 42 << 90 << 90;
        QTest::newRow("lowest") << 1 << 1 << 5 << 5;
        QTest::newRow("highest") << 300 << 300 << 600 << 600;
        QTest::newRow("too low") << 0 << 1 << 4 << 5;
        QTest::newRow("negative") << -10 << 1 << -1 << 5;
        QTest::newRow("too high") << 301 << 300 << 601 << 600;
    }

    void settersClampToTheRange()
    {
        QFETCH(int, timeout);
        QFETCH(int, expectedTimeout);
        QFETCH(int, clipboard);
        QFETCH(int, expectedClipboard);
        AppSettings settings(*m_store);
        settings.setRequestTimeoutSeconds(timeout);
        settings.setClipboardClearSeconds(clipboard);
        QCOMPARE(settings.requestTimeoutSeconds(), expectedTimeout);
        QCOMPARE(settings.clipboardClearSeconds(), expectedClipboard);
        const auto again = reopened();
        QCOMPARE(AppSettings(*again).requestTimeoutSeconds(), expectedTimeout);
        QCOMPARE(AppSettings(*again).clipboardClearSeconds(), expectedClipboard);
    }

    void storedValuesOutOfRangeAreClamped()
    {
        // As if the file had been edited by hand.
        m_store->setValue(QStringLiteral("settings/requestTimeoutSeconds"), 100000);
        m_store->setValue(QStringLiteral("settings/clipboardClearSeconds"), 0);
        m_store->setValue(QStringLiteral("settings/proxyPort"), 70000);
        const AppSettings settings(*m_store);
        QCOMPARE(settings.requestTimeoutSeconds(), 300);
        QCOMPARE(settings.clipboardClearSeconds(), 5);
        QCOMPARE(settings.proxyPort(), 65535);
    }

    void storedValuesThatAreNotNumbersFallBackToTheDefaults()
    {
        m_store->setValue(QStringLiteral("settings/requestTimeoutSeconds"), QStringLiteral("soon"));
        m_store->setValue(QStringLiteral("settings/clipboardClearSeconds"), QString());
        m_store->setValue(QStringLiteral("settings/proxyMode"), QStringLiteral("carrier-pigeon"));
        const AppSettings settings(*m_store);
        QCOMPARE(settings.requestTimeoutSeconds(), AppSettings::defaultRequestTimeoutSeconds);
        QCOMPARE(settings.clipboardClearSeconds(), AppSettings::defaultClipboardClearSeconds);
        QCOMPARE(settings.proxyMode(), AppSettings::ProxyMode::System);
    }

    void proxyRoundTrip_data()
    {
        QTest::addColumn<AppSettings::ProxyMode>("mode");
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<QString>("expectedHost");
        QTest::addColumn<int>("expectedPort");
        QTest::newRow("manual") << AppSettings::ProxyMode::Manual << QStringLiteral("proxy.lan") << 3128
                                << QStringLiteral("proxy.lan") << 3128;
        QTest::newRow("manual, host trimmed")
            << AppSettings::ProxyMode::Manual << QStringLiteral("  10.0.0.1 ") << 8080
            << QStringLiteral("10.0.0.1") << 8080;
        QTest::newRow("manual, port clamped")
            << AppSettings::ProxyMode::Manual << QStringLiteral("p") << 99999 << QStringLiteral("p") << 65535;
        QTest::newRow("none") << AppSettings::ProxyMode::None << QString() << 0 << QString() << 0;
        QTest::newRow("system keeps the manual address")
            << AppSettings::ProxyMode::System << QStringLiteral("proxy.lan") << 3128
            << QStringLiteral("proxy.lan") << 3128;
    }

    void proxyRoundTrip()
    {
        QFETCH(AppSettings::ProxyMode, mode);
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(QString, expectedHost);
        QFETCH(int, expectedPort);
        AppSettings(*m_store).setProxy(mode, host, port);
        const auto again = reopened();
        const AppSettings settings(*again);
        QCOMPARE(settings.proxyMode(), mode);
        QCOMPARE(settings.proxyHost(), expectedHost);
        QCOMPARE(settings.proxyPort(), expectedPort);
    }

    void plexTvUrlRoundTrip()
    {
        AppSettings settings(*m_store);
        const QUrl custom(QStringLiteral("https://plex.example.test/api/v2"));
        settings.setPlexTvUrl(custom);
        QCOMPARE(AppSettings(*reopened()).plexTvUrl(), custom);
        // Empty means plex.tv's own, and leaves no key behind.
        settings.setPlexTvUrl(QUrl());
        QVERIFY(settings.plexTvUrl().isEmpty());
        QVERIFY(!m_store->contains(QStringLiteral("settings/plexTvUrl")));
        QVERIFY(AppSettings(*reopened()).plexTvUrl().isEmpty());
    }

    void languageRoundTrip()
    {
        AppSettings settings(*m_store);
        settings.setLanguage(QStringLiteral("de"));
        QCOMPARE(AppSettings(*reopened()).language(), QStringLiteral("de"));
        settings.setLanguage(QStringLiteral("fr"));
        QCOMPARE(AppSettings(*reopened()).language(), QStringLiteral("fr"));
        // Empty follows the system again.
        settings.setLanguage(QString());
        QVERIFY(!m_store->contains(QStringLiteral("settings/language")));
        QVERIFY(AppSettings(*reopened()).language().isEmpty());
    }

    void windowStateRoundTrip()
    {
        AppSettings settings(*m_store);
        settings.setWindowGeometry(QByteArrayLiteral("geometry\x01"), QByteArrayLiteral("state\x02"));
        settings.setLastAccountUuid(QStringLiteral("a1b2"));
        const auto again = reopened();
        const AppSettings reread(*again);
        QCOMPARE(reread.windowGeometry(), QByteArrayLiteral("geometry\x01"));
        QCOMPARE(reread.windowState(), QByteArrayLiteral("state\x02"));
        QCOMPARE(reread.lastAccountUuid(), QStringLiteral("a1b2"));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
