// plexauth devices [remove DEVICE] (issue 15 §2): the account's authorised devices from the fake's
// /devices.xml, removal by id, name or client identifier, and the refusals.

#include "secrettool.h"
#include "testsupport.h"
#include "tst_cli.h"

#include <QSettings>

using namespace CliFixture;
using namespace Qt::Literals::StringLiterals;

namespace {
// Every token the fixture's devices carry: none may reach any output.
const QStringList deviceTokens { u"pms-device-token-living-room-Hq3vT8"_s,
    u"alice-iphone-token-7Yq2LxW9pR4s"_s, u"alice-tautulli-token-Kd8sPq2ZxN5m"_s,
    u"alice-tautulli-old-token-Vb6nRt1Wq9"_s };
const QString iphoneToken = u"alice-iphone-token-7Yq2LxW9pR4s"_s;

QStringList deleteRequests(const QList<FakePlex::RecordedRequest> &requests)
{
    QStringList paths;
    for (const FakePlex::RecordedRequest &request : requests) {
        if (request.method == "DELETE")
            paths.append(request.path);
    }
    return paths;
}

QJsonObject deviceWith(const QJsonArray &devices, const QString &key, const QJsonValue &value)
{
    for (const QJsonValue &device : devices) {
        if (device[key] == value)
            return device.toObject();
    }
    return {};
}
} // namespace

void TestCli::devicesListsTheAccountsDevices()
{
    EXPECT_EXIT(signIn(alice), 0);
    const QString own = QSettings(m_cli->configFile(), QSettings::IniFormat)
                            .value(u"identity/clientIdentifier"_s)
                            .toString();
    QVERIFY(!own.isEmpty());
    m_server.clearRequests();

    const CliResult listed = run({ u"devices"_s, u"--json"_s, u"--verbose"_s });
    EXPECT_EXIT(listed, 0);
    QCOMPARE(m_server.requestCount(u"/devices.xml"_s), 1);
    const QJsonArray devices = jsonArray(listed);
    QCOMPARE(devices.size(), 5); // the fixture's four and this installation's sign-in
    const QJsonObject server = deviceWith(devices, u"id"_s, 510001);
    QCOMPARE(server[u"name"_s].toString(), u"Living Room PMS"_s);
    QCOMPARE(server[u"server"_s].toBool(), true);
    QCOMPARE(server[u"product"_s].toString(), u"Plex Media Server"_s);
    QCOMPARE(server[u"createdAt"_s].toString(), u"2019-06-24T11:38:02Z"_s);
    QCOMPARE(deviceWith(devices, u"id"_s, 510002)[u"server"_s].toBool(), false);
    const QJsonObject self = deviceWith(devices, u"thisInstallation"_s, true);
    QCOMPARE(self[u"clientIdentifier"_s].toString(), own);
    QCOMPARE(self[u"product"_s].toString(), u"PlexAuth"_s);
    int marked = 0;
    for (const QJsonValue &device : devices) {
        QVERIFY(!device.toObject().contains(u"token"_s));
        marked += device[u"thisInstallation"_s].toBool() ? 1 : 0;
    }
    QCOMPARE(marked, 1);

    const CliResult table = run({ u"devices"_s });
    EXPECT_EXIT(table, 0);
    QVERIFY2(table.out.contains(u"LAST SEEN"_s) && table.out.contains(u"Alice's iPhone"_s),
        table.describe().constData());
    const QString selfLine = table.out.split(u'\n').filter(own).value(0);
    QVERIFY2(selfLine.startsWith(u'*'), table.describe().constData());
    // plex.tv lists each device's token: it reaches no output, log line or file.
    for (const QString &token : deviceTokens + QStringList { alice.token }) {
        QVERIFY2(!listed.out.contains(token) && !listed.err.contains(token), qPrintable(token));
        QVERIFY2(!table.out.contains(token) && !table.err.contains(token), qPrintable(token));
        QCOMPARE(TestSupport::filesContaining(m_home->path(), token.toUtf8()), QStringList());
    }
}

void TestCli::devicesRemoveRevokesTheDevicesToken_data()
{
    QTest::addColumn<QString>("device");
    QTest::newRow("by id") << u"510002"_s;
    QTest::newRow("by name, ignoring case") << u"alice's IPHONE"_s;
    QTest::newRow("by client identifier") << u"0f4c9a8e-5b1d-4e2a-9c7f-1a2b3c4d5e6f"_s;
}

void TestCli::devicesRemoveRevokesTheDevicesToken()
{
    QFETCH(QString, device);
    EXPECT_EXIT(signIn(alice), 0);
    CliRunner phone(m_home->path(), m_server.plexTvUrl());
    phone.setVariable(u"PLEX_TOKEN"_s, iphoneToken);
    EXPECT_EXIT(phone.run({ u"whoami"_s }), 0); // the device's token works

    m_server.clearRequests();
    const CliResult removed = run({ u"devices"_s, u"remove"_s, device, u"--yes"_s, u"-v"_s });
    EXPECT_EXIT(removed, 0);
    QVERIFY2(removed.err.contains(u"Alice's iPhone"_s), removed.describe().constData());
    QVERIFY2(!removed.err.contains(iphoneToken) && !removed.err.contains(alice.token),
        removed.describe().constData());
    QCOMPARE(deleteRequests(m_server.requests()), QStringList { u"/devices/510002.xml"_s });

    EXPECT_FAILURE(phone.run({ u"whoami"_s }), 3); // revoked: plex.tv answers 401
    QVERIFY(deviceWith(jsonArray(run({ u"devices"_s, u"--json"_s })), u"id"_s, 510002).isEmpty());
    EXPECT_EXIT(run({ u"whoami"_s }), 0); // the account's own token is untouched
}

void TestCli::devicesRemoveRefusals_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QStringList>("saying");
    QTest::newRow("ambiguous name") << QStringList { u"Tautulli"_s,
        u"--yes"_s } << QStringList { u"510003"_s, u"510004"_s, u"tautulli-old-0a9b8c7d6e5f"_s };
    QTest::newRow("no such device") << QStringList { u"Nothing Here"_s, u"--yes"_s }
                                    << QStringList { u"No device"_s };
    QTest::newRow("server without --force") << QStringList { u"Living Room PMS"_s, u"--yes"_s }
                                            << QStringList { u"de-authorises"_s, u"--force"_s };
    QTest::newRow("this installation") << QStringList { u"SELF"_s, u"--yes"_s, u"--force"_s }
                                       << QStringList { u"this installation"_s, u"signout"_s };
    QTest::newRow("no terminal, no --yes") << QStringList { u"510002"_s } << QStringList { u"--yes"_s };
}

void TestCli::devicesRemoveRefusals()
{
    QFETCH(QStringList, arguments);
    QFETCH(QStringList, saying);
    EXPECT_EXIT(signIn(alice), 0);
    if (arguments.first() == u"SELF"_s) {
        const QJsonObject self
            = deviceWith(jsonArray(run({ u"devices"_s, u"--json"_s })), u"thisInstallation"_s, true);
        arguments.first() = QString::number(self[u"id"_s].toInteger());
    }
    m_server.clearRequests();
    const CliResult refused = run(QStringList { u"devices"_s, u"remove"_s } + arguments);
    EXPECT_FAILURE(refused, 2);
    for (const QString &words : saying)
        QVERIFY2(refused.err.contains(words), refused.describe().constData());
    QCOMPARE(deleteRequests(m_server.requests()), QStringList());
    EXPECT_EXIT(run({ u"whoami"_s }), 0);
    QCOMPARE(jsonArray(run({ u"devices"_s, u"--json"_s })).size(), 5);
}

void TestCli::devicesRemoveServerWithForce()
{
    EXPECT_EXIT(signIn(alice), 0);
    m_server.clearRequests();
    const CliResult removed
        = run({ u"devices"_s, u"remove"_s, u"living room pms"_s, u"--force"_s, u"--yes"_s });
    EXPECT_EXIT(removed, 0);
    QVERIFY2(removed.err.contains(u"de-authorises"_s), removed.describe().constData()); // warned all the same
    QCOMPARE(deleteRequests(m_server.requests()), QStringList { u"/devices/510001.xml"_s });
    CliRunner server(m_home->path(), m_server.plexTvUrl());
    server.setVariable(u"PLEX_TOKEN"_s, deviceTokens.first());
    EXPECT_FAILURE(server.run({ u"whoami"_s }), 3);
}
