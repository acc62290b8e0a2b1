#include "app/gui/Language.h"
#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>
#include <memory>

namespace gtzan {
namespace gui {

namespace Language {

namespace {
const QString kSource = QStringLiteral("en"); // the language the tr() strings are written in
const QString kSystem = QStringLiteral("system");
const QString kPrefix = QStringLiteral("gtzan-explorer_");
const QString kResourceDir = QStringLiteral(":/i18n");

// The codes of the embedded translations, read from the resource so a new .ts file needs no code.
QStringList embeddedCodes() {
    QStringList codes;
    const QStringList files = QDir(kResourceDir).entryList({kPrefix + QStringLiteral("*.qm")}, QDir::Files, QDir::Name);
    for (const QString &file : files) codes << file.mid(kPrefix.size()).chopped(3);
    return codes;
}

struct Installed {
    QString code = QStringLiteral("en");
    std::unique_ptr<QTranslator> ours;
    std::unique_ptr<QTranslator> qt;
};
Installed &installed() {
    static Installed state;
    return state;
}
} // namespace

QList<Choice> available() {
    QList<Choice> list;
    list.append({kSystem, QCoreApplication::translate("Language", "System language")});
    list.append({kSource, QStringLiteral("English")});
    for (const QString &code : embeddedCodes()) {
        QString name = QLocale(code).nativeLanguageName();
        if (!name.isEmpty()) name[0] = name.at(0).toUpper(); // "deutsch" in some CLDR data
        list.append({code, name.isEmpty() ? code : name});
    }
    return list;
}

QString resolve(const QString &choice, const QLocale &system) {
    const QStringList codes = embeddedCodes();
    if (choice == kSource || codes.contains(choice)) return choice;
    if (choice != kSystem) return kSource;
    // uiLanguages() is ordered by preference ($LANGUAGE first), e.g. "ko-KR", "ko", "en-US".
    for (const QString &ui : system.uiLanguages()) {
        const QString code = QLocale(ui).name().section(QLatin1Char('_'), 0, 0);
        if (code == kSource || codes.contains(code)) return code;
    }
    return kSource;
}

QString install(const QString &choice) {
    Installed &state = installed();
    if (state.ours) QCoreApplication::removeTranslator(state.ours.get());
    if (state.qt) QCoreApplication::removeTranslator(state.qt.get());
    state.ours.reset();
    state.qt.reset();
    state.code = resolve(choice);
    if (state.code == kSource) return state.code;

    auto ours = std::make_unique<QTranslator>();
    if (!ours->load(kPrefix + state.code, kResourceDir)) {
        qWarning("Language: the embedded %s translation does not load; the interface stays in English", qPrintable(state.code));
        state.code = kSource;
        return state.code;
    }
    QCoreApplication::installTranslator(ours.get());
    state.ours = std::move(ours);
    // Qt's own strings (standard buttons, file dialogs); missing when qt6-translations-l10n is not installed.
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(QStringLiteral("qtbase_") + state.code, QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        state.qt = std::move(qt);
    }
    return state.code;
}

QString installFromSettings() { return install(QSettings().value(QLatin1String(SettingsKey), kSystem).toString()); }

QString current() { return installed().code; }

} // namespace Language

} // namespace gui
} // namespace gtzan
