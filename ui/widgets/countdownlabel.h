#pragma once

#include "countdownmilestones.h"

#include <QLabel>

namespace PlexAuth {

// A status line that may hold a countdown. Its text can change every second, but a screen reader
// hears it (an accessible NameChanged event, which AT-SPI and UI Automation pass on as a name
// change) only at the countdown's start and its milestones (CountdownMilestones), and whenever a
// plain status is shown. Read on demand, its accessible name is always the text on screen.
// `purpose` says what the line is about (its accessible description), e.g. "Sign-in code expiry".
class CountdownLabel final : public QLabel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CountdownLabel)

public:
    explicit CountdownLabel(QWidget *parent = nullptr);

    void setPurpose(const QString &purpose);
    QString purpose() const { return m_purpose; }

    // A status that is not a countdown ("Signing in…"): announced when it differs from the last.
    void showStatus(const QString &text);
    // `text` says that `secondsLeft` remain; announced at the start and the milestones only.
    void showCountdown(const QString &text, qint64 secondsLeft);
    // Empties the line quietly; the next countdown starts over.
    void clearStatus();

    // A time left as a countdown shows it: "2 d 5 h 3 min" above a day, else "5:03:09".
    static QString durationText(qint64 seconds);

private:
    void announce();

    CountdownMilestones m_milestones;
    QString m_purpose;
};

} // namespace PlexAuth
