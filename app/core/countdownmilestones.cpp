#include "countdownmilestones.h"

#include <algorithm>

namespace PlexAuth {

namespace {
constexpr qint64 minute = 60;
constexpr qint64 hour = 60 * minute;
constexpr qint64 day = 24 * hour;

qint64 roundUpTo(qint64 value, qint64 step)
{
    return (value + step - 1) / step * step;
}
} // namespace

qint64 CountdownMilestones::milestoneFor(qint64 secondsLeft)
{
    if (secondsLeft <= 0)
        return 0;
    if (secondsLeft <= 10)
        return 10;
    if (secondsLeft <= 30)
        return 30;
    if (secondsLeft <= 5 * minute)
        return roundUpTo(secondsLeft, minute);
    if (secondsLeft <= hour)
        return roundUpTo(secondsLeft, 5 * minute);
    if (secondsLeft <= day)
        return roundUpTo(secondsLeft, hour);
    return roundUpTo(secondsLeft, day);
}

bool CountdownMilestones::reached(qint64 secondsLeft)
{
    secondsLeft = std::max<qint64>(secondsLeft, 0); // past the end is the end
    const qint64 milestone = milestoneFor(secondsLeft);
    const bool restarted = m_lastMilestone && secondsLeft > m_lastSeconds;
    const bool announce = !m_lastMilestone || restarted || milestone != *m_lastMilestone;
    m_lastMilestone = milestone;
    m_lastSeconds = secondsLeft;
    return announce;
}

} // namespace PlexAuth
