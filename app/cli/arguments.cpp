#include "arguments.h"

#include "plextvclient.h"
#include "serveraddress.h"

#include <QCommandLineParser>

#include <utility>

namespace PlexAuth::Cli {

namespace {

struct OptionSpec
{
    QStringList names;
    QString valueName; // empty for a flag
    QStringList commands; // empty: every command (a global option)
};

QString s(const char *latin1)
{
    return QString::fromLatin1(latin1);
}

const QList<OptionSpec> &optionSpecs()
{
    static const QList<OptionSpec> specs {
        { { s("h"), s("help") }, {}, {} },
        { { s("version") }, {}, {} },
        { { s("v"), s("verbose") }, {}, {} },
        { { s("plex-tv-url") }, s("URL"), {} },
        { { s("plex-clients-url") }, s("URL"), {} },
        { { s("timeout") }, s("SECONDS"), {} },
        { { s("json") }, {},
            { s("signin"), s("pin"), s("accounts"), s("whoami"), s("servers"), s("transient"), s("sources"),
                s("home"), s("devices"), s("apptoken") } },
        { { s("account") }, s("ACCOUNT"),
            { s("token"), s("whoami"), s("servers"), s("transient"), s("sources"), s("signout"), s("upgrade"),
                s("refresh"), s("exec"), s("home"), s("devices"), s("apptoken") } },
        { { s("login") }, s("LOGIN"), { s("signin") } },
        { { s("password-stdin") }, {}, { s("signin") } },
        { { s("code") }, {}, { s("signin") } },
        { { s("remember") }, {}, { s("signin") } },
        { { s("no-store") }, {}, { s("signin"), s("pin"), s("home") } },
        { { s("pin-stdin") }, {}, { s("home") } },
        { { s("no-browser") }, {}, { s("pin") } },
        { { s("jwt") }, {}, { s("pin") } },
        { { s("yes") }, {}, { s("upgrade"), s("devices") } },
        { { s("force") }, {}, { s("devices") } },
        { { s("print") }, {}, { s("apptoken") } },
        { { s("app") }, s("NAME"), { s("token"), s("exec") } },
        { { s("set-default") }, s("ACCOUNT"), { s("accounts") } },
        { { s("server") }, s("SERVER"), { s("transient"), s("sources"), s("exec") } },
        { { s("source") }, s("SOURCE"), { s("sources") } },
        { { s("refresh") }, {}, { s("sources") } },
        { { s("probe") }, {}, { s("servers"), s("sources") } },
        { { s("revoke") }, {}, { s("signout") } },
    };
    return specs;
}

} // namespace

QStringList ArgumentParser::commands()
{
    return { s("signin"), s("pin"), s("accounts"), s("token"), s("whoami"), s("servers"), s("transient"),
        s("sources"), s("signout"), s("upgrade"), s("refresh"), s("exec"), s("home"), s("devices"),
        s("apptoken") };
}

// devices [remove DEVICE] and apptoken create|list|revoke [NAME]: the words after the command.
// Empty when they fit, else the usage error.
QString ArgumentParser::takeAction(Arguments &parsed, const QStringList &positional)
{
    const QStringList words = positional.mid(1);
    const bool devices = parsed.command == QLatin1String("devices");
    const QStringList actions
        = devices ? QStringList { s("remove") } : QStringList { s("create"), s("list"), s("revoke") };
    if (words.isEmpty() && devices)
        return {};
    if (words.isEmpty() || !actions.contains(words.first()))
        return tr("“%1” takes one of: %2. See “plexauth %1 --help”.")
            .arg(parsed.command, actions.join(QStringLiteral(", ")));
    parsed.action = words.first();
    const bool needsOperand = parsed.action != QLatin1String("list");
    if (words.size() != (needsOperand ? 2 : 1) || (needsOperand && words.at(1).trimmed().isEmpty()))
        return needsOperand ? tr("“%1 %2” takes one %3. See “plexauth %1 --help”.")
                                  .arg(parsed.command, parsed.action, devices ? s("DEVICE") : s("NAME"))
                            : tr("“%1 %2” takes no further arguments. See “plexauth %1 --help”.")
                                  .arg(parsed.command, parsed.action);
    if (needsOperand)
        parsed.operand = words.at(1);
    return {};
}

bool ArgumentParser::wantsCommandLine(const QStringList &arguments)
{
    // Qt's own GUI options that take a value (-style fusion); Qt accepts them with one or two dashes.
    static const QStringList qtValueOptions { s("-platform"), s("-platformpluginpath"), s("-platformtheme"),
        s("-plugin"), s("-qwindowgeometry"), s("-geometry"), s("-qwindowtitle"), s("-title"),
        s("-qwindowicon"), s("-icon"), s("-style"), s("-stylesheet"), s("-session"), s("-display"),
        s("-name") };
    bool qtValueNext = false;
    for (const QString &argument : arguments.mid(1)) {
        if (commands().contains(argument) || argument == QLatin1String("--help")
            || argument == QLatin1String("-h") || argument == QLatin1String("--version")) {
            return true;
        }
        if (std::exchange(qtValueNext, false))
            continue;
        const QString single = argument.startsWith(QLatin1String("--")) ? argument.mid(1) : argument;
        if (qtValueOptions.contains(single)) {
            qtValueNext = true;
            continue;
        }
        // A word that is no option's value is a command, perhaps mistyped: parse() explains it
        // rather than opening a window.
        if (!argument.startsWith(u'-'))
            return true;
    }
    return false;
}

ParseResult ArgumentParser::parse(const QStringList &allArguments)
{
    // `exec`'s program and its arguments follow "--": they are the program's, never plexauth's options.
    QStringList arguments = allArguments;
    QStringList afterDashes;
    if (const qsizetype dashes = allArguments.indexOf(s("--"), 1);
        dashes > 0 && allArguments.mid(1, dashes - 1).contains(s("exec"))) {
        arguments = allArguments.first(dashes);
        afterDashes = allArguments.mid(dashes + 1);
    }

    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &spec : optionSpecs())
        parser.addOption(QCommandLineOption(spec.names, QString(), spec.valueName));

    ParseResult result;
    if (!parser.parse(arguments)) {
        // Qt's "Unknown option 'x'" would repeat what was typed, which may be a password typed in
        // the wrong place; its other messages name only options plexauth defines.
        result.error = parser.unknownOptionNames().isEmpty()
            ? parser.errorText()
            : tr("An option is not one plexauth knows (it is not repeated here, in case a password was typed "
                 "in its place). See “plexauth --help” or “plexauth COMMAND --help”.");
        return result;
    }

    Arguments parsed;
    const QStringList positional = parser.positionalArguments();
    if (!positional.isEmpty())
        parsed.command = positional.first();
    parsed.help = parser.isSet(s("help"));
    parsed.version = parser.isSet(s("version"));
    if (!parsed.command.isEmpty() && !commands().contains(parsed.command)) {
        result.error
            = tr("The first word is not a plexauth command (it is not repeated here, in case a password "
                 "was typed in its place). The commands are: %1.")
                  .arg(commands().join(QStringLiteral(", ")));
        return result;
    }
    if (parsed.command.isEmpty() && !parsed.help && !parsed.version) {
        result.error = tr("Name a command. The commands are: %1.").arg(commands().join(QStringLiteral(", ")));
        return result;
    }
    const bool takesWords
        = parsed.command == QLatin1String("devices") || parsed.command == QLatin1String("apptoken");
    if (parsed.command == QLatin1String("home") && positional.size() > 1) {
        // home switch USER: the user is a name, not a secret.
        if (positional.at(1) != QLatin1String("switch") || positional.size() != 3) {
            result.error = positional.at(1) == QLatin1String("switch")
                ? tr("home switch needs one Home user: its title, username or uuid (“plexauth home” lists "
                     "them).")
                : tr("“home” takes one subcommand, switch. See “plexauth home --help”.");
            return result;
        }
        parsed.subcommand = positional.at(1);
        parsed.operand = positional.at(2);
    } else if (takesWords && !parsed.help) {
        result.error = takeAction(parsed, positional);
        if (!result.error.isEmpty())
            return result;
    } else if (positional.size() > 1 && !takesWords) {
        // Not echoed: a stray argument may be a password or code typed in the wrong place.
        result.error = parsed.command == QLatin1String("signin") && parser.isSet(s("code"))
            ? tr("Verification codes are never taken from the command line, where other users and the "
                 "shell history could see them: --code makes plexauth ask for the code on the terminal, or "
                 "read it from the line after the password with --password-stdin.")
            : tr("“%1” takes no arguments besides its options. See “plexauth %1 --help”.")
                  .arg(parsed.command);
        return result;
    }
    for (const OptionSpec &spec : optionSpecs()) {
        if (!spec.commands.isEmpty() && parser.isSet(spec.names.first())
            && !spec.commands.contains(parsed.command)) {
            result.error
                = tr("--%1 does not apply to “%2”. See “plexauth %2 --help”.")
                      .arg(spec.names.first(), parsed.command.isEmpty() ? s("plexauth") : parsed.command);
            return result;
        }
    }

    parsed.verbose = parser.isSet(s("verbose"));
    parsed.json = parser.isSet(s("json"));
    parsed.account = parser.value(s("account"));
    parsed.login = parser.value(s("login"));
    parsed.passwordStdin = parser.isSet(s("password-stdin"));
    parsed.askCode = parser.isSet(s("code"));
    parsed.remember = parser.isSet(s("remember"));
    parsed.noStore = parser.isSet(s("no-store"));
    parsed.noBrowser = parser.isSet(s("no-browser"));
    parsed.setDefault = parser.value(s("set-default"));
    parsed.source = parser.value(s("source"));
    parsed.refresh = parser.isSet(s("refresh"));
    parsed.probe = parser.isSet(s("probe"));
    parsed.revoke = parser.isSet(s("revoke"));
    parsed.jwt = parser.isSet(s("jwt"));
    parsed.yes = parser.isSet(s("yes"));
    parsed.execCommand = afterDashes;
    parsed.pinStdin = parser.isSet(s("pin-stdin"));
    if (parsed.command == QLatin1String("home") && parsed.subcommand.isEmpty() && !parsed.help
        && (parsed.pinStdin || parsed.noStore)) {
        result.error = tr("--pin-stdin and --no-store apply to “home switch”. See “plexauth home --help”.");
        return result;
    }
    parsed.force = parser.isSet(s("force"));
    parsed.print = parser.isSet(s("print"));
    parsed.app = parser.value(s("app"));
    if (parser.isSet(s("app")) && parsed.app.trimmed().isEmpty()) {
        result.error = tr("--app needs the name of one of the account's app tokens.");
        return result;
    }
    const bool removing
        = parsed.command == QLatin1String("devices") && parsed.action == QLatin1String("remove");
    const bool listing = parsed.action.isEmpty() || parsed.action == QLatin1String("list");
    if ((parsed.yes && parsed.command == QLatin1String("devices") && !removing) || (parsed.force && !removing)
        || (parsed.print && parsed.action != QLatin1String("create"))
        || (parsed.json
            && (parsed.command == QLatin1String("devices") || parsed.command == QLatin1String("apptoken"))
            && !listing)) {
        result.error = tr("An option does not apply to “%1 %2”. See “plexauth %1 --help”.")
                           .arg(parsed.command, parsed.action);
        return result;
    }

    if (parser.isSet(s("plex-tv-url"))) {
        const QUrl url(parser.value(s("plex-tv-url")), QUrl::StrictMode);
        result.error = PlexTvClient::baseUrlProblem(url);
        if (!result.error.isEmpty())
            return result;
        parsed.plexTvUrl = url;
    }
    if (parser.isSet(s("plex-clients-url"))) {
        const QUrl url(parser.value(s("plex-clients-url")), QUrl::StrictMode);
        result.error = PlexTvClient::baseUrlProblem(url);
        if (!result.error.isEmpty())
            return result;
        parsed.plexClientsUrl = url;
    }
    if (parser.isSet(s("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(s("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600) {
            result.error = tr("--timeout takes a whole number of seconds from 1 to 3600.");
            return result;
        }
        parsed.timeoutSeconds = seconds;
    }

    if (parsed.help || parsed.version) {
        result.arguments = parsed;
        return result;
    }
    if (parsed.command == QLatin1String("signin") && parsed.login.isEmpty()) {
        result.error = tr("signin needs --login with your Plex email or username.");
        return result;
    }
    const bool serverNeeded
        = parsed.command == QLatin1String("transient") || parsed.command == QLatin1String("sources");
    if (serverNeeded || parser.isSet(s("server"))) {
        const QString server = parser.value(s("server")).trimmed();
        if (server.isEmpty()) {
            result.error = tr("%1 needs --server with one of the account's servers (its name or machine "
                              "identifier) or a server's address, for example http://192.168.1.10:32400.")
                               .arg(parsed.command);
            return result;
        }
        if (!ServerAddress::looksLikeAddress(server)) {
            parsed.serverName = server;
        } else {
            const ServerAddress::Parsed address = ServerAddress::parse(server, TokenPolicy());
            if (!address.problem.isEmpty()) {
                result.error = QStringLiteral("--server: ") + address.problem;
                return result;
            }
            parsed.server = address.url;
        }
    }
    if (parsed.command == QLatin1String("exec")) {
        if (parsed.execCommand.isEmpty() || parsed.execCommand.first().isEmpty()) {
            result.error = tr("exec needs the program to run after “--”, for example: plexauth exec -- "
                              "python3 script.py");
            return result;
        }
    }
    if (parsed.command == QLatin1String("sources") && parsed.source.isEmpty()) {
        result.error
            = tr("sources needs --source, for example --source provider://tv.plex.provider.podcasts.");
        return result;
    }
    result.arguments = parsed;
    return result;
}

} // namespace PlexAuth::Cli
