// CountdownMilestones: which ticks of a countdown a screen reader hears.
#include "countdownmilestones.h"

#include <QTest>

using PlexAuth::CountdownMilestones;

namespace {
// The values announced when a countdown ticks from `from` down to `to`, `step` seconds at a time.
QList<qint64> announced(
    qint64 from, qint64 to = 0, qint64 step = 1, CountdownMilestones *milestones = nullptr)
{
    CountdownMilestones own;
    CountdownMilestones &m = milestones ? *milestones : own;
    QList<qint64> said;
    for (qint64 left = from; left >= to; left -= step) {
        if (m.reached(left))
            said.append(left);
    }
    return said;
}
} // namespace

class TestCountdownMilestones : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aFifteenMinuteCodeIsAnnouncedTenTimes()
    {
        // A plex.tv PIN: at the start, at 10 and 5 minutes, each minute, then 30 s, 10 s, expired.
        const QList<qint64> expected { 900, 600, 300, 240, 180, 120, 60, 30, 10, 0 };
        QCOMPARE(announced(900), expected);
    }

    void aThirtySecondClipboardCountdownIsAnnouncedThreeTimes()
    {
        QCOMPARE(announced(30), (QList<qint64> { 30, 10, 0 }));
        QCOMPARE(announced(12), (QList<qint64> { 12, 10, 0 }));
    }

    void anOddStartIsAnnouncedThenTheNextMilestone()
    {
        QCOMPARE(announced(754, 550), (QList<qint64> { 754, 600 }));
        QCOMPARE(announced(75, 55), (QList<qint64> { 75, 60 }));
    }

    void longCountdownsAnnounceDaysThenHours()
    {
        // A transient token's 48 hours: 2 days, 1 day, then each hour down to the last one.
        const QList<qint64> said = announced(48 * 3600, 3600, 1);
        QCOMPARE(said.size(), 1 + 1 + 23);
        QCOMPARE(said.at(0), 48 * 3600);
        QCOMPARE(said.at(1), 24 * 3600);
        QCOMPARE(said.at(2), 23 * 3600);
        QCOMPARE(said.last(), 3600);
    }

    void skippedTicksStillReachTheMilestone()
    {
        // A busy event loop may skip seconds: crossing 60 and 30 still counts.
        CountdownMilestones milestones;
        QVERIFY(milestones.reached(65));
        QVERIFY(!milestones.reached(63));
        QVERIFY(milestones.reached(58)); // 60 was skipped
        QVERIFY(milestones.reached(27)); // and 30
        QVERIFY(!milestones.reached(26));
        QVERIFY(milestones.reached(-3)); // past the end counts as the end
        QVERIFY(!milestones.reached(0));
    }

    void aCountdownThatJumpsUpStartsOver()
    {
        CountdownMilestones milestones;
        QVERIFY(milestones.reached(20));
        QVERIFY(!milestones.reached(19));
        QVERIFY(milestones.reached(30)); // copied again: a new countdown
        QVERIFY(!milestones.reached(29));
        QVERIFY(!milestones.reached(29)); // the same value twice is no news
        milestones.reset();
        QVERIFY(milestones.reached(29));
    }

    void milestonesAreTheNextOneUp()
    {
        QCOMPARE(CountdownMilestones::milestoneFor(0), 0);
        QCOMPARE(CountdownMilestones::milestoneFor(1), 10);
        QCOMPARE(CountdownMilestones::milestoneFor(11), 30);
        QCOMPARE(CountdownMilestones::milestoneFor(31), 60);
        QCOMPARE(CountdownMilestones::milestoneFor(300), 300);
        QCOMPARE(CountdownMilestones::milestoneFor(301), 600);
        QCOMPARE(CountdownMilestones::milestoneFor(3601), 7200);
        QCOMPARE(CountdownMilestones::milestoneFor(86401), 2 * 86400);
    }

    void neverMoreThanOneAnnouncementInTenTicks()
    {
        // Below a minute the milestones are 20 s apart at the closest; above, a minute or more.
        CountdownMilestones milestones;
        qint64 lastSaid = -1;
        for (qint64 left = 4000; left >= 0; --left) {
            if (milestones.reached(left)) {
                QVERIFY2(lastSaid < 0 || lastSaid - left >= 10, qPrintable(QString::number(left)));
                lastSaid = left;
            }
        }
        QCOMPARE(lastSaid, 0);
    }
};

QTEST_GUILESS_MAIN(TestCountdownMilestones)
#include "tst_countdownmilestones.moc"
