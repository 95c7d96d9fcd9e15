// `plexauth servers --probe` and `plexauth sources ... --probe`: the connection doctor on the command
// line, against connections that point at the fake server itself, at a second fake server that
// answers as another machine, at a closed port and at a name that never resolves.
#include "tst_cli.h"

#include <QFile>
#include <QJsonDocument>
#include <QTcpServer>

using namespace Qt::Literals::StringLiterals;
using namespace CliFixture;

namespace {

const QString livingRoomId = u"546684a3d18ac5c39037360ec9ce900b7af9cc36"_s;
const QString otherId = u"ffffeeeeddddccccbbbbaaaa9999888877776666"_s;
const QString unresolvable = u"https://nonexistent.invalid:32400"_s; // .invalid never resolves

QJsonObject connection(const QString &uri, bool local, bool relay = false)
{
    const QUrl url(uri);
    return { { u"protocol"_s, url.scheme() }, { u"address"_s, url.host() }, { u"port"_s, url.port(32400) },
        { u"uri"_s, uri }, { u"local"_s, local }, { u"relay"_s, relay }, { u"IPv6"_s, false } };
}

QString closedPortUrl()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        qFatal("no free loopback port");
    const quint16 port = probe.serverPort();
    probe.close();
    return u"http://127.0.0.1:%1"_s.arg(port);
}

// A second fake Plex Media Server whose /identity answers `otherId`.
bool startOtherServer(FakePlex::Server &server)
{
    const QJsonObject fixture { { u"servers"_s,
        QJsonArray { QJsonObject { { u"name"_s, u"Another PMS"_s }, { u"clientIdentifier"_s, otherId },
            { u"productVersion"_s, u"1.40.0.7998-c29d4c0c8"_s }, { u"provides"_s, u"server"_s },
            { u"served"_s, true } } } } };
    return server.loadFixtureJson(QJsonDocument(fixture).toJson()) && server.start();
}

// The default fixture with probe-able connections: the living room's own address (reachable), a closed
// port (refused), the other server (answers as another machine) and a name that never resolves (the
// relay); the friend's server only at a closed port. The library source lists the reachable address and
// the closed port; the podcasts provider points at the other server.
QByteArray probeFixture(const QString &other, const QString &closed)
{
    QFile file(u":/fakeplex/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default fixture is not in the resources");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray servers = root[u"servers"_s].toArray();
    QJsonObject livingRoom = servers[0].toObject();
    livingRoom[u"connections"_s] = QJsonArray { connection(u"{base}"_s, true), connection(closed, true),
        connection(other, false), connection(unresolvable, false, true) };
    QJsonArray sources = livingRoom[u"sources"_s].toArray();
    QJsonObject library = sources[0].toObject();
    QJsonObject libraryDevice = library[u"device"_s].toObject();
    libraryDevice[u"connections"_s] = QJsonArray { connection(u"{base}"_s, true), connection(closed, true) };
    library[u"device"_s] = libraryDevice;
    QJsonObject podcasts = sources[1].toObject();
    QJsonObject podcastsDevice = podcasts[u"device"_s].toObject();
    podcastsDevice[u"connections"_s] = QJsonArray { connection(other, false) };
    podcasts[u"device"_s] = podcastsDevice;
    livingRoom[u"sources"_s] = QJsonArray { library, podcasts };
    QJsonObject friendServer = servers[1].toObject();
    friendServer[u"connections"_s] = QJsonArray { connection(closed, false) };
    root[u"servers"_s] = QJsonArray { livingRoom, friendServer };
    return QJsonDocument(root).toJson();
}

QJsonObject serverNamed(const QJsonArray &servers, const QString &name)
{
    for (const QJsonValue &server : servers) {
        if (server[u"name"_s].toString() == name)
            return server.toObject();
    }
    return {};
}

} // namespace

void TestCli::serversProbeReportsEveryConnection()
{
    FakePlex::Server other;
    QVERIFY(startOtherServer(other));
    const QString closed = closedPortUrl();
    QVERIFY(m_server.loadFixtureJson(probeFixture(other.mediaServerUrl().toString(), closed)));
    m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token);

    const CliResult result = run({ u"servers"_s, u"--probe"_s, u"--json"_s });
    EXPECT_EXIT(result, 0); // the listing worked; failed probes are data, not a failure
    const QJsonArray servers = jsonArray(result);
    const QJsonObject livingRoom = serverNamed(servers, u"Living Room PMS"_s);
    const QJsonObject probe = livingRoom[u"probe"_s].toObject();
    QVERIFY2(!probe.isEmpty(), result.describe().constData());
    QCOMPARE(QUrl(probe[u"best"_s].toString()), QUrl(pms()));
    QVERIFY2(probe[u"reason"_s].toString().contains(u"only reachable connection"_s),
        result.describe().constData());
    QVERIFY(probe[u"elapsedMs"_s].isDouble());
    const QJsonArray connections = probe[u"connections"_s].toArray();
    QCOMPARE(connections.size(), 4);
    const auto field = [&](int i, const QString &name) { return connections[i][name].toString(); };

    QCOMPARE(field(0, u"status"_s), u"reachable"_s);
    QVERIFY(connections[0][u"latencyMs"_s].isDouble());
    QCOMPARE(field(0, u"machineIdentifier"_s), livingRoomId);
    QVERIFY(!connections[0].toObject().contains(u"error"_s));

    QCOMPARE(field(1, u"uri"_s), closed);
    QCOMPARE(field(1, u"status"_s), u"failed"_s);
    QCOMPARE(field(1, u"error"_s), u"connection-refused"_s);
    QVERIFY2(field(1, u"explanation"_s).contains(u"Nothing is listening"_s), result.describe().constData());
    QVERIFY(!connections[1].toObject().contains(u"latencyMs"_s));

    QCOMPARE(field(2, u"status"_s), u"wrong-server"_s);
    QCOMPARE(field(2, u"machineIdentifier"_s), otherId);
    QVERIFY2(field(2, u"explanation"_s).contains(otherId), result.describe().constData());

    QCOMPARE(field(3, u"status"_s), u"failed"_s);
    QCOMPARE(field(3, u"error"_s), u"host-not-found"_s);
    QVERIFY2(field(3, u"explanation"_s).contains(u"could not be looked up"_s), result.describe().constData());

    // The listing's own fields are still there, and a server with nothing reachable has a null best.
    QCOMPARE(livingRoom[u"clientIdentifier"_s].toString(), livingRoomId);
    QCOMPARE(livingRoom[u"connections"_s].toArray().size(), 4);
    const QJsonObject friendProbe = serverNamed(servers, u"Friend's PMS"_s)[u"probe"_s].toObject();
    QVERIFY2(
        friendProbe[u"best"_s].isNull() && friendProbe.contains(u"best"_s), result.describe().constData());
    QCOMPARE(friendProbe[u"connections"_s].toArray().first()[u"error"_s].toString(), u"connection-refused"_s);

    // Probes go to /identity without a token, and with this installation's client identifier.
    QCOMPARE(m_server.requestCount(u"/identity"_s), 1);
    QCOMPARE(other.requestCount(u"/identity"_s), 1);
    for (const auto &request : m_server.requests() + other.requests()) {
        if (request.path != u"/identity"_s)
            continue;
        QVERIFY(request.header("x-plex-token").isEmpty());
        QVERIFY(!request.header("x-plex-client-identifier").isEmpty());
    }
    QVERIFY2(!result.out.contains(u"pms-living-room-token"_s), "servers printed a server's access token");
}

void TestCli::serversProbeTableAndTimeout()
{
    FakePlex::Server other;
    QVERIFY(startOtherServer(other));
    other.setFault(u"/identity"_s, FakePlex::Fault { FakePlex::FaultKind::Hang });
    QVERIFY(m_server.loadFixtureJson(probeFixture(other.mediaServerUrl().toString(), closedPortUrl())));
    m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token);

    const CliResult result = run({ u"servers"_s, u"--probe"_s, u"--timeout"_s, u"1"_s });
    EXPECT_EXIT(result, 0);
    // The list first, then each server's connections, its best one and why.
    QVERIFY2(result.out.startsWith(u"NAME"_s), result.describe().constData());
    for (const QString &expected :
        QStringList { u"Living Room PMS: best connection "_s + pms(), u"Reachable (best)"_s, u"Refused"_s,
            u"No answer (timed out)"_s, u"No answer within 1 s"_s, u"Friend's PMS: no usable connection"_s })
        QVERIFY2(result.out.contains(expected),
            QByteArray(expected.toUtf8() + '\n' + result.describe()).constData());
    // --timeout bounds each probe; the probes run at once, so the whole run is not much longer.
    QVERIFY2(result.elapsedMs < 5000, result.describe().constData());
}

void TestCli::sourcesProbeTestsTheSourcesConnections()
{
    FakePlex::Server other;
    QVERIFY(startOtherServer(other));
    const QString closed = closedPortUrl();
    QVERIFY(m_server.loadFixtureJson(probeFixture(other.mediaServerUrl().toString(), closed)));
    m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token);

    const CliResult library = run({ u"sources"_s, u"--server"_s, pms(), u"--source"_s,
        u"server://546684a3d18ac5c39037360ec9ce900b7af9cc36/com.plexapp.plugins.library"_s, u"--probe"_s,
        u"--json"_s });
    EXPECT_EXIT(library, 0);
    const QJsonObject device = jsonObject(library);
    QCOMPARE(device[u"name"_s].toString(), u"Living Room PMS"_s);
    const QJsonObject probe = device[u"probe"_s].toObject();
    QCOMPARE(QUrl(probe[u"best"_s].toString()), QUrl(pms()));
    const QJsonArray connections = probe[u"connections"_s].toArray();
    QCOMPARE(connections.size(), 2);
    QCOMPARE(connections[0][u"status"_s].toString(), u"reachable"_s);
    QCOMPARE(connections[1][u"error"_s].toString(), u"connection-refused"_s);

    // A provider is named by the provider's identifier, which no /identity answers: any server that
    // answers will do.
    const CliResult provider = run({ u"sources"_s, u"--server"_s, pms(), u"--source"_s,
        u"provider://tv.plex.provider.podcasts"_s, u"--probe"_s });
    EXPECT_EXIT(provider, 0);
    QVERIFY2(provider.out.contains(u"Plex Podcasts: best connection "_s + other.mediaServerUrl().toString()),
        provider.describe().constData());
    QVERIFY2(provider.out.contains(u"Access token:"_s), provider.describe().constData());
}

void TestCli::probeAppliesToServersAndSourcesOnly()
{
    const CliResult misplaced = run({ u"token"_s, u"--probe"_s });
    EXPECT_FAILURE(misplaced, 2);
    QVERIFY2(misplaced.err.contains(u"--probe does not apply"_s), misplaced.describe().constData());
    for (const QString &command : { u"servers"_s, u"sources"_s }) {
        const CliResult help = run({ command, u"--help"_s });
        EXPECT_EXIT(help, 0);
        QVERIFY2(help.out.contains(u"--probe"_s), help.describe().constData());
    }
    QVERIFY(run({ u"--help"_s }).out.contains(u"--probe"_s));
}

// "%n answered as another one" reads "1 … another server" and "2 … other servers": English plural forms
// come from translations/plexauth_en.ts, which the command line loads only when it needs them.
void TestCli::probeReasonsUseEnglishPluralForms()
{
    FakePlex::Server first;
    FakePlex::Server second;
    QVERIFY(startOtherServer(first));
    QVERIFY(startOtherServer(second));
    m_cli->setVariable(u"PLEX_TOKEN"_s, alice.token);
    m_cli->setVariable(u"LANGUAGE"_s, u"en"_s);
    const QString one = first.mediaServerUrl().toString();
    const QString two = second.mediaServerUrl().toString();
    for (const auto &[connections, expected] :
        { std::pair { QStringList { one },
              u"No connection answered as this server; 1 answered as another server."_s },
            std::pair { QStringList { one, two },
                u"No connection answered as this server; 2 answered as other servers."_s } }) {
        QByteArray fixture = probeFixture(one, closedPortUrl());
        QJsonObject root = QJsonDocument::fromJson(fixture).object();
        QJsonArray servers = root[u"servers"_s].toArray();
        QJsonObject friendServer = servers[1].toObject();
        QJsonArray friendConnections;
        for (const QString &uri : connections)
            friendConnections.append(connection(uri, true));
        friendServer[u"connections"_s] = friendConnections;
        servers[1] = friendServer;
        root[u"servers"_s] = servers;
        QVERIFY(m_server.loadFixtureJson(QJsonDocument(root).toJson()));

        const CliResult result = run({ u"servers"_s, u"--probe"_s, u"--json"_s });
        EXPECT_EXIT(result, 0);
        const QJsonObject probe = serverNamed(jsonArray(result), u"Friend's PMS"_s)[u"probe"_s].toObject();
        QCOMPARE(probe[u"reason"_s].toString(), expected);
    }
}
