#pragma once

#include <QString>
#include <QStringList>

class QObject;

namespace PlexAuth::Language {

// English is the source language: its strings need no translation, only its plural forms
// (translations/plexauth_en.ts).
inline QString sourceLanguage()
{
    return QStringLiteral("en");
}
// Where the plexauth_<lang>.qm files are compiled in (the PlexAuth::Translations library).
inline QString resourceDirectory()
{
    return QStringLiteral(":/translations");
}

// The languages PlexAuth has a translation for, as language codes ("de", "en", "fr"), sorted. English is
// always there, even in a binary without the translations compiled in.
QStringList shipped();

// The language to use: `setting` when it names one, else the first of `uiLanguages` (BCP 47 names such
// as "fr-CA", most preferred first) that `shipped` has, by full name ("pt_BR") or language ("pt");
// English when none matches.
QString choose(const QString &setting, const QStringList &uiLanguages, const QStringList &shipped);

// `code`'s name in its own language, capitalized: "Deutsch", "Français", "English".
QString nativeName(const QString &code);

// Directories that may hold QtKeychain's qtkeychain_<lang>.qm, most specific first: next to the
// executable, under the installation prefix of the executable and of Qt, Qt's translations, and the
// system's data directories.
QStringList keychainTranslationDirectories();

// What install() loaded, as file paths (for the tests and the log).
struct Installed
{
    QString language;
    QStringList files;
};

// Installs the translators for `language` on the application (owned by `parent`): Qt's own (qtbase),
// QtKeychain's and PlexAuth's (plexauth_<lang>.qm from `directory`), each where a file exists. For English
// nothing is read until a plural string is first translated, so that an English command line pays
// nothing for translations.
Installed install(const QString &language, QObject *parent, const QString &directory = resourceDirectory());

// Chooses the language from `setting` and the system's (QLocale::uiLanguages()), makes a chosen
// `setting` the default locale for formatting too, and installs its translators.
Installed installForApplication(const QString &setting, QObject *parent);

} // namespace PlexAuth::Language
