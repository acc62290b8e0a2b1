#pragma once
#include <QList>
#include <QLocale>
#include <QString>

namespace gtzan {
namespace gui {

// The interface language: our embedded translations (:/i18n/gtzan-explorer_<code>.qm, built from
// translations/*.ts) plus Qt's own (qtbase_<code>.qm from QLibraryInfo::TranslationsPath) for the
// standard dialogs. Choices are "system" (follow the system locale), "en" (the source strings) and
// the code of every embedded translation ("de", "ko", ...).
namespace Language {

// Where the choice is kept (QSettings, organisation/application set by main()).
inline constexpr char SettingsKey[] = "ui/language";

struct Choice {
    QString code; // "system", "en", "de", ...
    QString name; // for a person: the language's own name ("Deutsch", "한국어"); "system" is translated
};

// "system", "en", then every embedded translation in code order.
QList<Choice> available();

// The language a choice means on this machine: "system" becomes the first of the locale's UI
// languages that we have, else "en"; an unknown code becomes "en".
QString resolve(const QString &choice, const QLocale &system = QLocale::system());

// Replaces the translators installed by an earlier call with those of the choice and returns the
// language now in effect. Widgets built afterwards show it; existing ones get a LanguageChange event.
QString install(const QString &choice);

// install() with the choice saved in QSettings under SettingsKey ("system" when none).
QString installFromSettings();

// The language in effect after the last install() ("en" before any).
QString current();

} // namespace Language

} // namespace gui
} // namespace gtzan
