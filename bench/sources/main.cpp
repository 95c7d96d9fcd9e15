// bench/run-sources: a source-lookup answer with 10,000 connections. Parse plus model fill against a
// bare parse of the same bytes (JSON and XML), then sorting and filtering through the proxy the
// connections view uses. Prints the Markdown of the figures; the script adds the machine and writes
// bench/results.md.
//   plexauth_bench_sources [--runs N] [--warmups N] [--connections N] [--part parse|view]
// (--part: one half only, for a profiler.)
#include "parsebench.h"
#include "responseparsers.h"
#include "viewbench.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QString connectionsOption = QStringLiteral("--connections");
    const QString partOption = QStringLiteral("--part");
    const Bench::Options options = Bench::parseOptions(app.arguments(), { connectionsOption, partOption });
    const QString part = Bench::optionValue(app.arguments(), partOption, QString());
    if (!part.isEmpty() && part != u"parse" && part != u"view")
        Bench::fail(QStringLiteral("--part is parse or view"));
    bool ok = false;
    const int connections
        = Bench::optionValue(app.arguments(), connectionsOption, QStringLiteral("10000")).toInt(&ok);
    if (!ok || connections < 100)
        Bench::fail(QStringLiteral("--connections must be at least 100"));

    const Bench::SourceResponse response = Bench::makeSourceResponse(connections);
    QString markdown;
    if (part != u"view")
        markdown += Bench::measureParse(response, connections, options);
    if (part == u"parse") {
        std::fputs(qUtf8Printable(markdown), stdout);
        return 0;
    }

    QString whyNot;
    const std::optional<PlexAuth::SourceDevice> device
        = PlexAuth::Parse::sourceDevice(response.json, &whyNot);
    if (!device)
        Bench::fail(QStringLiteral("the parser rejected the response: %1").arg(whyNot));
    if (!markdown.isEmpty())
        markdown += u'\n';
    markdown += Bench::measureSortAndFilter(device->connections, options);

    std::fputs(qUtf8Printable(markdown), stdout);
    return 0;
}
