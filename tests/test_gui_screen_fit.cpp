// The window on a student's laptop: on a 1366x768 screen (and, in a child process, 1280x720), in
// English, German and Korean, after every tab and sub-page has been shown, the window opens inside
// the screen, its minimum size fits the screen, the plots that must be read keep their minimum
// heights, no axis prints tick labels over each other, and the dialogs fit as well.
// The screen is an offscreen platform screen of that size (QT_QPA_PLATFORM's configfile), set up
// in main() before QApplication exists.
#include "OffscreenScreen.h"
#include "TestSupport.h"
#include "app/gui/Language.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/PreferencesDialog.h"
#include "widgets/ClipInspector.h"
#include "widgets/DatasetBrowser.h"
#include "widgets/GenreProbabilityChart.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/SpectrogramView.h"
#include "widgets/WaveformView.h"
#include <QDialog>
#include <QFontMetrics>
#include <QProcess>
#include <QScreen>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::gui;
using namespace gtzan::widgets;

namespace {
// The screen this process runs on (GTZAN_TEST_SCREEN, WIDTHxHEIGHT; 1366x768 by default).
QSize testScreen() {
    const QList<QByteArray> wh = qgetenv("GTZAN_TEST_SCREEN").split('x');
    if (wh.size() == 2 && wh[0].toInt() > 0 && wh[1].toInt() > 0) return QSize(wh[0].toInt(), wh[1].toInt());
    return QSize(1366, 768);
}

// A desktop takes part of the screen (a panel) and the window manager adds a title bar: the
// window's client area has at most this much.
constexpr int kPanelAndTitle = 60;

// Tick labels of an axis that run into each other ("0 0.20.40.60.8 1"): false when they do, with why.
bool tickLabelsApart(QCPAxis *axis, QString *why) {
    if (!axis->visible() || !axis->tickLabels()) return true;
    const QVector<double> ticks = axis->tickVector();
    const QVector<QString> labels = axis->tickVectorLabels();
    const QFontMetrics fm(axis->tickLabelFont());
    const bool horizontal = axis->orientation() == Qt::Horizontal;
    for (int i = 0; i + 1 < ticks.size() && i + 1 < labels.size(); ++i) {
        if (!axis->range().contains(ticks[i]) || !axis->range().contains(ticks[i + 1])) continue;
        const double gap = std::abs(axis->coordToPixel(ticks[i + 1]) - axis->coordToPixel(ticks[i]));
        const double need = horizontal ? (fm.horizontalAdvance(labels[i]) + fm.horizontalAdvance(labels[i + 1])) / 2.0 + 2 : fm.height();
        if (gap < need) {
            *why = QStringLiteral("\"%1\" and \"%2\" are %3 px apart, need %4").arg(labels[i], labels[i + 1]).arg(gap).arg(need);
            return false;
        }
    }
    return true;
}

// Why a window is too tall or too wide: from the root down, the child that asks for the most,
// with what it asks for ("MainWindow 1074 > QTabWidget 980 > PredictionPanel 980 > ...").
QString demandingChain(QWidget *root, bool height) {
    QStringList chain;
    for (QWidget *w = root; w;) {
        const QSize need = w->minimumSizeHint().expandedTo(w->minimumSize());
        chain << QStringLiteral("%1(%2) %3")
                     .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                     .arg(height ? need.height() : need.width());
        QWidget *next = nullptr;
        int most = -1;
        for (QWidget *c : w->findChildren<QWidget *>(QString(), Qt::FindDirectChildrenOnly)) {
            if (c->isWindow()) continue; // hidden pages count too: a stack asks for its largest page
            const QSize n = c->minimumSizeHint().expandedTo(c->minimumSize());
            const int v = height ? n.height() : n.width();
            if (v > most) most = v, next = c;
        }
        w = next;
        if (chain.size() > 14) break;
    }
    return chain.join(QStringLiteral(" > "));
}

// Every tab page of the window, and of the tab widgets inside them, shown once: the window's
// minimum size is what its biggest page asks for, and some pages build their contents when shown.
void showEveryPage(QWidget *root) {
    for (QTabWidget *tabs : root->findChildren<QTabWidget *>()) {
        const int was = tabs->currentIndex();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QCoreApplication::processEvents();
        }
        tabs->setCurrentIndex(was);
    }
}
} // namespace

class GuiScreenFit : public QObject {
    Q_OBJECT
    QString m_sample;

    bool openSample(MainWindow &w) {
        QSignalSpy opened(w.browser(), &DatasetBrowser::folderOpened);
        w.openFolder(m_sample);
        return QTest::qWaitFor([&] { return opened.count() == 1; }, 60000) &&
               QTest::qWaitFor([&] { return !w.browser()->isScanning() && !w.inspector()->isBusy(); }, 60000);
    }

    // The plots a person reads, on the page shown, at the window's size.
    void checkPlotsOf(QWidget *page, const QString &where) {
        for (QCustomPlot *plot : page->findChildren<QCustomPlot *>()) {
            if (!plot->isVisible()) continue;
            for (QCPAxis *axis : plot->axisRect()->axes()) {
                QString why;
                QVERIFY2(tickLabelsApart(axis, &why),
                         qPrintable(where + QStringLiteral(": ") + plot->parentWidget()->metaObject()->className() + QStringLiteral(" ") + why));
            }
        }
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
        QSettings().clear();
        m_sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        QCOMPARE(QGuiApplication::primaryScreen()->size(), testScreen());
    }
    void cleanup() { Language::install(QStringLiteral("en")); }

    void everyTabFitsTheScreen_data() {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
        QTest::newRow("ko") << QStringLiteral("ko");
    }
    void everyTabFitsTheScreen() {
        QFETCH(QString, language);
        QCOMPARE(Language::install(language), language);
        QSettings().clear(); // a first start: no remembered layout
        const QSize screen = testScreen();
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // It opens inside the screen, both docks shown.
        QVERIFY2(w.width() <= screen.width() && w.height() <= screen.height(),
                 qPrintable(QStringLiteral("opens at %1x%2; height: %3; width: %4")
                                .arg(w.width())
                                .arg(w.height())
                                .arg(demandingChain(&w, true), demandingChain(&w, false))));
        QVERIFY(openSample(w));
        w.predictPaths({m_sample + QStringLiteral("/genres/jazz/jazz.00001.wav")});
        QVERIFY(QTest::qWaitFor([&] { return !w.predictionPanel()->isBusy() && !w.predictionPanel()->inspector()->isBusy(); }, 120000));
        showEveryPage(&w);
        const QSize min = w.minimumSizeHint().expandedTo(w.minimumSize());
        const QSize room(screen.width(), screen.height() - kPanelAndTitle);
        const bool fits = min.width() <= room.width() && min.height() <= room.height();
        if (!fits && !qEnvironmentVariableIsEmpty("GTZAN_SCREENSHOT_DIR")) w.resize(room); // to see what does not fit
        QVERIFY2(fits, qPrintable(QStringLiteral("%1: the window needs %2x%3, the screen has %4x%5; height: %6; width: %7")
                                      .arg(language)
                                      .arg(min.width())
                                      .arg(min.height())
                                      .arg(room.width())
                                      .arg(room.height())
                                      .arg(demandingChain(&w, true), demandingChain(&w, false))));

        // At the room it has, every tab keeps its plots readable.
        w.resize(room);
        for (int i = 0; i < w.tabs()->count(); ++i) {
            w.tabs()->setCurrentIndex(i);
            QTest::qWait(50);
            QCoreApplication::processEvents();
            // GTZAN_SCREENSHOT_DIR: each tab as this test sees it, for a person to look at.
            const QString shots = qEnvironmentVariable("GTZAN_SCREENSHOT_DIR");
            if (!shots.isEmpty())
                w.grab().save(QStringLiteral("%1/fit-%2x%3-%4-tab%5.png").arg(shots).arg(screen.width()).arg(screen.height()).arg(language).arg(i));
            checkPlotsOf(w.tabs()->currentWidget(), language + QStringLiteral(" tab ") + QString::number(i));
        }
        w.tabs()->setCurrentWidget(w.predictionPanel());
        QTest::qWait(50);
        PredictionPanel *p = w.predictionPanel();
        QVERIFY2(p->inspector()->spectrogram()->plot()->height() >= 120, qPrintable(QStringLiteral("%1: the Predict tab's spectrogram is %2 px tall")
                                                                                        .arg(language)
                                                                                        .arg(p->inspector()->spectrogram()->plot()->height())));
        QVERIFY2(p->chart()->height() >= 150,
                 qPrintable(QStringLiteral("%1: the genre chart is %2 px tall").arg(language).arg(p->chart()->height())));
        w.tabs()->setCurrentWidget(w.inspector());
        QTest::qWait(50);
        QVERIFY2(w.inspector()->spectrogram()->plot()->height() >= 120,
                 qPrintable(
                     QStringLiteral("%1: the Explore spectrogram is %2 px tall").arg(language).arg(w.inspector()->spectrogram()->plot()->height())));
    }

    void dialogsFitTheScreen_data() { everyTabFitsTheScreen_data(); }
    void dialogsFitTheScreen() {
        QFETCH(QString, language);
        QCOMPARE(Language::install(language), language);
        const QSize screen = testScreen();
        const QSize room(screen.width(), screen.height() - kPanelAndTitle);
        MainWindow w;
        w.show();
        PreferencesDialog prefs(&w);
        prefs.show();
        QCoreApplication::processEvents();
        QVERIFY2(prefs.minimumSizeHint().height() <= room.height() && prefs.minimumSizeHint().width() <= room.width(),
                 qPrintable(QStringLiteral("Preferences needs %1x%2").arg(prefs.minimumSizeHint().width()).arg(prefs.minimumSizeHint().height())));
        QVERIFY(prefs.height() <= room.height());
        // The starter loads as a task: the details describe it once it is in.
        QTRY_VERIFY_WITH_TIMEOUT(!w.predictionPanel()->modelSummary().genres.isEmpty(), 60000);
        std::unique_ptr<QDialog> details(w.predictionPanel()->createModelDetailsDialog());
        details->show();
        QCoreApplication::processEvents();
        const QSize need = details->minimumSizeHint();
        QVERIFY2(need.width() <= room.width() && need.height() <= room.height(),
                 qPrintable(QStringLiteral("Model details needs %1x%2").arg(need.width()).arg(need.height())));
        QVERIFY2(details->height() <= room.height() && details->width() <= room.width(),
                 qPrintable(QStringLiteral("Model details opens at %1x%2").arg(details->width()).arg(details->height())));
        // The starter is calibrated: its reliability diagram is the second page beside the matrix.
        auto *pages = details->findChild<QTabWidget *>(QStringLiteral("modelDetailsPages"));
        QVERIFY(pages);
        QVERIFY(details->findChild<QWidget *>(QStringLiteral("modelDetailsReliability")));
        const QString shots = qEnvironmentVariable("GTZAN_SCREENSHOT_DIR");
        for (int page = 0; page < pages->count(); ++page) {
            pages->setCurrentIndex(page);
            QCoreApplication::processEvents();
            if (!shots.isEmpty())
                details->grab().save(
                    QStringLiteral("%1/details-%2x%3-%4-page%5.png").arg(shots).arg(screen.width()).arg(screen.height()).arg(language).arg(page));
        }
    }

    // The same checks on a 1280x720 screen, in a process of its own (a process has one screen).
    void fitsA1280x720ScreenToo() {
        if (testScreen() != QSize(1366, 768)) QSKIP("this is the child process");
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("GTZAN_TEST_SCREEN"), QStringLiteral("1280x720"));
        child.setProcessEnvironment(env);
        child.setProcessChannelMode(QProcess::MergedChannels);
        child.start(QCoreApplication::applicationFilePath(), {QStringLiteral("everyTabFitsTheScreen"), QStringLiteral("dialogsFitTheScreen")});
        QVERIFY(child.waitForFinished(600000));
        const QByteArray out = child.readAll();
        QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, out.constData());
    }
};

// The offscreen platform's screen has the size asked for before QApplication starts.
int main(int argc, char **argv) {
    QTemporaryDir dir;
    if (!testsupport::useOffscreenScreen(testScreen(), dir.path())) return 3;
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("GTZAN Explorer"));
    QApplication::setOrganizationName(QStringLiteral("gtzan-explorer-test-screen-fit"));
    GuiScreenFit test;
    QTEST_SET_MAIN_SOURCE_PATH
    return QTest::qExec(&test, argc, argv);
}

#include "test_gui_screen_fit.moc"
