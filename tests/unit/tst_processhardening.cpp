// disableCoreDumps(), in this process: what the kernel reports afterwards. The real executable's
// limit is checked end to end in tst_cli (coreDumpsAreOff).
#include "processhardening.h"

#include <QTest>

#include <sys/prctl.h>
#include <sys/resource.h>

class TestProcessHardening : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void coreDumpsAreOffAndTheProcessIsNotDumpable()
    {
        // Start from a process that would dump core, so that the test can fail.
        rlimit before {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &before), 0);
        if (before.rlim_max != 0) {
            before.rlim_cur = before.rlim_max;
            QCOMPARE(setrlimit(RLIMIT_CORE, &before), 0);
        }
        QCOMPARE(prctl(PR_SET_DUMPABLE, 1, 0, 0, 0), 0);
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 1);

        QVERIFY(PlexAuth::ProcessHardening::disableCoreDumps());

        rlimit after {};
        QCOMPARE(getrlimit(RLIMIT_CORE, &after), 0);
        QCOMPARE(after.rlim_cur, rlim_t(0));
        QCOMPARE(after.rlim_max, rlim_t(0)); // nothing later in the process can raise it again
        QCOMPARE(prctl(PR_GET_DUMPABLE, 0, 0, 0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestProcessHardening)
#include "tst_processhardening.moc"
