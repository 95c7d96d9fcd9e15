#include "samples.h"

#include <QStringList>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace Bench {

double Samples::median() const
{
    if (m_values.isEmpty())
        return 0;
    QList<double> sorted = m_values;
    std::sort(sorted.begin(), sorted.end());
    const qsizetype middle = sorted.size() / 2;
    return sorted.size() % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

double Samples::min() const
{
    return m_values.isEmpty() ? 0 : *std::min_element(m_values.begin(), m_values.end());
}

double Samples::max() const
{
    return m_values.isEmpty() ? 0 : *std::max_element(m_values.begin(), m_values.end());
}

QString Samples::summary() const
{
    return QStringLiteral("%1 ms (%2–%3)").arg(ms(median()), ms(min()), ms(max()));
}

QString ms(double value)
{
    const int decimals = value < 1 ? 3 : (value < 10 ? 2 : (value < 100 ? 1 : 0));
    return QString::number(value, 'f', decimals);
}

QString ratio(double value)
{
    return QString::number(value, 'f', 2);
}

QString verdict(bool met)
{
    return met ? QStringLiteral("met") : QStringLiteral("MISSED");
}

QString optionValue(const QStringList &arguments, const QString &name, const QString &fallback)
{
    const qsizetype at = arguments.indexOf(name);
    return at >= 0 && at + 1 < arguments.size() ? arguments.at(at + 1) : fallback;
}

Options parseOptions(const QStringList &arguments, const QStringList &extra)
{
    const QStringList known = QStringList { QStringLiteral("--runs"), QStringLiteral("--warmups") } + extra;
    for (qsizetype i = 1; i < arguments.size(); i += 2) {
        if (!known.contains(arguments.at(i)) || i + 1 >= arguments.size())
            fail(QStringLiteral("usage: %1 [%2 VALUE]...")
                     .arg(arguments.value(0), known.join(QStringLiteral(" VALUE] ["))));
    }
    Options options;
    bool runsOk = false;
    bool warmupsOk = false;
    options.runs = optionValue(arguments, QStringLiteral("--runs"), QStringLiteral("20")).toInt(&runsOk);
    options.warmups
        = optionValue(arguments, QStringLiteral("--warmups"), QStringLiteral("3")).toInt(&warmupsOk);
    if (!runsOk || !warmupsOk || options.runs < 1 || options.warmups < 0)
        fail(QStringLiteral("--runs must be at least 1 and --warmups at least 0"));
    return options;
}

void fail(const QString &message)
{
    std::fprintf(stderr, "%s\n", qUtf8Printable(message));
    std::exit(1);
}

} // namespace Bench
