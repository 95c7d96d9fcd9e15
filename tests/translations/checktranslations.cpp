// checktranslations: fails when a .ts file is not up to date with the sources or not fully translated.
//
//   checktranslations --lupdate PATH --lrelease PATH --root DIR [--plural-only] FILE.ts SOURCE_DIR...
//
// Runs lupdate over SOURCE_DIRs (relative to --root) into a temporary copy of FILE.ts, the way the
// update_translations target does, and reports every string that is new (in the sources, not in the
// file), unfinished (in the file, not translated) or vanished (in the file, no longer in the sources),
// and every warning from lupdate or from lrelease on FILE.ts. Exit status: 0 when there is nothing to
// report, 1 when there is, 2 when the check itself could not run.

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QXmlStreamReader>

#include <optional>

namespace {

QTextStream &out()
{
    static QTextStream stream(stdout);
    return stream;
}

struct Message
{
    QString context;
    QString source;
    QString comment;
    QString state; // the translation's type: empty (finished), "unfinished", "vanished" or "obsolete"
    bool empty = true; // no translation text (for plurals: some form is empty)

    QString key() const { return context + u'\x1f' + source + u'\x1f' + comment; }
};

std::optional<QList<Message>> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return std::nullopt;
    }
    QList<Message> messages;
    QString context;
    QXmlStreamReader xml(&file);
    std::optional<Message> message;
    bool anyForm = false;
    bool emptyForm = false;
    while (!xml.atEnd()) {
        xml.readNext();
        const QStringView name = xml.name();
        if (xml.isStartElement()) {
            if (name == u"name" && !message) {
                context = xml.readElementText();
            } else if (name == u"message") {
                message = Message { context, {}, {}, {}, true };
                anyForm = emptyForm = false;
            } else if (message && name == u"source") {
                message->source = xml.readElementText();
            } else if (message && name == u"comment") {
                message->comment = xml.readElementText();
            } else if (message && name == u"translation") {
                message->state = xml.attributes().value(QLatin1StringView("type")).toString();
                // A plural's forms are child elements: collect them instead of the text.
                QString text;
                while (!xml.atEnd()) {
                    xml.readNext();
                    if (xml.isCharacters())
                        text += xml.text();
                    else if (xml.isStartElement() && xml.name() == u"numerusform") {
                        anyForm = true;
                        emptyForm = emptyForm || xml.readElementText().isEmpty();
                    } else if (xml.isEndElement() && xml.name() == u"translation")
                        break;
                }
                message->empty = anyForm ? emptyForm : text.trimmed().isEmpty();
            }
        } else if (xml.isEndElement() && name == u"message" && message) {
            messages.append(*message);
            message.reset();
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("line %1: %2").arg(xml.lineNumber()).arg(xml.errorString());
        return std::nullopt;
    }
    return messages;
}

// Runs `program` and returns what it printed (stdout and stderr), or nullopt if it did not run or failed.
std::optional<QString> run(const QString &program, const QStringList &arguments, const QString &directory)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(300'000) || process.exitStatus() != QProcess::NormalExit) {
        out() << "checktranslations: " << program << " did not run: " << process.errorString() << '\n';
        return std::nullopt;
    }
    const QString printed = QString::fromLocal8Bit(process.readAll()).trimmed();
    if (process.exitCode() != 0) {
        out() << "checktranslations: " << program << " " << arguments.join(u' ') << " failed:\n"
              << printed << '\n';
        return std::nullopt;
    }
    return printed;
}

QString shown(const Message &message)
{
    QString source = message.source;
    source.replace(u'\n', QStringLiteral("\\n"));
    if (source.size() > 110)
        source = source.left(110) + u'…';
    QString line = QStringLiteral("    %1: \"%2\"").arg(message.context, source);
    if (!message.comment.isEmpty())
        line += QStringLiteral(" (%1)").arg(message.comment);
    return line;
}

void report(const QString &heading, const QList<Message> &messages)
{
    if (messages.isEmpty())
        return;
    out() << "  " << messages.size() << ' ' << heading << ":\n";
    for (const Message &message : messages)
        out() << shown(message) << '\n';
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        { { QStringLiteral("lupdate"), QStringLiteral("lupdate executable"), QStringLiteral("PATH") },
            { QStringLiteral("lrelease"), QStringLiteral("lrelease executable"), QStringLiteral("PATH") },
            { QStringLiteral("root"), QStringLiteral("directory the source directories are relative to"),
                QStringLiteral("DIR") },
            { QStringLiteral("plural-only"),
                QStringLiteral("the file holds only plural forms (lupdate -pluralonly)") },
            { QStringLiteral("fix"), QStringLiteral("the command that brings the file up to date"),
                QStringLiteral("COMMAND") } });
    parser.addPositionalArgument(QStringLiteral("ts"), QStringLiteral("the .ts file to check"));
    parser.addPositionalArgument(QStringLiteral("sources"), QStringLiteral("source directories"));
    parser.process(app);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() < 2 || !parser.isSet(QStringLiteral("lupdate"))
        || !parser.isSet(QStringLiteral("lrelease"))) {
        out() << parser.helpText();
        return 2;
    }
    const QString tsFile = QFileInfo(positional.first()).absoluteFilePath();
    const QStringList sourceDirectories = positional.mid(1);
    const QString root = parser.value(QStringLiteral("root"));
    const bool pluralOnly = parser.isSet(QStringLiteral("plural-only"));
    const QString fix = parser.value(QStringLiteral("fix"));

    QString error;
    const std::optional<QList<Message>> committed = readTs(tsFile, &error);
    if (!committed) {
        out() << tsFile << ": cannot be read: " << error << '\n';
        return 2;
    }
    QTemporaryDir scratch;
    const QString copy = scratch.filePath(QFileInfo(tsFile).fileName());
    if (!scratch.isValid() || !QFile::copy(tsFile, copy)) {
        out() << "checktranslations: cannot copy " << tsFile << " to a temporary directory\n";
        return 2;
    }
    QStringList lupdateArguments { QStringLiteral("-silent"), QStringLiteral("-locations"),
        QStringLiteral("none") };
    if (pluralOnly)
        lupdateArguments << QStringLiteral("-pluralonly");
    lupdateArguments << sourceDirectories << QStringLiteral("-ts") << copy;
    const std::optional<QString> lupdateWarnings
        = run(parser.value(QStringLiteral("lupdate")), lupdateArguments, root);
    const std::optional<QString> lreleaseWarnings = run(parser.value(QStringLiteral("lrelease")),
        { QStringLiteral("-silent"), tsFile, QStringLiteral("-qm"),
            scratch.filePath(QStringLiteral("check.qm")) },
        root);
    const std::optional<QList<Message>> updated = lupdateWarnings ? readTs(copy, &error) : std::nullopt;
    if (!lupdateWarnings || !lreleaseWarnings || !updated) {
        if (lupdateWarnings && !updated)
            out() << "checktranslations: lupdate's output cannot be read: " << error << '\n';
        return 2;
    }

    QSet<QString> before;
    for (const Message &message : *committed)
        before.insert(message.key());
    QList<Message> added, unfinished, vanished;
    for (const Message &message : *updated) {
        if (message.state == u"vanished" || message.state == u"obsolete")
            vanished.append(message);
        else if (!before.contains(message.key()))
            added.append(message);
        else if (message.state == u"unfinished" || message.empty)
            unfinished.append(message);
    }

    const QString name = QDir(root).relativeFilePath(tsFile);
    if (added.isEmpty() && unfinished.isEmpty() && vanished.isEmpty() && lupdateWarnings->isEmpty()
        && lreleaseWarnings->isEmpty()) {
        out() << name << ": up to date with the sources and fully translated (" << updated->size()
              << " strings)\n";
        return 0;
    }
    out() << name << ": not up to date with the sources, or not fully translated:\n";
    report(QStringLiteral("new (in the sources, not in the file yet)"), added);
    report(pluralOnly ? QStringLiteral("unfinished (the English plural forms are missing)")
                      : QStringLiteral("unfinished (not translated, or marked unfinished)"),
        unfinished);
    report(QStringLiteral("vanished (in the file, no longer in the sources)"), vanished);
    if (!lupdateWarnings->isEmpty())
        out() << "  lupdate warnings (fix them in the sources):\n    "
              << QString(*lupdateWarnings).replace(u'\n', QStringLiteral("\n    ")) << '\n';
    if (!lreleaseWarnings->isEmpty())
        out() << "  lrelease warnings (fix them in the file):\n    "
              << QString(*lreleaseWarnings).replace(u'\n', QStringLiteral("\n    ")) << '\n';
    out() << "To fix: " << (fix.isEmpty() ? QStringLiteral("run lupdate") : fix)
          << " (adds the new strings and drops the vanished ones), then "
          << (pluralOnly ? "give each unfinished string its English singular and plural forms"
                         : "translate every unfinished string")
          << " (for example with Qt Linguist: linguist " << name << ") and commit " << name << ".\n";
    return 1;
}
