#include "logging.h"
#include "redaction.h"
#include "testsupport.h"

using namespace PlexAuth;
using FakePlex::FaultKind;
using TestSupport::describe;
using TestSupport::fault;
using TestSupport::Outcome;

namespace {

SignInForm alice()
{
    return { QStringLiteral("alice@example.com"), QStringLiteral("correct horse battery staple"), true, {} };
}

SignInForm bob(const QString &code = {})
{
    return { QStringLiteral("bob"), QStringLiteral("hunter2-but-longer"), true, code };
}

Result<Account> signIn(TestSupport::Harness &h, const SignInForm &form)
{
    Outcome<Account> outcome;
    h.plexTv.signIn(form, &h.context, outcome.handler());
    if (!outcome.wait())
        qFatal("sign-in gave no outcome");
    return outcome.result();
}

QString kindOf(const Result<Account> &result)
{
    return result.ok() ? QStringLiteral("ok") : errorKindName(result.error().kind);
}
} // namespace

class TestPlexTvClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signInReturnsTheWholeAccount()
    {
        TestSupport::Harness h;
        const auto result = signIn(h, alice());
        QVERIFY2(result.ok(), describe(result).constData());
        const Account &account = result.value();
        QCOMPARE(account.authToken, TestSupport::aliceToken);
        QCOMPARE(account.uuid, QStringLiteral("dae343c1f45beb4f"));
        QCOMPARE(account.email, QStringLiteral("alice@example.com"));
        QVERIFY(account.hasPlexPass());
        QCOMPARE(account.homeAdmin, true);
        QCOMPARE(account.rememberExpiresAt, QDateTime::fromSecsSinceEpoch(1767225600, Qt::UTC));
        QCOMPARE(account.pastSubscriptions.size(), 1);
        QCOMPARE(account.services.size(), 1);
    }

    void signInSendsAFormWithoutAToken()
    {
        TestSupport::Harness h;
        SignInForm form = alice();
        form.rememberMe = false;
        QVERIFY(signIn(h, form).ok());
        const FakePlex::RecordedRequest request = h.server.requests().last();
        QCOMPARE(request.method, QByteArray("POST"));
        QCOMPARE(request.path, QStringLiteral("/api/v2/users/signin"));
        QVERIFY(request.header("content-type").startsWith("application/x-www-form-urlencoded"));
        QVERIFY(request.header("x-plex-token").isEmpty());
        QVERIFY(request.body.contains("login=alice%40example.com"));
        QVERIFY(request.body.contains("rememberMe=false"));
        QVERIFY(!request.body.contains("verificationCode"));
        QVERIFY(request.query.isEmpty());
    }

    void passwordCharactersSurviveFormEncoding()
    {
        TestSupport::Harness h;
        const QByteArray fixture = R"({"accounts":[{"login":"plus@example.com","password":"a+b c&d=e%f ü",
            "authToken":"plus-token-0123456789","user":{"uuid":"p1","username":"plus"}}]})";
        QVERIFY(h.server.loadFixtureJson(fixture));
        const auto result
            = signIn(h, { QStringLiteral("plus@example.com"), QStringLiteral("a+b c&d=e%f ü"), true, {} });
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.value().authToken, QStringLiteral("plus-token-0123456789"));
    }

    void wrongPasswordIsWrongCredentials()
    {
        TestSupport::Harness h;
        SignInForm form = alice();
        form.password = QStringLiteral("nope");
        const auto result = signIn(h, form);
        QCOMPARE(kindOf(result), errorKindName(ErrorKind::WrongCredentials));
        QCOMPARE(result.error().plexCode, 1001);
        QVERIFY(!result.error().message.contains(u"nope"));
        QVERIFY(!result.error().detail.contains(u"nope"));
    }

    void twoFactorAsksForTheCodeThenAcceptsIt()
    {
        TestSupport::Harness h;
        const auto first = signIn(h, bob());
        QCOMPARE(kindOf(first), errorKindName(ErrorKind::VerificationCodeRequired));
        QCOMPARE(first.error().plexCode, 1029);
        const auto second = signIn(h, bob(QStringLiteral("123456")));
        QVERIFY2(second.ok(), describe(second).constData());
        QCOMPARE(second.value().authToken, TestSupport::bobToken);
        QVERIFY(h.server.requests().last().body.contains("verificationCode=123456"));
    }

    void aWrongCodeIsRejected()
    {
        TestSupport::Harness h;
        const auto result = signIn(h, bob(QStringLiteral("000000")));
        QCOMPARE(kindOf(result), errorKindName(ErrorKind::VerificationCodeRejected));
        QCOMPARE(result.error().plexCode, 1028);
    }

    void aLongerBackupCodeWorks()
    {
        TestSupport::Harness h;
        const auto result = signIn(h,
            { QStringLiteral("carol@example.net"), QStringLiteral("carol-pass-phrase"), true,
                QStringLiteral("  a1b2c3d4e5 ") });
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.value().username, QStringLiteral("carol"));
    }

    void repeatedFailuresLockOutEvenTheRightPassword()
    {
        TestSupport::Harness h;
        h.server.setLockoutAfterFailures(3);
        SignInForm wrong = alice();
        wrong.password = QStringLiteral("wrong");
        for (int i = 0; i < 3; ++i)
            QCOMPARE(kindOf(signIn(h, wrong)), errorKindName(ErrorKind::WrongCredentials));
        const auto locked = signIn(h, alice());
        QCOMPARE(kindOf(locked), errorKindName(ErrorKind::LockedOut));
        QCOMPARE(locked.error().plexCode, 1031);
        QVERIFY(locked.error().message.contains(u"15 minutes"));
        // 1031 is never retried: one request per attempt.
        QCOMPARE(h.server.requestCount(QStringLiteral("/api/v2/users/signin")), 4);
    }

    void theSignInBodyIsZeroedOnceTheCallIsOver()
    {
        TestSupport::Harness h;
        Outcome<Account> outcome;
        PlexCall *call = h.plexTv.signIn(alice(), &h.context, outcome.handler());
        // Shares the call's buffer (Qt's implicit sharing): what the call zeroes, this copy shows.
        const QByteArray body = call->spec().body;
        QVERIFY(body.contains("password="));
        QSignalSpy gone(call, &QObject::destroyed);
        QVERIFY(outcome.wait(20000));
        QVERIFY(outcome.result().ok());
        QTRY_COMPARE_WITH_TIMEOUT(gone.size(), 1, 5000);
        QCOMPARE(body, QByteArray(body.size(), '\0'));
    }

    void signInIsNeverRetried()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/users/signin"), fault(FaultKind::ServiceUnavailable503));
        QCOMPARE(kindOf(signIn(h, alice())), errorKindName(ErrorKind::ServerError));
        h.server.setFault(QStringLiteral("/api/v2/users/signin"), fault(FaultKind::RateLimited));
        const auto limited = signIn(h, alice());
        QCOMPARE(kindOf(limited), errorKindName(ErrorKind::RateLimited));
        QCOMPARE(limited.error().retryAfterSeconds, 1);
        QCOMPARE(h.server.requestCount(QStringLiteral("/api/v2/users/signin")), 2);
    }

    void aDroppedSignInIsNotRetriedByPlexAuth()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/users/signin"), fault(FaultKind::ConnectionReset));
        Outcome<Account> outcome;
        PlexCall *call = h.plexTv.signIn(alice(), &h.context, outcome.handler());
        int attempts = 0;
        connect(call, &PlexCall::finished, this, [&] { attempts = call->attempts(); });
        QVERIFY(outcome.wait());
        QCOMPARE(kindOf(outcome.result()), errorKindName(ErrorKind::ConnectionDropped));
        QCOMPARE(attempts, 1);
        // Qt's HTTP stack itself sends a request once more when a kept-alive connection closes
        // before any answer byte (QHttpNetworkConnectionChannel::handleUnexpectedEOF); no API
        // turns that off. It is bounded, and it is not PlexAuth's retry policy.
        QVERIFY(h.server.requestCount(QStringLiteral("/api/v2/users/signin")) <= 3);
    }

    void anXmlAnswerIsReadLikeJson()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/users/signin"), fault(FaultKind::XmlBody));
        const auto result = signIn(h, alice());
        QVERIFY2(result.ok(), describe(result).constData());
        QCOMPARE(result.value().authToken, TestSupport::aliceToken);
        QCOMPARE(result.value().joinedAt, QDateTime::fromSecsSinceEpoch(1556281940, Qt::UTC));
        QVERIFY(result.value().hasPlexPass());
        QCOMPARE(result.value().subscription->features.size(), 2);
    }

    void brokenAnswersAreMalformed_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("html") << int(FaultKind::HtmlBody);
        QTest::newRow("garbage") << int(FaultKind::GarbageJson);
    }

    void brokenAnswersAreMalformed()
    {
        QFETCH(int, kind);
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/users/signin"), fault(FaultKind(kind)));
        const auto result = signIn(h, alice());
        QCOMPARE(kindOf(result), errorKindName(ErrorKind::MalformedResponse));
        QVERIFY(result.error().message.contains(u"could not read"));
    }

    void aTruncatedAnswerIsADroppedConnection()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/users/signin"), fault(FaultKind::TruncatedJson));
        const auto result = signIn(h, alice());
        QVERIFY(!result.ok());
        QVERIFY2(result.error().kind == ErrorKind::ConnectionDropped
                || result.error().kind == ErrorKind::MalformedResponse,
            describe(result).constData());
    }

    void validateTokenTellsValidInvalidAndUnverified()
    {
        TestSupport::Harness h;
        Outcome<TokenCheck> valid;
        h.plexTv.validateToken(TestSupport::aliceToken, &h.context, valid.handler());
        QVERIFY(valid.wait());
        QCOMPARE(int(valid.result().value().state), int(TokenState::Valid));
        QCOMPARE(valid.result().value().account->username, QStringLiteral("alice"));
        QVERIFY(valid.result().value().checkedAt.isValid());

        Outcome<TokenCheck> invalid;
        h.plexTv.validateToken(QStringLiteral("revoked-or-made-up"), &h.context, invalid.handler());
        QVERIFY(invalid.wait());
        QCOMPARE(int(invalid.result().value().state), int(TokenState::Invalid));
        QVERIFY(!invalid.result().value().reason.isEmpty());

        h.server.setFault(QStringLiteral("/api/v2/user"), fault(FaultKind::ServerError500));
        Outcome<TokenCheck> unverified;
        h.plexTv.validateToken(TestSupport::aliceToken, &h.context, unverified.handler());
        QVERIFY(unverified.wait());
        QCOMPARE(int(unverified.result().value().state), int(TokenState::Unverified));

        h.server.setFault(QStringLiteral("/api/v2/user"), fault(FaultKind::HtmlBody));
        Outcome<TokenCheck> portal;
        h.plexTv.validateToken(TestSupport::aliceToken, &h.context, portal.handler());
        QVERIFY(portal.wait());
        QCOMPARE(int(portal.result().value().state), int(TokenState::Unverified));
    }

    void serversListOwnedAndSharedWithTheirConnections()
    {
        TestSupport::Harness h;
        Outcome<QList<PlexServer>> outcome;
        h.plexTv.servers(TestSupport::aliceToken, &h.context, outcome.handler());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.result().ok(), describe(outcome.result()).constData());
        const QList<PlexServer> &servers = outcome.result().value();
        QCOMPARE(servers.size(), 2);
        const PlexServer &own = servers.at(0);
        QCOMPARE(own.name, QStringLiteral("Living Room PMS"));
        QCOMPARE(own.owned, true);
        QCOMPARE(own.accessToken, QStringLiteral("pms-living-room-token-8lzjqnq8ly"));
        QCOMPARE(own.connections.size(), 5);
        QCOMPARE(own.connections.first().uri, h.server.baseUrl());
        QVERIFY(own.connections.at(3).ipv6);
        QVERIFY(own.connections.at(4).relay);
        const PlexServer &shared = servers.at(1);
        QCOMPARE(shared.owned, false);
        QVERIFY(shared.ownerId.has_value());
        QVERIFY(!shared.dnsRebindingProtection.has_value());
        const FakePlex::RecordedRequest request = h.server.requests().last();
        QCOMPARE(request.query.queryItemValue(QStringLiteral("includeHttps")), QStringLiteral("1"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("includeRelay")), QStringLiteral("1"));
        QCOMPARE(request.query.queryItemValue(QStringLiteral("includeIPv6")), QStringLiteral("1"));
    }

    void serversRetryThroughA502Burst()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/resources"), fault(FaultKind::ServiceUnavailable503, 1));
        Outcome<QList<PlexServer>> outcome;
        h.plexTv.servers(TestSupport::aliceToken, &h.context, outcome.handler());
        QVERIFY(outcome.wait());
        QVERIFY2(outcome.result().ok(), describe(outcome.result()).constData());
        QCOMPARE(h.server.requestCount(QStringLiteral("/api/v2/resources")), 2);
    }

    void signOutRevokesTheToken()
    {
        TestSupport::Harness h;
        Outcome<Done> out;
        h.plexTv.signOut(TestSupport::aliceToken, &h.context, out.handler());
        QVERIFY(out.wait());
        QVERIFY2(out.result().ok(), describe(out.result()).constData());
        QCOMPARE(h.server.requests().last().method, QByteArray("DELETE"));
        Outcome<TokenCheck> after;
        h.plexTv.validateToken(TestSupport::aliceToken, &h.context, after.handler());
        QVERIFY(after.wait());
        QCOMPARE(int(after.result().value().state), int(TokenState::Invalid));
    }

    void aMissingClientIdentifierIsABadRequest()
    {
        // Only a broken build would send none; the mapping must still say so clearly.
        TestSupport::Harness h;
        HttpClient anonymous(&h.network, ClientIdentity::withIdentifier(QString()));
        PlexTvClient plexTv(&anonymous);
        plexTv.setBaseUrl(h.server.plexTvUrl());
        Outcome<Pin> outcome;
        plexTv.createPin(&h.context, outcome.handler());
        QVERIFY(outcome.wait());
        QCOMPARE(errorKindName(outcome.result().error().kind), errorKindName(ErrorKind::BadRequest));
        QCOMPARE(outcome.result().error().plexCode, 1000);
    }

    void handlersAreNotCalledAfterTheirContextIsGone()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/user"), [] {
            FakePlex::Fault delay = fault(FaultKind::Delay);
            delay.delayMs = 200;
            return delay;
        }());
        int calls = 0;
        auto *context = new QObject;
        PlexCall *call = h.plexTv.validateToken(
            TestSupport::aliceToken, context, [&calls](const Result<TokenCheck> &) { ++calls; });
        QSignalSpy finished(call, &PlexCall::finished);
        delete context;
        QVERIFY(finished.wait());
        QCOMPARE(calls, 0);
    }

    void authAppLinkCarriesClientIdCodeAndProduct()
    {
        TestSupport::Harness h;
        const QUrl url = h.plexTv.authAppUrl(QStringLiteral("8lzjqnq8lye02n52jq3fqxf8e"));
        QCOMPARE(url.host(), QStringLiteral("app.plex.tv"));
        QCOMPARE(url.path(), QStringLiteral("/auth"));
        const QString fragment = url.fragment(QUrl::FullyDecoded);
        QVERIFY2(fragment.startsWith(u"?clientID=5f1c3b7e-test"), qPrintable(fragment));
        QVERIFY(fragment.contains(u"&code=8lzjqnq8lye02n52jq3fqxf8e"));
        QVERIFY(fragment.contains(u"&context[device][product]=PlexAuth"));
        QVERIFY(url.query().isEmpty());
    }

    void secretsNeverReachTheLog()
    {
        TestSupport::Harness h;
        QStringList lines;
        static QStringList *sink = nullptr;
        sink = &lines;
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext &, const QString &message) { sink->append(message); });
        installRedactingMessageHandler();
        QVERIFY(!signIn(h, bob()).ok());
        QVERIFY(signIn(h, bob(QStringLiteral("123456"))).ok());
        Outcome<TokenCheck> check;
        h.plexTv.validateToken(QStringLiteral("no-such-token-abcdef"), &h.context, check.handler());
        QVERIFY(check.wait());
        qInstallMessageHandler(previous);
        const QString all = lines.join(u'\n');
        QVERIFY(!lines.isEmpty());
        for (const QString &secret : { QStringLiteral("hunter2-but-longer"), QStringLiteral("123456"),
                 TestSupport::bobToken, QStringLiteral("no-such-token-abcdef") })
            QVERIFY2(!all.contains(secret), qPrintable(secret));
    }
};

QTEST_GUILESS_MAIN(TestPlexTvClient)
#include "tst_plextvclient.moc"
