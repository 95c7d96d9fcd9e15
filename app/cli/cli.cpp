#include "cli.h"

#include "appsettings.h"
#include "clientidentity.h"
#include "commandrunner.h"
#include "language.h"
#include "logging.h"
#include "redaction.h"
#include "terminal.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QTimer>

namespace PlexAuth::Cli {

namespace {
QStringList argumentList(int argc, char *argv[])
{
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QString::fromLocal8Bit(argv[i]));
    return arguments;
}
} // namespace

bool wantsCommandLine(int argc, char *argv[])
{
    return ArgumentParser::wantsCommandLine(argumentList(argc, argv));
}

int run(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("PlexAuth"));
    QCoreApplication::setApplicationName(QStringLiteral("PlexAuth"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PLEXAUTH_VERSION));
    installRedactingMessageHandler();
    QSettings settings;
    // For the messages and help on stderr and stdout; English reads nothing (start-up time counts).
    Language::installForApplication(AppSettings(settings).language(), &app);

    const ParseResult parsed
        = ArgumentParser::parse(QCoreApplication::arguments(), qEnvironmentVariable("PLEXAUTH_PLEX_TV_URL"));
    if (!parsed.arguments) {
        Terminal::err(QStringLiteral("plexauth: ") + parsed.error + u'\n'
            + QCoreApplication::translate(
                "PlexAuth::Cli", "Run “plexauth --help” for the commands and options.")
            + u'\n');
        return UsageError;
    }
    const Arguments &arguments = *parsed.arguments;
    if (arguments.version) {
        Terminal::out(QStringLiteral("plexauth %1\n").arg(QCoreApplication::applicationVersion()));
        return Success;
    }
    if (arguments.help) {
        Terminal::out(ArgumentParser::commandHelp(arguments.command));
        return Success;
    }
    // Without -v the command's own message is the whole story on stderr; with it, every request
    // is logged (secrets masked by the redacting handler).
    QLoggingCategory::setFilterRules(
        arguments.verbose ? QStringLiteral("plexauth.*.debug=true") : QStringLiteral("plexauth.*=false"));

    QNetworkAccessManager *network = createNetworkAccessManager(&app);
    HttpClient http(network, ClientIdentity::loadOrCreate(settings));
    if (arguments.timeoutSeconds)
        http.setTimeout(std::chrono::seconds(*arguments.timeoutSeconds));
    PlexTvClient plexTv(&http);
    if (arguments.plexTvUrl.isValid())
        plexTv.setBaseUrl(arguments.plexTvUrl);
    MediaServerClient mediaServer(&http);
    Keychain keychain;
    AccountStore store(&keychain, settings);

    const QString environmentToken = qEnvironmentVariable("PLEX_TOKEN").trimmed();
    Redaction::registerSecret(environmentToken);
    CommandRunner runner(arguments, { &http, &plexTv, &mediaServer, &store, environmentToken });
    int exitCode = Failure;
    QObject::connect(&runner, &CommandRunner::finished, &app, [&exitCode](int code) {
        exitCode = code;
        QCoreApplication::exit(code);
    });
    QTimer::singleShot(0, &runner, &CommandRunner::start);
    QCoreApplication::exec();
    // Aborted replies (a timeout, a probe cut short) go first, then the network manager with its
    // HTTP thread: otherwise that thread quits with their requests still in it, and Qt leaves them
    // behind at exit (LeakSanitizer under scripts/run-tests-asan).
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    delete network;
    return exitCode;
}

} // namespace PlexAuth::Cli
