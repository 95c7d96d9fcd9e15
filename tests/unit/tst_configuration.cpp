// The configuration layers both front ends resolve: built-in default, Settings file, environment,
// command-line flags, the later winning; and AppServices applying the result.
#include "appservices.h"
#include "configuration.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PlexAuth;
using namespace Qt::StringLiterals;

class TestConfiguration : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<QSettings> m_store;

    static QProcessEnvironment environment(const QString &plexTvUrl)
    {
        QProcessEnvironment environment;
        if (!plexTvUrl.isEmpty())
            environment.insert(u"PLEXAUTH_PLEX_TV_URL"_s, plexTvUrl);
        return environment;
    }
    static ConfigLayer flags(const QString &plexTvUrl, std::optional<int> timeout = std::nullopt)
    {
        ConfigLayer layer;
        if (!plexTvUrl.isEmpty()) {
            layer.plexTvUrl = QUrl(plexTvUrl);
            layer.plexTvUrlName = u"--plex-tv-url"_s;
        }
        if (timeout) {
            layer.requestTimeoutSeconds = timeout;
            layer.requestTimeoutName = u"--timeout"_s;
        }
        return layer;
    }

private Q_SLOTS:
    void init()
    {
        QFile::remove(m_dir.filePath(u"PlexAuth.conf"_s));
        m_store = std::make_unique<QSettings>(m_dir.filePath(u"PlexAuth.conf"_s), QSettings::IniFormat);
    }
    void cleanup() { m_store.reset(); }

    void layers_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("variable");
        QTest::addColumn<QString>("flag");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<ConfigSource>("source");
        QTest::addColumn<QString>("setBy");
        const QString file = u"http://127.0.0.1:1111/api/v2"_s;
        const QString variable = u"http://127.0.0.1:2222/api/v2"_s;
        const QString flag = u"http://127.0.0.1:3333/api/v2"_s;
        QTest::newRow("default") << QString() << QString() << QString() << QString() << ConfigSource::Default
                                 << QString();
        QTest::newRow("settings file")
            << file << QString() << QString() << file << ConfigSource::SettingsFile << QString();
        QTest::newRow("environment over the file") << file << variable << QString() << variable
                                                   << ConfigSource::Environment << u"PLEXAUTH_PLEX_TV_URL"_s;
        QTest::newRow("flag over both")
            << file << variable << flag << flag << ConfigSource::CommandLine << u"--plex-tv-url"_s;
        QTest::newRow("flag over the file")
            << file << QString() << flag << flag << ConfigSource::CommandLine << u"--plex-tv-url"_s;
        // A layer's unusable value is left out, with a problem, and the layer below applies.
        QTest::newRow("unusable variable") << file << u"http://plex.example.com/api/v2"_s << QString() << file
                                           << ConfigSource::SettingsFile << QString();
    }

    void layers()
    {
        QFETCH(QString, file);
        QFETCH(QString, variable);
        QFETCH(QString, flag);
        QFETCH(QString, expected);
        QFETCH(ConfigSource, source);
        QFETCH(QString, setBy);
        AppSettings settings(*m_store);
        settings.setPlexTvUrl(QUrl(file));
        const Configuration resolved = Configuration::resolve(
            settings, ConfigLayer::fromEnvironment(environment(variable)), flags(flag));
        QCOMPARE(resolved.plexTvUrl.value, QUrl(expected));
        QCOMPARE(resolved.plexTvUrl.source, source);
        QCOMPARE(resolved.plexTvUrl.setBy, setBy);
        QCOMPARE(resolved.problems.isEmpty(), QTest::currentDataTag() != "unusable variable"_ba);
    }

    // The clients API URL has layers of its own; where none sets it, a plex.tv URL some layer set
    // serves both (one fake server), and otherwise clients.plex.tv's own applies.
    void clientsUrlLayers()
    {
        AppSettings settings(*m_store);
        Configuration resolved = Configuration::resolve(settings, {});
        QVERIFY(resolved.plexClientsUrl.value.isEmpty());
        QCOMPARE(resolved.plexClientsUrl.source, ConfigSource::Default);

        resolved = Configuration::resolve(
            settings, ConfigLayer::fromEnvironment(environment(u"http://127.0.0.1:9/api/v2"_s)));
        QCOMPARE(resolved.plexClientsUrl.value, QUrl(u"http://127.0.0.1:9/api/v2"_s));
        QCOMPARE(resolved.plexClientsUrl.source, ConfigSource::Environment);
        QCOMPARE(resolved.plexClientsUrl.setBy, u"PLEXAUTH_PLEX_TV_URL"_s);

        settings.setPlexClientsUrl(QUrl(u"https://clients.example.com/api/v2"_s));
        resolved = Configuration::resolve(
            settings, ConfigLayer::fromEnvironment(environment(u"http://127.0.0.1:9/api/v2"_s)));
        QCOMPARE(resolved.plexClientsUrl.value, QUrl(u"https://clients.example.com/api/v2"_s));
        QCOMPARE(resolved.plexClientsUrl.source, ConfigSource::SettingsFile);

        QProcessEnvironment variables;
        variables.insert(u"PLEXAUTH_PLEX_CLIENTS_URL"_s, u"https://env-clients.example.com/api/v2"_s);
        resolved = Configuration::resolve(settings, ConfigLayer::fromEnvironment(variables));
        QCOMPARE(resolved.plexClientsUrl.value, QUrl(u"https://env-clients.example.com/api/v2"_s));
        QCOMPARE(resolved.plexClientsUrl.setBy, u"PLEXAUTH_PLEX_CLIENTS_URL"_s);

        ConfigLayer flag;
        flag.plexClientsUrl = QUrl(u"https://flag-clients.example.com/api/v2"_s);
        flag.plexClientsUrlName = u"--plex-clients-url"_s;
        resolved = Configuration::resolve(settings, ConfigLayer::fromEnvironment(variables), flag);
        QCOMPARE(resolved.plexClientsUrl.value, QUrl(u"https://flag-clients.example.com/api/v2"_s));
        QCOMPARE(resolved.plexClientsUrl.source, ConfigSource::CommandLine);

        // The same rule as the plex.tv URL: no plain http to another machine, and the layer below applies.
        flag.plexClientsUrl = QUrl(u"http://clients.example.com/api/v2"_s);
        resolved = Configuration::resolve(settings, {}, flag);
        QCOMPARE(resolved.plexClientsUrl.value, QUrl(u"https://clients.example.com/api/v2"_s));
        QCOMPARE(resolved.problems.size(), 1);
        QVERIFY(resolved.problems.first().contains(u"--plex-clients-url"_s));
    }

    void timeoutAndProxyLayers()
    {
        AppSettings settings(*m_store);
        Configuration resolved = Configuration::resolve(settings, {});
        QCOMPARE(resolved.requestTimeoutSeconds.value, AppSettings::defaultRequestTimeoutSeconds);
        QCOMPARE(resolved.requestTimeoutSeconds.source, ConfigSource::Default);
        QCOMPARE(resolved.proxy.source, ConfigSource::Default);

        settings.setRequestTimeoutSeconds(42);
        settings.setProxy(AppSettings::ProxyMode::Manual, u"proxy.example.com"_s, 3128);
        resolved = Configuration::resolve(settings, {});
        QCOMPARE(resolved.requestTimeoutSeconds.value, 42);
        QCOMPARE(resolved.requestTimeoutSeconds.source, ConfigSource::SettingsFile);
        QCOMPARE(resolved.proxy.source, ConfigSource::SettingsFile);
        QCOMPARE(resolved.proxy.value.host, u"proxy.example.com"_s);

        resolved = Configuration::resolve(settings, {}, flags({}, 7));
        QCOMPARE(resolved.requestTimeoutSeconds.value, 7);
        QCOMPARE(resolved.requestTimeoutSeconds.source, ConfigSource::CommandLine);
    }

    void appServicesApplyTheLayers()
    {
        AppSettings(*m_store).setPlexTvUrl(QUrl(u"http://127.0.0.1:1111/api/v2"_s));
        AppSettings(*m_store).setRequestTimeoutSeconds(9);
        AppSettings(*m_store).setProxy(AppSettings::ProxyMode::Manual, u"proxy.example.com"_s, 3128);
        AppServices::Overrides overrides;
        overrides.environment = environment(u"http://127.0.0.1:2222/api/v2"_s);
        AppServices services(*m_store, overrides, u"PlexAuth-test-configuration"_s);
        QCOMPARE(services.plexTv()->baseUrl(), QUrl(u"http://127.0.0.1:2222/api/v2"_s));
        QCOMPARE(services.http()->timeout(), std::chrono::milliseconds(9000));
        QCOMPARE(services.network()->proxy().type(), QNetworkProxy::HttpProxy);
        QCOMPARE(services.network()->proxy().hostName(), u"proxy.example.com"_s);
        QCOMPARE(services.network()->proxy().port(), quint16(3128));
        // The token policy knows the API it may send tokens to.
        QVERIFY(services.tokenPolicy()->allows(
            { QUrl(u"http://127.0.0.1:2222/api/v2/user"_s), AddressOrigin::PlexTvApi, {} }));
        QVERIFY(!services.tokenPolicy()->allows(
            { QUrl(u"http://127.0.0.1:1111/api/v2/user"_s), AddressOrigin::PlexTvApi, {} }));

        // A change of the Settings file applies, but the environment still wins for the URL.
        AppSettings(*m_store).setPlexTvUrl(QUrl(u"http://127.0.0.1:4444/api/v2"_s));
        AppSettings(*m_store).setProxy(AppSettings::ProxyMode::None);
        services.applySettings();
        QCOMPARE(services.plexTv()->baseUrl(), QUrl(u"http://127.0.0.1:2222/api/v2"_s));
        QCOMPARE(services.network()->proxy().type(), QNetworkProxy::NoProxy);
    }
};

QTEST_GUILESS_MAIN(TestConfiguration)
#include "tst_configuration.moc"
