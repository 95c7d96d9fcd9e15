#include "sourceid.h"

#include <QTest>

using PlexAuth::SourceId;

class TestSourceId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verdicts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("verdict");
        const int valid = int(SourceId::Verdict::Valid);
        const int incomplete = int(SourceId::Verdict::Incomplete);
        const int invalid = int(SourceId::Verdict::Invalid);

        QTest::newRow("server with provider") << SourceId::exampleServer() << valid;
        QTest::newRow("provider") << SourceId::exampleProvider() << valid;
        QTest::newRow("server alone")
            << QStringLiteral("server://546684a3d18ac5c39037360ec9ce900b7af9cc36") << valid;
        QTest::newRow("uuid-style machine id")
            << QStringLiteral("server://0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0") << valid;
        QTest::newRow("upper-case hex")
            << QStringLiteral("server://ABCDEF0123/com.plexapp.plugins.library") << valid;

        QTest::newRow("empty") << QString() << incomplete;
        QTest::newRow("typing server") << QStringLiteral("serv") << incomplete;
        QTest::newRow("typing provider") << QStringLiteral("provider:/") << incomplete;
        QTest::newRow("scheme only") << QStringLiteral("server://") << incomplete;
        QTest::newRow("provider scheme only") << QStringLiteral("provider://") << incomplete;
        QTest::newRow("trailing slash") << QStringLiteral("server://546684a3/") << incomplete;

        QTest::newRow("other scheme") << QStringLiteral("http://546684a3") << invalid;
        QTest::newRow("no scheme") << QStringLiteral("546684a3d18ac5c39037360ec9ce900b7af9cc36") << invalid;
        QTest::newRow("not hex") << QStringLiteral("server://living-room/com.plexapp.plugins.library")
                                 << invalid;
        QTest::newRow("path after provider")
            << QStringLiteral("server://546684a3/com.plexapp.plugins.library/x") << invalid;
        QTest::newRow("space in provider") << QStringLiteral("provider://tv.plex provider") << invalid;
        QTest::newRow("slash in provider") << QStringLiteral("provider://tv.plex/podcasts") << invalid;
        QTest::newRow("leading space") << QStringLiteral(" provider://tv.plex.provider.podcasts") << invalid;
        QTest::newRow("upper-case scheme") << QStringLiteral("SERVER://546684a3") << invalid;
        // Found by fuzz/run-all (sourceid): "$" matched before the newline, so this was valid.
        QTest::newRow("newline after machine id") << QStringLiteral("server://A\n/DF") << invalid;
        QTest::newRow("newline inside provider") << QStringLiteral("provider://tv.plex\n.x") << invalid;
    }

    void verdicts()
    {
        QFETCH(QString, text);
        QFETCH(int, verdict);
        const SourceId::Check check = SourceId::check(text);
        QCOMPARE(int(check.verdict), verdict);
        QCOMPARE(SourceId::isValid(text), verdict == int(SourceId::Verdict::Valid));
        // Anything short of valid says what is wrong; a valid source says nothing.
        QCOMPARE(check.problem.isEmpty(), verdict == int(SourceId::Verdict::Valid));
    }

    void problemsPointAtThePart()
    {
        QVERIFY(
            SourceId::check(QStringLiteral("server://zz")).problem.contains(QStringLiteral("hexadecimal")));
        QVERIFY(SourceId::check(QStringLiteral("ftp://x")).problem.contains(QStringLiteral("server://")));
        QVERIFY(SourceId::check(QStringLiteral("provider://a b"))
                    .problem.contains(QStringLiteral("provider://")));
    }
};

QTEST_GUILESS_MAIN(TestSourceId)
#include "tst_sourceid.moc"
