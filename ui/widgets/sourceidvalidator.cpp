#include "sourceidvalidator.h"

#include <algorithm>

namespace PlexAuth {

SourceIdValidator::SourceIdValidator(QObject *parent)
    : QValidator(parent)
{ }

void SourceIdValidator::setLenient(bool lenient)
{
    if (m_lenient == lenient)
        return;
    m_lenient = lenient;
    Q_EMIT changed();
}

QValidator::State SourceIdValidator::stateFor(SourceId::Verdict verdict)
{
    switch (verdict) {
    case SourceId::Verdict::Valid:
        return Acceptable;
    case SourceId::Verdict::Incomplete:
        return Intermediate;
    case SourceId::Verdict::Invalid:
        break;
    }
    return Invalid;
}

QString SourceIdValidator::problem(const QString &text)
{
    return SourceId::check(text).problem;
}

QValidator::State SourceIdValidator::validate(QString &input, int &pos) const
{
    const QString trimmed = input.trimmed();
    if (trimmed.size() != input.size()) {
        qsizetype leading = 0; // whitespace before the cursor moves it
        while (leading < input.size() && input.at(leading).isSpace())
            ++leading;
        pos = int(std::clamp<qsizetype>(pos - leading, 0, trimmed.size()));
        input = trimmed;
    }
    const State state = stateFor(SourceId::check(input).verdict);
    return state == Invalid && m_lenient ? Intermediate : state;
}

void SourceIdValidator::fixup(QString &input) const
{
    input = input.trimmed();
}

} // namespace PlexAuth
