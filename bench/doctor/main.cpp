// bench/run-doctor: the connection doctor on 50 connections that each answer after 200 ms, against
// the floor (the doctor probing one of them alone) and 50 bare QNetworkAccessManager GETs of the same
// addresses, side by side in the same run. Real HTTP on loopback: fake Plex servers in a child
// process. Prints the Markdown of the figures; the script adds the machine and writes
// bench/results.md.
//   plexauth_bench_doctor [--runs N] [--warmups N] [--connections N] [--delay-ms MS]
#include "connectiondoctor.h"
#include "httpclient.h"
#include "mediaserverclient.h"
#include "samples.h"
#include "slowservers.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTimer>

#include <cstdio>
#include <functional>

namespace {

using namespace PlexAuth;

// The served server of tests/fakeplex/fixtures/default.json: what every fake server answers as.
const QString expectedServer = QStringLiteral("546684a3d18ac5c39037360ec9ce900b7af9cc36");
constexpr double targetMs = 400;

// Runs the event loop until `done` is true; a run that hangs fails the benchmark.
void waitFor(const std::function<bool()> &done, QEventLoop &loop)
{
    QTimer limit;
    limit.setSingleShot(true);
    QObject::connect(
        &limit, &QTimer::timeout, &loop, [] { Bench::fail(QStringLiteral("no answer within 30 s")); });
    limit.start(30000);
    if (!done())
        loop.exec();
}

// The doctor as the app runs it, on a network manager of its own (new connections, as a first test
// has): from start() to finished().
double doctorRun(const QList<Connection> &connections, int delayMs, double *doctorElapsedMs = nullptr)
{
    QObject owner;
    QNetworkAccessManager *network = createNetworkAccessManager(&owner);
    HttpClient http(network, ClientIdentity::withIdentifier(QStringLiteral("plexauth-bench-doctor")));
    MediaServerClient mediaServer(&http);
    ConnectionDoctor doctor(&mediaServer);
    QEventLoop loop;
    bool finished = false;
    QObject::connect(&doctor, &ConnectionDoctor::finished, &loop, [&] {
        finished = true;
        loop.quit();
    });
    const double elapsed = Bench::timeMs([&] {
        doctor.start(expectedServer, connections);
        waitFor([&] { return finished; }, loop);
    });
    for (const ProbeResult &result : doctor.results()) {
        if (result.status != ProbeResult::Status::Reachable || result.latencyMs.value_or(0) < delayMs)
            Bench::fail(QStringLiteral("a probe did not answer as expected after %1 ms: %2 (%3)")
                            .arg(delayMs)
                            .arg(probeStatusName(result.status), result.explanation));
    }
    if (doctor.bestIndex() < 0)
        Bench::fail(QStringLiteral("the doctor found no best connection"));
    if (doctorElapsedMs)
        *doctorElapsedMs = double(doctor.elapsedMs());
    return elapsed;
}

// The same requests with nothing but Qt: a fresh QNetworkAccessManager, all GETs at once.
double bareRun(const QList<Connection> &connections)
{
    QNetworkAccessManager network;
    QEventLoop loop;
    qsizetype pending = connections.size();
    const double elapsed = Bench::timeMs([&] {
        for (const Connection &connection : connections) {
            QNetworkRequest request(connection.uri.toUrl().resolved(QUrl(QStringLiteral("/identity"))));
            request.setRawHeader("Accept", "application/json");
            QNetworkReply *reply = network.get(request);
            QObject::connect(reply, &QNetworkReply::finished, &loop, [&, reply] {
                if (reply->error() != QNetworkReply::NoError || reply->readAll().isEmpty())
                    Bench::fail(QStringLiteral("a bare GET failed: %1").arg(reply->errorString()));
                reply->deleteLater();
                if (--pending == 0)
                    loop.quit();
            });
        }
        waitFor([&] { return pending == 0; }, loop);
    });
    return elapsed;
}

int intOption(const QString &name, const QString &fallback, int minimum)
{
    bool ok = false;
    const int value = Bench::optionValue(QCoreApplication::arguments(), name, fallback).toInt(&ok);
    if (!ok || value < minimum)
        Bench::fail(QStringLiteral("%1 must be a number of at least %2").arg(name).arg(minimum));
    return value;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString serveOption = QStringLiteral("--serve");
    const QString connectionsOption = QStringLiteral("--connections");
    const QString delayOption = QStringLiteral("--delay-ms");
    if (app.arguments().contains(serveOption))
        return Bench::serveSlowServers(intOption(serveOption, {}, 1), intOption(delayOption, {}, 0));

    const Bench::Options options = Bench::parseOptions(app.arguments(), { connectionsOption, delayOption });
    const int count = intOption(connectionsOption, QStringLiteral("50"), 2);
    const int delayMs = intOption(delayOption, QStringLiteral("200"), 0);

    const Bench::SlowServers servers(count, delayMs);
    QList<Connection> connections;
    for (const quint16 port : servers.ports()) {
        Connection connection;
        connection.protocol = QStringLiteral("http");
        connection.address = QStringLiteral("127.0.0.1");
        connection.port = port;
        connection.uri = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        connection.local = true;
        connections.append(connection);
    }

    Bench::Samples all;
    Bench::Samples allAsDoctorSees; // the doctor's own clock, start() to its last answer
    Bench::Samples alone;
    Bench::Samples bare;
    for (int run = 0; run < options.warmups + options.runs; ++run) {
        const bool counted = run >= options.warmups;
        const QList<Connection> one { connections[run % connections.size()] };
        // Rotate the order so that no side always runs first.
        for (int turn = 0; turn < 3; ++turn) {
            switch ((run + turn) % 3) {
            case 0: {
                double doctorMs = 0;
                const double elapsed = doctorRun(connections, delayMs, &doctorMs);
                if (counted) {
                    all.add(elapsed);
                    allAsDoctorSees.add(doctorMs);
                }
                break;
            }
            case 1: {
                const double elapsed = doctorRun(one, delayMs);
                if (counted)
                    alone.add(elapsed);
                break;
            }
            default: {
                const double elapsed = bareRun(connections);
                if (counted)
                    bare.add(elapsed);
                break;
            }
            }
        }
    }

    QString text = QStringLiteral(
        "%1 fake Plex servers (`tests/fakeplex`, each `/identity` delayed %2 ms) on loopback ports, in a "
        "child process; one connection to each. Each run has a new network manager, so every probe opens "
        "a new connection, as a first test does. Time from `ConnectionDoctor::start()` to `finished()`.\n\n")
                       .arg(count)
                       .arg(delayMs);
    text += QStringLiteral("| | total time, median (min–max) |\n|---|---|\n");
    text += QStringLiteral("| `ConnectionDoctor`, %1 connections | %2 |\n").arg(count).arg(all.summary());
    text += QStringLiteral("| the same, by the doctor's own clock (`elapsedMs()`) | %1 |\n")
                .arg(allAsDoctorSees.summary());
    text += QStringLiteral("| floor: `ConnectionDoctor`, one connection alone | %1 |\n").arg(alone.summary());
    text += QStringLiteral("| bare `QNetworkAccessManager`, %1 GETs at once | %2 |\n\n")
                .arg(count)
                .arg(bare.summary());
    text += QStringLiteral(
        "- %1 connections against one alone (medians): **%2×**; against %1 bare GETs: **%3×**\n")
                .arg(count)
                .arg(Bench::ratio(all.median() / alone.median()), Bench::ratio(all.median() / bare.median()));
    text += QStringLiteral(
        "- Total time for %1 connections (median): **%2 ms**, slowest run %3 ms (target under "
        "400 ms: %4)\n")
                .arg(count)
                .arg(Bench::ms(all.median()), Bench::ms(all.max()), Bench::verdict(all.median() < targetMs));
    std::fputs(qUtf8Printable(text), stdout);
    return 0;
}
