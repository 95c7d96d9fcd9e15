#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace PlexAuth::Cli {

// One command-line invocation, parsed: which subcommand, and its options.
struct Arguments
{
    QString command; // empty with --help or --version alone
    bool help = false;
    bool version = false;
    bool verbose = false;
    bool json = false;
    QUrl plexTvUrl; // from --plex-tv-url; empty: the layers below decide (Configuration)
    QUrl plexClientsUrl; // from --plex-clients-url; likewise
    std::optional<int> timeoutSeconds;
    QString account;

    // signin / pin
    QString login;
    bool passwordStdin = false;
    bool askCode = false;
    bool remember = false;
    bool noStore = false;
    bool noBrowser = false;
    bool jwt = false; // pin: sign in with a device key (a Plex JWT)

    // upgrade: --yes, for when nobody at a terminal can confirm
    bool yes = false;

    // accounts
    QString setDefault;

    // transient / sources: --server is an address (`server`) or a listed server's name or machine
    // identifier (`serverName`)
    QUrl server;
    QString serverName;
    QString source;
    bool refresh = false;

    // servers / sources: test every connection (GET /identity, no token) and pick the best
    bool probe = false;

    // signout
    bool revoke = false;

    // exec: the program and its arguments (everything after "--"), and --app, an app token's name
    QStringList execCommand;
    // home: `home` lists the Home users; `home switch USER` switches to USER (subcommand "switch",
    // operand USER), the PIN from the terminal or, with --pin-stdin, stdin's first line
    QString subcommand;
    bool pinStdin = false;
    // devices / apptoken (issue 15 §2-3): the action word and its operand (devices remove DEVICE,
    // apptoken create|list|revoke NAME); empty action: devices lists them
    QString action;
    QString operand; // also home switch USER
    bool force = false; // devices remove: a device that provides "server" too
    bool print = false; // apptoken create: print the new token on stdout
    QString app; // token --app NAME, exec --app NAME: the app token instead of the account's
};

struct ParseResult
{
    std::optional<Arguments> arguments;
    QString error; // a usage error, in words, when arguments is empty
};

class ArgumentParser
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::Cli::ArgumentParser)

public:
    static QStringList commands();
    // Whether this invocation is for the command line rather than the GUI: a subcommand, --help or
    // --version. Anything else (no arguments, Qt's own -style or -platform) starts the GUI.
    static bool wantsCommandLine(const QStringList &arguments);
    // `arguments` includes the program name. The environment is Configuration's, not the parser's.
    static ParseResult parse(const QStringList &arguments);

    static QString helpText();
    static QString commandHelp(const QString &command);

private:
    static QString takeAction(Arguments &parsed, const QStringList &positional);
};

} // namespace PlexAuth::Cli
