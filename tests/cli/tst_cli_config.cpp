// The command line's configuration: the Settings file the window writes, then the environment, then
// the flags; and --server naming one of the account's servers.
#include "tst_cli.h"

#include <QSettings>

using namespace Qt::Literals::StringLiterals;
using namespace CliFixture;

namespace {
void writeSettings(const QString &file, const QVariantHash &values)
{
    QSettings settings(file, QSettings::IniFormat);
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        settings.setValue(it.key(), it.value());
    settings.sync();
}
} // namespace

void TestCli::settingsFileConfiguresTheCommandLine()
{
    // The plex.tv URL from the Settings file, with no variable or flag.
    m_cli->unsetVariable(u"PLEXAUTH_PLEX_TV_URL"_s);
    writeSettings(m_cli->configFile(), { { u"settings/plexTvUrl"_s, m_server.plexTvUrl().toString() } });
    EXPECT_EXIT(signIn(alice), 0);

    // The variable overrides the file, and the flag overrides both.
    writeSettings(m_cli->configFile(), { { u"settings/plexTvUrl"_s, unreachablePlexTv().toString() } });
    EXPECT_FAILURE(run({ u"whoami"_s }), 4);
    m_cli->setPlexTvUrl(m_server.plexTvUrl());
    EXPECT_EXIT(run({ u"whoami"_s }), 0);
    m_cli->setPlexTvUrl(unreachablePlexTv());
    EXPECT_EXIT(run({ u"whoami"_s, u"--plex-tv-url"_s, m_server.plexTvUrl().toString() }), 0);
    m_cli->setPlexTvUrl(m_server.plexTvUrl());

    // The request timeout from the file.
    m_server.setFault(u"/api/v2/user"_s, FakePlex::Fault { FakePlex::FaultKind::Delay, 4000 });
    writeSettings(m_cli->configFile(), { { u"settings/requestTimeoutSeconds"_s, 1 } });
    const CliResult slow = run({ u"whoami"_s });
    EXPECT_FAILURE(slow, 4);
    QVERIFY2(slow.err.contains(u"1-second"_s), slow.describe().constData());
    m_server.clearFaults();

    // The proxy from the file: a manual proxy where nothing listens fails the request, where the
    // command line used to connect directly.
    writeSettings(m_cli->configFile(),
        { { u"settings/requestTimeoutSeconds"_s, 15 }, { u"settings/proxyMode"_s, u"manual"_s },
            { u"settings/proxyHost"_s, u"127.0.0.1"_s },
            { u"settings/proxyPort"_s, unreachablePlexTv().port() } });
    const int before = m_server.requestCount(u"/api/v2/user"_s);
    const CliResult proxied = run({ u"whoami"_s });
    EXPECT_FAILURE(proxied, 4);
    QCOMPARE(m_server.requestCount(u"/api/v2/user"_s), before);
    writeSettings(m_cli->configFile(), { { u"settings/proxyMode"_s, u"none"_s } });
    EXPECT_EXIT(run({ u"whoami"_s }), 0);
}

void TestCli::serverCanBeNamed()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_server.clearRequests();
    // By name: the connections are tested first (no token), then the best verified one is asked.
    const CliResult byName
        = run({ u"transient"_s, u"--server"_s, u"Living Room PMS"_s, u"--json"_s, u"--timeout"_s, u"3"_s });
    EXPECT_EXIT(byName, 0);
    QCOMPARE(QUrl(jsonObject(byName)[u"server"_s].toString()), QUrl(pms()));
    const QList<FakePlex::RecordedRequest> requests = m_server.requests();
    const auto identity = std::find_if(requests.cbegin(), requests.cend(),
        [](const FakePlex::RecordedRequest &r) { return r.path == u"/identity"_s; });
    QVERIFY2(identity != requests.cend(), byName.describe().constData());
    QVERIFY(identity->header("x-plex-token").isEmpty());
    QCOMPARE(requests.last().path, u"/security/token"_s);

    // By machine identifier, for sources too.
    const CliResult sources
        = run({ u"sources"_s, u"--server"_s, u"546684a3d18ac5c39037360ec9ce900b7af9cc36"_s, u"--source"_s,
            u"provider://tv.plex.provider.podcasts"_s, u"--json"_s, u"--timeout"_s, u"3"_s });
    EXPECT_EXIT(sources, 0);
    QCOMPARE(jsonObject(sources)[u"clientIdentifier"_s].toString(), u"tv.plex.provider.podcasts"_s);

    // A name no server has is a usage error that says where the names are.
    const CliResult unknown = run({ u"transient"_s, u"--server"_s, u"Kitchen"_s });
    EXPECT_FAILURE(unknown, 2);
    QVERIFY2(unknown.err.contains(u"plexauth servers"_s), unknown.describe().constData());
}
