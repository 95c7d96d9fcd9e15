#include "aboutdialog.h"
#include "clientidentity.h"

#include <QApplication>
#include <QClipboard>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace PlexAuth;

class TestAboutDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void showsThisInstallationsIdentity()
    {
        const ClientIdentity identity
            = ClientIdentity::withIdentifier(QStringLiteral("3381b62b-9ab7-4e37-827b-203e9809eb58"));
        AboutDialog dialog(identity);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *identifier = dialog.findChild<QLineEdit *>(QStringLiteral("clientIdentifierEdit"));
        QVERIFY(identifier);
        QCOMPARE(identifier->text(), identity.clientIdentifier());
        QVERIFY(identifier->isReadOnly());
        QCOMPARE(
            dialog.findChild<QLabel *>(QStringLiteral("deviceNameValue"))->text(), identity.deviceName());
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("titleLabel"))
                    ->text()
                    .contains(QStringLiteral(PLEXAUTH_VERSION)));
        // The whole identifier is visible without scrolling the field.
        QVERIFY(
            identifier->width() >= identifier->fontMetrics().horizontalAdvance(identity.clientIdentifier()));
    }

    void copyPutsTheIdentifierOnTheClipboard()
    {
        const ClientIdentity identity = ClientIdentity::withIdentifier(QStringLiteral("copy-me-0000-1111"));
        AboutDialog dialog(identity);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QApplication::clipboard()->clear();
        QTest::mouseClick(
            dialog.findChild<QPushButton *>(QStringLiteral("copyIdentifierButton")), Qt::LeftButton);
        QCOMPARE(QApplication::clipboard()->text(), identity.clientIdentifier());
    }

    void escapeCloses()
    {
        AboutDialog dialog(ClientIdentity::withIdentifier(QStringLiteral("x")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QTRY_VERIFY(!dialog.isVisible());
    }

    void everyControlHasAnAccessibleName()
    {
        AboutDialog dialog(ClientIdentity::withIdentifier(QStringLiteral("x")));
        for (QLineEdit *field : dialog.findChildren<QLineEdit *>())
            QVERIFY2(!field->accessibleName().isEmpty(), qPrintable(field->objectName()));
        // A button's text is its accessible name unless one is set.
        for (QPushButton *button : dialog.findChildren<QPushButton *>())
            QVERIFY2(!button->accessibleName().isEmpty() || !button->text().isEmpty(),
                qPrintable(button->objectName()));
    }

    void screenshot()
    {
        // Rendered for a person to look at; saved next to the test binary.
        AboutDialog dialog(
            ClientIdentity::withIdentifier(QStringLiteral("3381b62b-9ab7-4e37-827b-203e9809eb58")));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshot-about.png");
        QVERIFY(dialog.grab().save(path));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
