#include "errormapping.h"
#include "redaction.h"
#include "xmlwriter.h"

#include <QLocale>
#include <QTest>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;

Q_DECLARE_METATYPE(PlexAuth::ErrorKind)
Q_DECLARE_METATYPE(PlexAuth::Purpose)
Q_DECLARE_METATYPE(PlexAuth::Peer)

namespace {
RequestContext context(Peer peer, Purpose purpose = Purpose::General)
{
    const QUrl url(peer == Peer::PlexTv ? QStringLiteral("https://plex.tv/api/v2/users/signin")
                                        : QStringLiteral("http://10.0.0.5:32400/security/token"));
    return { peer, purpose, url, 15 };
}
} // namespace

class TestErrorMapping : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void errorGroupsAreOneListEach()
    {
        // The groups exit codes and the window act on: each kind in at most one of them.
        const auto error = [](ErrorKind kind, int retryAfter = -1) {
            PlexError e;
            e.kind = kind;
            e.retryAfterSeconds = retryAfter;
            return e;
        };
        for (int k = int(ErrorKind::WrongCredentials); k <= int(ErrorKind::ClockSkew); ++k) {
            const PlexError e = error(ErrorKind(k));
            const int groups = int(e.isNetworkFailure()) + int(e.isKeychainFailure())
                + int(e.isAuthenticationFailure()) + int(e.isRateLimit());
            QVERIFY2(groups <= 1, qPrintable(errorKindName(e.kind)));
            QVERIFY2(!e.isNetworkFailure() || e.isTransient(), qPrintable(errorKindName(e.kind)));
        }
        QVERIFY(error(ErrorKind::Timeout).isNetworkFailure());
        QVERIFY(error(ErrorKind::NoVerifiedConnection).isNetworkFailure());
        QVERIFY(error(ErrorKind::KeychainAccessDenied).isKeychainFailure());
        QVERIFY(error(ErrorKind::NotSignedIn).isAuthenticationFailure());
        QVERIFY(error(ErrorKind::LockedOut).isRateLimit());
        QVERIFY(error(ErrorKind::SettingsNotWritable).isStorageFailure());
        QVERIFY(!error(ErrorKind::WrongCredentials).isStorageFailure());
        QVERIFY(error(ErrorKind::Canceled).isCanceled());
        QCOMPARE(error(ErrorKind::LockedOut).coolDownSeconds(), 15 * 60);
        QCOMPARE(error(ErrorKind::RateLimited).coolDownSeconds(), 60);
        QCOMPARE(error(ErrorKind::RateLimited, 7).coolDownSeconds(), 7);
        QCOMPARE(error(ErrorKind::Timeout, 7).coolDownSeconds(), 0);
    }

    // The JWT device-auth statuses (description.md, JWT troubleshooting): 498 and the two 422s.
    void deviceAuthStatuses()
    {
        const RequestContext plexTv { Peer::PlexTv, Purpose::General,
            QUrl(u"https://clients.plex.tv/api/v2/auth/token"_s) };
        const PlexError expired
            = ErrorMapping::fromHttp(498, R"({"errors":[{"code":0,"message":"Token expired","status":498}]})",
                "application/json", {}, plexTv);
        QCOMPARE(errorKindName(expired.kind), errorKindName(ErrorKind::TokenExpired));
        QVERIFY(expired.message.contains(u"refresh"_s));
        const PlexError signature = ErrorMapping::fromHttp(422,
            R"({"errors":[{"code":0,"message":"Signature verification failed","status":422}]})",
            "application/json", {}, plexTv);
        QCOMPARE(errorKindName(signature.kind), errorKindName(ErrorKind::DeviceSignatureRejected));
        QVERIFY(signature.message.contains(u"clock"_s));
        const PlexError taken = ErrorMapping::fromHttp(422,
            R"({"errors":[{"code":0,"message":"Thumbprint already taken","status":422}]})",
            "application/json", {}, plexTv);
        QCOMPARE(errorKindName(taken.kind), errorKindName(ErrorKind::DeviceKeyTaken));
        QVERIFY(taken.message.contains(u"sign in again"_s, Qt::CaseInsensitive));
        for (const PlexError &error : { expired, signature, taken })
            QVERIFY(error.isAuthenticationFailure());
    }

    void httpStatusesAndPlexCodes_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<Peer>("peer");
        QTest::addColumn<Purpose>("purpose");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<int>("plexCode");

        const QByteArray e1001
            = R"({"errors":[{"code":1001,"message":"User could not be authenticated","status":401}]})";
        QTest::newRow("1001 at sign-in")
            << 401 << e1001 << Peer::PlexTv << Purpose::SignIn << ErrorKind::WrongCredentials << 1001;
        QTest::newRow("1001 with a token")
            << 401 << e1001 << Peer::PlexTv << Purpose::General << ErrorKind::TokenRejected << 1001;
        QTest::newRow("1029 json")
            << 401
            << QByteArray(
                   R"({"errors":[{"code":1029,"message":"Please enter the verification code","status":401}]})")
            << Peer::PlexTv << Purpose::SignIn << ErrorKind::VerificationCodeRequired << 1029;
        QTest::newRow("1029 xml")
            << 401
            << QByteArray(
                   R"(<?xml version="1.0" encoding="UTF-8"?><errors><error code="1029" message="Please enter the verification code" status="401"/></errors>)")
            << Peer::PlexTv << Purpose::SignIn << ErrorKind::VerificationCodeRequired << 1029;
        QTest::newRow("1028")
            << 401
            << QByteArray(R"({"errors":[{"code":1028,"message":"Invalid verification code","status":401}]})")
            << Peer::PlexTv << Purpose::SignIn << ErrorKind::VerificationCodeRejected << 1028;
        QTest::newRow("1031")
            << 401
            << QByteArray(
                   R"({"errors":[{"code":1031,"message":"This IP appears to be having trouble","status":401}]})")
            << Peer::PlexTv << Purpose::SignIn << ErrorKind::LockedOut << 1031;
        QTest::newRow("429") << 429 << QByteArray() << Peer::PlexTv << Purpose::General
                             << ErrorKind::RateLimited << 0;
        QTest::newRow("pin 1020")
            << 404 << QByteArray(R"({"errors":[{"code":1020,"message":"Code not found or expired"}]})")
            << Peer::PlexTv << Purpose::PinCheck << ErrorKind::PinExpired << 1020;
        QTest::newRow("pms 401 html")
            << 401
            << QByteArray("<html><head><title>Unauthorized</title></head><body><h1>401 "
                          "Unauthorized</h1></body></html>")
            << Peer::MediaServer << Purpose::General << ErrorKind::TokenRejected << 0;
        QTest::newRow("pms 403 html")
            << 403 << QByteArray("<html><body>Forbidden</body></html>") << Peer::MediaServer
            << Purpose::General << ErrorKind::TokenRejected << 0;
        QTest::newRow("jwt 498") << 498 << QByteArray() << Peer::PlexTv << Purpose::General
                                 << ErrorKind::TokenExpired << 0;
        QTest::newRow("1000")
            << 400
            << QByteArray(
                   R"({"errors":[{"code":1000,"message":"X-Plex-Client-Identifier is missing","status":400}]})")
            << Peer::PlexTv << Purpose::General << ErrorKind::BadRequest << 1000;
        QTest::newRow("404") << 404 << QByteArray(R"({"status":404,"error":"Not Found"})") << Peer::PlexTv
                             << Purpose::General << ErrorKind::NotFound << 0;
        QTest::newRow("500") << 500 << QByteArray("<html>oops</html>") << Peer::MediaServer
                             << Purpose::General << ErrorKind::ServerError << 0;
        QTest::newRow("503") << 503 << QByteArray() << Peer::PlexTv << Purpose::General
                             << ErrorKind::ServerError << 0;
        QTest::newRow("418") << 418 << QByteArray() << Peer::PlexTv << Purpose::General
                             << ErrorKind::UnexpectedStatus << 0;
    }

    void httpStatusesAndPlexCodes()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(Peer, peer);
        QFETCH(Purpose, purpose);
        QFETCH(ErrorKind, kind);
        QFETCH(int, plexCode);
        const PlexError error
            = ErrorMapping::fromHttp(status, body, "application/json", {}, context(peer, purpose));
        QCOMPARE(errorKindName(error.kind), errorKindName(kind));
        QCOMPARE(error.plexCode, plexCode);
        QCOMPARE(error.httpStatus, status);
        QVERIFY(error.message.size() > 20);
        QVERIFY2(!error.message.contains(QString::number(status)) || status >= 400,
            "message states status only when useful");
    }

    void retryAfterIsParsed()
    {
        QCOMPARE(ErrorMapping::parseRetryAfter("7"), 7);
        QCOMPARE(ErrorMapping::parseRetryAfter(" 0 "), 0);
        QCOMPARE(ErrorMapping::parseRetryAfter(""), -1);
        QCOMPARE(ErrorMapping::parseRetryAfter("soon"), -1);
        const QByteArray inAMinute
            = QDateTime::currentDateTimeUtc().addSecs(60).toString(Qt::RFC2822Date).toLatin1();
        const int seconds = ErrorMapping::parseRetryAfter(inAMinute);
        QVERIFY2(seconds >= 58 && seconds <= 60, QByteArray::number(seconds).constData());
        // The HTTP-date form servers send (RFC 9110), with "GMT".
        const QByteArray httpDate = QLocale::c()
                                        .toString(QDateTime::currentDateTimeUtc().addSecs(90),
                                            QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"))
                                        .toLatin1();
        const int httpDateSeconds = ErrorMapping::parseRetryAfter(httpDate);
        QVERIFY2(httpDateSeconds >= 88 && httpDateSeconds <= 90, httpDate.constData());
        QCOMPARE(ErrorMapping::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT"), 0);
        // Found by fuzz/run-all (errorbody): a date more than 2^31 seconds away wrapped to a negative wait.
        QCOMPARE(ErrorMapping::parseRetryAfter("Sun, 06 Nov 2101 08:49:37 +0000"), -1);
        QCOMPARE(ErrorMapping::parseRetryAfter("99999999999"), -1);
        const PlexError error = ErrorMapping::fromHttp(429, {}, {}, "12", context(Peer::PlexTv));
        QCOMPARE(error.retryAfterSeconds, 12);
        QVERIFY(error.message.contains(u"12"));
    }

    void transportFailures_data()
    {
        QTest::addColumn<int>("networkError");
        QTest::addColumn<bool>("timedOut");
        QTest::addColumn<ErrorKind>("kind");
        QTest::newRow("refused") << int(QNetworkReply::ConnectionRefusedError) << false
                                 << ErrorKind::ConnectionRefused;
        QTest::newRow("host") << int(QNetworkReply::HostNotFoundError) << false << ErrorKind::HostNotFound;
        QTest::newRow("closed") << int(QNetworkReply::RemoteHostClosedError) << false
                                << ErrorKind::ConnectionDropped;
        QTest::newRow("timeout wins over canceled")
            << int(QNetworkReply::OperationCanceledError) << true << ErrorKind::Timeout;
        QTest::newRow("canceled") << int(QNetworkReply::OperationCanceledError) << false
                                  << ErrorKind::Canceled;
        QTest::newRow("tls") << int(QNetworkReply::SslHandshakeFailedError) << false << ErrorKind::TlsFailure;
        QTest::newRow("other") << int(QNetworkReply::ProtocolFailure) << false << ErrorKind::NetworkFailure;
    }

    void transportFailures()
    {
        QFETCH(int, networkError);
        QFETCH(bool, timedOut);
        QFETCH(ErrorKind, kind);
        const PlexError error = ErrorMapping::fromNetwork(QNetworkReply::NetworkError(networkError),
            QStringLiteral("low-level text"), {}, timedOut, context(Peer::MediaServer));
        QCOMPARE(errorKindName(error.kind), errorKindName(kind));
        QVERIFY(!error.message.isEmpty());
    }

    void timeoutMessageNamesTheLimit()
    {
        RequestContext c = context(Peer::PlexTv);
        c.timeoutSeconds = 7;
        const PlexError error
            = ErrorMapping::fromNetwork(QNetworkReply::OperationCanceledError, {}, {}, true, c);
        QVERIFY2(error.message.contains(u"7-second"), qPrintable(error.message));
        QVERIFY(error.message.contains(u"plex.tv"));
    }

    void plexDirectHostNotFoundMentionsDnsRebinding()
    {
        RequestContext c { Peer::MediaServer, Purpose::General,
            QUrl(QStringLiteral("https://192-168-1-4.abc.plex.direct:32400/identity")), 5 };
        const PlexError error = ErrorMapping::fromNetwork(QNetworkReply::HostNotFoundError, {}, {}, false, c);
        QVERIFY(error.message.contains(u"DNS-rebinding"));
    }

    void errorDetailNeverCarriesSecrets()
    {
        const QByteArray body = R"({"errors":[{"code":1001}],"authToken":"leaky-token-value-123"})";
        const PlexError error
            = ErrorMapping::fromHttp(401, body, "application/json", {}, context(Peer::PlexTv));
        QVERIFY(!error.detail.contains(u"leaky-token-value-123"));
        QVERIFY(!error.message.contains(u"leaky-token-value-123"));
    }

    // Found by fuzz/run-all (errorbody): the detail cut the body at 300 bytes before redacting it, so a
    // token across the cut was no longer recognised and its first part reached the detail.
    void secretAcrossTheSnippetCutIsRedacted()
    {
        const QString secret = QStringLiteral("registered-secret-cut-in-two-Qw3");
        Redaction::registerSecret(secret);
        for (int offset = 280; offset <= 300; ++offset) {
            const QByteArray body = QByteArray(offset, 'x') + "<p>" + secret.toLatin1() + " is invalid</p>";
            const PlexError error
                = ErrorMapping::fromHttp(401, body, "text/html", {}, context(Peer::MediaServer));
            QVERIFY2(!error.detail.contains(secret.left(8)), qPrintable(error.detail));
            QVERIFY(error.detail.endsWith(u"…"));
        }
        // Whitespace is folded before the cut: a long run of blanks does not push the secret past it.
        const QByteArray blanks = QByteArray(5000, ' ') + secret.toLatin1();
        const PlexError error
            = ErrorMapping::fromHttp(401, blanks, "text/html", {}, context(Peer::MediaServer));
        QVERIFY2(!error.detail.contains(secret.left(8)), qPrintable(error.detail));
        QVERIFY(error.detail.contains(Redaction::mask));
        Redaction::forgetSecret(secret);
    }

    // The error-body reader refuses a DTD as the document reader does (FakePlex::entityBomb: 64 KB read
    // as an 80-million-character message; 600 KB ended the process with std::bad_alloc).
    void errorBodyWithADtdIsNotRead()
    {
        for (const int bytes : { 64 * 1024, 600 * 1024 }) {
            const ErrorMapping::PlexErrorBody parsed
                = ErrorMapping::parseErrorBody(FakePlex::entityBomb(true, bytes));
            QCOMPARE(parsed.code, 0);
            QVERIFY(parsed.message.isEmpty());
        }
        const QByteArray plain = R"(<?xml version="1.0"?><errors><error code="1001" message="m"/></errors>)";
        QCOMPARE(ErrorMapping::parseErrorBody(plain).code, 1001);
        QCOMPARE(ErrorMapping::parseErrorBody(R"(<?xml version="1.0"?><error code="1029">two-step</error>)")
                     .message,
            u"two-step");
        QCOMPARE(ErrorMapping::parseErrorBody("<errors/>").code, 0);
    }

    void peerNameIsPlexTvOrHostAndPort()
    {
        QCOMPARE(ErrorMapping::peerName(context(Peer::PlexTv)), QStringLiteral("plex.tv"));
        QCOMPARE(ErrorMapping::peerName(context(Peer::MediaServer)), QStringLiteral("10.0.0.5:32400"));
    }
};

QTEST_GUILESS_MAIN(TestErrorMapping)
#include "tst_errormapping.moc"
