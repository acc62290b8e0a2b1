// Preferences and desktop manners, driven as a person would: the Preferences dialog writes what it
// shows and a new window starts from it (theme, spectrogram settings, data set folder); the window
// comes back with the geometry, dock layout and tab it was closed with; recent files and folders
// are remembered, newest first; the dark theme reaches the plots; Help > Keyboard shortcuts lists
// every action that has a shortcut, and no two window-wide actions share one.
#include "OffscreenScreen.h"
#include "TestSupport.h"
#include "app/gui/AppSettings.h"
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PreferencesDialog.h"
#include "app/gui/ShortcutsDialog.h"
#include "app/gui/Theme.h"
#include "widgets/ClipInspector.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/SpectrogramControls.h"
#include <ATen/Parallel.h>
#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::widgets;
using namespace gtzan::gui;

class Preferences : public QObject {
    Q_OBJECT
    QString m_sample;

    static QAction *menuAction(QMenuBar *bar, const QString &textWithoutAmpersands) {
        for (QAction *menu : bar->actions())
            for (QAction *a : menu->menu()->actions())
                if (a->text().remove(QLatin1Char('&')) == textWithoutAmpersands) return a;
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
        QCoreApplication::setOrganizationName(QStringLiteral("gtzan-explorer-test-preferences"));
        QSettings().clear();
        m_sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
    }
    void cleanupTestCase() { QSettings().clear(); }

    void dialogWritesWhatItShowsAndANewWindowStartsFromIt() {
        QTemporaryDir folder;
        PreferencesDialog dialog;
        QCOMPARE(dialog.themeBox()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(dialog.languageBox()->currentData().toString(), QStringLiteral("system"));
        dialog.themeBox()->setCurrentIndex(dialog.themeBox()->findData(QStringLiteral("dark")));
        dialog.languageBox()->setCurrentIndex(dialog.languageBox()->findData(QStringLiteral("ko")));
        dialog.dataFolderEdit()->setText(folder.path());
        SpectrogramControls *c = dialog.spectrogram();
        c->colorMapBox()->setCurrentIndex(c->colorMapBox()->findData(QStringLiteral("viridis")));
        c->fftBox()->setCurrentIndex(c->fftBox()->findData(2048));
        c->rangeBox()->setValue(60);
        QSignalSpy applied(&dialog, &PreferencesDialog::applied);
        dialog.apply();
        QCOMPARE(applied.count(), 1);
        QCOMPARE(AppSettings::theme(), QStringLiteral("dark"));
        QCOMPARE(QSettings().value(QLatin1String(Language::SettingsKey)).toString(), QStringLiteral("ko"));
        QCOMPARE(AppSettings::dataFolder(), QDir::cleanPath(folder.path()));

        // A new window's spectrogram settings are the saved ones.
        MainWindow w;
        SpectrogramControls *wc = w.inspector()->controls();
        QCOMPARE(wc->colorMap(), QStringLiteral("viridis"));
        QCOMPARE(wc->spec().nFft, 2048);
        QCOMPARE(wc->dynamicRange(), 60.0);
        // ...and the dialog opened again shows them; Restore Defaults fills the defaults back in.
        PreferencesDialog again;
        QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("dark"));
        QCOMPARE(again.spectrogram()->colorMap(), QStringLiteral("viridis"));
        again.restoreDefaults();
        QCOMPARE(again.spectrogram()->colorMap(), QStringLiteral("magma"));
        QCOMPARE(again.spectrogram()->spec().nFft, 1024);
        QCOMPARE(again.themeBox()->currentData().toString(), QStringLiteral("system"));
        QCOMPARE(AppSettings::theme(), QStringLiteral("dark")); // nothing written before Apply
        again.apply();
        QCOMPARE(AppSettings::theme(), QStringLiteral("system"));
        QVERIFY(AppSettings::dataFolder().isEmpty());
        QSettings().setValue(QLatin1String(Language::SettingsKey), QStringLiteral("system"));
    }

    void computeThreadsAreAppliedByTheDialog() {
        // LibTorch's thread count is the window's, from Preferences: applied at once on Apply
        // (on the GUI thread), automatic after Restore Defaults.
        PreferencesDialog dialog;
        QCOMPARE(dialog.threadsBox()->value(), 0);
        QCOMPARE(dialog.threadsBox()->text(), QStringLiteral("Automatic (%1)").arg(AppSettings::automaticComputeThreads()));
        dialog.threadsBox()->setValue(1);
        dialog.apply();
        QCOMPARE(AppSettings::computeThreads(), 1);
        QCOMPARE(at::get_num_threads(), 1);
        PreferencesDialog again;
        QCOMPARE(again.threadsBox()->value(), 1);
        again.restoreDefaults();
        again.apply();
        QCOMPARE(AppSettings::computeThreads(), 0);
        QCOMPARE(at::get_num_threads(), AppSettings::automaticComputeThreads());
    }

    void editedSettingsFileValuesThatAreNotOfferedAreIgnored() {
        QSettings s;
        s.beginGroup(QLatin1String(AppSettings::SpectrogramGroup));
        s.setValue(QStringLiteral("fft"), QStringLiteral("12345"));
        s.setValue(QStringLiteral("colorMap"), QStringLiteral("no-such-map"));
        s.setValue(QStringLiteral("melBands"), 100000);
        s.endGroup();
        SpectrogramControls c;
        s.beginGroup(QLatin1String(AppSettings::SpectrogramGroup));
        c.restoreSettings(s);
        QCOMPARE(c.spec().nFft, 1024);
        QCOMPARE(c.colorMap(), QStringLiteral("magma"));
        QCOMPARE(c.melBox()->value(), 128);
        s.endGroup();
        s.remove(QLatin1String(AppSettings::SpectrogramGroup));
    }

    void windowComesBackAsItWasClosed() {
        {
            MainWindow w;
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.resize(1333, 777);
            w.findChild<QDockWidget *>(QStringLiteral("augmentDock"))->hide();
            QVERIFY(w.close());
        }
        MainWindow again;
        again.show();
        QVERIFY(QTest::qWaitForWindowExposed(&again));
        QCOMPARE(again.size(), QSize(1333, 777));
        QVERIFY(!again.findChild<QDockWidget *>(QStringLiteral("augmentDock"))->isVisible());
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("browserDock"))->isVisible());
        // The View menu's action (Ctrl+Shift+A) brings the dock back.
        QAction *toggle = again.findChild<QDockWidget *>(QStringLiteral("augmentDock"))->toggleViewAction();
        QCOMPARE(toggle->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
        toggle->trigger();
        QVERIFY(again.findChild<QDockWidget *>(QStringLiteral("augmentDock"))->isVisible());
        QSettings().remove(QLatin1String(AppSettings::WindowGeometryKey));
        QSettings().remove(QLatin1String(AppSettings::WindowStateKey));
    }

    void recentFilesAndFoldersNewestFirst() {
        AppSettings::clearRecentPaths();
        const QString clip = m_sample + QStringLiteral("/genres/blues/blues.00000.wav");
        MainWindow w;
        QSignalSpy opened(w.inspector(), &ClipInspector::opened);
        w.openAudioFile(clip);
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 1; }, 30000));
        QCOMPARE(AppSettings::recentPaths(), QStringList{QDir::cleanPath(clip)});
        // A file that does not open is not remembered.
        QTemporaryDir dir;
        const QString text = dir.filePath(QStringLiteral("notes.mp3"));
        QFile f(text);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("not audio at all\n");
        f.close();
        QSignalSpy failed(w.inspector(), &ClipInspector::failed);
        w.openAudioFile(text);
        QVERIFY(QTest::qWaitFor([&] { return failed.count() == 1; }, 30000));
        QCOMPARE(AppSettings::recentPaths().size(), 1);
        for (int i = 0; i < AppSettings::MaxRecent + 3; ++i) AppSettings::addRecentPath(dir.filePath(QString::number(i)));
        AppSettings::addRecentPath(clip); // again: moves to the front, no duplicate
        const QStringList list = AppSettings::recentPaths();
        QCOMPARE(list.size(), AppSettings::MaxRecent);
        QCOMPARE(list.first(), QDir::cleanPath(clip));
        QCOMPARE(list.count(QDir::cleanPath(clip)), 1);

        // File > Open recent lists them; a path that went away is taken off when chosen.
        QMenu *recent = w.findChild<QMenu *>(QStringLiteral("recentMenu"));
        QVERIFY(recent);
        QMetaObject::invokeMethod(recent, "aboutToShow");
        QCOMPARE(recent->actions().first()->text(), QDir::toNativeSeparators(QDir::cleanPath(clip)));
        QAction *gone = recent->actions().at(1);
        QVERIFY(!QFileInfo::exists(gone->text()));
        gone->trigger();
        QCOMPARE(AppSettings::recentPaths().size(), AppSettings::MaxRecent - 1);
        QVERIFY(!AppSettings::recentPaths().contains(gone->text()));
        AppSettings::clearRecentPaths();
    }

    void darkThemeReachesThePlots() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(Theme::apply(QStringLiteral("dark")), QStringLiteral("dark"));
        QVERIFY(QApplication::palette().color(QPalette::Window).lightness() < 80);
        const QList<QCustomPlot *> plots = w.findChildren<QCustomPlot *>();
        QVERIFY(plots.size() >= 2); // waveform and spectrogram
        for (QCustomPlot *plot : plots) {
            QTRY_VERIFY(plot->xAxis->tickLabelColor().lightness() > 160);
            QVERIFY(plot->axisRect()->backgroundBrush().color().lightness() < 80);
        }
        Theme::apply(QStringLiteral("system"));
        for (QCustomPlot *plot : plots) QTRY_VERIFY(plot->xAxis->tickLabelColor().lightness() < 100);
        QCOMPARE(Theme::apply(QStringLiteral("no-such-theme")), QStringLiteral("system"));
    }

    void shortcutsDialogListsEveryActionWithAShortcutAndNoneClash() {
        MainWindow w;
        const QList<QAction *> actions = w.findChildren<QAction *>();
        ShortcutsDialog dialog(actions, {{QStringLiteral("Mouse wheel"), QStringLiteral("Zoom")}});
        QTableWidget *table = dialog.table();
        QHash<QString, QString> listed; // keys -> action
        for (int r = 0; r < table->rowCount(); ++r) listed.insert(table->item(r, 0)->text(), table->item(r, 1)->text());
        QCOMPARE(listed.value(QStringLiteral("Mouse wheel")), QStringLiteral("Zoom"));
        // The frequent actions have keys, and the dialog shows them.
        for (const QString &name :
             {QStringLiteral("Open folder..."), QStringLiteral("Open audio file..."), QStringLiteral("Preferences..."), QStringLiteral("Quit"),
              QStringLiteral("Play / pause"), QStringLiteral("Stop"), QStringLiteral("Keyboard shortcuts...")}) {
            QAction *a = menuAction(w.menuBar(), name);
            QVERIFY2(a, qPrintable(name));
            QVERIFY2(!a->shortcut().isEmpty(), qPrintable(name + QStringLiteral(" has no shortcut")));
            const QString keys = a->shortcut().toString(QKeySequence::NativeText);
            QVERIFY2(listed.contains(keys) || std::any_of(listed.keyBegin(), listed.keyEnd(), [&](const QString &k) { return k.startsWith(keys); }),
                     qPrintable(keys));
        }
        // No key sequence triggers two window-wide actions.
        QHash<QKeySequence, QString> owner;
        for (QAction *a : actions) {
            if (a->shortcutContext() != Qt::WindowShortcut && a->shortcutContext() != Qt::ApplicationShortcut) continue;
            if (!a->isVisible()) continue;
            for (const QKeySequence &k : a->shortcuts()) {
                QVERIFY2(!owner.contains(k), qPrintable(QStringLiteral("%1 is both \"%2\" and \"%3\"").arg(k.toString(), owner.value(k), a->text())));
                owner.insert(k, a->text());
            }
        }
        // Typing filters the list.
        auto *filter = dialog.findChild<QLineEdit *>(QStringLiteral("shortcutsFilter"));
        QTest::keyClicks(filter, QStringLiteral("quit"));
        int shown = 0;
        for (int r = 0; r < table->rowCount(); ++r) shown += table->isRowHidden(r) ? 0 : 1;
        QCOMPARE(shown, 1);
    }
};

// A 1920x1080 screen: the remembered window (1333x777) fits it, so it must come back as it was
// (a window larger than its screen is shrunk to fit: the offscreen default is only 800x600).
int main(int argc, char **argv) {
    QTemporaryDir dir;
    if (!testsupport::useOffscreenScreen(QSize(1920, 1080), dir.path())) return 3;
    QApplication app(argc, argv);
    Preferences test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}
#include "test_preferences.moc"
