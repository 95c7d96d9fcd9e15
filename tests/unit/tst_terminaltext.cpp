// What the command line prints for people: control characters from a server's text become U+FFFD
// (Terminal::field, Terminal::lines, the tables of Output), and --json escapes them (Output::toText).
#include "output.h"
#include "terminal.h"

#include <QJsonDocument>
#include <QTest>

using namespace PlexAuth::Cli;
using namespace Qt::Literals::StringLiterals;

class TestTerminalText : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fieldReplacesEveryControlCharacter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("plain") << u"Living Room PMS"_s << u"Living Room PMS"_s;
        QTest::newRow("other unicode is kept")
            << u"Wohnzimmer – Ünïcødé 🎬 居间"_s << u"Wohnzimmer – Ünïcødé 🎬 居间"_s;
        QTest::newRow("clear screen") << u"a\x1b[2Jb"_s << u"a\uFFFD[2Jb"_s;
        QTest::newRow("window title (OSC … BEL)") << u"\x1b]0;pwned\x07"_s << u"\uFFFD]0;pwned\uFFFD"_s;
        QTest::newRow("C1 CSI and NEL") << u"a\u009b31m\u0085b"_s << u"a\uFFFD31m\uFFFDb"_s;
        QTest::newRow("C1 edges") << u"\u0080\u009f\u00a0"_s << u"\uFFFD\uFFFD\u00a0"_s;
        QTest::newRow("DEL and NUL") << QString(u"a\x7f"_s + QChar(0) + u"b"_s) << u"a\uFFFD\uFFFDb"_s;
        QTest::newRow("line breaks and tab") << u"a\nb\r\nc\td"_s << u"a\uFFFDb\uFFFD\uFFFDc\uFFFDd"_s;
        QTest::newRow("backspace") << u"safe\b\b\b\bevil"_s << u"safe\uFFFD\uFFFD\uFFFD\uFFFDevil"_s;
    }

    void fieldReplacesEveryControlCharacter()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(Terminal::field(text), shown);
    }

    void linesKeepTheirLineBreaksOnly()
    {
        QCOMPARE(
            Terminal::lines(u"one\ntwo\x1b[K\r\n\tthree\n"_s), u"one\ntwo\uFFFD[K\uFFFD\n\uFFFDthree\n"_s);
    }

    void tableCellsCannotForgeLinesOrColumns()
    {
        const QString text = Output::table({ u"NAME"_s, u"STATUS"_s },
            { { u"Evil\nplexauth: forged\tline\x1b[2J"_s, u"online"_s }, { u"Good"_s, u"offline"_s } });
        QCOMPARE(text.count(u'\n'), 3);
        QVERIFY2(
            text.contains(u"Evil\uFFFDplexauth: forged\uFFFDline\uFFFD[2J  online\n"_s), qPrintable(text));
        QVERIFY2(!text.contains(u'\x1b') && !text.contains(u'\t'), qPrintable(text));
    }

    // QJsonDocument escapes C0 controls in strings but writes DEL and C1 as they are; toText escapes
    // those too, so the JSON holds no control character and reads back the same.
    void jsonEscapesControlCharacters()
    {
        const QString hostile = u"a\x1b[2J\u009b31m\u0085\x7f\n\tz"_s;
        const QString text = Output::toText(QJsonObject { { u"name"_s, hostile } });
        for (const QChar character : text) {
            const char16_t unit = character.unicode();
            QVERIFY2(unit == u'\n' || (unit >= 0x20 && !(unit >= 0x7f && unit <= 0x9f)), qPrintable(text));
        }
        QVERIFY2(text.contains(u"\\u001b[2J\\u009b31m\\u0085\\u007f\\n\\tz"_s), qPrintable(text));
        QJsonParseError error {};
        const QJsonDocument back = QJsonDocument::fromJson(text.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object()[u"name"_s].toString(), hostile);
        QCOMPARE(Terminal::lines(text), text);
    }
};

QTEST_GUILESS_MAIN(TestTerminalText)
#include "tst_terminaltext.moc"
