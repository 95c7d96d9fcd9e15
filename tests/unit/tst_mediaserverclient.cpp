#include "testsupport.h"

using namespace PlexAuth;
using FakePlex::FaultKind;
using TestSupport::describe;
using TestSupport::fault;
using TestSupport::Outcome;

namespace {
const QString kServerId = QStringLiteral("546684a3d18ac5c39037360ec9ce900b7af9cc36");
const QString kLibrarySource
    = QStringLiteral("server://546684a3d18ac5c39037360ec9ce900b7af9cc36/com.plexapp.plugins.library");
const QString kPodcastSource = QStringLiteral("provider://tv.plex.provider.podcasts");

Result<TransientToken> transient(TestSupport::Harness &h, const QString &token)
{
    Outcome<TransientToken> outcome;
    h.mediaServer.transientToken(h.server.mediaServerUrl(), token, &h.context, outcome.handler());
    if (!outcome.wait())
        qFatal("no outcome");
    return outcome.result();
}

Result<SourceDevice> lookup(
    TestSupport::Harness &h, const QString &token, const QString &source, bool refresh = false)
{
    Outcome<SourceDevice> outcome;
    h.mediaServer.sourceConnections(
        h.server.mediaServerUrl(), token, source, refresh, &h.context, outcome.handler());
    if (!outcome.wait())
        qFatal("no outcome");
    return outcome.result();
}

template<typename T> QString kindOf(const Result<T> &result)
{
    return result.ok() ? QStringLiteral("ok") : errorKindName(result.error().kind);
}
} // namespace

class TestMediaServerClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void transientTokenIsAskedForWithPost()
    {
        TestSupport::Harness h;
        const QDateTime before = QDateTime::currentDateTimeUtc();
        const auto result = transient(h, TestSupport::aliceToken);
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.value().token.size(), 32);
        QVERIFY(result.value().fetchedAt >= before.addSecs(-1));
        const FakePlex::RecordedRequest request = h.server.requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/security/token"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("type")), QStringLiteral("delegation"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("scope")), QStringLiteral("all"));
        QCOMPARE(request.header("x-plex-token"), TestSupport::aliceToken.toUtf8());
    }

    void anOlderServerThatRefusesPostIsAskedAgainWithGet()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/security/token"), fault(FaultKind::MethodNotAllowed405));
        const auto result = transient(h, TestSupport::aliceToken);
        QVERIFY2(result.ok(), describe(result).constData());
        const auto requests = h.server.requests();
        QCOMPARE(requests.size(), 2);
        QCOMPARE(requests.at(0).method, QByteArray("POST"));
        QCOMPARE(requests.at(1).method, QByteArray("GET"));
        QCOMPARE(requests.at(1).header("x-plex-token"), TestSupport::aliceToken.toUtf8());
    }

    void theTransientTokenWorksAsAToken()
    {
        TestSupport::Harness h;
        const auto first = transient(h, TestSupport::aliceToken);
        QVERIFY(first.ok());
        const auto lookedUp = lookup(h, first.value().token, kLibrarySource);
        QVERIFY2(lookedUp.ok(), describe(lookedUp).constData());
    }

    void transientTokenFromXml()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/security/token"), fault(FaultKind::XmlBody));
        const auto result = transient(h, TestSupport::aliceToken);
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.value().token.size(), 32);
    }

    void aRejectedTokenGetsTheServerHtml401InWords()
    {
        TestSupport::Harness h;
        const auto result = transient(h, QStringLiteral("not-a-token-for-this-server"));
        QCOMPARE(kindOf(result), errorKindName(ErrorKind::TokenRejected));
        QCOMPARE(result.error().httpStatus, 401);
        QVERIFY(result.error().message.contains(h.server.mediaServerUrl().host()));
        QVERIFY(!result.error().message.contains(u"<html"));
    }

    void brokenTransientAnswers_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("html 200") << int(FaultKind::HtmlBody) << errorKindName(ErrorKind::MalformedResponse);
        QTest::newRow("garbage") << int(FaultKind::GarbageJson)
                                 << errorKindName(ErrorKind::MalformedResponse);
        QTest::newRow("oversized") << int(FaultKind::OversizedBody)
                                   << errorKindName(ErrorKind::ResponseTooLarge);
        QTest::newRow("500") << int(FaultKind::ServerError500) << errorKindName(ErrorKind::ServerError);
    }

    void brokenTransientAnswers()
    {
        QFETCH(int, kind);
        QFETCH(QString, expected);
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/security/token"), fault(FaultKind(kind)));
        QCOMPARE(kindOf(transient(h, TestSupport::aliceToken)), expected);
    }

    void sourceLookupGivesDeviceTokenAndConnections()
    {
        TestSupport::Harness h;
        const auto result = lookup(h, TestSupport::aliceToken, kLibrarySource, true);
        QVERIFY2(result.ok(), describe(result).constData());
        const SourceDevice &device = result.value();
        QCOMPARE(device.name, QStringLiteral("Living Room PMS"));
        QCOMPARE(device.clientIdentifier, kServerId);
        QCOMPARE(device.accessToken, QStringLiteral("source-token-living-room-lib"));
        QCOMPARE(device.connections.size(), 2);
        QCOMPARE(device.connections.first().uri, h.server.baseUrl());
        QVERIFY(device.connections.first().local);
        QVERIFY(!device.connections.last().local);
        const FakePlex::RecordedRequest request = h.server.requests().last();
        QCOMPARE(request.query.queryItemValue(QStringLiteral("source"), QUrl::FullyDecoded), kLibrarySource);
        QCOMPARE(request.query.queryItemValue(QStringLiteral("refresh")), QStringLiteral("1"));
    }

    void deviceAsAnArrayAndAsXml()
    {
        TestSupport::Harness h;
        const auto array = lookup(h, TestSupport::aliceToken, kPodcastSource);
        QVERIFY2(array.ok(), describe(array).constData());
        QCOMPARE(array.value().name, QStringLiteral("Plex Podcasts"));
        QVERIFY(!h.server.requests().last().query.hasQueryItem(QStringLiteral("refresh")));
        h.server.setFault(QStringLiteral("/security/resources"), fault(FaultKind::XmlBody));
        const auto xml = lookup(h, TestSupport::aliceToken, kLibrarySource);
        QVERIFY2(xml.ok(), describe(xml).constData());
        QCOMPARE(xml.value().connections.size(), 2);
        QCOMPARE(xml.value().accessToken, QStringLiteral("source-token-living-room-lib"));
    }

    void aSharedUsersTokenIsNotAnAdminToken()
    {
        TestSupport::Harness h;
        const auto result = lookup(h, TestSupport::bobToken, kLibrarySource);
        QCOMPARE(kindOf(result), errorKindName(ErrorKind::TokenRejected));
        QCOMPARE(result.error().httpStatus, 403);
        QVERIFY2(result.error().message.contains(u"admin"), qPrintable(result.error().message));
        // A transient token made from a shared user's token is no better.
        const auto derived = transient(h, TestSupport::bobToken);
        QVERIFY(derived.ok());
        QCOMPARE(lookup(h, derived.value().token, kLibrarySource).error().httpStatus, 403);
    }

    void anUnknownSourceIsExplained()
    {
        TestSupport::Harness h;
        const auto result = lookup(
            h, TestSupport::aliceToken, QStringLiteral("server://ffffffffffffffffffffffffffffffffffffffff"));
        QCOMPARE(kindOf(result), errorKindName(ErrorKind::NotFound));
        QVERIFY(result.error().message.contains(u"ffffffff"));
        QVERIFY(result.error().message.contains(u"1.15.4"));
    }

    void aServerOlderThan1154CannotLookUpSources()
    {
        TestSupport::Harness h;
        const QByteArray fixture
            = R"({"accounts":[{"login":"a@example.com","password":"pw-pw-pw","authToken":"old-server-owner-token",
            "user":{"uuid":"u1"}}],"servers":[{"name":"Old","productVersion":"1.15.3.876","clientIdentifier":"old1",
            "owner":"a@example.com","accessToken":"old-server-access","served":true,"connections":[],"sources":[]}]})";
        QVERIFY(h.server.loadFixtureJson(fixture));
        const auto result
            = lookup(h, QStringLiteral("old-server-owner-token"), QStringLiteral("server://old1"));
        QCOMPARE(result.error().httpStatus, 404);
        QVERIFY(result.error().message.contains(u"1.15.4"));
        Outcome<ServerIdentity> identity;
        h.mediaServer.identity(h.server.mediaServerUrl(), &h.context, identity.handler());
        QVERIFY(identity.wait());
        QCOMPARE(identity.result().value().version, QStringLiteral("1.15.3.876"));
    }

    void identityIsAskedForWithoutAToken()
    {
        TestSupport::Harness h;
        Outcome<ServerIdentity> outcome;
        h.mediaServer.identity(
            h.server.baseUrl(), &h.context, outcome.handler(), std::chrono::milliseconds(2000));
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.result().ok(), describe(outcome.result()).constData());
        QCOMPARE(outcome.result().value().machineIdentifier, kServerId);
        QCOMPARE(outcome.result().value().claimed, true);
        QVERIFY(h.server.requests().last().header("x-plex-token").isEmpty());
    }

    void anIdentityProbeHasItsOwnTimeout()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::Hang));
        Outcome<ServerIdentity> outcome;
        QElapsedTimer clock;
        clock.start();
        h.mediaServer.identity(
            h.server.baseUrl(), &h.context, outcome.handler(), std::chrono::milliseconds(300));
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result()), errorKindName(ErrorKind::Timeout));
        QVERIFY(clock.elapsed() < 2000);
    }

    // A DTD whose one entity an attribute refers to thousands of times: 64 KB that Qt would read as
    // an 80-million-character attribute (618 MiB, 2.4 s). Refused at the DTD, as malformed.
    void anEntityBombIsRefusedAtItsDtd()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/identity"), fault(FaultKind::EntityBomb));
        Outcome<ServerIdentity> outcome;
        h.mediaServer.identity(h.server.baseUrl(), &h.context, outcome.handler());
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result()), errorKindName(ErrorKind::MalformedResponse));
        const PlexError &error = outcome.result().error();
        QVERIFY2(error.detail.contains(u"document type declaration"), describe(outcome.result()).constData());
        QVERIFY2(
            error.detail.size() < 200 && error.message.size() < 500, describe(outcome.result()).constData());

        // An error body is read by the same rule: the code inside the refused document stays unread.
        FakePlex::Fault errorBody = fault(FaultKind::EntityBomb);
        errorBody.status = 500;
        h.server.setFault(QStringLiteral("/security/token"), errorBody);
        const auto refused = transient(h, TestSupport::aliceToken);
        QCOMPARE(kindOf(refused), errorKindName(ErrorKind::ServerError));
        QCOMPARE(refused.error().plexCode, 0);
        QVERIFY2(refused.error().detail.size() < 500, describe(refused).constData());
    }

    void aServerUrlWithAPathPrefixIsKept()
    {
        // Reverse proxies often serve PMS below a path, e.g. https://example.org/plex.
        TestSupport::Harness h;
        QUrl base = h.server.mediaServerUrl();
        base.setPath(QStringLiteral("/plex/"));
        Outcome<TransientToken> outcome;
        h.mediaServer.transientToken(base, TestSupport::aliceToken, &h.context, outcome.handler());
        QVERIFY(outcome.wait());
        QCOMPARE(h.server.requests().last().path, QStringLiteral("/plex/security/token"));
    }
};

QTEST_GUILESS_MAIN(TestMediaServerClient)
#include "tst_mediaserverclient.moc"
