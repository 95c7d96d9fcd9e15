#include "pinsignin.h"
#include "testsupport.h"

#include <QSignalSpy>

using namespace PlexAuth;
using FakePlex::FaultKind;
using TestSupport::describe;
using TestSupport::fault;

namespace {
const QString kDaveToken = QStringLiteral("dave-token-gcgzw5rz2xovp84b4vha3a40");
}

class TestPinSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theBrowserFlowEndsWithTheToken()
    {
        TestSupport::Harness h;
        PinSignIn flow(&h.plexTv);
        flow.setPollInterval(std::chrono::milliseconds(50));
        QSignalSpy codeReady(&flow, &PinSignIn::codeReady);
        QSignalSpy countdown(&flow, &PinSignIn::secondsLeftChanged);
        QSignalSpy finished(&flow, &PinSignIn::finished);
        flow.start();
        QVERIFY(flow.isRunning());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.size(), 1);
        QVERIFY2(flow.result().ok(), describe(flow.result()).constData());
        QCOMPARE(flow.result().value().authToken, kDaveToken);
        QVERIFY(!flow.isRunning());

        QCOMPARE(codeReady.size(), 1);
        const QString code = codeReady.first().at(0).toString();
        QCOMPARE(code.size(), 25); // a strong PIN
        const QUrl link = codeReady.first().at(1).toUrl();
        QVERIFY(link.fragment(QUrl::FullyDecoded).contains(u"code=" + code));
        QVERIFY(codeReady.first().at(2).toDateTime() > QDateTime::currentDateTimeUtc().addSecs(800));
        QVERIFY(countdown.size() >= 2);
        QVERIFY(countdown.last().at(0).toInt() > 800);

        // POST /pins?strong=true once, then GET /pins/{id} until claimed (the fixture claims on the third).
        const auto requests = h.server.requests();
        QCOMPARE(requests.first().method, QByteArray("POST"));
        QCOMPARE(requests.first().query.queryItemValue(QStringLiteral("strong")), QStringLiteral("true"));
        QCOMPARE(h.server.requestCount(QStringLiteral("/api/v2/pins/*")), 3);
        for (const auto &request : requests)
            QCOMPARE(request.header("x-plex-client-identifier"),
                QByteArray(TestSupport::Harness::testClientIdentifier));
    }

    void anExpiredPinEndsTheFlow()
    {
        TestSupport::Harness h;
        h.server.setPinClaimAfterPolls(1000);
        PinSignIn flow(&h.plexTv);
        flow.setPollInterval(std::chrono::milliseconds(50));
        QSignalSpy codeReady(&flow, &PinSignIn::codeReady);
        QSignalSpy finished(&flow, &PinSignIn::finished);
        flow.start();
        QVERIFY(codeReady.wait());
        h.server.expirePins();
        QVERIFY(finished.wait());
        QVERIFY(!flow.result().ok());
        QCOMPARE(errorKindName(flow.result().error().kind), errorKindName(ErrorKind::PinExpired));
        QVERIFY(flow.result().error().message.contains(u"new code"));
    }

    void passingNetworkTroubleDoesNotEndTheFlow()
    {
        TestSupport::Harness h;
        // Every PIN check fails twice over (500s, then a reset) before plex.tv answers again.
        h.server.setFault(QStringLiteral("/api/v2/pins/*"), fault(FaultKind::ServerError500, 2));
        PinSignIn flow(&h.plexTv);
        flow.setPollInterval(std::chrono::milliseconds(50));
        QSignalSpy finished(&flow, &PinSignIn::finished);
        flow.start();
        QVERIFY(finished.wait(15000));
        QVERIFY2(flow.result().ok(), describe(flow.result()).constData());
        QCOMPARE(flow.result().value().authToken, kDaveToken);
    }

    void cancelEndsWithCanceledOnce()
    {
        TestSupport::Harness h;
        h.server.setPinClaimAfterPolls(1000);
        PinSignIn flow(&h.plexTv);
        flow.setPollInterval(std::chrono::milliseconds(50));
        QSignalSpy codeReady(&flow, &PinSignIn::codeReady);
        QSignalSpy finished(&flow, &PinSignIn::finished);
        flow.start();
        QVERIFY(codeReady.wait());
        QVERIFY(
            QTest::qWaitFor([&] { return h.server.requestCount(QStringLiteral("/api/v2/pins/*")) >= 2; }));
        flow.cancel();
        flow.cancel();
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(errorKindName(flow.result().error().kind), errorKindName(ErrorKind::Canceled));
        const int polls = h.server.requestCount(QStringLiteral("/api/v2/pins/*"));
        // No polling after cancel: wait for what would have been several more polls.
        QVERIFY(!finished.wait(300));
        QCOMPARE(h.server.requestCount(QStringLiteral("/api/v2/pins/*")), polls);
    }

    void aPinThatCannotBeCreatedEndsTheFlow()
    {
        TestSupport::Harness h;
        h.server.setFault(QStringLiteral("/api/v2/pins"), fault(FaultKind::ServiceUnavailable503));
        PinSignIn flow(&h.plexTv);
        QSignalSpy codeReady(&flow, &PinSignIn::codeReady);
        QSignalSpy finished(&flow, &PinSignIn::finished);
        flow.start();
        QVERIFY(finished.wait());
        QCOMPARE(codeReady.size(), 0);
        QCOMPARE(errorKindName(flow.result().error().kind), errorKindName(ErrorKind::ServerError));
        // Creating a PIN is a POST: not retried.
        QCOMPARE(h.server.requestCount(QStringLiteral("/api/v2/pins")), 1);
    }

    void theFlowCanBeStartedAgainForANewCode()
    {
        TestSupport::Harness h;
        PinSignIn flow(&h.plexTv);
        flow.setPollInterval(std::chrono::milliseconds(50));
        QSignalSpy codeReady(&flow, &PinSignIn::codeReady);
        QSignalSpy finished(&flow, &PinSignIn::finished);
        h.server.setPinClaimAfterPolls(1000);
        flow.start();
        QVERIFY(codeReady.wait());
        flow.cancel();
        QTRY_COMPARE(finished.size(), 1);
        h.server.setPinClaimAfterPolls(0);
        flow.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 2, 10000);
        QVERIFY2(flow.result().ok(), describe(flow.result()).constData());
        QCOMPARE(codeReady.size(), 2);
        QVERIFY(codeReady.at(0).at(0).toString() != codeReady.at(1).at(0).toString());
    }
};

QTEST_GUILESS_MAIN(TestPinSignIn)
#include "tst_pinsignin.moc"
