// HomeClient and its parsers (plex-auth-api.md §2.9): the Home users as JSON, XML and the older XML
// list (the 404 fallback), an account in no Home, and switching to a profile with its PIN, against the
// fake server's real routes. The PIN never reaches a log line or an error.

#include "homeclient.h"
#include "logging.h"
#include "redaction.h"
#include "testsupport.h"

#include <QLoggingCategory>
#include <QMutex>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;
using FakePlex::FaultKind;
using TestSupport::describe;
using TestSupport::fault;
using TestSupport::Outcome;

namespace {
const QString teenUuid = u"5a3c0f2b7e9d4a16"_s; // protected, PIN 4321
const QString kidsUuid = u"6b4d1e3c8f0a5b27"_s; // restricted, no PIN

// Every log message of the client side of the test, as it was made (before any redaction).
QMutex g_logMutex;
QStringList g_log;
QtMessageHandler g_previous = nullptr;
void recordMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    // The fake server runs in this process: what it logs about the requests it received is not the
    // client's.
    if (!QByteArray(context.category).startsWith("qt.httpserver")) {
        const QMutexLocker lock(&g_logMutex);
        g_log.append(message);
    }
    if (g_previous)
        g_previous(type, context, message);
}

QStringList sequence(const QList<FakePlex::RecordedRequest> &requests)
{
    QStringList lines;
    for (const FakePlex::RecordedRequest &request : requests)
        lines.append(QString::fromLatin1(request.method) + u' ' + request.path);
    return lines;
}

std::optional<HomeUsers> parse(const QByteArray &body, QString *whyNot = nullptr)
{
    QString ignored;
    return Parse::homeUsers(body, whyNot ? whyNot : &ignored);
}

const HomeUser *userCalled(const HomeUsers &home, const QString &title)
{
    for (const HomeUser &user : home.users) {
        if (user.title == title)
            return &user;
    }
    return nullptr;
}
} // namespace

class TestHomeClient : public QObject
{
    Q_OBJECT

private:
    Result<HomeUsers> listUsers(TestSupport::Harness &h, const QString &token)
    {
        Outcome<HomeUsers> outcome;
        HomeClient(&h.plexTv).users(token, &h.context, outcome.handler());
        if (!outcome.wait())
            qFatal("no outcome");
        return outcome.result();
    }
    Result<Account> switchTo(TestSupport::Harness &h, const HomeUser &user, const QString &pin)
    {
        Outcome<Account> outcome;
        HomeClient(&h.plexTv).switchTo(TestSupport::aliceToken, user, pin, &h.context, outcome.handler());
        if (!outcome.wait())
            qFatal("no outcome");
        return outcome.result();
    }
    HomeUser user(TestSupport::Harness &h, const QString &title)
    {
        const Result<HomeUsers> listed = listUsers(h, TestSupport::aliceToken);
        if (!listed.ok() || !userCalled(listed.value(), title))
            qFatal("no Home user %s", qPrintable(title));
        h.server.clearRequests();
        return *userCalled(listed.value(), title);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"*.debug=true"_s); // everything Qt and PlexAuth would log with -v
        g_previous = qInstallMessageHandler(recordMessage);
    }
    void cleanupTestCase() { qInstallMessageHandler(g_previous); }

    // --- the parsers

    void parsesTheJsonList()
    {
        const QByteArray body
            = R"({"id":1234567,"name":"Home","guestUserID":5,"guestUserUUID":"g",)"
              R"("guestEnabled":false,"subscription":true,"users":[{"id":33542084,"uuid":"5a3c",)"
              R"("title":"Kid","username":null,"email":null,"thumb":"https://plex.tv/users/5a3c/avatar",)"
              R"("hasPassword":false,"restricted":true,"restrictionProfile":"little_kid",)"
              R"("admin":false,"guest":false,"protected":true}]})";
        const std::optional<HomeUsers> home = parse(body);
        QVERIFY(home);
        QVERIFY(home->inHome());
        QCOMPARE(home->homeId, 1234567);
        QCOMPARE(home->homeName, u"Home"_s);
        QCOMPARE(home->users.size(), 1);
        const HomeUser &kid = home->users.first();
        QCOMPARE(kid.id, 33542084);
        QCOMPARE(kid.uuid, u"5a3c"_s);
        QCOMPARE(kid.title, u"Kid"_s);
        QVERIFY(kid.username.isEmpty());
        QCOMPARE(kid.thumb, u"https://plex.tv/users/5a3c/avatar"_s);
        QCOMPARE(kid.restrictionProfile, u"little_kid"_s);
        QVERIFY(kid.restricted && kid.isProtected && !kid.admin && !kid.guest);
    }

    void parsesTheXmlLists_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("v2 as XML") << QByteArray(
            R"(<?xml version="1.0"?><home id="7" name="H"><users>)"
            R"(<user id="1" uuid="aa" title="A" admin="1" protected="0"/>)"
            R"(<user id="2" uuid="bb" title="B" restricted="1" protected="1"/>)"
            R"(</users></home>)");
        QTest::newRow("older list") << QByteArray(
            R"(<MediaContainer friendlyName="myPlex" identifier="com.plexapp.plugins.myplex" size="2">)"
            R"(<User id="1" uuid="aa" title="A" admin="1" protected="0"/>)"
            R"(<User id="2" uuid="bb" title="B" restricted="1" protected="1"/></MediaContainer>)");
        QTest::newRow("older list as JSON") << QByteArray(
            R"({"MediaContainer":{"size":2,"User":[{"id":1,"uuid":"aa","title":"A","admin":true},)"
            R"({"id":"2","uuid":"bb","title":"B","restricted":"1","protected":1}]}})");
    }
    void parsesTheXmlLists()
    {
        QFETCH(QByteArray, body);
        QString whyNot;
        const std::optional<HomeUsers> home = parse(body, &whyNot);
        QVERIFY2(home, qPrintable(whyNot));
        QCOMPARE(home->users.size(), 2);
        QCOMPARE(home->users[0].uuid, u"aa"_s);
        QVERIFY(home->users[0].admin && !home->users[0].isProtected);
        QCOMPARE(home->users[1].id, 2);
        QVERIFY(home->users[1].restricted && home->users[1].isProtected && !home->users[1].admin);
    }

    void anEmptyListIsNoHome_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("json") << QByteArray(R"({"users":[]})");
        QTest::newRow("xml") << QByteArray(R"(<home><users/></home>)");
        QTest::newRow("older") << QByteArray(R"(<MediaContainer size="0"/>)");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("users without uuid or id") << QByteArray(R"({"users":[{"title":"nobody"}]})");
    }
    void anEmptyListIsNoHome()
    {
        QFETCH(QByteArray, body);
        const std::optional<HomeUsers> home = parse(body);
        QVERIFY(home);
        QVERIFY(!home->inHome());
    }

    void anythingElseIsRefused_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("other object") << QByteArray(R"({"id":12,"uuid":"x"})");
        QTest::newRow("html") << QByteArray("<html><body>captive portal</body></html>");
        QTest::newRow("garbage") << QByteArray(R"({"users": [unterminated)");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("dtd") << QByteArray(R"(<!DOCTYPE home [<!ENTITY a "aaaa">]><home name="&a;"/>)");
    }
    void anythingElseIsRefused()
    {
        QFETCH(QByteArray, body);
        QString whyNot;
        QVERIFY(!parse(body, &whyNot));
        QVERIFY(!whyNot.isEmpty());
    }

    // --- the client against the fake server

    void listsTheHomeUsers_data()
    {
        QTest::addColumn<int>("faultKind"); // on /api/v2/home/users
        QTest::addColumn<QStringList>("requests");
        const QStringList v2 { u"GET /api/v2/home/users"_s };
        QTest::newRow("json") << int(FaultKind::None) << v2;
        QTest::newRow("xml") << int(FaultKind::XmlBody) << v2;
        QTest::newRow("404: the older list")
            << int(FaultKind::NotFound404) << (v2 + QStringList { u"GET /api/home/users"_s });
    }
    void listsTheHomeUsers()
    {
        QFETCH(int, faultKind);
        QFETCH(QStringList, requests);
        TestSupport::Harness h;
        h.server.setFault(u"/api/v2/home/users"_s, fault(FaultKind(faultKind)));
        const Result<HomeUsers> listed = listUsers(h, TestSupport::aliceToken);
        QVERIFY2(listed.ok(), describe(listed).constData());
        QCOMPARE(sequence(h.server.requests()), requests);
        for (const FakePlex::RecordedRequest &request : h.server.requests())
            QCOMPARE(request.header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        const HomeUsers &home = listed.value();
        QVERIFY(home.inHome());
        QCOMPARE(home.users.size(), 5);
        const HomeUser *alice = userCalled(home, u"Alice"_s);
        const HomeUser *teen = userCalled(home, u"Teen"_s);
        const HomeUser *kids = userCalled(home, u"Kids"_s);
        QVERIFY(alice && teen && kids);
        QVERIFY(alice->admin && !alice->isProtected);
        QCOMPARE(alice->uuid, TestSupport::alice.uuid);
        QCOMPARE(teen->uuid, teenUuid);
        QCOMPARE(teen->id, 33542084);
        QVERIFY(teen->isProtected && !teen->admin && !teen->restricted);
        QVERIFY(kids->restricted && !kids->isProtected);
        QCOMPARE(kids->restrictionProfile, u"little_kid"_s);
        QVERIFY(kids->thumb.startsWith(u"https://plex.tv/users/"_s));
    }

    void anAccountInNoHomeIsNoError_data()
    {
        QTest::addColumn<bool>("bothNotFound");
        QTest::newRow("empty list") << false;
        QTest::newRow("404 from both lists") << true;
    }
    void anAccountInNoHomeIsNoError()
    {
        QFETCH(bool, bothNotFound);
        TestSupport::Harness h;
        if (bothNotFound) {
            h.server.setFault(u"/api/v2/home/users"_s, fault(FaultKind::NotFound404));
            h.server.setFault(u"/api/home/users"_s, fault(FaultKind::NotFound404));
        }
        const Result<HomeUsers> listed = listUsers(h, TestSupport::bobToken);
        QVERIFY2(listed.ok(), describe(listed).constData());
        QVERIFY(!listed.value().inHome());
        QCOMPARE(h.server.requests().size(), bothNotFound ? 2 : 1);
    }

    void otherFailuresAreErrors()
    {
        TestSupport::Harness h;
        const Result<HomeUsers> rejected = listUsers(h, u"not-a-token-at-all"_s);
        QVERIFY(!rejected.ok());
        QCOMPARE(rejected.error().kind, ErrorKind::TokenRejected);
        h.server.setFault(u"/api/v2/home/users"_s, fault(FaultKind::HtmlBody));
        const Result<HomeUsers> portal = listUsers(h, TestSupport::aliceToken);
        QVERIFY(!portal.ok());
        QCOMPARE(portal.error().kind, ErrorKind::MalformedResponse);
    }

    void switchingToAnUnprotectedProfileNeedsNoPin()
    {
        TestSupport::Harness h;
        const HomeUser kids = user(h, u"Kids"_s);
        const Result<Account> switched = switchTo(h, kids, {});
        QVERIFY2(switched.ok(), describe(switched).constData());
        QCOMPARE(switched.value().uuid, kidsUuid);
        QCOMPARE(switched.value().title, u"Kids"_s);
        const QString token = switched.value().authToken;
        QVERIFY(!token.isEmpty() && token != TestSupport::aliceToken);

        QCOMPARE(h.server.requests().size(), 1);
        const FakePlex::RecordedRequest request = h.server.requests().first();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, u"/api/v2/home/users/"_s + kidsUuid + u"/switch"_s);
        QVERIFY(request.query.isEmpty());
        QVERIFY(request.body.isEmpty());
        QCOMPARE(request.header("content-length"), QByteArray("0"));
        QCOMPARE(request.header("x-plex-token"), TestSupport::aliceToken.toUtf8());

        // The profile's token is a token of its own, which plex.tv accepts as the profile.
        Outcome<TokenCheck> check;
        h.plexTv.validateToken(token, &h.context, check.handler());
        QVERIFY(check.wait());
        QVERIFY(check.result().ok());
        QCOMPARE(check.result().value().state, TokenState::Valid);
        QCOMPARE(check.result().value().account->uuid, kidsUuid);
    }

    void aWrongOrMissingPinIs1041_data()
    {
        QTest::addColumn<QString>("pin");
        QTest::newRow("wrong") << u"1111"_s;
        QTest::newRow("missing") << QString();
    }
    void aWrongOrMissingPinIs1041()
    {
        QFETCH(QString, pin);
        TestSupport::Harness h;
        const HomeUser teen = user(h, u"Teen"_s);
        const Result<Account> switched = switchTo(h, teen, pin);
        QVERIFY(!switched.ok());
        const PlexError &error = switched.error();
        QCOMPARE(error.kind, ErrorKind::HomePinRequired);
        QCOMPARE(error.plexCode, 1041);
        QCOMPARE(error.httpStatus, 403);
        QVERIFY(error.isAuthenticationFailure());
        QVERIFY2(error.message.contains(u"PIN"_s), qPrintable(error.message));
        QVERIFY2(!error.detail.contains(u"pin="_s), qPrintable(error.detail));
        if (!pin.isEmpty()) {
            QVERIFY2(!error.message.contains(pin) && !error.detail.contains(pin), qPrintable(error.detail));
            QCOMPARE(h.server.requests().first().query.queryItemValue(u"pin"_s), pin);
        } else {
            QVERIFY(!h.server.requests().first().query.hasQueryItem(u"pin"_s));
        }
    }

    void theRightPinSwitchesAndNeverReachesALog()
    {
        {
            const QMutexLocker lock(&g_logMutex);
            g_log.clear();
        }
        TestSupport::Harness h;
        const HomeUser teen = user(h, u"Teen"_s);
        QCOMPARE(switchTo(h, teen, u"9876"_s).error().kind, ErrorKind::HomePinRequired);
        const Result<Account> switched = switchTo(h, teen, u"4321"_s);
        QVERIFY2(switched.ok(), describe(switched).constData());
        QCOMPARE(switched.value().uuid, teenUuid);
        QCOMPARE(h.server.requests().last().query.queryItemValue(u"pin"_s), u"4321"_s);

        const QMutexLocker lock(&g_logMutex);
        const QString log = g_log.join(u'\n');
        QVERIFY2(log.contains(u"/switch"_s), qPrintable(log)); // the requests were logged...
        QVERIFY2(!log.contains(u"4321"_s) && !log.contains(u"9876"_s), qPrintable(log)); // ...without the PIN
        QVERIFY2(!log.contains(u"pin="_s), qPrintable(log));
        QVERIFY2(!log.contains(switched.value().authToken), qPrintable(log));
        // And were a PIN ever in a message, it would be masked there.
        QVERIFY(!Redaction::redact(u"sent 4321"_s).contains(u"4321"_s));
        QVERIFY(!Redaction::redact(u"POST /switch?pin=5555"_s).contains(u"5555"_s));
    }

    void aProfileUnknownByUuidIsSwitchedToByItsId()
    {
        TestSupport::Harness h;
        const HomeUser teen = user(h, u"Teen"_s);
        h.server.setFault(u"/api/v2/home/users/"_s + teenUuid + u"/switch"_s, fault(FaultKind::NotFound404));
        const Result<Account> switched = switchTo(h, teen, u"4321"_s);
        QVERIFY2(switched.ok(), describe(switched).constData());
        QCOMPARE(sequence(h.server.requests()),
            QStringList({ u"POST /api/v2/home/users/"_s + teenUuid + u"/switch"_s,
                u"POST /api/v2/home/users/33542084/switch"_s }));
        QCOMPARE(h.server.requests().last().query.queryItemValue(u"pin"_s), u"4321"_s);
        QCOMPARE(switched.value().uuid, teenUuid);

        // Unknown by both: the 404, never a third try.
        h.server.clearRequests();
        h.server.setFault(u"/api/v2/home/users/*"_s, fault(FaultKind::NotFound404));
        const Result<Account> unknown = switchTo(h, teen, u"4321"_s);
        QVERIFY(!unknown.ok());
        QCOMPARE(unknown.error().kind, ErrorKind::NotFound);
        QCOMPARE(h.server.requests().size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestHomeClient)
#include "tst_homeclient.moc"
