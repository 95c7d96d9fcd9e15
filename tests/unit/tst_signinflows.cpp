// The sign-in flows both front ends drive: password (with the verification-code step and the
// lock-out's cool-down) and browser/PIN (validated, and revoked when plex.tv will not say whose it is).
#include "browsersignin.h"
#include "passwordsignin.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTest>

using namespace PlexAuth;
using namespace Qt::StringLiterals;
using TestSupport::describe;

namespace {
SignInForm form(const QString &login, const QString &password, const QString &code = {})
{
    SignInForm signIn;
    signIn.login = login;
    signIn.password = password;
    signIn.verificationCode = code;
    return signIn;
}

bool finishes(QObject *flow, const char *signal)
{
    QSignalSpy finished(flow, signal);
    return finished.wait(15000);
}
} // namespace

class TestSignInFlows : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passwordThenCode()
    {
        TestSupport::Harness h;
        PasswordSignIn signIn(&h.plexTv);
        QSignalSpy finished(&signIn, &PasswordSignIn::finished);
        signIn.submit(form(u"bob"_s, u"hunter2-but-longer"_s));
        QVERIFY(finished.wait(15000));
        QVERIFY(!signIn.result().ok());
        QCOMPARE(signIn.result().error().kind, ErrorKind::VerificationCodeRequired);
        QVERIFY(signIn.codeRequired());

        signIn.submit(form(u"bob"_s, u"hunter2-but-longer"_s, u"000000"_s));
        QVERIFY(finished.wait(15000));
        QCOMPARE(signIn.result().error().kind, ErrorKind::VerificationCodeRejected);
        QVERIFY(signIn.codeRequired()); // still: try another code

        signIn.submit(form(u"bob"_s, u"hunter2-but-longer"_s, u"123456"_s));
        QVERIFY(finished.wait(15000));
        QVERIFY2(signIn.result().ok(), describe(signIn.result()).constData());
        QCOMPARE(signIn.result().value().authToken, TestSupport::bobToken);
        QCOMPARE(signIn.result().value().username, u"bob"_s);

        signIn.forgetCodeRequirement(); // another login typed
        QVERIFY(!signIn.codeRequired());
    }

    void rateLimitStartsACoolDownThatHoldsBackAttempts()
    {
        TestSupport::Harness h;
        FakePlex::Fault limited { FakePlex::FaultKind::RateLimited };
        limited.retryAfterSeconds = 7;
        h.server.setFault(u"/api/v2/users/signin"_s, limited);
        PasswordSignIn signIn(&h.plexTv);
        QSignalSpy finished(&signIn, &PasswordSignIn::finished);
        signIn.submit(form(u"alice@example.com"_s, u"wrong"_s));
        QVERIFY(finished.wait(15000));
        QVERIFY(signIn.result().error().isRateLimit());
        QVERIFY(signIn.isCoolingDown());
        QVERIFY(signIn.coolDownSecondsLeft() > 5 && signIn.coolDownSecondsLeft() <= 7);
        const int asked = h.server.requestCount(u"/api/v2/users/signin"_s);
        signIn.submit(form(u"alice@example.com"_s, u"correct horse battery staple"_s));
        QVERIFY(!signIn.isRunning()); // not sent: every attempt would extend plex.tv's pause
        QCOMPARE(h.server.requestCount(u"/api/v2/users/signin"_s), asked);
    }

    void lockOutWithoutRetryAfterWaitsFifteenMinutes()
    {
        TestSupport::Harness h;
        h.server.setLockoutAfterFailures(1);
        PasswordSignIn signIn(&h.plexTv);
        QSignalSpy finished(&signIn, &PasswordSignIn::finished);
        for (int attempt = 0; attempt < 2 && !signIn.isCoolingDown(); ++attempt) {
            signIn.submit(form(u"alice@example.com"_s, u"wrong"_s));
            QVERIFY(finished.wait(15000));
        }
        QCOMPARE(signIn.result().error().kind, ErrorKind::LockedOut);
        QVERIFY(signIn.coolDownSecondsLeft() > 14 * 60);
    }

    void cancelEndsTheAttempt()
    {
        TestSupport::Harness h;
        h.server.setFault(u"/api/v2/users/signin"_s, TestSupport::fault(FakePlex::FaultKind::Hang));
        PasswordSignIn signIn(&h.plexTv);
        QSignalSpy finished(&signIn, &PasswordSignIn::finished);
        signIn.submit(form(u"alice@example.com"_s, u"x"_s));
        QTRY_VERIFY(h.server.requestCount(u"/api/v2/users/signin"_s) == 1);
        signIn.cancel();
        QCOMPARE(finished.size(), 1);
        QVERIFY(signIn.result().error().isCanceled());
    }

    void browserSignInEndsInAValidatedAccount()
    {
        TestSupport::Harness h;
        h.server.setPinClaimAfterPolls(1);
        BrowserSignIn signIn(&h.plexTv);
        signIn.setPollInterval(std::chrono::milliseconds(20));
        QSignalSpy code(&signIn, &BrowserSignIn::codeReady);
        QSignalSpy checking(&signIn, &BrowserSignIn::checkingAccount);
        signIn.start();
        QVERIFY(finishes(&signIn, SIGNAL(finished())));
        QCOMPARE(code.size(), 1);
        QCOMPARE(checking.size(), 1);
        QVERIFY2(signIn.result().ok(), describe(signIn.result()).constData());
        QCOMPARE(signIn.result().value().username, u"dave"_s);
        QCOMPARE(signIn.result().value().authToken, u"dave-token-gcgzw5rz2xovp84b4vha3a40"_s);
        QCOMPARE(h.server.requestCount(u"/api/v2/user"_s), 1);
        QCOMPARE(h.server.requestCount(u"/api/v2/users/signout"_s), 0);
    }

    void anApprovedTokenNobodyCanIdentifyIsRevoked()
    {
        TestSupport::Harness h;
        h.server.setPinClaimAfterPolls(1);
        h.server.setFault(u"/api/v2/user"_s, TestSupport::fault(FakePlex::FaultKind::ServerError500));
        BrowserSignIn signIn(&h.plexTv);
        signIn.setPollInterval(std::chrono::milliseconds(20));
        signIn.start();
        QVERIFY(finishes(&signIn, SIGNAL(finished())));
        QVERIFY(!signIn.result().ok());
        QVERIFY2(signIn.result().error().message.contains(u"would not say which account"_s),
            qPrintable(signIn.result().error().message));
        QCOMPARE(h.server.requestCount(u"/api/v2/users/signout"_s), 1); // answered before finished()
        const QList<FakePlex::RecordedRequest> requests = h.server.requests();
        const auto signout = std::find_if(requests.cbegin(), requests.cend(),
            [](const FakePlex::RecordedRequest &r) { return r.path == u"/api/v2/users/signout"_s; });
        QCOMPARE(signout->header("x-plex-token"), QByteArray("dave-token-gcgzw5rz2xovp84b4vha3a40"));
    }
};

QTEST_GUILESS_MAIN(TestSignInFlows)
#include "tst_signinflows.moc"
