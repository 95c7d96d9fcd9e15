#pragma once

#include <QColor>

class QPalette;

namespace PlexAuth::ThemeColours {

// What a coloured word or mark says: good, bad, take care, nothing yet, for your information.
enum class Tone
{
    Positive,
    Negative,
    Caution,
    Neutral,
    Information,
};

// Whether `palette` is a dark one (light text on a dark window).
bool isDark(const QPalette &palette);

// WCAG 2 contrast ratio of two colours, from 1 (the same) to 21 (black on white).
double contrastRatio(const QColor &a, const QColor &b);

// The colour for text of `tone` on `background`: a darker shade on a light background, a lighter
// one on a dark background, nudged until it reads at WCAG AA contrast (4.5:1) at least.
QColor forText(Tone tone, const QColor &background);

// A marker or dot of `tone` beside text (WCAG's 3:1 for graphics), on `background`.
QColor forMark(Tone tone, const QColor &background);

} // namespace PlexAuth::ThemeColours
