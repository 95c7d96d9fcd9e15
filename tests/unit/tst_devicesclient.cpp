// DevicesClient against the fake plex.tv: devices.xml, removal that revokes the device's token, and
// the short-code PIN made and polled as another device and linked as the account.

#include "devicesclient.h"
#include "testsupport.h"

#include <QTest>

using namespace PlexAuth;
using namespace TestSupport;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString iphoneToken = u"alice-iphone-token-7Yq2LxW9pR4s"_s;
}

class TestDevicesClient : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<Harness> h;

    QList<AuthorizedDevice> devicesOf(const QString &token)
    {
        Outcome<QList<AuthorizedDevice>> listed;
        DevicesClient(&h->plexTv).devices(token, &h->context, listed.handler());
        if (!listed.wait() || !listed.result().ok())
            qWarning() << "devices:" << describe(listed.result());
        return listed.result().ok() ? listed.result().value() : QList<AuthorizedDevice>();
    }

    TokenState stateOf(const QString &token)
    {
        Outcome<TokenCheck> check;
        h->plexTv.validateToken(token, &h->context, check.handler());
        if (!check.wait() || !check.result().ok())
            return TokenState::Unverified;
        return check.result().value().state;
    }

    Result<Pin> check(qint64 id, const ClientIdentity &as)
    {
        Outcome<Pin> polled;
        DevicesClient(&h->plexTv).checkLinkPin(id, as, &h->context, polled.handler());
        if (!polled.wait())
            return PlexError {};
        return polled.result();
    }

private Q_SLOTS:
    void init() { h = std::make_unique<Harness>(); }

    void listsTheAccountsDevicesAtTheOrigin()
    {
        QCOMPARE(DevicesClient(&h->plexTv).origin(), h->server.baseUrl());
        const QList<AuthorizedDevice> devices = devicesOf(aliceToken);
        QCOMPARE(devices.size(), 4);
        QCOMPARE(devices.first().name, u"Living Room PMS"_s);
        const QList<FakePlex::RecordedRequest> requests = h->server.requests();
        QCOMPARE(requests.size(), 1);
        QCOMPARE(requests.first().path, u"/devices.xml"_s);
        QCOMPARE(requests.first().header("x-plex-token"), aliceToken.toUtf8());
        QCOMPARE(devicesOf(bobToken).size(), 1); // each account its own
    }

    void removalRevokesTheDevicesToken()
    {
        QCOMPARE(stateOf(iphoneToken), TokenState::Valid);
        Outcome<Done> removed;
        DevicesClient(&h->plexTv).removeDevice(510002, aliceToken, &h->context, removed.handler());
        QVERIFY(removed.wait());
        QVERIFY2(removed.result().ok(), describe(removed.result()).constData());
        QCOMPARE(h->server.requests().last().method, "DELETE"_ba);
        QCOMPARE(h->server.requests().last().path, u"/devices/510002.xml"_s);
        QCOMPARE(stateOf(iphoneToken), TokenState::Invalid);
        QCOMPARE(stateOf(aliceToken), TokenState::Valid);
        QCOMPARE(devicesOf(aliceToken).size(), 3);

        Outcome<Done> again;
        DevicesClient(&h->plexTv).removeDevice(510002, aliceToken, &h->context, again.handler());
        QVERIFY(again.wait());
        QVERIFY(!again.result().ok());
        QCOMPARE(again.result().error().kind, ErrorKind::NotFound);
        Outcome<Done> othersDevice; // bob's TV is not alice's to remove
        DevicesClient(&h->plexTv).removeDevice(520001, aliceToken, &h->context, othersDevice.handler());
        QVERIFY(othersDevice.wait());
        QCOMPARE(othersDevice.result().error().kind, ErrorKind::NotFound);
    }

    void aLinkedPinGivesItsTokenOnlyToItsCreator()
    {
        const ClientIdentity app = ClientIdentity::newDevice(u"Kometa"_s);
        const ClientIdentity stranger = ClientIdentity::newDevice(u"Stranger"_s);
        QVERIFY(app.clientIdentifier() != stranger.clientIdentifier());
        QVERIFY(app.clientIdentifier() != h->http.identity().clientIdentifier());
        Outcome<Pin> created;
        DevicesClient(&h->plexTv).createLinkPin(app, &h->context, created.handler());
        QVERIFY(created.wait());
        QVERIFY2(created.result().ok(), describe(created.result()).constData());
        const Pin pin = created.result().value();
        QCOMPARE(pin.code.size(), 4); // no `strong`: a short code
        const FakePlex::RecordedRequest made = h->server.requests().last();
        QCOMPARE(made.header("x-plex-client-identifier"), app.clientIdentifier().toUtf8());
        QCOMPARE(made.header("x-plex-device-name"), "Kometa"_ba);
        QCOMPARE(made.header("x-plex-product"), "PlexAuth"_ba);
        QVERIFY(!made.query.hasQueryItem(u"strong"_s));

        // Not linked: no token, however often it is asked (the fixture's claimer never claims it).
        for (int i = 0; i < 4; ++i) {
            const Result<Pin> unlinked = check(pin.id, app);
            QVERIFY2(unlinked.ok(), describe(unlinked).constData());
            QCOMPARE(unlinked.value().authToken, QString());
        }
        Outcome<Done> linked;
        DevicesClient(&h->plexTv).linkPin(pin.code, aliceToken, &h->context, linked.handler());
        QVERIFY(linked.wait());
        QVERIFY2(linked.result().ok(), describe(linked.result()).constData());
        const FakePlex::RecordedRequest link = h->server.requests().last();
        QCOMPARE(link.method, "PUT"_ba);
        QCOMPARE(link.body, "code=" + pin.code.toUtf8());
        QCOMPARE(link.header("x-plex-token"), aliceToken.toUtf8());

        const Result<Pin> asStranger = check(pin.id, stranger);
        QVERIFY(!asStranger.ok());
        QCOMPARE(asStranger.error().kind, ErrorKind::PinExpired);
        const Result<Pin> asCreator = check(pin.id, app);
        QVERIFY2(asCreator.ok(), describe(asCreator).constData());
        const QString token = asCreator.value().authToken;
        QVERIFY(!token.isEmpty() && token != aliceToken);
        QCOMPARE(stateOf(token), TokenState::Valid);
        bool listed = false;
        for (const AuthorizedDevice &device : devicesOf(aliceToken))
            listed
                = listed || (device.clientIdentifier == app.clientIdentifier() && device.name == u"Kometa"_s);
        QVERIFY(listed);
    }

    void linkingAnUnknownCodeFails()
    {
        Outcome<Done> linked;
        DevicesClient(&h->plexTv).linkPin(u"ZZZZ"_s, aliceToken, &h->context, linked.handler());
        QVERIFY(linked.wait());
        QVERIFY(!linked.result().ok());
        Outcome<Done> unauthorised;
        DevicesClient(&h->plexTv).linkPin(u"ZZZZ"_s, u"not-a-token"_s, &h->context, unauthorised.handler());
        QVERIFY(unauthorised.wait());
        QCOMPARE(unauthorised.result().error().kind, ErrorKind::TokenRejected);
    }
};

QTEST_GUILESS_MAIN(TestDevicesClient)
#include "tst_devicesclient.moc"
