#include "arguments.h"

namespace PlexAuth::Cli {

QString ArgumentParser::helpText()
{
    return tr(R"help(Usage: plexauth [COMMAND] [OPTIONS]

Signs in to Plex and keeps each account's token in the system keychain, never in a file.
Without a command, plexauth opens its window.

Commands:
  signin      Sign in with your Plex email or username and password
  pin         Sign in through the browser with a PIN (accounts made with Google, Apple or Facebook)
  accounts    List the signed-in accounts, or choose the default one
  token       Print an account's token on stdout, for scripts
  whoami      Check an account's token with plex.tv and show who it belongs to
  servers     List the servers an account can reach (--probe: test their connections)
  transient   Get a transient token (valid up to 48 hours) from a Plex Media Server
  sources     Ask a Plex Media Server how a source is reached, and its access token
  signout     Forget an account, and optionally revoke its token on plex.tv
  upgrade     Give a classic-token account a device key (a Plex JWT that PlexAuth renews)
  refresh     Renew a device-key account's Plex JWT now
  exec        Run a program with the token in its environment (PLEX_TOKEN), never in a file
  home        List an account's Plex Home users, or switch to a profile (home switch USER)
  devices     List the devices that hold access to an account, or remove one
  apptoken    Create, list or revoke a separate token for another app

Options for every command:
  --plex-tv-url URL   plex.tv API base URL (default https://plex.tv/api/v2; env PLEXAUTH_PLEX_TV_URL)
  --plex-clients-url URL
                      plex.tv clients API base URL, for device keys (default
                      https://clients.plex.tv/api/v2, or the plex.tv URL when only that is set;
                      env PLEXAUTH_PLEX_CLIENTS_URL)
  --timeout SECONDS   give up on each request after this long (default 15)
  Settings made in the window (plex.tv URLs, request timeout, proxy) apply here too; the
  environment overrides them, and these options override both.
  -v, --verbose       log requests to stderr, with secrets masked
  -h, --help          show this help, or a command's help: plexauth COMMAND --help
  --version           show the version

Environment:
  PLEX_TOKEN          when set, whoami, servers, transient, sources and exec use this token
                      instead of the keychain
  PLEXAUTH_PLEX_TV_URL  as --plex-tv-url
  PLEXAUTH_PLEX_CLIENTS_URL  as --plex-clients-url

Device keys: an account signed in with “pin --jwt”, or upgraded, holds a Plex JWT that lasts
7 days. Every command that uses its token first renews it when less than a day is left (and
once more if plex.tv says it expired); the device key stays in the keychain with the token.

Output: stdout carries only the data asked for (a token, a table, or JSON with --json);
messages and errors go to stderr.

Exit codes:
  0  success
  1  other failure
  2  usage error (including an --account that names no signed-in account)
  3  authentication rejected: wrong login or password, verification code needed or rejected,
     token invalid, or not signed in; plex.tv rejected the device's signature, or a Plex JWT
     failed verification
  4  network, timeout or TLS failure
  5  keychain unavailable or access denied
  6  rate limited or locked out by plex.tv (HTTP 429, Plex error 1031)
)help");
}

QString ArgumentParser::commandHelp(const QString &command)
{
    if (command == QLatin1String("signin")) {
        return tr(
            R"help(Usage: plexauth signin --login LOGIN [--password-stdin] [--code] [--remember] [--no-store] [--json]

Signs in with a password and stores the token in the keychain (the first account becomes the default).
  --login LOGIN      your Plex email or username
  --password-stdin   read the password from the first line of stdin; otherwise plexauth asks for it
                     on the terminal without echoing it. Passwords are never taken from an option.
  --code             the account uses two-step verification: ask for the code on the terminal, or
                     read it from the second line of stdin with --password-stdin. Without --code,
                     plexauth asks on the terminal when plex.tv says a code is needed.
  --remember         ask plex.tv for a long-lived ("remember me") token
  --no-store         do not store the token: print it on stdout for this run only
  --json             print the account (and, with --no-store, the token) as JSON
)help");
    }
    if (command == QLatin1String("pin")) {
        return tr(R"help(Usage: plexauth pin [--jwt] [--no-browser] [--no-store] [--json]

Signs in through the browser: prints a code and a link on stderr, opens the link (unless
--no-browser or there is no display), waits until you approve it, and stores the token.
  --jwt          sign in with a new device key: the token is a Plex JWT, checked against plex.tv's
                 keys before it is kept, lasting 7 days and renewed with the key (which is kept
                 in the keychain with it). Whether Plex Media Server accepts JWTs is not yet
                 confirmed.
  --no-browser   only print the link, to open on any device
  --no-store     do not store the token: print it on stdout for this run only
  --json         print the account (and, with --no-store, the token) as JSON
)help");
    }
    if (command == QLatin1String("accounts")) {
        return tr(R"help(Usage: plexauth accounts [--set-default ACCOUNT] [--json]

Lists the signed-in accounts; * marks the default. ACCOUNT is a username, email, title or uuid.
  --set-default ACCOUNT   make ACCOUNT the default account
  --json                  print the list as JSON
)help");
    }
    if (command == QLatin1String("token")) {
        return tr(R"help(Usage: plexauth token [--app NAME] [--account ACCOUNT]

Prints the account's token (the default account's without --account) on stdout, for scripts:
  export PLEX_TOKEN="$(plexauth token)"
  --app NAME   print the account's app token NAME instead (see “plexauth apptoken”)
)help");
    }
    if (command == QLatin1String("devices")) {
        return tr(R"help(Usage: plexauth devices [--account ACCOUNT] [--json]
       plexauth devices remove DEVICE [--yes] [--force] [--account ACCOUNT]

Lists the devices plex.tv has authorised for the account: name, product, platform, version,
client identifier, when it was created and last seen, whether it is a server (provides
"server") and which one is this installation. The token plex.tv lists with each device is
never shown or kept.
  --json    print the list as JSON
remove DEVICE revokes that device's token on plex.tv. DEVICE is its id, name or client
identifier; a name that fits several devices exits with 2 and lists them. plexauth asks first,
naming the device.
  --yes     do not ask (required when stdin is not a terminal)
  --force   also remove a server: that de-authorises the Plex Media Server (it loses its access
            to the account) until it is claimed again
This installation's own entry is never removed here: sign out instead (“plexauth signout
--revoke”).
)help");
    }
    if (command == QLatin1String("apptoken")) {
        return tr(R"help(Usage: plexauth apptoken create NAME [--print] [--account ACCOUNT]
       plexauth apptoken list [--account ACCOUNT] [--json]
       plexauth apptoken revoke NAME [--account ACCOUNT]

A separate token for another app (Tautulli, Kometa, a script), so that it can be revoked without
signing anything else out. Each one is its own device on plex.tv, named NAME, product PlexAuth.
create NAME   mints it (a PIN made as the new device, linked as the account) and keeps it in
              the keychain under the account; “plexauth token --app NAME” prints it.
  --print     also print the new token on stdout
list          the account's app tokens: name, created, last seen, and whether plex.tv still
              lists the device
  --json      print the list as JSON
revoke NAME   removes the device on plex.tv, then the keychain item. If plex.tv cannot be
              told, the token is kept and the error says so.
Signing out of (or removing) the account deletes its app tokens from the keychain too; they
keep working on plex.tv until revoked there.
)help");
    }
    if (command == QLatin1String("whoami")) {
        return tr(R"help(Usage: plexauth whoami [--account ACCOUNT] [--json]

Asks plex.tv who the token belongs to. Exits with 3 when plex.tv rejects the token.
)help");
    }
    if (command == QLatin1String("servers")) {
        return tr(R"help(Usage: plexauth servers [--probe] [--account ACCOUNT] [--json]

Lists the Plex Media Servers the account owns or has been shared, with their connections.
  --probe   then test every connection of every server at once (GET /identity, which needs no
            token, so none is sent), each within --timeout seconds (default 5 here): whether it
            answers as that server, its latency, why it fails, and the best connection (https
            before http, then local before remote before relay, then the fastest). The exit code stays 0
            when the list was fetched, even if connections fail: the results are the output.
  --json    print the list as JSON; with --probe each server gets a "probe" object:
            {best, reason, elapsedMs, connections: [{uri, status, latencyMs, error, explanation,
            suggestedUri}]}, status being reachable, wrong-server or failed
)help");
    }
    if (command == QLatin1String("transient")) {
        return tr(R"help(Usage: plexauth transient --server SERVER [--account ACCOUNT] [--json]

Asks a Plex Media Server for a transient token with the account's access. It is valid up to 48
hours and ends when the server restarts.
  --server SERVER   one of the account's servers, by name or machine identifier: its connections
                    are tested first and the best one that answers as that server is used; or a
                    server's address, for example http://192.168.1.10:32400
)help");
    }
    if (command == QLatin1String("sources")) {
        return tr(
            R"help(Usage: plexauth sources --server SERVER --source SOURCE [--refresh] [--probe] [--account ACCOUNT] [--json]

Asks a Plex Media Server how SOURCE is reached and with which access token. Needs an admin token
and Plex Media Server 1.15.4 or later.
  --server SERVER   one of the account's servers (name or machine identifier), reached at its best
                    tested connection, or a server's address
  --source SOURCE   server://<machineIdentifier>[/<provider>] or provider://<identifier>,
                    for example provider://tv.plex.provider.podcasts
  --refresh         make the server refresh its information first
  --probe           then test the device's connections as servers --probe does (the exit code
                    stays 0 when the lookup worked, even if connections fail)
  --json            print the device, its access token and its connections as JSON (with
                    --probe, plus a "probe" object as in servers --probe)
)help");
    }
    if (command == QLatin1String("signout")) {
        return tr(R"help(Usage: plexauth signout [--account ACCOUNT] [--revoke]

Deletes the account's token from the keychain and forgets the account.
  --revoke   first revoke the token on plex.tv, so no copy of it works any more. If plex.tv cannot
             be reached the account is kept; run again, or sign out without --revoke.
)help");
    }
    if (command == QLatin1String("upgrade")) {
        return tr(R"help(Usage: plexauth upgrade [--account ACCOUNT] [--yes]

Gives a classic-token account a device key: registers the key with plex.tv, gets a Plex JWT for
it, checks it, and keeps key and token together in the keychain. Plex then retires the classic
token, so scripts and apps that were given it need the new one (“plexauth token”).
  --yes   do not ask for confirmation (required when stdin is not a terminal)
)help");
    }
    if (command == QLatin1String("refresh")) {
        return tr(R"help(Usage: plexauth refresh [--account ACCOUNT]

Renews a device-key account's Plex JWT now (signing a fresh nonce with the device key), checks
the new token and keeps it. This works after the token has expired, too.
)help");
    }
    if (command == QLatin1String("exec")) {
        return tr(
            R"help(Usage: plexauth exec [--account ACCOUNT] [--app NAME] [--server SERVER] -- COMMAND [ARGS...]

Runs COMMAND with PLEX_TOKEN set to the account's token, so that a tool gets the token without
it being written into a config file or the shell's history. The token is in no process's
command line. plexauth prints nothing of its own when it works.
  --app NAME        the account's app token NAME instead (“plexauth apptoken create NAME”), so
                    that the tool can be cut off on its own (“plexauth apptoken revoke NAME”)
  --server SERVER   also set PLEX_URL: one of the account's servers (name or machine identifier)
                    at its best tested connection, with the token that server accepts (a shared
                    server's own access token), or a server's address, for example
                    http://192.168.1.10:32400
stdin, stdout and stderr are COMMAND's. INT, TERM and HUP sent to plexauth are passed on to it.
The exit status is COMMAND's, or 128+N when signal N ended it. When COMMAND cannot start (the
token cannot be read, the server cannot be reached, COMMAND is not found), plexauth exits with its
own codes below and COMMAND does not run. Examples:
  plexauth exec --server "Living Room" -- python3 Tautulli.py
  plexauth exec --app Kometa -- docker run -e PLEX_TOKEN kometateam/kometa
)help");
    }
    if (command == QLatin1String("home")) {
        return tr(R"help(Usage: plexauth home [--account ACCOUNT] [--json]
       plexauth home switch USER [--account ACCOUNT] [--pin-stdin] [--no-store] [--json]

Lists the users of the account's Plex Home: title, username, uuid, and whether each is the admin,
restricted, protected by a PIN, or a guest. An account in no Home is told so (exit code 0).

home switch USER switches to a Home profile: USER is its title, username or uuid (a name that
matches several users exits with 2 and lists them). The profile becomes an account of its own,
its token in the keychain, linked to the Home account it came from.
  --pin-stdin   read the profile's PIN from the first line of stdin; otherwise plexauth asks for
                it on the terminal without echoing it, when the profile has one. PINs are never
                taken from an option. A wrong or missing PIN exits with 3.
  --no-store    do not store the profile: print its token on stdout for this run only
  --json        print the users (or the profile's account) as JSON
)help");
    }
    return helpText();
}

} // namespace PlexAuth::Cli
