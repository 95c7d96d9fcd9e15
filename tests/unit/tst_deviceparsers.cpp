// Parse::devices: plex.tv's devices.xml (and a JSON form), whose every device carries its own token,
// which the parser must never keep.

#include "deviceparsers.h"

#include <QTest>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;

namespace {
const QByteArray listing = QByteArray(
    "\n"
    "<MediaContainer publicAddress=\"203.0.113.7\" size=\"3\">\n"
    "  <Device name=\"Living Room PMS\" publicAddress=\"203.0.113.7\" product=\"Plex Media Server\" "
    "productVersion=\"1.41.3\"\n"
    "          platform=\"Linux\" platformVersion=\"6.1\" device=\"PC\" "
    "clientIdentifier=\"546684a3d18ac5c3\"\n"
    "          createdAt=\"1561376282\" lastSeenAt=\"1795809600\" provides=\"server\" id=\"510001\"\n"
    "          token=\"secret-device-token-one\">\n"
    "    <Connection uri=\"http://192.168.1.44:32400\"/>\n"
    "    <Connection uri=\"not a uri\"/>\n"
    "  </Device>\n"
    "  <Device name=\"Phone\" product=\"Plex for iOS\" clientIdentifier=\"phone-1\" "
    "provides=\"client,player\"\n"
    "          id=\"510002\" token=\"secret-device-token-two\" createdAt=\"2023-01-01T00:00:00Z\"/>\n"
    "  <Device name=\"No id\" clientIdentifier=\"x\" token=\"secret-device-token-three\"/>\n"
    "</MediaContainer>");

// Every text a parsed device holds, to look for a token in.
QStringList textsOf(const AuthorizedDevice &device)
{
    QStringList texts { device.name, device.product, device.productVersion, device.platform,
        device.platformVersion, device.clientIdentifier, device.provides, device.publicAddress };
    for (const QUrl &uri : device.connections)
        texts.append(uri.toString());
    return texts;
}
} // namespace

class TestDeviceParsers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsTheDevicesXml()
    {
        QString whyNot;
        const std::optional<QList<AuthorizedDevice>> devices = Parse::devices(listing, &whyNot);
        QVERIFY2(devices, qPrintable(whyNot));
        QCOMPARE(devices->size(), 2); // the one without an id cannot be removed: left out
        const AuthorizedDevice &server = devices->at(0);
        QCOMPARE(server.id, 510001);
        QCOMPARE(server.name, u"Living Room PMS"_s);
        QCOMPARE(server.productVersion, u"1.41.3"_s);
        QCOMPARE(server.platformVersion, u"6.1"_s);
        QCOMPARE(server.clientIdentifier, u"546684a3d18ac5c3"_s);
        QCOMPARE(server.createdAt, QDateTime::fromSecsSinceEpoch(1561376282, Qt::UTC));
        QCOMPARE(server.lastSeenAt, QDateTime::fromSecsSinceEpoch(1795809600, Qt::UTC));
        QCOMPARE(server.connections, QList<QUrl> { QUrl(u"http://192.168.1.44:32400"_s) });
        QVERIFY(server.isServer());
        QVERIFY(!server.thisInstallation);
        const AuthorizedDevice &phone = devices->at(1);
        QVERIFY(!phone.isServer());
        QCOMPARE(phone.createdAt, QDateTime(QDate(2023, 1, 1), QTime(0, 0), Qt::UTC));
        QCOMPARE(phone.lastSeenAt, std::nullopt);
    }

    void neverKeepsADevicesToken()
    {
        const std::optional<QList<AuthorizedDevice>> devices = Parse::devices(listing, nullptr);
        QVERIFY(devices);
        for (const AuthorizedDevice &device : *devices) {
            for (const QString &text : textsOf(device))
                QVERIFY2(!text.contains(u"secret-device-token"_s), qPrintable(text));
        }
    }

    void serverIsAProvidedRole_data()
    {
        QTest::addColumn<QString>("provides");
        QTest::addColumn<bool>("server");
        QTest::newRow("server") << u"server"_s << true;
        QTest::newRow("among others") << u"client,server,player"_s << true;
        QTest::newRow("not a word of it") << u"client,servers"_s << false;
        QTest::newRow("nothing") << QString() << false;
    }

    void serverIsAProvidedRole()
    {
        QFETCH(QString, provides);
        QFETCH(bool, server);
        AuthorizedDevice device;
        device.provides = provides;
        QCOMPARE(device.isServer(), server);
    }

    void readsTheJsonForm()
    {
        const QByteArray json = QByteArray("{\"MediaContainer\":{\"Device\":[{\"id\":7,\"name\":\"TV\","
                                           "\"token\":\"secret-device-token-json\"}]}}");
        const std::optional<QList<AuthorizedDevice>> devices = Parse::devices(json, nullptr);
        QVERIFY(devices);
        QCOMPARE(devices->size(), 1);
        QCOMPARE(devices->first().name, u"TV"_s);
        QVERIFY(!textsOf(devices->first()).join(u' ').contains(u"secret"_s));
    }

    void refusesWhatIsNoDeviceList_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("an error body") << QByteArray("<errors><error code=\"1001\"/></errors>");
        QTest::newRow("a DTD") << QByteArray("<!DOCTYPE m [<!ENTITY a \"x\">]><MediaContainer/>");
        QTest::newRow("a JSON object of another kind") << QByteArray("{\"errors\":[]}");
        QTest::newRow("cut short") << QByteArray("<MediaContainer><Device id=\"1\"");
    }

    void refusesWhatIsNoDeviceList()
    {
        QFETCH(QByteArray, body);
        QString whyNot;
        QCOMPARE(Parse::devices(body, &whyNot), std::nullopt);
        QVERIFY(!whyNot.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDeviceParsers)
#include "tst_deviceparsers.moc"
