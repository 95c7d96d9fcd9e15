#include "appicon.h"

#include <QApplication>
#include <QImage>
#include <QTest>

using namespace PlexAuth;

class TestAppIcon : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bundlesEveryWindowIconSize()
    {
        const QIcon icon = bundledAppIcon();
        QVERIFY(!icon.isNull());
        const QList<QSize> sizes = icon.availableSizes();
        for (const int side : { 16, 24, 32, 48, 64, 128, 256 })
            QVERIFY2(
                sizes.contains(QSize(side, side)), qPrintable(QStringLiteral("no %1 px icon").arg(side)));
    }

    // The PNGs are rendered from the SVG: the key's shaft is amber on the dark tile, and the
    // corners outside the rounded tile are transparent.
    void pixelsComeFromTheSvg()
    {
        const QImage image = bundledAppIcon().pixmap(QSize(48, 48)).toImage();
        QCOMPARE(image.size(), QSize(48, 48));
        const QColor shaft = image.pixelColor(34, 24);
        QVERIFY2(qAbs(shaft.red() - 0xE5) <= 8 && qAbs(shaft.green() - 0xA0) <= 8
                && qAbs(shaft.blue() - 0x0D) <= 8,
            qPrintable(shaft.name()));
        QCOMPARE(image.pixelColor(0, 0).alpha(), 0);
        const QColor tile = image.pixelColor(24, 8);
        QCOMPARE(tile.alpha(), 255);
        QVERIFY2(tile.lightness() < 64, qPrintable(tile.name()));
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
