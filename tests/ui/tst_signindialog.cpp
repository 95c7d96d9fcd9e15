// Fixture, opening, password sign-in, two-step verification, errors, cool-down and Esc. The browser
// sign-in and the rest are in tst_signindialog_browser.cpp.
#include "tst_signindialog.h"

#include "secrettool.h"
#include "testruns.h"
#include "testsupport.h"

#include <QApplication>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QUrlQuery>

using namespace PlexAuth;
using TestSupport::alice;
using TestSupport::bob;
using TestSupport::carol;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {
const QString signInPath = u"/api/v2/users/signin"_s;

QString formValue(const FakePlex::RecordedRequest &request, const QString &name)
{
    QByteArray form = request.body;
    form.replace('+', "%20");
    return QUrlQuery(QString::fromUtf8(form)).queryItemValue(name, QUrl::FullyDecoded);
}

bool matches(const QString &pattern, const QString &text)
{
    return QRegularExpression(pattern).match(text).hasMatch();
}

void pressEscape(QWidget *dialog)
{
    // Where a person's Esc goes: the focused control (the dialog itself while its inputs are disabled).
    QWidget *target = QApplication::focusWidget();
    QTest::keyClick(target ? target : dialog, Qt::Key_Escape);
}

// Every log line of the test, to prove no secret reached one.
class LogCapture
{
public:
    LogCapture() { s_previous = qInstallMessageHandler(&LogCapture::handle); }
    ~LogCapture() { qInstallMessageHandler(s_previous); }
    Q_DISABLE_COPY_MOVE(LogCapture)
    static bool anyContains(const QString &needle)
    {
        return std::any_of(
            s_lines.cbegin(), s_lines.cend(), [&](const QString &l) { return l.contains(needle); });
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        s_lines.append(message);
        if (s_previous)
            s_previous(type, context, message);
    }
    static inline QStringList s_lines;
    static inline QtMessageHandler s_previous = nullptr;
};
} // namespace

// --- Fixture ---------------------------------------------------------------------------------------

void TestSignInDialog::init()
{
    QVERIFY(m_gui.reset());
    m_dialog = std::make_unique<SignInDialog>(m_gui.services(), m_gui.clipboard());
    m_dialog->setPinPollInterval(50ms);
}

void TestSignInDialog::cleanup()
{
    m_dialog.reset();
    QVERIFY(m_gui.cleanup()); // forgets what the test kept in the keychain
}

QString TestSignInDialog::bannerText() const
{
    auto *banner = child<MessageBanner>("messageBanner");
    return banner->isVisible() ? banner->text() : QString();
}

QPushButton *TestSignInDialog::bannerAction() const
{
    return child<MessageBanner>("messageBanner")->actionButton();
}

bool TestSignInDialog::showDialog()
{
    m_dialog->show();
    m_dialog->activateWindow();
    return QTest::qWaitForWindowActive(m_dialog.get());
}

void TestSignInDialog::fillIn(const QString &login, const QString &password)
{
    loginEdit()->clear();
    QTest::keyClicks(loginEdit(), login);
    passwordEdit()->clear();
    QTest::keyClicks(passwordEdit(), password);
}

void TestSignInDialog::submit()
{
    QTest::keyClick(passwordEdit(), Qt::Key_Return);
}

QList<FakePlex::RecordedRequest> TestSignInDialog::signInRequests() const
{
    QList<FakePlex::RecordedRequest> found;
    for (const FakePlex::RecordedRequest &request : m_gui.server().requests()) {
        if (request.path == signInPath)
            found.append(request);
    }
    return found;
}

std::optional<QString> TestSignInDialog::tokenInStore(const QString &uuid)
{
    TestSupport::Outcome<QString> token;
    m_gui.services()->accounts()->token(uuid, this, token.handler());
    if (!token.wait(20000) || !token.result().ok())
        return std::nullopt;
    return token.result().value();
}

// --- Opening ---------------------------------------------------------------------------------------

void TestSignInDialog::opensOnThePasswordPageWithTheLoginFocused()
{
    QVERIFY(showDialog());
    QCOMPARE(m_dialog->windowTitle(), u"Sign in to Plex"_s);
    QCOMPARE(pages()->currentWidget()->objectName(), u"passwordPage"_s);
    QTRY_COMPARE(QApplication::focusWidget(), loginEdit());
    QVERIFY(m_dialog->width() >= 460);
    QVERIFY(rememberCheck()->isChecked());
    QVERIFY(!codeEdit()->isVisible());
    QVERIFY(!busyBar()->isVisible());
    QCOMPARE(passwordEdit()->echoMode(), QLineEdit::Password);

    // Sign In waits for both fields.
    QVERIFY(!signInButton()->isEnabled());
    QTest::keyClicks(loginEdit(), alice.login);
    QVERIFY(!signInButton()->isEnabled());
    QTest::keyClicks(passwordEdit(), u"x"_s);
    QVERIFY(signInButton()->isEnabled());
    QTest::keyClick(passwordEdit(), Qt::Key_Backspace);
    QVERIFY(!signInButton()->isEnabled());

    auto *show = child<QToolButton>("showPasswordButton");
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(passwordEdit()->echoMode(), QLineEdit::Normal);
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(passwordEdit()->echoMode(), QLineEdit::Password);

    // Nothing went to plex.tv: the browser sign-in's PIN waits until that page is opened.
    QCOMPARE(m_gui.server().requests().size(), 0);
}

// --- Password sign-in ------------------------------------------------------------------------------

void TestSignInDialog::passwordSignInKeepsTheTokenInTheKeychain()
{
    const LogCapture logs;
    QVERIFY(showDialog());
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::accountSignedIn);
    fillIn(alice.login, alice.password);
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(m_dialog->signedInAccount());
    QCOMPARE(m_dialog->signedInAccount()->uuid, alice.uuid);
    QVERIFY(m_dialog->signedInAccount()->remembered);

    const auto requests = signInRequests();
    QCOMPARE(requests.size(), 1);
    QCOMPARE(formValue(requests.first(), u"login"_s), alice.login);
    QCOMPARE(formValue(requests.first(), u"rememberMe"_s), u"true"_s);

    // In the keychain, as the Secret Service itself reports, and through the store.
    QCOMPARE(TestSupport::secretToolLookup(m_gui.keychainService(), alice.uuid), std::optional(alice.token));
    QCOMPARE(tokenInStore(alice.uuid), std::optional(alice.token));
    QVERIFY(TestSupport::filesContaining(m_gui.directory(), alice.token.toUtf8()).isEmpty());
    QVERIFY(passwordEdit()->text().isEmpty());
    QVERIFY(!LogCapture::anyContains(alice.password));
    QVERIFY(!LogCapture::anyContains(alice.token));
}

void TestSignInDialog::uncheckedKeepSignedInIsForThisSessionOnly()
{
    QVERIFY(showDialog());
    QTest::mouseClick(rememberCheck(), Qt::LeftButton);
    QVERIFY(!rememberCheck()->isChecked());
    fillIn(alice.login, alice.password);
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));

    QCOMPARE(formValue(signInRequests().value(0), u"rememberMe"_s), u"false"_s);
    QVERIFY(!m_dialog->signedInAccount()->remembered);
    const std::optional<StoredAccount> kept = m_gui.services()->accounts()->account(alice.uuid);
    QVERIFY(kept && !kept->remembered);
    QCOMPARE(tokenInStore(alice.uuid), std::optional(alice.token));
    QCOMPARE(TestSupport::secretToolLookup(m_gui.keychainService(), alice.uuid), std::nullopt);
    QVERIFY(TestSupport::filesContaining(m_gui.directory(), alice.token.toUtf8()).isEmpty());
}

void TestSignInDialog::twoStepVerificationAsksForTheCode()
{
    QVERIFY(showDialog());
    fillIn(bob.login, bob.password);
    submit();
    QTRY_VERIFY(codeEdit()->isVisible());
    QVERIFY2(bannerText().contains(u"two-step verification"_s), qPrintable(bannerText()));
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QVERIFY(codeEdit()->placeholderText().contains(u"backup code"_s));
    QVERIFY(!signInButton()->isEnabled());

    QTest::keyClicks(codeEdit(), bob.code);
    QVERIFY(signInButton()->isEnabled());
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->signedInAccount()->uuid, bob.uuid);

    // The same form once more, now with the code.
    const auto requests = signInRequests();
    QCOMPARE(requests.size(), 2);
    QVERIFY(formValue(requests.at(0), u"verificationCode"_s).isEmpty());
    QCOMPARE(formValue(requests.at(1), u"login"_s), bob.login);
    QCOMPARE(formValue(requests.at(1), u"password"_s), bob.password);
    QCOMPARE(formValue(requests.at(1), u"verificationCode"_s), bob.code);
    QVERIFY(codeEdit()->text().isEmpty());
}

void TestSignInDialog::rejectedCodeIsSelectedForRetyping()
{
    QVERIFY(showDialog());
    fillIn(carol.login, carol.password);
    submit();
    QTRY_VERIFY(codeEdit()->isVisible());
    QTest::keyClicks(codeEdit(), u"000000"_s);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QTRY_VERIFY2(bannerText().contains(u"did not accept the verification code"_s), qPrintable(bannerText()));
    QVERIFY(!bannerText().contains(u"1028"_s));
    QVERIFY(codeEdit()->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), codeEdit());
    QCOMPARE(codeEdit()->selectedText(), u"000000"_s);

    // Typing replaces the selected code; a backup code is longer than six digits.
    const QString backupCode = u"a1b2c3d4e5"_s;
    QTest::keyClicks(codeEdit(), backupCode);
    QCOMPARE(codeEdit()->text(), backupCode);
    QTest::keyClick(codeEdit(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->signedInAccount()->uuid, carol.uuid);
    QCOMPARE(formValue(signInRequests().constLast(), u"verificationCode"_s), backupCode);
}

void TestSignInDialog::wrongPasswordIsSelected()
{
    QVERIFY(showDialog());
    const QString wrong = u"not-the-password"_s;
    fillIn(alice.login, wrong);
    submit();
    QTRY_VERIFY2(bannerText().contains(u"email, username or password is wrong"_s), qPrintable(bannerText()));
    QVERIFY(!bannerText().contains(u"1001"_s));
    QVERIFY(!bannerText().contains(wrong));
    QVERIFY(m_dialog->isVisible());
    QTRY_COMPARE(QApplication::focusWidget(), passwordEdit());
    QCOMPARE(passwordEdit()->selectedText(), wrong);
    QVERIFY(!codeEdit()->isVisible());
}

// --- Lock-out and rate limit -------------------------------------------------------------------------

void TestSignInDialog::rateLimitDisablesSignInForTheCoolDown()
{
    FakePlex::Fault rateLimit = TestSupport::fault(FakePlex::FaultKind::RateLimited, 1);
    rateLimit.retryAfterSeconds = 2;
    m_gui.server().setFault(signInPath, rateLimit);
    QVERIFY(showDialog());
    fillIn(alice.login, alice.password);
    submit();
    QTRY_VERIFY2(bannerText().contains(u"too many requests"_s), qPrintable(bannerText()));
    QVERIFY(statusLabel()->isVisible());
    QVERIFY2(matches(u"^Try again in 0:0[12]$"_s, statusLabel()->text()), qPrintable(statusLabel()->text()));
    QVERIFY(!signInButton()->isEnabled());
    submit(); // Return does nothing during the cool-down
    QCOMPARE(signInRequests().size(), 1);

    QTRY_VERIFY_WITH_TIMEOUT(signInButton()->isEnabled(), 15000);
    QVERIFY(statusLabel()->text().isEmpty());
    QVERIFY2(bannerText().contains(u"try to sign in again"_s), qPrintable(bannerText()));
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestSignInDialog::lockOutWithoutRetryAfterWaitsFifteenMinutes()
{
    m_gui.server().setLockoutAfterFailures(1);
    QVERIFY(showDialog());
    fillIn(alice.login, u"a-wrong-guess"_s);
    submit();
    QTRY_VERIFY(bannerText().contains(u"password is wrong"_s));
    fillIn(alice.login, alice.password);
    submit();
    // plex.tv's 1031 has no Retry-After; the message says to wait at least 15 minutes.
    QTRY_VERIFY2(bannerText().contains(u"paused sign-ins"_s), qPrintable(bannerText()));
    QVERIFY2(
        matches(u"^Try again in 1[45]:\\d\\d$"_s, statusLabel()->text()), qPrintable(statusLabel()->text()));
    QVERIFY(!signInButton()->isEnabled());
    QTest::keyClicks(passwordEdit(), u"x"_s);
    QVERIFY(!signInButton()->isEnabled());
}

// --- Esc ---------------------------------------------------------------------------------------------

void TestSignInDialog::escapeCancelsAHangingRequestAndStaysOpen()
{
    m_gui.server().setFault(signInPath, TestSupport::fault(FakePlex::FaultKind::Hang));
    QVERIFY(showDialog());
    fillIn(alice.login, alice.password);
    submit();
    QTRY_VERIFY(isBusy());
    QVERIFY(!signInButton()->isEnabled());
    QTRY_COMPARE(m_gui.server().requestCount(signInPath), 1);

    pressEscape(m_dialog.get());
    QTRY_VERIFY(!isBusy());
    QVERIFY(m_dialog->isVisible());
    QVERIFY2(bannerText().contains(u"canceled"_s), qPrintable(bannerText()));
    QCOMPARE(passwordEdit()->text(), alice.password); // kept for another try

    m_gui.server().setFault(signInPath, FakePlex::Fault {});
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
}

void TestSignInDialog::escapeClosesWhenIdleAndClearsThePassword()
{
    QVERIFY(showDialog());
    fillIn(alice.login, alice.password);
    pressEscape(m_dialog.get());
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
    QVERIFY(passwordEdit()->text().isEmpty());
    QVERIFY(!m_dialog->signedInAccount());
    QCOMPARE(m_gui.server().requests().size(), 0);
}

// The same executable runs twice (tests/CMakeLists.txt): with the throwaway Secret Service, and
// without any D-Bus session for the keychain-unavailable path.
int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setAttribute(Qt::AA_Use96Dpi, true);
    TestSignInDialog test;
    QTEST_SET_MAIN_SOURCE_PATH
    const bool noKeychainRun = qgetenv("PLEXAUTH_TEST_KEYCHAIN") == "none";
    return TestSupport::runFunctionsOfThisRun(&test, argc, argv, [noKeychainRun](const QByteArray &function) {
        return noKeychainRun == (function == "keychainUnavailableOffersThisSessionOnly");
    });
}
