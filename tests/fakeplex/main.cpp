// fakeplex: a fake plex.tv + Plex Media Server on 127.0.0.1 for manual and scripted testing.
//   fakeplex [--port N] [--fixture FILE] [--jwt-lifetime SECONDS] [--nonce-limit N] [--fault
//   PATH=KIND[:ARG][@TIMES]]...

#include "fakeplexserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QSocketNotifier>

#include <csignal>
#include <cstdio>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

namespace {

int g_signalPipe[2] = { -1, -1 };

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t ignored = ::write(g_signalPipe[1], &byte, 1);
}

// Quit the event loop on SIGINT/SIGTERM (self-pipe: the handler only writes a byte).
void installSignalHandlers(QCoreApplication &app)
{
    if (::pipe(g_signalPipe) != 0)
        return;
    auto *notifier = new QSocketNotifier(g_signalPipe[0], QSocketNotifier::Read, &app);
    QObject::connect(notifier, &QSocketNotifier::activated, &app, [&app] { app.quit(); });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
}

int fail(const QString &message)
{
    std::fprintf(stderr, "fakeplex: %s\n", qUtf8Printable(message));
    return 2;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"fakeplex"_s);

    QCommandLineParser parser;
    parser.setApplicationDescription(u"Fake plex.tv and Plex Media Server for testing PlexAuth."_s);
    parser.addHelpOption();
    const QCommandLineOption portOption(u"port"_s, u"Port to listen on (default: any free port)."_s, u"N"_s);
    const QCommandLineOption fixtureOption(
        u"fixture"_s, u"Fixture JSON (default: the built-in default.json)."_s, u"FILE"_s);
    const QCommandLineOption faultOption(u"fault"_s,
        u"Inject a fault: PATH=KIND[:ARG][@TIMES]. KIND: delay:MS, hang, ratelimit[:SECONDS], 500, 503, "
        u"html, "
        "xml, truncated, garbage, oversized[:BYTES], deflated[:BYTES], reset, 404, 405, entitybomb[:STATUS]. "
        "PATH "
        "may end in '*'. "
        "Repeatable."_s,
        u"SPEC"_s);
    const QCommandLineOption jwtLifetimeOption(u"jwt-lifetime"_s,
        u"Lifetime of the Plex JWTs it issues (default: the fixture's, 7 days); 0 or negative: born expired."_s,
        u"SECONDS"_s);
    const QCommandLineOption nonceLimitOption(u"nonce-limit"_s,
        u"Nonces each client may ask for per minute before a 429 (default: the fixture's, 10); 0: no limit."_s,
        u"N"_s);
    parser.addOptions({ portOption, fixtureOption, jwtLifetimeOption, nonceLimitOption, faultOption });
    parser.process(app);

    FakePlex::Server server;
    QString error;
    const bool loaded = parser.isSet(fixtureOption) ? server.loadFixture(parser.value(fixtureOption), &error)
                                                    : server.loadDefaultFixture(&error);
    if (!loaded)
        return fail(error);

    if (parser.isSet(jwtLifetimeOption)) {
        bool ok = false;
        const qint64 seconds = parser.value(jwtLifetimeOption).toLongLong(&ok);
        if (!ok)
            return fail(u"bad --jwt-lifetime %1"_s.arg(parser.value(jwtLifetimeOption)));
        server.setJwtLifetime(std::chrono::seconds(seconds));
    }
    if (parser.isSet(nonceLimitOption)) {
        bool ok = false;
        const int limit = parser.value(nonceLimitOption).toInt(&ok);
        if (!ok)
            return fail(u"bad --nonce-limit %1"_s.arg(parser.value(nonceLimitOption)));
        server.setNonceLimit(limit);
    }

    const QStringList faults = parser.values(faultOption);
    for (const QString &spec : faults) {
        QString path;
        FakePlex::Fault fault;
        if (!FakePlex::Server::parseFaultSpec(spec, &path, &fault, &error))
            return fail(error);
        server.setFault(path, fault);
    }

    quint16 port = 0;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint value = parser.value(portOption).toUInt(&ok);
        if (!ok || value > 65535)
            return fail(u"bad --port %1"_s.arg(parser.value(portOption)));
        port = static_cast<quint16>(value);
    }
    if (!server.start(port))
        return fail(u"cannot listen on 127.0.0.1:%1"_s.arg(port));

    QObject::connect(&server, &FakePlex::Server::requestReceived, &server, [&server](const QString &path) {
        // Method and path only: never header values (tokens) or bodies (passwords).
        const QByteArray method = server.requests().constLast().method;
        std::fprintf(stderr, "fakeplex: %s %s\n", method.constData(), qUtf8Printable(path));
        std::fflush(stderr);
    });

    std::printf("plex.tv: %s\npms: %s\n", qUtf8Printable(server.plexTvUrl().toString()),
        qUtf8Printable(server.mediaServerUrl().toString()));
    std::fflush(stdout);

    installSignalHandlers(app);
    return app.exec();
}
