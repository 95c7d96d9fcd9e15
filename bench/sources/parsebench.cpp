#include "parsebench.h"

#include "connectiontablemodel.h"
#include "responseparsers.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

#include <functional>

namespace Bench {

namespace {

constexpr double targetRatio = 2.0;

// What the app does with the answer of a source lookup: Parse::sourceDevice, then the connections
// into the table model behind the connections view.
double parseAndFill(const QByteArray &body, int connections)
{
    PlexAuth::ConnectionTableModel model;
    const double elapsed = timeMs([&] {
        QString whyNot;
        const std::optional<PlexAuth::SourceDevice> device = PlexAuth::Parse::sourceDevice(body, &whyNot);
        if (!device)
            fail(QStringLiteral("the parser rejected the response: %1").arg(whyNot));
        model.setConnections(device->connections);
    });
    if (model.rowCount() != connections)
        fail(QStringLiteral("the model holds %1 connections, not %2").arg(model.rowCount()).arg(connections));
    return elapsed;
}

double bareJson(const QByteArray &body)
{
    QJsonParseError error {};
    qsizetype members = 0;
    const double elapsed = timeMs([&] {
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        members = document.object().size();
    });
    if (error.error != QJsonParseError::NoError || members != 1)
        fail(QStringLiteral("QJsonDocument did not parse the response: %1").arg(error.errorString()));
    return elapsed;
}

// Every token of the document, as any reader of it must at least do; attributes are parsed with
// their element.
double bareXml(const QByteArray &body, int connections)
{
    int elements = 0;
    bool failed = false;
    const double elapsed = timeMs([&] {
        QXmlStreamReader xml(body);
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        failed = xml.hasError();
    });
    if (failed || elements != connections + 2) // MediaContainer, Device, the connections
        fail(QStringLiteral("QXmlStreamReader read %1 elements, not %2").arg(elements).arg(connections + 2));
    return elapsed;
}

struct Pair
{
    Samples app;
    Samples bare;
};

// Runs both sides one after the other, alternating which goes first.
Pair compare(const Options &options, const std::function<double()> &app, const std::function<double()> &bare)
{
    Pair pair;
    for (int run = 0; run < options.warmups + options.runs; ++run) {
        const bool counted = run >= options.warmups;
        const bool appFirst = run % 2 == 0;
        const double first = appFirst ? app() : bare();
        const double second = appFirst ? bare() : app();
        if (counted) {
            pair.app.add(appFirst ? first : second);
            pair.bare.add(appFirst ? second : first);
        }
    }
    return pair;
}

QString mib(qsizetype bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 2);
}

} // namespace

QString measureParse(const SourceResponse &response, int connections, const Options &options)
{
    const Pair json = compare(
        options, [&] { return parseAndFill(response.json, connections); },
        [&] { return bareJson(response.json); });
    const Pair xml = compare(
        options, [&] { return parseAndFill(response.xml, connections); },
        [&] { return bareXml(response.xml, connections); });
    const double jsonRatio = json.app.median() / json.bare.median();
    const double xmlRatio = xml.app.median() / xml.bare.median();

    QString text;
    text += QStringLiteral("The answer of a source lookup (`GET /security/resources`) with %L1 connections: "
                           "JSON %2 MiB, XML %3 MiB, made by `bench/sources/sourceresponse.cpp` with the "
                           "spec's fields as the fake Plex server renders them.\n\n")
                .arg(connections)
                .arg(mib(response.json.size()), mib(response.xml.size()));
    text += QStringLiteral("| | JSON, median (min–max) | XML, median (min–max) |\n|---|---|---|\n");
    text += QStringLiteral("| `Parse::sourceDevice` + `ConnectionTableModel::setConnections` | %1 | %2 |\n")
                .arg(json.app.summary(), xml.app.summary());
    text += QStringLiteral(
        "| bare `QJsonDocument::fromJson` / `QXmlStreamReader` read to the end | %1 | %2 |\n")
                .arg(json.bare.summary(), xml.bare.summary());
    text += QStringLiteral("| ratio (medians) | %1 | %2 |\n\n").arg(ratio(jsonRatio), ratio(xmlRatio));
    text
        += QStringLiteral("- Parse plus model fill against the bare JSON parse (medians): **%1×** (target at "
                          "most 2.0: %2)\n")
               .arg(ratio(jsonRatio), verdict(jsonRatio <= targetRatio));
    text
        += QStringLiteral("- The same from XML against a bare `QXmlStreamReader` read (medians): **%1×** (no "
                          "target of its own; the JSON target is 2.0)\n")
               .arg(ratio(xmlRatio));
    return text;
}

} // namespace Bench
