#include "language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QTest>
#include <QTranslator>

#include <memory>

using namespace Qt::StringLiterals;
using namespace PlexAuth;

namespace {
const QStringList shippedForTests { u"de"_s, u"en"_s, u"fr"_s, u"pt_BR"_s };

// A string of translations/plexauth_en.ts: only its plural forms are translated.
QString testingConnections(int n)
{
    return QCoreApplication::translate("PlexAuth::ConnectionsView", "Testing %n connection(s)…", nullptr, n);
}

QString keychainTranslationFile(const QString &language)
{
    for (const QString &directory : Language::keychainTranslationDirectories()) {
        const QString file = directory + u"/qtkeychain_"_s + language + u".qm"_s;
        if (QFile::exists(file))
            return file;
    }
    return {};
}
} // namespace

class TestLanguage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void choosesTheFirstSystemLanguageWithATranslation_data()
    {
        QTest::addColumn<QString>("setting");
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("French first") << QString() << QStringList { u"fr-CA"_s, u"de-DE"_s } << u"fr"_s;
        QTest::newRow("German first") << QString() << QStringList { u"de-DE"_s, u"fr-FR"_s } << u"de"_s;
        QTest::newRow("skips a language without a translation")
            << QString() << QStringList { u"es-ES"_s, u"de-AT"_s } << u"de"_s;
        QTest::newRow("English preferred over a later German")
            << QString() << QStringList { u"en-GB"_s, u"de-DE"_s } << u"en"_s;
        QTest::newRow("unknown languages fall back to English")
            << QString() << QStringList { u"es-ES"_s, u"ja-JP"_s } << u"en"_s;
        QTest::newRow("the C locale means English") << QString() << QStringList { u"C"_s } << u"en"_s;
        QTest::newRow("no languages at all") << QString() << QStringList {} << u"en"_s;
        QTest::newRow("a territory's own translation")
            << QString() << QStringList { u"pt-BR"_s } << u"pt_BR"_s;
        QTest::newRow("the setting overrides the system")
            << u"de"_s << QStringList { u"fr-CA"_s, u"en-US"_s } << u"de"_s;
        QTest::newRow("English as a setting") << u"en"_s << QStringList { u"fr-FR"_s } << u"en"_s;
    }

    void choosesTheFirstSystemLanguageWithATranslation()
    {
        QFETCH(QString, setting);
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(Language::choose(setting, uiLanguages, shippedForTests), expected);
    }

    void theResourceHoldsEveryShippedTranslation()
    {
        const QStringList files = QDir(Language::resourceDirectory()).entryList(QDir::Files, QDir::Name);
        QCOMPARE(files, (QStringList { u"plexauth_de.qm"_s, u"plexauth_en.qm"_s, u"plexauth_fr.qm"_s }));
        QCOMPARE(Language::shipped(), (QStringList { u"de"_s, u"en"_s, u"fr"_s }));
        for (const QString &file : files) {
            QTranslator translator;
            QVERIFY2(translator.load(Language::resourceDirectory() + u'/' + file), qPrintable(file));
        }
        // English's file has the plural forms, so it cannot be empty.
        QTranslator english;
        QVERIFY(english.load(Language::resourceDirectory() + u"/plexauth_en.qm"_s));
        QVERIFY(!english.isEmpty());
    }

    void namesEachLanguageInItsOwnLanguage()
    {
        QCOMPARE(Language::nativeName(u"en"_s), u"English"_s);
        QCOMPARE(Language::nativeName(u"de"_s), u"Deutsch"_s);
        QCOMPARE(Language::nativeName(u"fr"_s), u"Français"_s);
    }

    void englishPluralFormsComeFromTheTranslation()
    {
        QCOMPARE(testingConnections(1), u"Testing 1 connection(s)…"_s);
        {
            QObject owner;
            const Language::Installed installed = Language::install(u"en"_s, &owner);
            // Nothing is read for English until a plural string is translated.
            QVERIFY(installed.files.isEmpty());
            QCOMPARE(testingConnections(1), u"Testing 1 connection…"_s);
            QCOMPARE(testingConnections(2), u"Testing 2 connections…"_s);
            // Other strings are English as written.
            QCOMPARE(QCoreApplication::translate("PlexAuth::SettingsDialog", "System default"),
                u"System default"_s);
        }
        // The translators go with their owner.
        QCOMPARE(testingConnections(2), u"Testing 2 connection(s)…"_s);
    }

    void germanLoadsQtsOwnTranslation()
    {
        const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
        if (!QFile::exists(qtbase))
            QSKIP(qPrintable(u"Qt's German translation is not installed (" + qtbase
                + u"; Debian: qt6-translations-l10n)"));
        QObject owner;
        const Language::Installed installed = Language::install(u"de"_s, &owner);
        QVERIFY2(installed.files.contains(qtbase), qPrintable(installed.files.join(u", ")));
        QVERIFY2(installed.files.contains(Language::resourceDirectory() + u"/plexauth_de.qm"_s),
            qPrintable(installed.files.join(u", ")));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), u"Abbrechen"_s);
        // PlexAuth's own German, with its plural forms.
        QCOMPARE(testingConnections(1), u"1 Verbindung wird getestet…"_s);
        QCOMPARE(testingConnections(2), u"2 Verbindungen werden getestet…"_s);
    }

    void germanLoadsQtKeychainsTranslation()
    {
        const QString file = keychainTranslationFile(u"de"_s);
        if (file.isEmpty())
            QSKIP(qPrintable(u"QtKeychain's German translation (qtkeychain_de.qm) is in none of "_s
                + Language::keychainTranslationDirectories().join(u", ")));
        const char *context = "QKeychain::ReadPasswordJobPrivate";
        const char *source = "Entry not found";
        QTranslator reference;
        QVERIFY(reference.load(file));
        const QString german = reference.translate(context, source);
        QVERIFY2(!german.isEmpty() && german != QLatin1String(source), qPrintable(german));

        QCOMPARE(QCoreApplication::translate(context, source), QLatin1String(source));
        QObject owner;
        const Language::Installed installed = Language::install(u"de"_s, &owner);
        QVERIFY2(installed.files.contains(file), qPrintable(installed.files.join(u", ")));
        QCOMPARE(QCoreApplication::translate(context, source), german);
    }

    void aLanguageWithoutAnyTranslationLoadsNothing()
    {
        QObject owner;
        // Hawaiian: neither Qt, QtKeychain nor PlexAuth has a translation for it.
        QVERIFY(QLocale(u"haw"_s).language() == QLocale::Hawaiian);
        const Language::Installed installed = Language::install(u"haw"_s, &owner);
        QVERIFY2(installed.files.isEmpty(), qPrintable(installed.files.join(u", ")));
        QCOMPARE(testingConnections(3), u"Testing 3 connections…"_s);
    }

    void debianHasQtKeychainTranslationsWhereSearched()
    {
        // Debian's qt6keychain puts them under /usr/share; the search must include that directory.
        const QString debian = u"/usr/share/qt6keychain/translations"_s;
        if (!QDir(debian).exists())
            QSKIP("not a Debian-style QtKeychain installation");
        QVERIFY2(Language::keychainTranslationDirectories().contains(debian),
            qPrintable(Language::keychainTranslationDirectories().join(u", ")));
    }
};

QTEST_GUILESS_MAIN(TestLanguage)
#include "tst_language.moc"
