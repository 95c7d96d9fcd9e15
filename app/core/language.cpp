#include "language.h"

#include "logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QStandardPaths>
#include <QTranslator>

#include <mutex>

namespace PlexAuth::Language {

namespace {
const QString qmPrefix = QStringLiteral("plexauth_");
const QString qmSuffix = QStringLiteral(".qm");

bool isEnglish(const QLocale &locale)
{
    // An unknown name makes the C locale: PlexAuth's strings stay as written, in English.
    return locale.language() == QLocale::English || locale.language() == QLocale::C
        || locale.language() == QLocale::AnyLanguage;
}

// choose(), asking `hasTranslation` about each candidate only when it is needed: listing the resource's
// files costs an English command line more than everything else here.
template<typename HasTranslation>
QString chooseWith(const QString &setting, const QStringList &uiLanguages, HasTranslation hasTranslation)
{
    if (!setting.isEmpty())
        return setting;
    for (const QString &name : uiLanguages) {
        const QLocale locale(name);
        if (locale.language() == QLocale::C || locale.language() == QLocale::AnyLanguage)
            continue;
        QString fullName = QString(name).replace(u'-', u'_');
        if (hasTranslation(fullName))
            return fullName;
        if (locale.language() == QLocale::English)
            return sourceLanguage();
        QString language = QLocale::languageToCode(locale.language());
        if (hasTranslation(language))
            return language;
    }
    return sourceLanguage();
}

QString qmFile(const QString &language)
{
    return resourceDirectory() + u'/' + qmPrefix + language + qmSuffix;
}

// English needs only the plural forms of the "%n" strings ("1 connection", "2 connections"): the file is
// read the first time a plural string is translated, so a run that shows none never reads it. Installed
// under every other language too, where it supplies the English plurals of strings not yet translated.
class EnglishPlurals final : public QTranslator
{
public:
    explicit EnglishPlurals(QObject *parent)
        : QTranslator(parent)
    { }

    QString translate(
        const char *context, const char *sourceText, const char *disambiguation, int n) const override
    {
        if (n < 0)
            return {};
        // translate() may be called from several threads at once.
        std::call_once(m_loadOnce, [this] {
            const QString file = qmFile(sourceLanguage());
            if (!m_plurals.load(file))
                qCWarning(lcLanguage) << "could not load" << file;
        });
        return m_plurals.translate(context, sourceText, disambiguation, n);
    }

    bool isEmpty() const override { return false; }

private:
    mutable std::once_flag m_loadOnce;
    mutable QTranslator m_plurals;
};

// Loads `name`_<language>.qm from the first of `directories` that has it and installs it.
QString installFirst(
    const QLocale &locale, const QString &name, const QStringList &directories, QObject *parent)
{
    auto *translator = new QTranslator(parent);
    for (const QString &directory : directories) {
        if (translator->load(locale, name, QStringLiteral("_"), directory)) {
            QCoreApplication::installTranslator(translator);
            return translator->filePath();
        }
    }
    qCDebug(lcLanguage).noquote() << "no" << name << "translation for" << locale.name() << "in"
                                  << directories.join(QStringLiteral(", "));
    delete translator;
    return {};
}
} // namespace

QStringList shipped()
{
    QStringList languages { sourceLanguage() };
    const QStringList files
        = QDir(resourceDirectory()).entryList({ qmPrefix + u'*' + qmSuffix }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        languages.append(file.mid(qmPrefix.size(), file.size() - qmPrefix.size() - qmSuffix.size()));
    languages.removeDuplicates();
    languages.sort();
    return languages;
}

QString choose(const QString &setting, const QStringList &uiLanguages, const QStringList &shipped)
{
    return chooseWith(
        setting, uiLanguages, [&shipped](const QString &code) { return shipped.contains(code); });
}

QString nativeName(const QString &code)
{
    const QLocale locale(code);
    // Without a territory QLocale picks one ("American English"); English is simply "English".
    const QString name = locale.language() == QLocale::English ? QLocale::languageToString(QLocale::English)
                                                               : locale.nativeLanguageName();
    if (name.isEmpty())
        return code;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

QStringList keychainTranslationDirectories()
{
    const QString subdirectory = QStringLiteral("qt%1keychain/translations").arg(QT_VERSION_MAJOR);
    const QString executableDirectory = QCoreApplication::applicationDirPath();
    QStringList directories {
        executableDirectory + QStringLiteral("/translations"),
        executableDirectory + QStringLiteral("/../share/") + subdirectory,
        QLibraryInfo::path(QLibraryInfo::PrefixPath) + QStringLiteral("/share/") + subdirectory,
        QLibraryInfo::path(QLibraryInfo::TranslationsPath),
    };
    directories += QStandardPaths::locateAll(
        QStandardPaths::GenericDataLocation, subdirectory, QStandardPaths::LocateDirectory);
    for (QString &directory : directories)
        directory = QDir::cleanPath(directory);
    directories.removeDuplicates();
    return directories;
}

Installed install(const QString &language, QObject *parent, const QString &directory)
{
    Installed installed { language, {} };
    QCoreApplication::installTranslator(new EnglishPlurals(parent));
    const QLocale locale(language);
    if (isEnglish(locale))
        return installed;
    // Installed later is asked first: PlexAuth's own strings before QtKeychain's before Qt's.
    const QString loaded[] = {
        installFirst(
            locale, QStringLiteral("qtbase"), { QLibraryInfo::path(QLibraryInfo::TranslationsPath) }, parent),
        installFirst(locale, QStringLiteral("qtkeychain"), keychainTranslationDirectories(), parent),
        installFirst(locale, QStringLiteral("plexauth"), { directory }, parent),
    };
    for (const QString &file : loaded) {
        if (!file.isEmpty())
            installed.files.append(file);
    }
    qCDebug(lcLanguage).noquote() << "language" << language << "loaded" << installed.files.join(u", ");
    return installed;
}

Installed installForApplication(const QString &setting, QObject *parent)
{
    if (!setting.isEmpty())
        QLocale::setDefault(QLocale(setting));
    const QString language = chooseWith(setting, QLocale::system().uiLanguages(),
        [](const QString &code) { return QFile::exists(qmFile(code)); });
    return install(language, parent);
}

} // namespace PlexAuth::Language
