#include "cli.h"

#include "appservices.h"
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

    const ParseResult parsed = ArgumentParser::parse(QCoreApplication::arguments());
    const auto usageError = [](const QString &message) {
        Terminal::err(QStringLiteral("plexauth: ") + message + u'\n'
            + QCoreApplication::translate(
                "PlexAuth::Cli", "Run “plexauth --help” for the commands and options.")
            + u'\n');
        return UsageError;
    };
    if (!parsed.arguments)
        return usageError(parsed.error);
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

    // The same service graph and configuration layers as the window: default, Settings file,
    // environment, then these flags.
    AppServices::Overrides overrides;
    if (arguments.plexTvUrl.isValid()) {
        overrides.commandLine.plexTvUrl = arguments.plexTvUrl;
        overrides.commandLine.plexTvUrlName = QStringLiteral("--plex-tv-url");
    }
    if (arguments.plexClientsUrl.isValid()) {
        overrides.commandLine.plexClientsUrl = arguments.plexClientsUrl;
        overrides.commandLine.plexClientsUrlName = QStringLiteral("--plex-clients-url");
    }
    if (arguments.timeoutSeconds) {
        overrides.commandLine.requestTimeoutSeconds = *arguments.timeoutSeconds;
        overrides.commandLine.requestTimeoutName = QStringLiteral("--timeout");
    }
    AppServices services(settings, overrides);
    if (!services.configuration().problems.isEmpty())
        return usageError(services.configuration().problems.join(u' '));
    if (arguments.timeoutSeconds)
        services.serverReach()->setProbeTimeout(std::chrono::seconds(*arguments.timeoutSeconds));

    const QString environmentToken = qEnvironmentVariable("PLEX_TOKEN").trimmed();
    Redaction::registerSecret(environmentToken);
    CommandRunner runner(arguments, &services, environmentToken);
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
    delete services.network();
    return exitCode;
}

} // namespace PlexAuth::Cli
