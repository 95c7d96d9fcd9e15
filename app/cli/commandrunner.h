#pragma once

#include "accountstore.h"
#include "arguments.h"
#include "connectiondoctor.h"
#include "exitcodes.h"
#include "mediaserverclient.h"
#include "pinsignin.h"
#include "plextvclient.h"

#include <QPointer>

namespace PlexAuth::Cli {

// What a command needs: the service classes on one network manager, and the account store.
struct Services
{
    HttpClient *http;
    PlexTvClient *plexTv;
    MediaServerClient *mediaServer;
    AccountStore *store;
    QString environmentToken; // PLEX_TOKEN
};

// Runs one parsed command asynchronously and emits finished() with its exit code, exactly once.
// stdout receives only the data asked for; messages and errors go to stderr.
class CommandRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CommandRunner)

public:
    CommandRunner(Arguments arguments, Services services, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    // A token to call Plex with: PLEX_TOKEN, or the chosen account's from the keychain. `account`
    // is empty when the token came from the environment.
    using TokenHandler
        = std::function<void(const QString &token, const std::optional<StoredAccount> &account)>;
    void withToken(const TokenHandler &handler);

    void runAccounts();
    void runToken();
    void runWhoAmI();
    void runSignOut();
    void runSignIn();
    void runPin();
    void runServers();
    void runTransient();
    void runSources();

    // --probe (servercommands.cpp): tests each list of connections with a ConnectionDoctor of its
    // own, all at once, and calls `done` with the doctors, in the order of `targets`, once all finished.
    struct ProbeTarget
    {
        QString expectedMachineIdentifier; // empty: any server that answers
        QList<Connection> connections;
    };
    void probeAll(
        const QList<ProbeTarget> &targets, std::function<void(const QList<ConnectionDoctor *> &)> done);

    // signin / pin helpers (signincommands.cpp)
    bool readCredentials(SignInForm &form);
    void submitSignIn(const SignInForm &form);
    void ensureKeychainThen(std::function<void()> next);
    void keepAccount(const Account &account);
    void openBrowser(const QUrl &url);

    void succeed();
    void fail(const PlexError &error);
    void failUsage(const QString &message);
    void finish(int exitCode);
    static void note(const QString &message);
    // What to do about a missing keychain where there is no desktop session (SSH, cron, CI).
    static QString headlessKeychainHint();

    Arguments m_args;
    Services m_services;
    QPointer<PinSignIn> m_pinSignIn;
    bool m_finished = false;
};

} // namespace PlexAuth::Cli
