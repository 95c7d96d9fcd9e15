// The settings dialog in German, from a small German file of the test's own (GERMAN_FIXTURE_DIR) and
// Qt's own German translation, installed by Language::install() as the app does at start.

#include "guifixture.h"
#include "language.h"
#include "settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLibraryInfo>
#include <QPushButton>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace PlexAuth;

class TestTranslatedUi : public QObject
{
    Q_OBJECT

private:
    // Plex.tv as a fresh settings file has it: nothing here asks it anything.
    TestSupport::GuiFixture m_gui { TestSupport::GuiFixture::PlexTv::AsConfigured };

    struct Texts
    {
        QString title;
        QString languageLabel;
        QStringList languages;
        QString cancel;
    };

    Texts settingsDialogTexts()
    {
        SettingsDialog dialog(m_gui.services());
        auto *combo = dialog.findChild<QComboBox *>(u"languageCombo"_s);
        auto *label = dialog.findChild<QLabel *>(u"languageLabel"_s);
        auto *buttons = dialog.findChild<QDialogButtonBox *>(u"buttonBox"_s);
        if (!combo || !label || !buttons)
            qFatal("the settings dialog's form changed");
        Texts texts { dialog.windowTitle(), label->text(), {},
            buttons->button(QDialogButtonBox::Cancel)->text() };
        for (int i = 0; i < combo->count(); ++i)
            texts.languages.append(combo->itemText(i));
        return texts;
    }

private Q_SLOTS:
    void init() { QVERIFY(m_gui.reset()); }
    void cleanup() { QVERIFY(m_gui.cleanup()); }

    void englishIsAsWritten()
    {
        QObject owner;
        Language::install(u"en"_s, &owner);
        const Texts texts = settingsDialogTexts();
        QCOMPARE(texts.title, u"Settings"_s);
        QCOMPARE(texts.languageLabel, u"&Language:"_s);
        QCOMPARE(texts.languages,
            (QStringList { u"System default"_s, u"Deutsch"_s, u"English"_s, u"Français"_s }));
    }

    void theSettingsDialogSpeaksGerman()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
        QVERIFY2(QFile::exists(qtbase), "Qt's German translation is missing (Debian: qt6-translations-l10n)");
        QObject owner;
        const Language::Installed installed
            = Language::install(u"de"_s, &owner, QStringLiteral(GERMAN_FIXTURE_DIR));
        QVERIFY2(installed.files.contains(QStringLiteral(GERMAN_FIXTURE_DIR "/plexauth_de.qm")),
            qPrintable(installed.files.join(u", ")));
        QVERIFY2(installed.files.contains(qtbase), qPrintable(installed.files.join(u", ")));

        const Texts texts = settingsDialogTexts();
        // From the form (.ui) and from the code, by PlexAuth's German file.
        QCOMPARE(texts.title, u"Einstellungen"_s);
        QCOMPARE(texts.languageLabel, u"&Sprache:"_s);
        // Each language keeps its own name.
        QCOMPARE(texts.languages,
            (QStringList { u"Systemstandard"_s, u"Deutsch"_s, u"English"_s, u"Français"_s }));
        // Qt's standard buttons, by Qt's own German translation.
        QCOMPARE(texts.cancel, u"Abbrechen"_s);
        QCOMPARE(
            QCoreApplication::translate("PlexAuth::ConnectionsView", "Testing %n connection(s)…", nullptr, 2),
            u"2 Verbindungen werden getestet …"_s);
    }

    void theTranslatorsGoWithTheirOwner()
    {
        {
            QObject owner;
            Language::install(u"de"_s, &owner, QStringLiteral(GERMAN_FIXTURE_DIR));
            QCOMPARE(settingsDialogTexts().title, u"Einstellungen"_s);
        }
        QCOMPARE(settingsDialogTexts().title, u"Settings"_s);
    }
};

QTEST_MAIN(TestTranslatedUi)
#include "tst_translatedui.moc"
