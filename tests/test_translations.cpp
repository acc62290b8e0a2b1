// The interface language: the embedded translations load, a real MainWindow built after switching
// to Korean (or German) shows the translated menu title, "system" follows the locale, Qt's own
// strings are translated too, and every message of every .ts file is translated completely
// (no unfinished entries, same %-placeholders and accelerators as the English source), and no
// string of the sources is missing from them (lupdate run afresh over the sources).
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "widgets/TransportBar.h"
#include <QFile>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace gtzan::gui;

class Translations : public QObject {
    Q_OBJECT

    static QString firstMenuTitle() {
        MainWindow window;
        const QList<QAction *> menus = window.menuBar()->actions();
        return menus.isEmpty() ? QString() : menus.first()->text();
    }

    struct TsMessage {
        QString source;
        QStringList texts; // the translation, or its numerus forms
        QString type;      // "unfinished", "vanished", "obsolete" or empty
        bool numerus = false;
    };

    static QList<TsMessage> readTs(const QString &path) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) return {};
        QList<TsMessage> messages;
        QXmlStreamReader xml(&file);
        while (!xml.atEnd()) {
            if (xml.readNext() != QXmlStreamReader::StartElement) continue;
            if (xml.name() == QLatin1String("message")) {
                messages.append(TsMessage());
                messages.last().numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
            } else if (xml.name() == QLatin1String("source") && !messages.isEmpty()) {
                messages.last().source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation") && !messages.isEmpty()) {
                TsMessage &m = messages.last();
                m.type = xml.attributes().value(QLatin1String("type")).toString();
                if (!m.numerus) m.texts << xml.readElementText();
            } else if (xml.name() == QLatin1String("numerusform") && !messages.isEmpty()) {
                messages.last().texts << xml.readElementText();
            }
        }
        if (xml.hasError()) qWarning("%s: %s", qPrintable(path), qPrintable(xml.errorString()));
        return xml.hasError() ? QList<TsMessage>() : messages;
    }

    static QStringList tsFiles() {
        const QString dir = QFileInfo(QFINDTESTDATA("../translations/gtzan-explorer_ko.ts")).absolutePath();
        QStringList files;
        for (const QString &name : QDir(dir).entryList({QStringLiteral("gtzan-explorer_*.ts")}, QDir::Files)) files << dir + QLatin1Char('/') + name;
        return files;
    }

    // The %1, %2, %L1 ... of a message, sorted (translations may reorder them).
    static QStringList placeholders(const QString &text) {
        QStringList found;
        QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%L?\\d+")).globalMatch(text);
        while (it.hasNext()) found << it.next().captured();
        found.sort();
        return found;
    }
    static bool hasAccelerator(QString text) { return text.remove(QStringLiteral("&&")).contains(QLatin1Char('&')); }

private Q_SLOTS:
    void cleanup() { Language::install(QStringLiteral("en")); }

    void listsTheEmbeddedLanguages() {
        QStringList codes;
        for (const Language::Choice &c : Language::available()) {
            codes << c.code;
            QVERIFY2(!c.name.isEmpty(), qPrintable(c.code));
        }
        QCOMPARE(codes, (QStringList{QStringLiteral("system"), QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("ko")}));
        for (const Language::Choice &c : Language::available()) {
            if (c.code == QLatin1String("ko")) QCOMPARE(c.name, QStringLiteral("한국어"));
            if (c.code == QLatin1String("de")) QCOMPARE(c.name, QStringLiteral("Deutsch"));
        }
    }

    void koreanMenuTitle() {
        QCOMPARE(firstMenuTitle(), QStringLiteral("&File"));
        QCOMPARE(Language::install(QStringLiteral("ko")), QStringLiteral("ko"));
        QCOMPARE(Language::current(), QStringLiteral("ko"));
        QCOMPARE(firstMenuTitle(), QStringLiteral("파일(&F)"));
        // Qt's own strings (qtbase_ko.qm from qt6-translations-l10n) come along.
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("취소"));
    }

    void germanMenuTitleAndBackToEnglish() {
        QCOMPARE(Language::install(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(firstMenuTitle(), QStringLiteral("&Datei"));
        // A widget's context is its class's full name, as moc writes it and lupdate reads it.
        QCOMPARE(gtzan::widgets::TransportBar::tr("Loop"), QStringLiteral("Schleife"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
        QCOMPARE(Language::install(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(firstMenuTitle(), QStringLiteral("&File"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
    }

    void systemFollowsTheLocale() {
        QCOMPARE(Language::resolve(QStringLiteral("system"), QLocale(QLocale::Korean, QLocale::SouthKorea)), QStringLiteral("ko"));
        QCOMPARE(Language::resolve(QStringLiteral("system"), QLocale(QLocale::German, QLocale::Austria)), QStringLiteral("de"));
        QCOMPARE(Language::resolve(QStringLiteral("system"), QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
        QCOMPARE(Language::resolve(QStringLiteral("system"), QLocale::c()), QStringLiteral("en"));
        QCOMPARE(Language::resolve(QStringLiteral("ko"), QLocale(QLocale::German)), QStringLiteral("ko"));
        QCOMPARE(Language::resolve(QStringLiteral("xx")), QStringLiteral("en")); // unknown choice: English, no crash
        QCOMPARE(Language::install(QStringLiteral("xx")), QStringLiteral("en"));
    }

    // lupdate over the same sources as translations/Translations.cmake, into a fresh .ts: every
    // (context, source) it finds must be in each committed .ts (else run the update_translations
    // target and translate what it adds).
    void noSourceStringIsMissingFromTheTsFiles() {
        const QString lupdate = qEnvironmentVariable("GTZAN_LUPDATE"), root = qEnvironmentVariable("GTZAN_SOURCE_DIR");
        QVERIFY2(QFileInfo(lupdate).isExecutable(), "GTZAN_LUPDATE (set by ctest) does not name lupdate");
        QVERIFY2(QFileInfo(root + QStringLiteral("/app/gui")).isDir(), "GTZAN_SOURCE_DIR (set by ctest) is not the source tree");
        QTemporaryDir dir;
        const QString fresh = dir.filePath(QStringLiteral("fresh.ts"));
        QProcess p;
        // The include roots as in Translations.cmake: lupdate needs the headers to see each class's
        // namespace, which is part of its context (gtzan::widgets::X).
        p.start(lupdate, {QStringLiteral("-silent"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"), root,
                          QStringLiteral("-I"), root + QStringLiteral("/engine"), root + QStringLiteral("/app/gui"),
                          root + QStringLiteral("/widgets"), root + QStringLiteral("/engine"), QStringLiteral("-ts"), fresh});
        QVERIFY(p.waitForFinished(120000));
        QVERIFY2(p.exitCode() == 0, p.readAllStandardError().constData());
        const auto keys = [](const QString &path) {
            QSet<QString> set;
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly)) return set;
            QXmlStreamReader xml(&file);
            QString context;
            while (!xml.atEnd()) {
                if (xml.readNext() != QXmlStreamReader::StartElement) continue;
                if (xml.name() == QLatin1String("name")) context = xml.readElementText();
                else if (xml.name() == QLatin1String("source")) set.insert(context + QStringLiteral(" | ") + xml.readElementText());
            }
            return set;
        };
        const QSet<QString> wanted = keys(fresh);
        QVERIFY2(wanted.size() > 100, qPrintable(QStringLiteral("lupdate found only %1 strings").arg(wanted.size())));
        for (const QString &path : tsFiles()) {
            QStringList missing = (wanted - keys(path)).values();
            missing.sort();
            QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("%1 lacks %2 strings, e.g. %3")
                                                       .arg(QFileInfo(path).fileName())
                                                       .arg(missing.size())
                                                       .arg(missing.mid(0, 5).join(QStringLiteral("; ")))));
        }
    }

    void everyMessageIsTranslated() {
        const QStringList files = tsFiles();
        QCOMPARE(files.size(), 2);
        for (const QString &path : files) {
            const QList<TsMessage> messages = readTs(path);
            QVERIFY2(messages.size() > 10, qPrintable(path));
            int sameAsSource = 0;
            for (const TsMessage &m : messages) {
                const QString where = QStringLiteral("%1: \"%2\"").arg(QFileInfo(path).fileName(), m.source);
                QVERIFY2(m.type.isEmpty(), qPrintable(where + QStringLiteral(" is ") + m.type));
                QVERIFY2(!m.texts.isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
                for (const QString &text : m.texts) {
                    QVERIFY2(!text.trimmed().isEmpty(), qPrintable(where + QStringLiteral(" has no translation")));
                    if (!m.numerus)
                        QVERIFY2(placeholders(text) == placeholders(m.source), qPrintable(where + QStringLiteral(": placeholders differ")));
                    QVERIFY2(hasAccelerator(text) == hasAccelerator(m.source), qPrintable(where + QStringLiteral(": accelerator missing or extra")));
                    if (text == m.source) ++sameAsSource;
                }
            }
            // Some strings may stay as they are (the product name, units, FFT, Genre); most must not.
            QVERIFY2(sameAsSource * 4 < messages.size(),
                     qPrintable(QStringLiteral("%1: %2 of %3 messages are left in English").arg(path).arg(sameAsSource).arg(messages.size())));
        }
    }
};

QTEST_MAIN(Translations)
#include "test_translations.moc"
