// Runs every input under fuzz/regressions (what the fuzzers found, kept after the fix) and every
// seed under fuzz/corpus through the fuzz targets' own code, with their invariants, built with the
// normal toolchain: a fixed bug stays fixed without libFuzzer or Clang.

#include "fuzztargets.h"
#include "invariants.h"

#include <QDir>
#include <QTest>

using namespace PlexAuth;

namespace {
QStringList g_failures;

void recordFailure(const char *what, const char *file, int line)
{
    g_failures.append(
        QStringLiteral("%1:%2: %3").arg(QString::fromUtf8(file)).arg(line).arg(QString::fromUtf8(what)));
}

QDir fuzzDir(const QString &kind)
{
    return QDir(QStringLiteral(PLEXAUTH_FUZZ_DIR "/") + kind);
}

QStringList subfolders(const QString &kind)
{
    return fuzzDir(kind).entryList(QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
}

QFileInfoList inputsOf(const QString &kind, const QString &target)
{
    return QDir(fuzzDir(kind).filePath(target)).entryInfoList(QDir::Files | QDir::Hidden, QDir::Name);
}

QByteArray contents(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

class TestFuzzRegressions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        Fuzz::setFailureHandler(recordFailure);
        Fuzz::registerSecretOnce();
        QVERIFY2(fuzzDir(QStringLiteral("corpus")).exists(), PLEXAUTH_FUZZ_DIR "/corpus is missing");
    }

    void cleanupTestCase() { Fuzz::setFailureHandler(nullptr); }

    // A folder whose name no target has would never run, here or in fuzz/run-all.
    void everyFolderNamesATarget()
    {
        for (const QString &kind : { QStringLiteral("corpus"), QStringLiteral("regressions") }) {
            for (const QString &folder : subfolders(kind))
                QVERIFY2(
                    Fuzz::findTarget(folder), qPrintable(kind + u'/' + folder + u" names no fuzz target"));
        }
    }

    void everyTargetHasSeedsItAccepts()
    {
        for (const Fuzz::Target &target : Fuzz::targets()) {
            const QFileInfoList seeds = inputsOf(QStringLiteral("corpus"), target.name);
            QVERIFY2(!seeds.isEmpty(), qPrintable(u"no seeds in fuzz/corpus/" + target.name));
            int accepted = 0;
            for (const QFileInfo &seed : seeds) {
                const QByteArray data = contents(seed.filePath());
                // The fuzzer drops seeds of the other format at once: they would seed nothing.
                QVERIFY2(Fuzz::formatMatches(target.format, data),
                    qPrintable(seed.filePath() + u" is not in its target's format"));
                accepted += target.run(data) ? 1 : 0;
            }
            QVERIFY2(
                accepted > 0, qPrintable(u"no seed of " + target.name + u" gets past the first rejection"));
        }
    }

    void inputs_data()
    {
        QTest::addColumn<QString>("target");
        QTest::addColumn<QString>("path");
        int rows = 0;
        for (const QString &kind : { QStringLiteral("regressions"), QStringLiteral("corpus") }) {
            for (const QString &target : subfolders(kind)) {
                for (const QFileInfo &input : inputsOf(kind, target)) {
                    const QString row = kind + u'/' + target + u'/' + input.fileName();
                    QTest::newRow(qPrintable(row)) << target << input.filePath();
                    ++rows;
                }
            }
        }
        QVERIFY(rows > 0);
    }

    void inputs()
    {
        QFETCH(QString, target);
        QFETCH(QString, path);
        const Fuzz::Target *found = Fuzz::findTarget(target);
        QVERIFY(found);
        QFile file(path);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
        g_failures.clear();
        found->run(file.readAll());
        QVERIFY2(g_failures.isEmpty(), qPrintable(g_failures.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestFuzzRegressions)
#include "tst_fuzzregressions.moc"
