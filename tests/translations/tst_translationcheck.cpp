// The translation checker (checktranslations), run on small fixtures: it passes a complete file and
// fails, naming each string, a file with a string that is new, unfinished or vanished, and on warnings
// from lupdate or lrelease.

#include <QProcess>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
struct Check
{
    int exitCode = -1;
    QString output;
};

Check runCheck(const QString &fixture, const QString &sources, bool pluralOnly = false)
{
    QStringList arguments { u"--lupdate"_s, QStringLiteral(LUPDATE), u"--lrelease"_s,
        QStringLiteral(LRELEASE), u"--root"_s, QStringLiteral(FIXTURES), u"--fix"_s,
        u"cmake --build build --target update_translations"_s };
    if (pluralOnly)
        arguments << u"--plural-only"_s;
    arguments << QStringLiteral(FIXTURES "/") + fixture << sources;
    QProcess process;
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(QStringLiteral(CHECKTRANSLATIONS), arguments);
    if (!process.waitForFinished(60'000))
        return {};
    return { process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
        QString::fromUtf8(process.readAll()) };
}
} // namespace

class TestTranslationCheck : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesACompleteFile_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("pluralOnly");
        QTest::newRow("German") << u"complete_de.ts"_s << false;
        QTest::newRow("English plural forms") << u"complete_en.ts"_s << true;
    }

    void passesACompleteFile()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, pluralOnly);
        const Check check = runCheck(fixture, u"sources"_s, pluralOnly);
        QVERIFY2(check.exitCode == 0, qPrintable(check.output));
        QVERIFY2(check.output.contains(fixture + u": up to date with the sources and fully translated"_s),
            qPrintable(check.output));
    }

    void failsNamingEachStringThatNeedsWork_data()
    {
        QTest::addColumn<QString>("fixture");
        QTest::addColumn<bool>("pluralOnly");
        QTest::addColumn<QString>("heading");
        QTest::addColumn<QString>("offender");
        QTest::newRow("new") << u"missing_de.ts"_s << false
                             << u"1 new (in the sources, not in the file yet):"_s
                             << u"    Greeter: \"%n apple(s)\""_s;
        QTest::newRow("unfinished") << u"unfinished_de.ts"_s << false
                                    << u"1 unfinished (not translated, or marked unfinished):"_s
                                    << u"    Greeter: \"Hello\""_s;
        QTest::newRow("vanished") << u"vanished_de.ts"_s << false
                                  << u"1 vanished (in the file, no longer in the sources):"_s
                                  << u"    Greeter: \"Goodbye\""_s;
        QTest::newRow("English plural form missing")
            << u"unfinished_en.ts"_s << true << u"1 unfinished (the English plural forms are missing):"_s
            << u"    Greeter: \"%n apple(s)\""_s;
    }

    void failsNamingEachStringThatNeedsWork()
    {
        QFETCH(QString, fixture);
        QFETCH(bool, pluralOnly);
        QFETCH(QString, heading);
        QFETCH(QString, offender);
        const Check check = runCheck(fixture, u"sources"_s, pluralOnly);
        QVERIFY2(check.exitCode == 1, qPrintable(check.output));
        const QStringList lines = check.output.split(u'\n');
        QCOMPARE(lines.value(0), fixture + u": not up to date with the sources, or not fully translated:"_s);
        const qsizetype at = lines.indexOf(u"  "_s + heading);
        QVERIFY2(at > 0, qPrintable(check.output));
        QCOMPARE(lines.value(at + 1), offender);
        QVERIFY2(check.output.contains(u"To fix: cmake --build build --target update_translations"_s),
            qPrintable(check.output));
    }

    void failsOnLreleaseWarnings()
    {
        const Check check = runCheck(u"duplicate_de.ts"_s, u"sources"_s);
        QVERIFY2(check.exitCode == 1, qPrintable(check.output));
        QVERIFY2(
            check.output.contains(u"lrelease warnings (fix them in the file):"_s), qPrintable(check.output));
        QVERIFY2(check.output.contains(u"duplicate"_s), qPrintable(check.output));
    }

    void failsOnLupdateWarnings()
    {
        const Check check = runCheck(u"warning_de.ts"_s, u"warning-sources"_s);
        QVERIFY2(check.exitCode == 1, qPrintable(check.output));
        QVERIFY2(check.output.contains(u"lupdate warnings (fix them in the sources):"_s),
            qPrintable(check.output));
        QVERIFY2(check.output.contains(u"Class 'Fixture::Greeter' lacks Q_OBJECT macro"_s),
            qPrintable(check.output));
    }

    void leavesTheCheckedFileAlone()
    {
        QFile file(QStringLiteral(FIXTURES "/missing_de.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray before = file.readAll();
        file.close();
        QCOMPARE(runCheck(u"missing_de.ts"_s, u"sources"_s).exitCode, 1);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), before);
    }

    void aMissingFileIsAnErrorNotAPass()
    {
        const Check check = runCheck(u"no_such_file.ts"_s, u"sources"_s);
        QVERIFY2(check.exitCode == 2, qPrintable(check.output));
    }
};

QTEST_GUILESS_MAIN(TestTranslationCheck)
#include "tst_translationcheck.moc"
