// The sign-in dialog, driven through its widgets on the offscreen platform, against the in-process
// fake Plex server over real HTTP and the real Secret Service (the throwaway gnome-keyring of
// scripts/run-tests) under a test-only service name.
//   tst_signindialog.cpp          fixture, opening, password sign-in, two-step verification, errors,
//                                 cool-down, Esc
//   tst_signindialog_browser.cpp  browser (PIN) sign-in, copy link, accessibility and tab order,
//                                 no keychain, screenshots
#pragma once

#include "guifixture.h"
#include "messagebanner.h"
#include "signindialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QToolButton>
#include <QUrl>

#include <memory>
#include <optional>

class TestSignInDialog : public QObject
{
    Q_OBJECT

private:
    TestSupport::GuiFixture m_gui;
    std::unique_ptr<PlexAuth::SignInDialog> m_dialog;

    template<typename T> T *child(const char *name) const
    {
        T *widget = m_dialog->findChild<T *>(QString::fromLatin1(name));
        if (!widget)
            qFatal("the sign-in dialog has no %s", name);
        return widget;
    }
    QLineEdit *loginEdit() const { return child<QLineEdit>("loginEdit"); }
    QLineEdit *passwordEdit() const { return child<QLineEdit>("passwordEdit"); }
    QLineEdit *codeEdit() const { return child<QLineEdit>("codeEdit"); }
    QCheckBox *rememberCheck() const { return child<QCheckBox>("rememberCheck"); }
    QPushButton *signInButton() const { return child<QPushButton>("signInButton"); }
    QLabel *statusLabel() const { return child<QLabel>("statusLabel"); }
    QProgressBar *busyBar() const { return child<QProgressBar>("busyBar"); }
    QTabWidget *pages() const { return child<QTabWidget>("pages"); }
    QLineEdit *pinCodeEdit() const { return child<QLineEdit>("pinCodeEdit"); }
    QLineEdit *linkEdit() const { return child<QLineEdit>("linkEdit"); }
    QPushButton *getCodeButton() const { return child<QPushButton>("getCodeButton"); }
    QLabel *pinCountdownLabel() const { return child<QLabel>("pinCountdownLabel"); }
    QString bannerText() const;
    QPushButton *bannerAction() const;

    bool showDialog();
    void fillIn(const QString &login, const QString &password);
    void submit(); // Return in the password field
    bool isBusy() const { return busyBar()->isVisible() && !loginEdit()->isEnabled(); }
    QList<FakePlex::RecordedRequest> signInRequests() const;
    std::optional<QString> tokenInStore(const QString &uuid);
    void openBrowserPageAndWaitForTheCode();
    void saveScreenshot(const QString &name);

private Q_SLOTS:
    void init();
    void cleanup();

    // tst_signindialog.cpp
    void opensOnThePasswordPageWithTheLoginFocused();
    void passwordSignInKeepsTheTokenInTheKeychain();
    void uncheckedKeepSignedInIsForThisSessionOnly();
    void twoStepVerificationAsksForTheCode();
    void rejectedCodeIsSelectedForRetyping();
    void wrongPasswordIsSelected();
    void rateLimitDisablesSignInForTheCoolDown();
    void lockOutWithoutRetryAfterWaitsFifteenMinutes();
    void escapeCancelsAHangingRequestAndStaysOpen();
    void escapeClosesWhenIdleAndClearsThePassword();

    // tst_signindialog_browser.cpp
    void browserSignInStartsOnlyOnThatPage();
    void expiredCodeOffersANewOne();
    void copyLinkGoesThroughTheClipboardGuard();
    void openBrowserOpensTheLink();
    void escapeStopsWaitingForTheBrowser();
    void everyControlIsNamedAndInTheTabChain();
    void keychainUnavailableOffersThisSessionOnly();
    void screenshots();
    void browserSignInWithADeviceKeyKeepsTheKey();
};
