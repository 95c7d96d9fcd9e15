// ThemeColours: the status colours read on light and dark palettes alike.
#include "themecolours.h"

#include <QPalette>
#include <QTest>

using namespace PlexAuth;
using ThemeColours::Tone;

namespace {
const QList<Tone> allTones { Tone::Positive, Tone::Negative, Tone::Caution, Tone::Neutral,
    Tone::Information };
} // namespace

class TestThemeColours : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void contrastRatioIsWcags()
    {
        QCOMPARE(qRound(ThemeColours::contrastRatio(Qt::black, Qt::white) * 10), 210);
        QCOMPARE(ThemeColours::contrastRatio(Qt::white, Qt::white), 1.0);
        // #767676 on white is the lightest grey that passes AA for text.
        QVERIFY(ThemeColours::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white) >= 4.5);
        QVERIFY(ThemeColours::contrastRatio(QColor(0x77, 0x77, 0x77), Qt::white) < 4.5);
    }

    void darkPalettesAreRecognised()
    {
        QVERIFY(!ThemeColours::isDark(QPalette(QColor(0xef, 0xef, 0xef))));
        QVERIFY(ThemeColours::isDark(QPalette(QColor(0x31, 0x36, 0x3b), QColor(0x2a, 0x2e, 0x32))));
    }

    void everyToneReadsOnEveryBackground_data()
    {
        QTest::addColumn<QColor>("background");
        // Light and dark windows, bases and alternate rows of common desktops, and the worst case:
        // mid grey.
        for (const char *name : { "#ffffff", "#efefef", "#f7f7f7", "#eff0f1", "#fcfcfc", "#2a2e32", "#1b1e20",
                 "#232629", "#353535", "#191919", "#000000", "#777777", "#808080" })
            QTest::newRow(name) << QColor(QLatin1String(name));
    }

    void everyToneReadsOnEveryBackground()
    {
        QFETCH(QColor, background);
        for (const Tone tone : allTones) {
            const QColor text = ThemeColours::forText(tone, background);
            QVERIFY2(ThemeColours::contrastRatio(text, background) >= 4.5,
                qPrintable(text.name() + QStringLiteral(" on ") + background.name()));
            const QColor mark = ThemeColours::forMark(tone, background);
            QVERIFY2(ThemeColours::contrastRatio(mark, background) >= 3.0,
                qPrintable(mark.name() + QStringLiteral(" on ") + background.name()));
        }
    }

    void tonesStayApartOnLightAndDark()
    {
        // Positive and negative are still told apart by hue, not turned into the same grey.
        for (const QColor &background : { QColor(Qt::white), QColor(0x2a, 0x2e, 0x32) }) {
            const QColor good = ThemeColours::forText(Tone::Positive, background);
            const QColor bad = ThemeColours::forText(Tone::Negative, background);
            QVERIFY(good.hslHue() > 90 && good.hslHue() < 150);
            QVERIFY(bad.hslHue() < 15 || bad.hslHue() > 345);
        }
        // On a dark background the colours are the light shades, on a light one the dark shades.
        QVERIFY(ThemeColours::forText(Tone::Negative, QColor(0x2a, 0x2e, 0x32)).lightness()
            > ThemeColours::forText(Tone::Negative, Qt::white).lightness());
    }
};

QTEST_MAIN(TestThemeColours)
#include "tst_themecolours.moc"
