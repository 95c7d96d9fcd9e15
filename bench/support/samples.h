// What the in-process benchmarks share: timing a piece of work, the median and spread of its runs,
// their Markdown, and the command-line options every benchmark takes.
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QString>

#include <utility>

namespace Bench {

// Wall times of several runs of one thing, in milliseconds.
class Samples
{
public:
    void add(double ms) { m_values.append(ms); }
    qsizetype count() const { return m_values.size(); }
    double median() const;
    double min() const;
    double max() const;
    // "12.3 ms (11.9–14.0)": the median, then min–max.
    QString summary() const;

private:
    QList<double> m_values;
};

// Milliseconds that `work` took, measured with a monotonic clock.
template<typename Work> double timeMs(Work &&work)
{
    QElapsedTimer timer;
    timer.start();
    std::forward<Work>(work)();
    return double(timer.nsecsElapsed()) / 1e6;
}

// A duration in milliseconds with precision to suit it ("0.412", "3.41", "18.3", "204").
QString ms(double value);
QString ratio(double value); // "1.92"
// "met" or "MISSED".
QString verdict(bool met);

struct Options
{
    int runs = 20;
    int warmups = 3;
};

// --runs N (at least 1) and --warmups N; exits with a usage message on anything else it is not told
// to accept (`extra` lists further options the caller reads itself: "--name value" pairs).
Options parseOptions(const QStringList &arguments, const QStringList &extra = {});
// The value of "--name value" in `arguments`, or `fallback`.
QString optionValue(const QStringList &arguments, const QString &name, const QString &fallback);

// Prints to stderr and exits with status 1: a benchmark that measured the wrong thing must not
// write figures.
[[noreturn]] void fail(const QString &message);

} // namespace Bench
