// Text a server supplies (here plex.tv's server names and source titles) reaches the terminal without
// its control characters: no escape sequence, C1 control or forged line in a table, and the same text
// exactly, escaped, in --json.
#include "tst_cli.h"

#include <QFile>
#include <QJsonDocument>

using namespace Qt::Literals::StringLiterals;
using namespace CliFixture;

namespace {
// Clears the screen, sets the window title (OSC ... BEL), CSI as the one C1 character U+009B, NEL
// (U+0085), and a line break and tab to forge a line of its own.
const QString hostileName = u"Evil\x1b[2J\x1b]0;pwned\x07 PMS\u009b31m\nplexauth: forged\tline"_s;
const QString hostileSourceTitle = u"erin\u0085\x1b[1;1H\x7f"_s;

QByteArray hostileFixture()
{
    QFile file(u":/fakeplex/default.json"_s);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("the default fixture is not in the resources");
    QJsonObject root = QJsonDocument::fromJson(file.readAll()).object();
    QJsonArray servers = root[u"servers"_s].toArray();
    QJsonObject livingRoom = servers[0].toObject();
    livingRoom[u"name"_s] = hostileName;
    QJsonObject friendServer = servers[1].toObject();
    friendServer[u"sourceTitle"_s] = hostileSourceTitle;
    root[u"servers"_s] = QJsonArray { livingRoom, friendServer };
    return QJsonDocument(root).toJson();
}

// The control characters of the hostile texts, and any other, with the line break allowed.
QString controlsIn(const QString &text)
{
    QString found;
    for (const QChar character : text) {
        const char16_t unit = character.unicode();
        if ((unit < 0x20 && unit != u'\n') || (unit >= 0x7f && unit <= 0x9f))
            found += u"U+%1 "_s.arg(int(unit), 4, 16, QLatin1Char('0'));
    }
    return found;
}
} // namespace

void TestCli::serverTextCannotControlTheTerminal()
{
    QVERIFY(m_server.loadFixtureJson(hostileFixture()));
    EXPECT_EXIT(signIn(alice), 0);

    const CliResult table = run({ u"servers"_s });
    EXPECT_EXIT(table, 0);
    QVERIFY2(controlsIn(table.out).isEmpty(), qPrintable(controlsIn(table.out)));
    QVERIFY2(table.out.contains(
                 u"Evil\uFFFD[2J\uFFFD]0;pwned\uFFFD PMS\uFFFD31m\uFFFDplexauth: forged\uFFFDline"_s),
        table.describe().constData());
    QVERIFY2(table.out.contains(u"shared by erin\uFFFD\uFFFD[1;1H\uFFFD"_s), table.describe().constData());
    // The header and one line per server: the name's line break forged none.
    QCOMPARE(table.out.count(u'\n'), 3);

    const CliResult json = run({ u"servers"_s, u"--json"_s });
    EXPECT_EXIT(json, 0);
    QVERIFY2(controlsIn(json.out).isEmpty(), qPrintable(controlsIn(json.out)));
    QVERIFY2(json.out.contains(u"\\u009b31m\\nplexauth"_s), json.describe().constData());
    const QJsonArray servers = jsonArray(json);
    QCOMPARE(servers[0][u"name"_s].toString(), hostileName);
    QCOMPARE(servers[1][u"sourceTitle"_s].toString(), hostileSourceTitle);
}
