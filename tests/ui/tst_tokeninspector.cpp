// The "Token" tab with real widgets (offscreen) against the fake Plex server and the throwaway
// keyring (a test keychain service).
#include "guifixture.h"
#include "messagebanner.h"
#include "secretfield.h"
#include "tokeninspector.h"
#include "transienttokenpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMimeData>
#include <QPushButton>
#include <QSignalSpy>
#include <QToolButton>

using namespace PlexAuth;

namespace {
const QString aliceUuid = TestSupport::alice.uuid;

QString jwtToken(qint64 secondsLeft = 3 * 86400)
{
    auto segment = [](const QByteArray &json) {
        return QString::fromLatin1(
            json.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    };
    const qint64 exp = QDateTime::currentSecsSinceEpoch() + secondsLeft;
    return segment(R"({"alg":"EdDSA","typ":"JWT"})") + u'.'
        + segment(QStringLiteral(R"({"sub":"dae343c1f45beb4f","exp":%1})").arg(exp).toUtf8())
        + QStringLiteral(".c2lnbmF0dXJl");
}
} // namespace

class TestTokenInspector : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;
    std::unique_ptr<TokenInspector> m_inspector;

    StoredAccount addAlice(const QString &token = TestSupport::aliceToken)
    {
        std::optional<StoredAccount> stored = m_gui.addAccount(TestSupport::alice, token);
        if (!stored)
            qFatal("could not store the test account");
        stored->lastVerifiedAt = QDateTime(); // make the inspector check it
        return *stored;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_gui.reset());
        m_inspector = std::make_unique<TokenInspector>(m_gui.services(), m_gui.clipboard());
        m_inspector->resize(900, 1000);
        m_inspector->show();
    }

    void cleanup()
    {
        m_inspector.reset();
        QVERIFY(m_gui.cleanup());
    }

    void showsTheTokenMaskedAndValidatesIt()
    {
        m_inspector->setAccount(addAlice());
        QLineEdit *display = m_inspector->tokenField()->findChild<QLineEdit *>();
        QTRY_COMPARE(display->text(), QStringLiteral("alic…do_H"));
        // Never checked in this run, so the inspector asks plex.tv (GET /user with the token).
        QTRY_COMPARE(m_gui.server().requestCount(QStringLiteral("/api/v2/user")), 1);
        QTRY_VERIFY2(m_inspector->stateLabel()->text().contains(QStringLiteral("Valid")),
            qPrintable(m_inspector->stateLabel()->text()));
        const QList<FakePlex::RecordedRequest> requests = m_gui.server().requests();
        const auto user
            = std::find_if(requests.cbegin(), requests.cend(), [](const FakePlex::RecordedRequest &request) {
                  return request.path == QStringLiteral("/api/v2/user");
              });
        QCOMPARE(user->header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        // The details now come from plex.tv's answer.
        QTRY_VERIFY(m_inspector->fieldsModel()->rowOf(QStringLiteral("joinedAt")) >= 0);
        QVERIFY(m_inspector->kindLabel()->text().contains(QStringLiteral("Classic")));
        QCOMPARE(m_gui.services()->accounts()->account(aliceUuid)->lastTokenState,
            std::optional(TokenState::Valid));

        m_inspector->tokenField()->revealButton()->click();
        QCOMPARE(display->text(), TestSupport::aliceToken);
        m_inspector->tokenField()->revealButton()->click();
        QCOMPARE(display->text(), QStringLiteral("alic…do_H"));
        m_inspector->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-tokeninspector.png"));
    }

    void copyGoesThroughTheClipboardGuard()
    {
        m_inspector->setAccount(addAlice());
        QTRY_VERIFY(m_inspector->hasToken());
        m_inspector->copyToken();
        const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
        QCOMPARE(mime->text(), TestSupport::aliceToken);
        QCOMPARE(mime->data(QStringLiteral("x-kde-passwordManagerHint")), QByteArray("secret"));
        QVERIFY(m_gui.clipboard()->isGuarding());
        m_gui.clipboard()->clearNow();
    }

    void rejectedTokenOffersToSignInAgain()
    {
        m_gui.server().revokeToken(TestSupport::aliceToken);
        QSignalSpy again(m_inspector.get(), &TokenInspector::signInAgainRequested);
        m_inspector->setAccount(addAlice());
        QTRY_VERIFY(m_inspector->stateLabel()->text().contains(QStringLiteral("Invalid")));
        auto *banner = m_inspector->findChild<MessageBanner *>();
        QTRY_VERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("Sign in again")));
        banner->actionButton()->click();
        QTRY_COMPARE(again.size(), 1); // the banner runs its action queued
        QCOMPARE(again.first().first().toString(), QStringLiteral("alice@example.com"));
        QCOMPARE(m_gui.services()->accounts()->account(aliceUuid)->lastTokenState,
            std::optional(TokenState::Invalid));
    }

    void unreachablePlexTvIsNotAVerdict()
    {
        m_gui.server().setFault(
            QStringLiteral("/api/v2/user"), TestSupport::fault(FakePlex::FaultKind::ServiceUnavailable503));
        m_gui.services()->http()->setRetryPolicy(
            { 1, std::chrono::milliseconds(10), std::chrono::seconds(1) });
        m_inspector->setAccount(addAlice());
        QTRY_VERIFY_WITH_TIMEOUT(
            m_inspector->stateLabel()->text().contains(QStringLiteral("Could not verify")), 10000);
        // "Could not check" is not remembered as a verdict on the token.
        QCOMPARE(m_gui.services()->accounts()->account(aliceUuid)->lastTokenState,
            std::optional(TokenState::Valid));
    }

    void decodesAJwtWithACountdown()
    {
        m_inspector->setAccount(addAlice(jwtToken()));
        QTRY_VERIFY(m_inspector->kindLabel()->text().contains(QStringLiteral("JSON Web Token")));
        QVERIFY(m_inspector->kindLabel()->text().contains(QStringLiteral("EdDSA")));
        QVERIFY(m_inspector->claimsModel()->rowOf(QStringLiteral("claim.exp")) >= 0);
        const QString first = m_inspector->expiryLabel()->text();
        QVERIFY2(first.startsWith(QStringLiteral("Expires in 2 d 23 h")), qPrintable(first));
        m_inspector->grab().save(
            QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-tokeninspector-jwt.png"));
    }

    void jwtCountdownIsLive()
    {
        m_inspector->setAccount(addAlice(jwtToken(2 * 3600)));
        QTRY_VERIFY(m_inspector->expiryLabel()->text().startsWith(QStringLiteral("Expires in 1:59:")));
        const QString first = m_inspector->expiryLabel()->text();
        QTRY_VERIFY_WITH_TIMEOUT(m_inspector->expiryLabel()->text() != first, 3000);
    }

    void fetchesATransientTokenFromTheAccountsServer()
    {
        m_inspector->setAccount(addAlice());
        TransientTokenPanel *panel = m_inspector->transientPanel();
        QTRY_VERIFY(panel->serverBox()->count() > 0);
        QVERIFY(panel->serverBox()->itemText(0).contains(QStringLiteral("Living Room PMS")));
        // The fake server's connections point elsewhere: type its own address instead.
        panel->serverBox()->setEditText(m_gui.server().mediaServerUrl().toString());
        panel->fetchButton()->click();
        QTRY_VERIFY(!panel->result()->secret().isEmpty());
        QVERIFY(panel->result()->isVisible());
        QCOMPARE(m_gui.server().requests().last().path, QStringLiteral("/security/token"));
        QCOMPARE(m_gui.server().requests().last().header("x-plex-token"), TestSupport::aliceToken.toUtf8());
        const QList<QLabel *> labels = panel->findChildren<QLabel *>();
        QVERIFY(std::any_of(labels.cbegin(), labels.cend(), [](const QLabel *label) {
            return label->text().contains(QStringLiteral("Valid for at most 48:00:00"))
                || label->text().contains(QStringLiteral("Valid for at most 47:59:"));
        }));
    }

    void refusesAnAddressItCannotUse()
    {
        m_inspector->setAccount(addAlice());
        TransientTokenPanel *panel = m_inspector->transientPanel();
        QTRY_VERIFY(panel->isEnabled());
        panel->serverBox()->setEditText(QStringLiteral("http://pms:32400/?X-Plex-Token=abc"));
        const int before = int(m_gui.server().requests().size());
        panel->fetchButton()->click();
        auto *banner = panel->findChild<MessageBanner *>();
        QVERIFY(banner->isVisible());
        QVERIFY(banner->text().contains(QStringLiteral("without a query")));
        QCOMPARE(int(m_gui.server().requests().size()), before);
    }
};

QTEST_MAIN(TestTokenInspector)
#include "tst_tokeninspector.moc"
