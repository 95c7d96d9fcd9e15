// plexauth_screenshots: renders PlexAuth's main screens to PNG for the documentation
// (scripts/screenshots runs it under Xvfb, in a private D-Bus session with a throwaway keyring).
//
//   plexauth_screenshots --out DIR [--suffix @2x] [--dark] [--language CODE] [SCREEN...]
//
// --dark renders as on a dark desktop: the Fusion style with a dark palette (Breeze Dark's colours).
//
// SCREEN is one of signin-password, signin-two-step, signin-browser, main-window, main-window-servers,
// settings, about (all by default); each is written to DIR/SCREEN<suffix>.png. The real windows and dialogs
// run over the real services against an in-process fake Plex server, with settings in a temporary
// directory and tokens under a keychain service name of their own; accounts are signed in through
// plex.tv's API (the fake's) and kept in the keychain as the app does. Exits 1 if a screen did not
// reach the state it is shown in.
#include "aboutdialog.h"
#include "apptokenspage.h"
#include "connectionsview.h"
#include "devicespage.h"
#include "guifixture.h"
#include "homepage.h"
#include "language.h"
#include "mainwindow.h"
#include "serverspage.h"
#include "settingsdialog.h"
#include "signindialog.h"
#include "sourceid.h"
#include "sourcelookuppanel.h"
#include "tokeninspector.h"
#include "transienttokenpanel.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPalette>
#include <QPushButton>
#include <QTabWidget>
#include <QTest>
#include <QTextStream>

#include <chrono>
#include <functional>
#include <memory>
#include <optional>

using namespace PlexAuth;
using namespace Qt::Literals::StringLiterals;
using namespace std::chrono_literals;

namespace {

using TestSupport::alice;
using TestSupport::carol;

// The same client identifier on every run, so the About dialog's picture changes only with the app.
const QString clientIdentifier = u"5c1e0d1b-2a30-4c2e-9a55-3f0c5d0e7b1a"_s;
const QString keychainService = u"PlexAuth-screenshots"_s;
constexpr int kTimeoutMs = 20000;

// KDE Breeze Dark's colours (the selection a shade darker), as a dark desktop hands them to Qt
// applications.
QPalette darkPalette()
{
    const QColor window(0x2a, 0x2e, 0x32);
    // Breeze Dark's selection blue, one shade darker, so that white text on it reads (5:1).
    const QColor highlight(0x1f, 0x6f, 0xb2);
    const QColor base(0x1b, 0x1e, 0x20);
    const QColor button(0x31, 0x36, 0x3b);
    const QColor text(0xfc, 0xfc, 0xfc);
    const QColor disabledText(0x6e, 0x71, 0x75);
    QPalette palette(button, window);
    palette.setColor(QPalette::Window, window);
    palette.setColor(QPalette::WindowText, text);
    palette.setColor(QPalette::Base, base);
    palette.setColor(QPalette::AlternateBase, QColor(0x23, 0x26, 0x29));
    palette.setColor(QPalette::Text, text);
    palette.setColor(QPalette::Button, button);
    palette.setColor(QPalette::ButtonText, text);
    palette.setColor(QPalette::BrightText, Qt::white);
    palette.setColor(QPalette::Highlight, highlight);
    palette.setColor(QPalette::HighlightedText, text);
    palette.setColor(QPalette::Link, QColor(0x1d, 0x99, 0xf3));
    palette.setColor(QPalette::LinkVisited, QColor(0x9b, 0x59, 0xb6));
    palette.setColor(QPalette::ToolTipBase, button);
    palette.setColor(QPalette::ToolTipText, text);
    palette.setColor(QPalette::PlaceholderText, QColor(0xa1, 0xa9, 0xb1));
    for (const QPalette::ColorRole role : { QPalette::WindowText, QPalette::Text, QPalette::ButtonText })
        palette.setColor(QPalette::Disabled, role, disabledText);
    palette.setColor(QPalette::Disabled, QPalette::Highlight, QColor(0x4d, 0x51, 0x55));
    return palette;
}

QTextStream &err()
{
    static QTextStream stream(stderr);
    return stream;
}

class Screenshots
{
public:
    Screenshots(const QString &outDir, const QString &suffix)
        : m_outDir(outDir)
        , m_suffix(suffix)
    { }

    bool init();
    void cleanup();

    bool signInPassword();
    bool signInTwoStep();
    bool signInBrowser();
    bool mainWindow();
    bool mainWindowServers();
    bool mainWindowHome();
    bool mainWindowDevices();
    bool mainWindowAppTokens();
    bool settings();
    bool about();

private:
    bool save(QWidget *window, const QString &name);
    bool waitFor(const std::function<bool()> &condition, const QString &what);
    std::optional<StoredAccount> signIn(const TestSupport::FixtureAccount &person);
    bool ensureAccounts();
    // The main window, shown with the default account (Alice) selected; null if the accounts are missing.
    std::unique_ptr<MainWindow> defaultAccountWindow();

    QString m_outDir;
    QString m_suffix;
    TestSupport::GuiFixture m_gui { TestSupport::GuiFixture::PlexTv::FakeServer, keychainService };
    int m_activeCalls = 0;
};

bool Screenshots::init()
{
    if (!m_gui.reset({ { ClientIdentity::settingsKey.toString(), clientIdentifier } })) {
        err() << "plexauth_screenshots: the fake Plex server, the settings or the services did not start\n";
        return false;
    }
    m_gui.server().setPinClaimAfterPolls(1000000); // the browser page keeps waiting for approval
    QObject::connect(m_gui.services()->http(), &HttpClient::activeCallsChanged, m_gui.services(),
        [this](int count) { m_activeCalls = count; });
    return true;
}

void Screenshots::cleanup()
{
    // Leave nothing in the keychain.
    if (!m_gui.cleanup())
        err() << "plexauth_screenshots: could not remove a test account from the keychain\n";
}

bool Screenshots::waitFor(const std::function<bool()> &condition, const QString &what)
{
    if (QTest::qWaitFor(condition, kTimeoutMs))
        return true;
    err() << "plexauth_screenshots: timed out waiting for " << what << '\n';
    return false;
}

bool Screenshots::save(QWidget *window, const QString &name)
{
    window->show();
    window->activateWindow();
    if (!QTest::qWaitForWindowExposed(window)) {
        err() << "plexauth_screenshots: " << name << " was never shown\n";
        return false;
    }
    // Pending layouts and resizes first; grab() then renders the widgets itself, so nothing has to
    // wait for the window system's paint.
    QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
    QCoreApplication::processEvents();
    const QString path = QDir(m_outDir).filePath(name + m_suffix + u".png"_s);
    const QPixmap pixmap = window->grab();
    if (!pixmap.save(path)) {
        err() << "plexauth_screenshots: could not write " << path << '\n';
        return false;
    }
    QTextStream(stdout) << path << ' ' << pixmap.width() << 'x' << pixmap.height() << '\n';
    return true;
}

std::optional<StoredAccount> Screenshots::signIn(const TestSupport::FixtureAccount &person)
{
    // As the sign-in dialog does: plex.tv's sign-in (with the verification code where the account
    // needs one), then the account kept in the keychain.
    SignInForm form;
    form.login = person.login;
    form.password = person.password;
    form.verificationCode = person.code;
    std::optional<Result<Account>> signedIn;
    m_gui.services()->plexTv()->signIn(
        form, m_gui.services(), [&signedIn](const Result<Account> &result) { signedIn.emplace(result); });
    if (!waitFor([&signedIn] { return signedIn.has_value(); }, u"signing in "_s + person.login))
        return std::nullopt;
    if (!signedIn->ok()) {
        err() << "plexauth_screenshots: signing in " << person.login
              << " failed: " << signedIn->error().message << '\n';
        return std::nullopt;
    }
    std::optional<StoredAccount> kept = m_gui.addAccount(signedIn->value());
    if (!kept)
        err() << "plexauth_screenshots: keeping " << person.login << " failed\n";
    return kept;
}

bool Screenshots::signInPassword()
{
    SignInDialog dialog(m_gui.services(), m_gui.clipboard());
    dialog.setLogin(alice.login);
    dialog.show();
    if (auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
        password && QTest::qWaitForWindowExposed(&dialog)) {
        password->setText(alice.password);
        password->home(false); // the dots from the first on, not scrolled to the last
    }
    return save(&dialog, u"signin-password"_s);
}

bool Screenshots::signInTwoStep()
{
    // carol's password accepted, plex.tv asking for her code: the code field and the message.
    SignInDialog dialog(m_gui.services(), m_gui.clipboard());
    dialog.setLogin(carol.login);
    dialog.show();
    auto *password = dialog.findChild<QLineEdit *>(u"passwordEdit"_s);
    auto *code = dialog.findChild<QLineEdit *>(u"codeEdit"_s);
    if (!password || !code || !QTest::qWaitForWindowExposed(&dialog)) {
        err() << "plexauth_screenshots: the sign-in dialog has no passwordEdit or codeEdit\n";
        return false;
    }
    password->setText(carol.password);
    QTest::keyClick(password, Qt::Key_Return);
    if (!waitFor([&] { return code->isVisible() && m_activeCalls == 0; }, u"the two-step code field"_s))
        return false;
    return save(&dialog, u"signin-two-step"_s);
}

bool Screenshots::signInBrowser()
{
    SignInDialog dialog(m_gui.services(), m_gui.clipboard());
    dialog.setPinPollInterval(60s); // one poll at most while the picture is taken
    dialog.show();
    dialog.setPage(SignInDialog::Page::Browser);
    auto *code = dialog.findChild<QLineEdit *>(u"pinCodeEdit"_s);
    auto *countdown = dialog.findChild<QLabel *>(u"pinCountdownLabel"_s);
    if (!code || !countdown) {
        err() << "plexauth_screenshots: the sign-in dialog has no pinCodeEdit or pinCountdownLabel\n";
        return false;
    }
    if (!waitFor([&] { return code->isVisible() && !code->text().isEmpty() && !countdown->text().isEmpty(); },
            u"the browser sign-in code"_s))
        return false;
    return save(&dialog, u"signin-browser"_s);
}

bool Screenshots::ensureAccounts()
{
    if (!m_gui.services()->accounts()->accounts().isEmpty())
        return true;
    const std::optional<StoredAccount> first = signIn(alice);
    if (!first || !signIn(carol))
        return false;
    if (const Result<Done> made = m_gui.services()->accounts()->setDefault(first->uuid); !made.ok())
        err() << "plexauth_screenshots: could not make " << alice.login << " the default\n";
    return true;
}

bool Screenshots::mainWindow()
{
    if (!ensureAccounts())
        return false;
    const QList<StoredAccount> accounts = m_gui.services()->accounts()->accounts();
    MainWindow window(m_gui.services(), m_gui.clipboard());
    window.setSignInWhenEmpty(false);
    window.show();
    window.selectAccount(accounts.first().uuid);
    TokenInspector *inspector = window.inspector();
    // Filled: the token read from the keychain, plex.tv's answer to the check, the servers listed.
    if (!waitFor(
            [&] {
                return inspector->hasToken()
                    && inspector->stateLabel()->text().contains(TokenInspector::tr("Valid"))
                    && inspector->transientPanel()->serverBox()->count() > 0 && m_activeCalls == 0;
            },
            u"the token inspector to show a validated token"_s))
        return false;
    return save(&window, u"main-window"_s);
}

bool Screenshots::mainWindowServers()
{
    if (!ensureAccounts())
        return false;
    MainWindow window(m_gui.services(), m_gui.clipboard());
    window.setSignInWhenEmpty(false);
    window.resize(1280, 800); // the whole tab, servers and source lookup, without scrolling
    window.show();
    window.selectAccount(m_gui.services()->accounts()->accounts().first().uuid);
    ServersPage *page = window.serversPage();
    window.tabs()->setCurrentWidget(page);
    if (!waitFor([&] { return page->serverModel()->rowCount() > 0 && !page->isLoading(); },
            u"the account's servers"_s))
        return false;
    // Alice's own server, its connections tested: the fake server's address answers, the
    // plex.direct names do not resolve here.
    ConnectionsView *connections = page->connectionsView();
    connections->testButton()->click();
    if (!waitFor([&] { return !connections->isTesting() && connections->model()->bestRow() >= 0; },
            u"the connection test"_s))
        return false;
    // A source typed in, ready to be looked up at the address the test found.
    SourceLookupPanel *lookup = page->lookupPanel();
    lookup->sourceEdit()->setText(SourceId::exampleProvider());
    if (!waitFor([&] { return lookup->lookUpButton()->isEnabled() && m_activeCalls == 0; },
            u"the source lookup form"_s))
        return false;
    return save(&window, u"main-window-servers"_s);
}

std::unique_ptr<MainWindow> Screenshots::defaultAccountWindow()
{
    if (!ensureAccounts())
        return nullptr;
    auto window = std::make_unique<MainWindow>(m_gui.services(), m_gui.clipboard());
    window->setSignInWhenEmpty(false);
    window->show();
    window->selectAccount(m_gui.services()->accounts()->accounts().first().uuid);
    return window;
}

bool Screenshots::mainWindowHome()
{
    const std::unique_ptr<MainWindow> window = defaultAccountWindow();
    if (!window)
        return false;
    HomePage *page = window->homePage();
    window->tabs()->setCurrentWidget(page);
    if (!waitFor(
            [&] { return page->userModel()->rowCount() > 0 && !page->isLoading() && m_activeCalls == 0; },
            u"the Home's users"_s))
        return false;
    page->selectUser(u"5a3c0f2b7e9d4a16"_s); // Teen, a protected profile: Switch to Profile… is ready
    return save(window.get(), u"main-window-home"_s);
}

bool Screenshots::mainWindowDevices()
{
    const std::unique_ptr<MainWindow> window = defaultAccountWindow();
    if (!window)
        return false;
    DevicesPage *page = window->devicesPage();
    window->tabs()->setCurrentWidget(page);
    if (!waitFor([&] { return page->model()->rowCount() > 0 && !page->isBusy() && m_activeCalls == 0; },
            u"the account's devices"_s))
        return false;
    return save(window.get(), u"main-window-devices"_s);
}

bool Screenshots::mainWindowAppTokens()
{
    const std::unique_ptr<MainWindow> window = defaultAccountWindow();
    if (!window)
        return false;
    AppTokensPage *page = window->appTokensPage();
    window->tabs()->setCurrentWidget(page);
    if (!waitFor([&] { return !page->isBusy() && m_activeCalls == 0; }, u"the app tokens page"_s))
        return false;
    // Two apps with tokens of their own, made the way a person would: New app token…, a name.
    for (const QString &name : { u"Kometa"_s, u"Tautulli"_s }) {
        if (page->model()->rowCount() < 2)
            page->create(name);
        if (!waitFor([&] { return !page->isBusy() && m_activeCalls == 0; }, u"the app token "_s + name))
            return false;
    }
    page->selectToken(u"Kometa"_s);
    return save(window.get(), u"main-window-apptokens"_s);
}

bool Screenshots::settings()
{
    // As people see it: plex.tv's own API URL (empty), so the Advanced section is folded. The
    // services keep talking to the fake server; the dialog is never accepted, so nothing is saved.
    const QUrl fakePlexTv = m_gui.services()->settings().plexTvUrl();
    m_gui.services()->settings().setPlexTvUrl({});
    SettingsDialog dialog(m_gui.services());
    m_gui.services()->settings().setPlexTvUrl(fakePlexTv);
    return save(&dialog, u"settings"_s);
}

bool Screenshots::about()
{
    AboutDialog dialog(m_gui.services()->identity());
    return save(&dialog, u"about"_s);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(u"PlexAuth"_s);
    QApplication::setApplicationName(u"PlexAuth"_s);
    QApplication::setApplicationDisplayName(u"PlexAuth"_s);
    QApplication::setApplicationVersion(QStringLiteral(PLEXAUTH_VERSION));

    const QStringList screens = { u"signin-password"_s, u"signin-two-step"_s, u"signin-browser"_s,
        u"main-window"_s, u"main-window-servers"_s, u"main-window-home"_s, u"main-window-devices"_s,
        u"main-window-apptokens"_s, u"settings"_s, u"about"_s };
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Renders PlexAuth's main screens to PNG against a fake Plex server."_s);
    parser.addHelpOption();
    parser.addOption({ u"out"_s, u"Directory the PNG files are written to."_s, u"dir"_s });
    parser.addOption({ u"suffix"_s, u"Appended to each file's base name, e.g. @2x."_s, u"suffix"_s });
    parser.addOption({ u"dark"_s, u"Render with the Fusion style and a dark palette."_s });
    parser.addOption(
        { u"language"_s, u"Render in this language (de, fr), as with the language setting."_s, u"code"_s });
    parser.addPositionalArgument(
        u"screen"_s, u"Screens to render (default all): "_s + screens.join(u", "_s), u"[screen...]"_s);
    parser.process(app);
    const QString outDir = parser.value(u"out"_s);
    if (outDir.isEmpty() || !QDir().mkpath(outDir)) {
        err() << "plexauth_screenshots: --out DIR is required and must be writable\n";
        return 2;
    }
    QStringList wanted = parser.positionalArguments();
    if (wanted.isEmpty())
        wanted = screens;
    for (const QString &name : wanted) {
        if (!screens.contains(name)) {
            err() << "plexauth_screenshots: unknown screen " << name << " (one of " << screens.join(u", "_s)
                  << ")\n";
            return 2;
        }
    }

    if (parser.isSet(u"language"_s))
        Language::installForApplication(parser.value(u"language"_s), &app);
    if (parser.isSet(u"dark"_s)) {
        QApplication::setStyle(u"Fusion"_s);
        QApplication::setPalette(darkPalette());
    }
    Screenshots shots(outDir, parser.value(u"suffix"_s));
    if (!shots.init())
        return 1;
    const QHash<QString, bool (Screenshots::*)()> render { { u"signin-password"_s,
                                                               &Screenshots::signInPassword },
        { u"signin-two-step"_s, &Screenshots::signInTwoStep },
        { u"signin-browser"_s, &Screenshots::signInBrowser }, { u"main-window"_s, &Screenshots::mainWindow },
        { u"main-window-servers"_s, &Screenshots::mainWindowServers },
        { u"main-window-home"_s, &Screenshots::mainWindowHome },
        { u"main-window-devices"_s, &Screenshots::mainWindowDevices },
        { u"main-window-apptokens"_s, &Screenshots::mainWindowAppTokens },
        { u"settings"_s, &Screenshots::settings }, { u"about"_s, &Screenshots::about } };
    bool ok = true;
    for (const QString &name : screens) {
        if (wanted.contains(name))
            ok = (shots.*render.value(name))() && ok;
    }
    shots.cleanup();
    return ok ? 0 : 1;
}
