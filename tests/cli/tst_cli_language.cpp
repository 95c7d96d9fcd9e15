// The command line's language: the Settings choice, else the system's (LANGUAGE here), else English, for
// which nothing is loaded at all. The plexauth.language log says what the real executable loaded.
#include "tst_cli.h"

#include <QLibraryInfo>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;
using namespace CliFixture;

void TestCli::languageFollowsTheSettingThenTheSystem()
{
    m_cli->setVariable(u"QT_LOGGING_RULES"_s, u"plexauth.language.debug=true"_s);
    const QStringList command { u"token"_s, u"--help"_s };

    m_cli->setVariable(u"LANGUAGE"_s, u"en_GB:de"_s);
    const CliResult english = run(command);
    EXPECT_EXIT(english, 0);
    QVERIFY2(!english.err.contains(u"plexauth.language"_s), english.describe().constData());
    QVERIFY2(english.out.startsWith(u"Usage: plexauth token"_s), english.describe().constData());

    // The first of the system's languages that PlexAuth has: French for Canadian French.
    m_cli->setVariable(u"LANGUAGE"_s, u"fr_CA:de"_s);
    const CliResult french = run(command);
    EXPECT_EXIT(french, 0);
    QVERIFY2(french.err.contains(u"plexauth.language: language fr loaded"_s), french.describe().constData());
    QVERIFY2(french.err.contains(u":/translations/plexauth_fr.qm"_s), french.describe().constData());

    // The setting wins over the system's languages.
    {
        QSettings settings(m_cli->configFile(), QSettings::IniFormat);
        settings.setValue(u"settings/language"_s, u"de"_s);
    }
    const CliResult german = run(command);
    EXPECT_EXIT(german, 0);
    QVERIFY2(german.err.contains(u"plexauth.language: language de loaded"_s), german.describe().constData());
    QVERIFY2(german.err.contains(u":/translations/plexauth_de.qm"_s), german.describe().constData());
    const QString qtbase = QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u"/qtbase_de.qm"_s;
    if (QFile::exists(qtbase))
        QVERIFY2(german.err.contains(qtbase), german.describe().constData());
}
