#pragma once

#include "sourceid.h"

#include <QValidator>

namespace PlexAuth {

// A QValidator over SourceId::check(): Valid is Acceptable, Incomplete is Intermediate, Invalid is
// Invalid. Surrounding whitespace (a pasted line) is trimmed away as it arrives.
//
// Lenient (setLenient(true)): Invalid becomes Intermediate too, so a line edit never swallows a
// keystroke or a paste; the field shows what is wrong instead (problem()), and the line edit still
// has no acceptable input, so Enter does nothing until the source is valid.
class SourceIdValidator final : public QValidator
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SourceIdValidator)

public:
    explicit SourceIdValidator(QObject *parent = nullptr);

    void setLenient(bool lenient);
    bool isLenient() const { return m_lenient; }

    State validate(QString &input, int &pos) const override;
    void fixup(QString &input) const override;

    // The strict mapping of a verdict, whatever the leniency.
    static State stateFor(SourceId::Verdict verdict);
    // What is wrong with `text`, in words; empty when it is a valid source.
    static QString problem(const QString &text);

private:
    bool m_lenient = false;
};

} // namespace PlexAuth
