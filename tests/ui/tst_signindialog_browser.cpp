// The browser (PIN) sign-in, copy link, accessibility and tab order, the keychain-unavailable path
// and screenshots. The fixture and main are in tst_signindialog.cpp.
#include "browsersignin.h"
#include "fakeportal.h"
#include "secrettool.h"
#include "testsupport.h"
#include "tst_signindialog.h"

#include <QAccessible>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTabBar>

using namespace PlexAuth;
using TestSupport::alice;
using TestSupport::bob;
using TestSupport::dave;
using namespace Qt::Literals::StringLiterals;

namespace {
const QString pinsPath = u"/api/v2/pins"_s;
const QString pinChecksPath = u"/api/v2/pins/*"_s;
constexpr int neverClaimed = 1000000;

QList<QWidget *> tabChainFrom(QWidget *start)
{
    // Presses Tab until the focus comes back to where it started.
    QList<QWidget *> chain { start };
    for (int i = 0; i < 30; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *focused = QApplication::focusWidget();
        if (!focused || focused == start)
            break;
        chain.append(focused);
    }
    return chain;
}

QString describe(const QList<QWidget *> &chain)
{
    QStringList names;
    for (const QWidget *widget : chain)
        names.append(widget->objectName());
    return names.join(u", "_s);
}
} // namespace

void TestSignInDialog::openBrowserPageAndWaitForTheCode()
{
    QTabBar *tabs = pages()->tabBar();
    QTest::mouseClick(tabs, Qt::LeftButton, {}, tabs->tabRect(1).center());
    QTRY_VERIFY_WITH_TIMEOUT(pinCodeEdit()->isVisible() && !pinCodeEdit()->text().isEmpty(), 20000);
}

void TestSignInDialog::saveScreenshot(const QString &name)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    const QString path = QCoreApplication::applicationDirPath() + u'/' + name;
    QVERIFY2(m_dialog->grab().save(path), qPrintable(path));
}

// --- Browser (PIN) sign-in -----------------------------------------------------------------------

void TestSignInDialog::browserSignInStartsOnlyOnThatPage()
{
    m_gui.server().setPinClaimAfterPolls(neverClaimed);
    QVERIFY(showDialog());
    QCOMPARE(m_gui.server().requestCount(pinsPath), 0);
    openBrowserPageAndWaitForTheCode();
    QCOMPARE(m_gui.server().requestCount(pinsPath), 1);
    QVERIFY(!signInButton()->isVisible());

    const QString code = pinCodeEdit()->text();
    QVERIFY2(QRegularExpression(u"^[a-z0-9]{25}$"_s).match(code).hasMatch(), qPrintable(code));
    QVERIFY(pinCodeEdit()->isReadOnly());
    const QUrl link(linkEdit()->text());
    QCOMPARE(link.scheme(), u"https"_s);
    QCOMPARE(link.host(), u"app.plex.tv"_s);
    QVERIFY(link.fragment().contains(u"code="_s + code));
    QTRY_VERIFY2(
        QRegularExpression(u"^Code expires in 1[45]:\\d\\d$"_s).match(pinCountdownLabel()->text()).hasMatch(),
        qPrintable(pinCountdownLabel()->text()));
    QVERIFY(busyBar()->isVisible());
    QTRY_VERIFY(m_gui.server().requestCount(pinChecksPath) >= 2); // polling

    // The person approves the code in the browser.
    m_gui.server().setPinClaimAfterPolls(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(m_dialog->signedInAccount()->uuid, dave.uuid);
    QVERIFY(m_dialog->signedInAccount()->remembered);
    QCOMPARE(TestSupport::secretToolLookup(m_gui.keychainService(), dave.uuid), std::optional(dave.token));
    QCOMPARE(m_gui.server().requestCount(pinsPath), 1);
}

void TestSignInDialog::expiredCodeOffersANewOne()
{
    m_gui.server().setPinClaimAfterPolls(neverClaimed);
    QVERIFY(showDialog());
    openBrowserPageAndWaitForTheCode();
    const QString firstCode = pinCodeEdit()->text();

    m_gui.server().expirePins();
    QTRY_VERIFY(getCodeButton()->isVisible());
    QCOMPARE(getCodeButton()->text().remove(u'&'), u"Get a new code"_s);
    QVERIFY2(bannerText().contains(u"expired"_s), qPrintable(bannerText()));
    QVERIFY(pinCodeEdit()->text().isEmpty());
    QTRY_COMPARE(QApplication::focusWidget(), getCodeButton());

    QTest::keyClick(getCodeButton(), Qt::Key_Space);
    QTRY_VERIFY(pinCodeEdit()->isVisible() && !pinCodeEdit()->text().isEmpty());
    QVERIFY(pinCodeEdit()->text() != firstCode);
    QCOMPARE(m_gui.server().requestCount(pinsPath), 2);
    m_gui.server().setPinClaimAfterPolls(0);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->signedInAccount()->uuid, dave.uuid);
}

void TestSignInDialog::copyLinkGoesThroughTheClipboardGuard()
{
    m_gui.server().setPinClaimAfterPolls(neverClaimed);
    QVERIFY(showDialog());
    openBrowserPageAndWaitForTheCode();
    QClipboard *clipboard = QGuiApplication::clipboard();
    clipboard->clear();
    QTest::mouseClick(child<QPushButton>("copyLinkButton"), Qt::LeftButton);
    QCOMPARE(clipboard->text(), linkEdit()->text());
    QVERIFY(clipboard->text().contains(pinCodeEdit()->text()));
    const QMimeData *mime = clipboard->mimeData();
    QVERIFY(mime);
    QCOMPARE(mime->data(u"x-kde-passwordManagerHint"_s), QByteArrayLiteral("secret"));
    QVERIFY(m_gui.clipboard()->isGuarding());
    QVERIFY2(bannerText().contains(u"cleared"_s), qPrintable(bannerText()));
}

void TestSignInDialog::openBrowserOpensTheLink()
{
    // The desktop portal on the test session's bus: the link goes there, in no process's argv.
    TestSupport::FakeDesktopPortal portal;
    QVERIFY(portal.isRegistered());
    m_gui.server().setPinClaimAfterPolls(neverClaimed);
    QVERIFY(showDialog());
    openBrowserPageAndWaitForTheCode();
    auto *open = child<QPushButton>("openBrowserButton");
    QTRY_COMPARE(QApplication::focusWidget(), open);
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_COMPARE(portal.uris.size(), 1);
    QCOMPARE(portal.uris.first(), linkEdit()->text());
    QTest::keyClick(open, Qt::Key_Return); // the page's default button
    QTRY_COMPARE(portal.uris.size(), 2);

    portal.setRefuse(true);
    QTest::mouseClick(open, Qt::LeftButton);
    QTRY_VERIFY2(bannerText().contains(u"No browser could be opened"_s), qPrintable(bannerText()));
}

void TestSignInDialog::escapeStopsWaitingForTheBrowser()
{
    m_gui.server().setPinClaimAfterPolls(neverClaimed);
    QVERIFY(showDialog());
    openBrowserPageAndWaitForTheCode();
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(getCodeButton()->isVisible());
    QVERIFY(m_dialog->isVisible());
    QVERIFY(pinCodeEdit()->text().isEmpty());
    QVERIFY(!busyBar()->isVisible());
    const auto *pin = m_dialog->findChild<BrowserSignIn *>();
    QVERIFY(pin);
    QVERIFY(!pin->isRunning()); // no more polling

    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    QTRY_VERIFY(!m_dialog->isVisible());
    QCOMPARE(m_dialog->result(), int(QDialog::Rejected));
}

// --- Accessibility and keyboard -----------------------------------------------------------------------

void TestSignInDialog::everyControlIsNamedAndInTheTabChain()
{
    QVERIFY(showDialog());
    fillIn(bob.login, bob.password);
    submit();
    QTRY_VERIFY(codeEdit()->isVisible()); // every row of the form is shown now
    QTest::keyClicks(codeEdit(), bob.code);

    // Every control has an accessible name of its own (Qt's hidden tab scroll arrows aside).
    for (QWidget *widget : m_dialog->findChildren<QWidget *>()) {
        const bool interactive = qobject_cast<QAbstractButton *>(widget) || qobject_cast<QLineEdit *>(widget)
            || qobject_cast<QTabBar *>(widget);
        if (!interactive || widget->isHidden())
            continue;
        QVERIFY2(!widget->accessibleName().isEmpty(), qPrintable(widget->objectName()));
        QAccessibleInterface *accessible = QAccessible::queryAccessibleInterface(widget);
        QVERIFY2(
            accessible && !accessible->text(QAccessible::Name).isEmpty(), qPrintable(widget->objectName()));
    }
    for (const char *labelName : { "loginLabel", "passwordLabel", "codeLabel", "pinCodeLabel", "linkLabel" })
        QVERIFY2(child<QLabel>(labelName)->buddy(), labelName);

    // Password page: Tab goes through the form top to bottom, then the buttons and the page tabs.
    loginEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), loginEdit());
    const QList<QWidget *> passwordChain = tabChainFrom(loginEdit());
    const QList<QWidget *> expected { loginEdit(), passwordEdit(), child<QToolButton>("showPasswordButton"),
        codeEdit(), rememberCheck() };
    QVERIFY2(passwordChain.mid(0, expected.size()) == expected, qPrintable(describe(passwordChain)));
    QVERIFY2(passwordChain.contains(signInButton()), qPrintable(describe(passwordChain)));
    QVERIFY2(passwordChain.contains(child<QPushButton>("cancelButton")), qPrintable(describe(passwordChain)));
    QVERIFY2(passwordChain.contains(pages()->tabBar()), qPrintable(describe(passwordChain)));
    // The two-step message is showing: its dismiss button is in the chain too.
    auto *dismiss = child<MessageBanner>("messageBanner")->findChild<QToolButton *>();
    QVERIFY2(passwordChain.contains(dismiss), qPrintable(describe(passwordChain)));
    QVERIFY2(passwordChain.size() == expected.size() + 4, qPrintable(describe(passwordChain)));

    // With Sign In disabled, Tab still goes round.
    codeEdit()->clear();
    QVERIFY(!signInButton()->isEnabled());
    loginEdit()->setFocus();
    const QList<QWidget *> disabledChain = tabChainFrom(loginEdit());
    QVERIFY2(disabledChain.size() == expected.size() + 3 && !disabledChain.contains(signInButton()),
        qPrintable(describe(disabledChain)));

    // Browser page.
    m_gui.server().setPinClaimAfterPolls(neverClaimed);
    openBrowserPageAndWaitForTheCode();
    pinCodeEdit()->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), pinCodeEdit());
    const QList<QWidget *> browserChain = tabChainFrom(pinCodeEdit());
    const QList<QWidget *> expectedOnBrowserPage { pinCodeEdit(), linkEdit(),
        child<QPushButton>("openBrowserButton"), child<QPushButton>("copyLinkButton"),
        child<QPushButton>("stopPinButton"), rememberCheck(), child<QPushButton>("cancelButton"),
        pages()->tabBar() };
    QVERIFY2(browserChain == expectedOnBrowserPage, qPrintable(describe(browserChain)));
}

// --- No keychain -------------------------------------------------------------------------------------

void TestSignInDialog::keychainUnavailableOffersThisSessionOnly()
{
    // Runs without any D-Bus session (tst_signindialog_without_dbus): no Secret Service answers.
    QVERIFY(showDialog());
    QSignalSpy signedIn(m_dialog.get(), &SignInDialog::accountSignedIn);
    fillIn(alice.login, alice.password);
    submit();
    QTRY_VERIFY_WITH_TIMEOUT(bannerAction()->isVisible(), 30000);
    QVERIFY2(bannerText().contains(u"keychain"_s), qPrintable(bannerText()));
    QCOMPARE(bannerAction()->text(), u"Use for this session only"_s);
    QCOMPARE(bannerAction()->accessibleName(), u"Use for this session only"_s);
    QVERIFY(m_dialog->isVisible());
    QCOMPARE(signedIn.size(), 0);
    QTRY_COMPARE(QApplication::focusWidget(), bannerAction());
    saveScreenshot(u"signin-keychain-unavailable.png"_s);

    QTest::mouseClick(bannerAction(), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->result(), int(QDialog::Accepted));
    QCOMPARE(signedIn.size(), 1);
    QVERIFY(!m_dialog->signedInAccount()->remembered);
    const std::optional<StoredAccount> kept = m_gui.services()->accounts()->account(alice.uuid);
    QVERIFY(kept && !kept->remembered);
    QCOMPARE(tokenInStore(alice.uuid), std::optional(alice.token));
    QVERIFY(TestSupport::filesContaining(m_gui.directory(), alice.token.toUtf8()).isEmpty());
}

// --- Screenshots -------------------------------------------------------------------------------------

void TestSignInDialog::screenshots()
{
    // Rendered for a person to look at; saved next to the test binary.
    QVERIFY(showDialog());
    saveScreenshot(u"signin-password.png"_s);

    fillIn(bob.login, bob.password);
    submit();
    QTRY_VERIFY(codeEdit()->isVisible());
    saveScreenshot(u"signin-two-step.png"_s);

    FakePlex::Fault rateLimit = TestSupport::fault(FakePlex::FaultKind::RateLimited, 1);
    rateLimit.retryAfterSeconds = 42;
    m_gui.server().setFault(u"/api/v2/users/signin"_s, rateLimit);
    QTest::keyClicks(codeEdit(), bob.code);
    submit();
    QTRY_VERIFY(statusLabel()->text().startsWith(u"Try again"_s));
    saveScreenshot(u"signin-cool-down.png"_s);

    m_gui.server().setPinClaimAfterPolls(neverClaimed);
    openBrowserPageAndWaitForTheCode();
    QTRY_VERIFY(!pinCountdownLabel()->text().isEmpty());
    saveScreenshot(u"signin-browser.png"_s);
}

// With the Settings switch on, the browser sign-in asks for a PIN bound to a new device key, checks
// the Plex JWT it yields, and keeps key and token together (plex-auth-api.md §2.7a).
void TestSignInDialog::browserSignInWithADeviceKeyKeepsTheKey()
{
    m_gui.services()->settings().setBrowserSignInWithDeviceKey(true);
    QVERIFY(showDialog());
    openBrowserPageAndWaitForTheCode();
    QTRY_VERIFY_WITH_TIMEOUT(!m_dialog->isVisible(), 20000);
    QCOMPARE(m_dialog->signedInAccount()->uuid, dave.uuid);
    QVERIFY(m_dialog->signedInAccount()->deviceAuth.hasDeviceKey());

    const QList<FakePlex::RecordedRequest> requests = m_gui.server().requests();
    const auto pinCreation = std::find_if(requests.cbegin(), requests.cend(),
        [](const FakePlex::RecordedRequest &request) { return request.path == pinsPath; });
    QVERIFY(pinCreation != requests.cend());
    QVERIFY2(pinCreation->body.contains("\"jwk\""), pinCreation->body.constData());
    QCOMPARE(m_gui.server().registeredDeviceKeys().size(), 1);

    const std::optional<QString> token = TestSupport::secretToolLookup(m_gui.keychainService(), dave.uuid);
    const std::optional<QString> key
        = TestSupport::secretToolLookup(m_gui.keychainService(), dave.uuid + u"/device-key"_s);
    QVERIFY(token && token->count(u'.') == 2);
    QVERIFY(key && key->contains(m_gui.server().registeredDeviceKeys().first().jwk[u"x"_s].toString()));
}
