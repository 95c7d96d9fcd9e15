#pragma once

// The set-up the widget tests share: the fake Plex server, a settings file in a temporary directory,
// the real services (AppServices) over them with a keychain service name of the test's own, and the
// clipboard guard. Tests that keep accounts add them here, and cleanup() takes them out of the
// keychain again.
//
//   class TestSomething : public QObject
//   {
//       TestSupport::GuiFixture m_gui;
//   private Q_SLOTS:
//       void init() { QVERIFY(m_gui.reset()); }
//       void cleanup() { QVERIFY(m_gui.cleanup()); }
//       void aTest() { QVERIFY(m_gui.addAccount(TestSupport::alice)); ... m_gui.services() ... }
//   };

#include "appservices.h"
#include "clipboardguard.h"
#include "fakeplexserver.h"
#include "testsupport.h"

#include <QSet>
#include <QSettings>
#include <QTemporaryDir>
#include <QVariantHash>

#include <functional>
#include <memory>
#include <optional>

class QWidget;

namespace TestSupport {

class GuiFixture
{
public:
    // Where the services' plex.tv is: the fake server's (the settings' plex.tv URL set to it and
    // applied), or as a fresh settings file has it (plex.tv's own, for the tests of the settings).
    enum class PlexTv
    {
        FakeServer,
        AsConfigured,
    };
    // How an added account is kept: in the keychain (remembered), or for this session only.
    enum class Keep
    {
        InKeychain,
        ThisSessionOnly,
    };

    // Starts the fake server (once, for every test of the executable). `keychainService` empty: the
    // one for this test executable (keychainServiceForThisTest()).
    explicit GuiFixture(PlexTv plexTv = PlexTv::FakeServer, const QString &keychainService = {});
    ~GuiFixture();
    Q_DISABLE_COPY_MOVE(GuiFixture)

    // "PlexAuth-test-" and the executable's name without "tst_", e.g. "PlexAuth-test-mainwindow".
    static QString keychainServiceForThisTest();

    // For a test's init(): the server back to the default fixture with no faults and no recorded
    // requests; the settings file removed and a fresh one made, `presetSettings` written to it
    // before the services read it; new services and a new clipboard guard. False (and a warning
    // saying why) if any of it failed.
    [[nodiscard]] bool reset(const QVariantHash &presetSettings = {});
    // For a test's cleanup(): every account this fixture added to the keychain and every remembered
    // account the store lists (the ones the windows signed in) removed from the keychain, each
    // waited for; then the clipboard guard, the services and the settings closed. False (and a
    // warning) if a removal failed or did not finish. Does nothing when there are no services (no
    // reset() since the last cleanup()).
    [[nodiscard]] bool cleanup();

    // Keeps `who` in the store (`withToken` instead of its own token, if not empty) and waits for
    // the store's outcome. std::nullopt (and a warning saying why) if it failed.
    std::optional<PlexAuth::StoredAccount> addAccount(
        const FixtureAccount &who, Keep keep = Keep::InKeychain);
    std::optional<PlexAuth::StoredAccount> addAccount(
        const FixtureAccount &who, const QString &withToken, Keep keep = Keep::InKeychain);
    std::optional<PlexAuth::StoredAccount> addAccount(
        const PlexAuth::Account &account, Keep keep = Keep::InKeychain);

    FakePlex::Server &server() { return m_server; }
    const FakePlex::Server &server() const { return m_server; }
    // Between reset() and cleanup().
    PlexAuth::AppServices *services() const { return m_services.get(); }
    PlexAuth::ClipboardGuard *clipboard() const { return m_clipboard.get(); }

    QString keychainService() const { return m_keychainService; }
    // The temporary directory the settings file is in (the same for every test of the executable).
    QString directory() const { return m_dir.path(); }
    QString settingsPath() const;

    static constexpr int keychainTimeoutMs = 20000;

private:
    const PlexTv m_plexTv;
    const QString m_keychainService;
    QTemporaryDir m_dir;
    FakePlex::Server m_server;
    bool m_serverStarted = false;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<PlexAuth::AppServices> m_services;
    std::unique_ptr<PlexAuth::ClipboardGuard> m_clipboard;
    QSet<QString> m_addedToKeychain; // uuids
};

// Answers the next modal dialog (a QMessageBox question, or the sign-in dialog) once it is up.
void whenModalAppears(std::function<void(QWidget *)> answer);

} // namespace TestSupport
