#pragma once

#include "appservices.h"
#include "arguments.h"
#include "browsersignin.h"
#include "connectiondoctor.h"
#include "exitcodes.h"
#include "passwordsignin.h"

#include <QPointer>

namespace PlexAuth {
class AppTokens;
}

namespace PlexAuth::Cli {

// Runs one parsed command asynchronously and emits finished() with its exit code, exactly once.
// stdout receives only the data asked for; messages and errors go to stderr.
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    // `environmentToken` is PLEX_TOKEN (empty when unset).
    CommandRunner(
        Arguments arguments, AppServices *services, QString environmentToken, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // The session whose token calls Plex: PLEX_TOKEN's, or the chosen account's (its token read from
    // the keychain). Its account() is empty when the token came from the environment.
    using SessionHandler = std::function<void(AccountSession *session)>;
    void withSession(const SessionHandler &handler);
    // Where --server points: an address as typed, or a listed server (the account's servers are
    // fetched first to find it).
    void withServerTarget(AccountSession *session, const std::function<void(const ServerTarget &)> &handler);

    void runAccounts();
    void runToken();
    void runWhoAmI();
    void runSignOut();
    void runSignIn();
    void runPin();
    void runServers();
    void runTransient();
    void runSources();
    void runUpgrade();
    void runRefresh();
    void runExec();
    void execWith(AccountSession *session);
    // exec's program, run with PLEX_TOKEN (and PLEX_URL when `server` is set); the command ends with its
    // exit status.
    void startProgram(const QString &token, const QUrl &server);
    // plexauth home and plexauth home switch (homecommands.cpp)
    void runHome();
    void switchToProfile(AccountSession *session, const HomeUsers &home);
    // devicecommands.cpp, apptokencommands.cpp (issue 15 §2-3)
    void runDevices();
    void removeDevice(AccountSession *session, const QList<AuthorizedDevice> &devices);
    void runAppToken();
    void createAppToken(AppTokens *tokens);
    void listAppTokens(AppTokens *tokens);
    void revokeAppToken(AppTokens *tokens);
    void printAppToken();
    // The app token --app names, of --account (or the default account), read from the keychain.
    void withAppToken(const std::function<void(const QString &token)> &handler);
    // The session of --account (or the default account), its token read; fails the command otherwise.
    void withStoredSession(const SessionHandler &handler);
    // Before a command uses a Plex JWT: renewed if less than a day is left. A failed renewal of a
    // token that still works is a warning; of an expired one, the command's failure.
    void renewIfDueThen(AccountSession *session, const SessionHandler &handler);

    // --probe (servercommands.cpp): tests each list of connections with a ConnectionDoctor of its
    // own, all at once, and calls `done` with the doctors, in the order of `targets`, once all finished.
    struct ProbeTarget
    {
        QString expectedMachineIdentifier; // empty: any server that answers
        QList<Connection> connections;
    };
    void probeAll(const QList<ProbeTarget> &targets,
        const std::function<void(const QList<ConnectionDoctor *> &)> &done);

    // signin / pin helpers (signincommands.cpp)
    bool readCredentials(SignInForm &form);
    void submitSignIn(const SignInForm &form);
    void onSignInFinished(const SignInForm &form);
    void ensureKeychainThen(std::function<void()> next);
    void keepAccount(
        const Account &account, const std::optional<DeviceKeyCredential> &deviceKey = std::nullopt);
    void openBrowser(const QUrl &url);

    void succeed();
    void fail(const PlexError &error);
    void failUsage(const QString &message);
    void finish(int exitCode);
    static void note(const QString &message);
    // What to do about a missing keychain where there is no desktop session (SSH, cron, CI).
    static QString headlessKeychainHint();

    Arguments m_args;
    AppServices *m_services;
    QString m_environmentToken;
    QPointer<PasswordSignIn> m_passwordSignIn;
    QPointer<BrowserSignIn> m_browserSignIn;
    bool m_finished = false;
    // After a 498 the command's session renews its token and the command runs again, once.
    QPointer<AccountSession> m_session;
    bool m_renewedAfterExpiry = false;
};

} // namespace PlexAuth::Cli
