// End-to-end tests of the `plexauth` command line: the real executable, run with QProcess against
// the in-process fake Plex server and the real Secret Service (the throwaway gnome-keyring of
// scripts/run-tests), checked independently with secret-tool and by scanning the child's HOME.
//   tst_cli.cpp           setup, help and usage errors, signin
//   tst_cli_accounts.cpp  pin, the commands that use a stored token, several accounts, signout,
//                         PLEX_TOKEN, no keychain, and secrets in verbose output
//   tst_cli_probe.cpp     servers --probe and sources --probe (the connection doctor)
//   tst_cli_process.cpp   no core dumps; pin revokes an approved token it cannot identify; no command
//                         starts the window program in its place
//   tst_cli_terminal.cpp  control characters in a server's text never reach the terminal
//   tst_cli_devicekey.cpp pin --jwt, upgrade, refresh and renewal of Plex JWTs
//   tst_cli_exec.cpp      exec: the token in the program's environment only, streams, signals, exit status;
//                         a command maps no GUI library
//   tst_cli_home.cpp      home and home switch: Plex Home users, switching to a profile with its PIN
//   tst_cli_devices.cpp   devices and devices remove: listing, removal, refusals (issue 15 §2)
//   tst_cli_apptoken.cpp  apptoken create/list/revoke and token --app (issue 15 §3)
#pragma once

#include "clirunner.h"
#include "fakeplexserver.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

namespace CliFixture {

// Accounts of tests/fakeplex/fixtures/default.json.
struct Account
{
    QString login;
    QString password;
    QString code; // verification code, for two-step accounts
    QString uuid;
    QString token;
};

extern const Account alice;
extern const Account bob;
extern const Account carol;
extern const Account dave; // PIN only: the fake server lets dave claim every PIN
extern const QStringList homeProfileUuids; // the profiles of alice's Home (tst_cli_home.cpp)

// What the Secret Service holds for the account under service "PlexAuth", asked through secret-tool.
std::optional<QString> keychainItem(const Account &account);
// Deletes the fixture accounts' items (secret-tool clear), so every test starts with none.
void clearKeychain();

QStringList uuidsIn(const QJsonArray &accounts);
QJsonObject accountIn(const QJsonArray &accounts, const QString &uuid); // empty when absent
bool isIsoDate(const QJsonValue &value);
QUrl unreachablePlexTv(); // a loopback port nothing listens on

} // namespace CliFixture

// Both evaluate `result` once (it is often the run itself) and print both streams on failure.
#define EXPECT_EXIT(result, code)                                                                            \
    do {                                                                                                     \
        const CliResult &cliResult_ = (result);                                                              \
        QVERIFY2((cliResult_.finished) && (cliResult_.exitCode == (code)),                                   \
            QByteArray(QByteArray("expected exit " #code ", got ") + cliResult_.describe()).constData());    \
    } while (false)

// A failure: stdout (data only) stays empty, and stderr says why, prefixed "plexauth: ".
#define EXPECT_FAILURE(result, code)                                                                         \
    do {                                                                                                     \
        const CliResult &cliFailure_ = (result);                                                             \
        EXPECT_EXIT(cliFailure_, code);                                                                      \
        QVERIFY2(cliFailure_.out.isEmpty(), cliFailure_.describe().constData());                             \
        QVERIFY2(                                                                                            \
            cliFailure_.err.startsWith(QStringLiteral("plexauth: ")), cliFailure_.describe().constData());   \
    } while (false)

class TestCli : public QObject
{
    Q_OBJECT

private:
    FakePlex::Server m_server;
    std::unique_ptr<QTemporaryDir> m_home; // a fresh HOME for every test
    std::unique_ptr<CliRunner> m_cli;

    QString pms() const { return m_server.mediaServerUrl().toString(); }
    CliResult run(const QStringList &arguments, const QByteArray &input = {})
    {
        return m_cli->run(arguments, input);
    }
    // signin --password-stdin (plus --code and the code on the second line for two-step accounts).
    CliResult signIn(
        const CliFixture::Account &account, const QStringList &extra = {}, const CliRunner *cli = nullptr);
    // `plexauth accounts --json`, parsed; warns with the output when it did not succeed.
    QJsonArray listAccounts();
    static QJsonObject jsonObject(const CliResult &result);
    static QJsonArray jsonArray(const CliResult &result);

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();

    // tst_cli.cpp
    void helpListsTheCommandsAndExitCodes();
    void versionPrintsOneLine();
    void commandHelp_data();
    void commandHelp();
    void usageErrorsExitWithTwo_data();
    void usageErrorsExitWithTwo();
    void signInKeepsTheTokenInTheKeychainOnly();
    void wrongPasswordIsRejected();
    void twoStepAccountWithoutCodeSaysToUseCode();
    void twoStepSignInReadsTheCodeFromTheSecondLine_data();
    void twoStepSignInReadsTheCodeFromTheSecondLine();
    void wrongVerificationCodeIsRejected();
    void lockOutExitsWithSix();
    void rateLimitExitsWithSix();
    void unreachablePlexTvIsANetworkFailure();
    void timeoutOptionLimitsEachRequest();
    void noStorePrintsTheTokenAndStoresNothing();

    // tst_cli_accounts.cpp
    void pinWithoutBrowserPrintsCodeAndLink();
    void pinStoresTheAccount();
    void tokenPrintsExactlyTheToken();
    void whoAmIAsksPlexTv();
    void whoAmIRecordsARejectedToken();
    void serversListsTheAccountsServers();
    void transientAsksTheServer();
    void serverFailuresExitWithOne_data();
    void serverFailuresExitWithOne();
    void sourcesDescribesTheSource();
    void defaultAccountCanBeChanged();
    void signOutDeletesKeychainItemAndIndexEntry();
    void signOutWithRevokeRevokesOnPlexTv();
    void failedRevokeKeepsTheAccount();
    void plexTokenFromTheEnvironmentNeedsNoKeychain();
    void explicitAccountWinsOverPlexToken();
    void invalidPlexTokenIsRejected_data();
    void invalidPlexTokenIsRejected();
    void signInWithoutSessionBusFailsWithAdvice();
    void storedAccountWithoutSessionBusIsKept();
    void verboseOutputNeverShowsSecrets_data();
    void verboseOutputNeverShowsSecrets();

    // tst_cli_probe.cpp
    void serversProbeReportsEveryConnection();
    void serversProbeTableAndTimeout();
    void sourcesProbeTestsTheSourcesConnections();
    void probeAppliesToServersAndSourcesOnly();
    void probeReasonsUseEnglishPluralForms();

    // tst_cli_process.cpp
    void noCommandBecomesTheWindowProgram();
    void withoutItsWindowProgramPlexAuthSaysWhatToDo();
    void coreDumpsAreOff();
    void pinRevokesATokenItCannotIdentify();
    // tst_cli_terminal.cpp
    void serverTextCannotControlTheTerminal();

    // tst_cli_devicekey.cpp
    void pinWithADeviceKeyKeepsKeyAndTokenTogether();
    void tokenIsRenewedWhenLessThanADayIsLeft();
    void anExpiredTokenIsRenewedAndTheCommandRunsAgain();
    void upgradeNeedsConfirmationThenRetiresTheClassicToken();
    void deviceKeyFailures_data();
    void deviceKeyFailures();
    void aForgedTokenFromAPinIsNeverStored();

    // tst_cli_language.cpp
    void languageFollowsTheSettingThenTheSystem();

    // tst_cli_config.cpp
    void settingsFileConfiguresTheCommandLine();
    void serverCanBeNamed();

    // tst_cli_exec.cpp
    void execPutsTheTokenInTheEnvironmentOnly();
    void aCommandLoadsNoGuiLibrary();
    void execPassesStreamsAndExitStatus_data();
    void execPassesStreamsAndExitStatus();
    void execForwardsSignals_data();
    void execForwardsSignals();
    void execDoesNotStartWithoutAToken_data();
    void execDoesNotStartWithoutAToken();
    void execWithServerSetsTheVerifiedAddress();
    void execWithAnAppTokenGivesTheAppItsOwnToken();
    // tst_cli_home.cpp
    void homeListsTheHomeUsers();
    void homeSwitchKeepsTheProfileAsAnAccountOfItsOwn();
    void homeSwitchWithAWrongPinExitsWithThree_data();
    void homeSwitchWithAWrongPinExitsWithThree();
    void homeSwitchNeedsAnUnambiguousUser();
    void homeSwitchNoStorePrintsTheTokenOnly();
    void homePinNeverInOutputOrArguments();

    // tst_cli_devices.cpp
    void devicesListsTheAccountsDevices();
    void devicesRemoveRevokesTheDevicesToken_data();
    void devicesRemoveRevokesTheDevicesToken();
    void devicesRemoveRefusals_data();
    void devicesRemoveRefusals();
    void devicesRemoveServerWithForce();

    // tst_cli_apptoken.cpp
    void appTokenIsItsOwnDeviceUntilRevoked();
    void appTokenNamesAreUniquePerAccount();
    void failedRevokeKeepsTheAppToken();
    void appTokenSecretsReachNoLogOrFile();
    void signOutDeletesTheAppTokens();
};
