#pragma once

#include <QtGlobal>

#include <optional>

namespace PlexAuth {

// Decides when a countdown that ticks every second is worth announcing to a screen reader: at its
// start, then each time it reaches a milestone (each whole day above a day, each whole hour above
// an hour, each 5 minutes above 5 minutes, each minute above a minute, then 30 s, 10 s and the
// end), so a 15-minute code is announced 10 times, not 900. A countdown that jumps up (a new code,
// a new copy) starts over. Ticks may be skipped: crossing a milestone counts as reaching it.
class CountdownMilestones
{
public:
    // Whether `secondsLeft` is to be announced; remembers it as the last value seen.
    bool reached(qint64 secondsLeft);
    // Forget the countdown: the next value is announced as a start.
    void reset() { m_lastMilestone.reset(); }

    // The milestone a value belongs to: the smallest milestone at or above `secondsLeft`.
    static qint64 milestoneFor(qint64 secondsLeft);

private:
    std::optional<qint64> m_lastMilestone;
    qint64 m_lastSeconds = 0;
};

} // namespace PlexAuth
