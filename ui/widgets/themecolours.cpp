#include "themecolours.h"

#include <QPalette>

#include <cmath>

namespace PlexAuth::ThemeColours {

namespace {
constexpr double textContrast = 4.5;
constexpr double markContrast = 3.0;

double channel(double value)
{
    return value <= 0.03928 ? value / 12.92 : std::pow((value + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &colour)
{
    const QColor rgb = colour.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

bool isDarkColour(const QColor &colour)
{
    return luminance(colour) < 0.18; // below mid grey as the eye sees it
}

QColor base(Tone tone, bool onDark)
{
    switch (tone) {
    case Tone::Positive:
        return onDark ? QColor(0x81, 0xc7, 0x84) : QColor(0x2e, 0x7d, 0x32);
    case Tone::Negative:
        return onDark ? QColor(0xef, 0x9a, 0x9a) : QColor(0xc6, 0x28, 0x28);
    case Tone::Caution:
        return onDark ? QColor(0xff, 0xcc, 0x80) : QColor(0x9e, 0x6a, 0x00);
    case Tone::Neutral:
        return onDark ? QColor(0xbd, 0xbd, 0xbd) : QColor(0x75, 0x75, 0x75);
    case Tone::Information:
        break;
    }
    return onDark ? QColor(0x90, 0xca, 0xf9) : QColor(0x1e, 0x6f, 0xc8);
}

QColor readable(Tone tone, const QColor &background, double wanted)
{
    const bool onDark = isDarkColour(background);
    QColor colour = base(tone, onDark);
    // Towards white on a dark background, towards black on a light one, in small steps.
    for (int step = 0; step < 20 && contrastRatio(colour, background) < wanted; ++step)
        colour = onDark ? colour.lighter(110) : colour.darker(110);
    if (contrastRatio(colour, background) < wanted) // a mid-grey background: plain text colours
        colour = onDark ? QColor(Qt::white) : QColor(Qt::black);
    return colour;
}
} // namespace

bool isDark(const QPalette &palette)
{
    return isDarkColour(palette.color(QPalette::Window));
}

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a);
    const double lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor forText(Tone tone, const QColor &background)
{
    return readable(tone, background, textContrast);
}

QColor forMark(Tone tone, const QColor &background)
{
    return readable(tone, background, markContrast);
}

} // namespace PlexAuth::ThemeColours
