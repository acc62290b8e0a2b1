// The Faults tab and the browser's fault flags, driven as a person would, on a copy of the real
// sample with planted replicas (an exact copy filed under another genre, a trimmed copy 6 dB
// quieter): the known faults are flagged with their reason and filtered; "Find replicas" finds
// the planted pairs and badges them in the browser; A/B playback through the real audio output
// keeps the moment of the music; "Show in browser" selects the clip; the Train tab's "Leakage
// experiment" button starts the experiment on the Faults tab, and Cancel stops it.
#include "PulseNullSink.h"
#include "TestSupport.h"
#include "app/gui/ClipPlayback.h"
#include "app/gui/FaultsPanel.h"
#include "app/gui/LeakageView.h"
#include "app/gui/MainWindow.h"
#include "app/gui/ReplicasView.h"
#include "app/gui/TaskControls.h"
#include "app/gui/TrainingDashboard.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "widgets/ClipInspector.h"
#include "widgets/ClipTableModel.h"
#include "widgets/DatasetBrowser.h"
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::widgets;
using namespace gtzan::gui;

class GuiFaults : public QObject {
    Q_OBJECT
    testsupport::PulseNullSink m_pulse;
    QTemporaryDir m_dir;
    QString m_root, m_exactCopy, m_trimmedCopy;

    static bool openFolder(MainWindow &w, const QString &root) {
        QSignalSpy opened(w.browser(), &DatasetBrowser::folderOpened);
        w.openFolder(root);
        return QTest::qWaitFor([&] { return opened.count() == 1; }, 60000) &&
               QTest::qWaitFor([&] { return !w.browser()->isScanning() && !w.inspector()->isBusy(); }, 60000);
    }
    static int visibleRows(MainWindow &w) { return w.browser()->clipTable()->model()->rowCount(); }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"));
        m_root = m_dir.filePath(QStringLiteral("genres"));
        for (const QString &genre : QDir(sample).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QVERIFY(QDir().mkpath(m_root + QLatin1Char('/') + genre));
            for (const QString &f : QDir(sample + QLatin1Char('/') + genre).entryList(QDir::Files))
                QVERIFY(
                    QFile::link(sample + QLatin1Char('/') + genre + QLatin1Char('/') + f, m_root + QLatin1Char('/') + genre + QLatin1Char('/') + f));
        }
        // Planted replicas: blues.00000 filed as pop, and jazz.00001 from 4 s on, 6 dB quieter, as rock.
        const gtzan::Audio blues = gtzan::decodeAudio(sample + QStringLiteral("/blues/blues.00000.wav"));
        m_exactCopy = m_root + QStringLiteral("/pop/pop.00090.wav");
        gtzan::writeAudio(m_exactCopy, blues);
        gtzan::Audio jazz = gtzan::decodeAudio(sample + QStringLiteral("/jazz/jazz.00001.wav"));
        jazz.samples.erase(jazz.samples.begin(), jazz.samples.begin() + 4 * jazz.sampleRate);
        for (float &x : jazz.samples) x *= 0.5f;
        m_trimmedCopy = m_root + QStringLiteral("/rock/rock.00091.wav");
        gtzan::writeAudio(m_trimmedCopy, jazz);
        QString why;
        QVERIFY2(m_pulse.start(&why), qPrintable(why));
    }

    void knownFaultsAreFlaggedAndFiltered() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openFolder(w, m_root));
        QCOMPARE(visibleRows(w), 52);
        ClipTableModel *model = w.browser()->clipModel();
        QCOMPARE(model->faultCount(), 3); // hiphop.00001, metal.00004, reggae.00003: as the fault-filtered lists leave out
        const QModelIndex hiphop = model->index(model->rowOfPath(m_root + QStringLiteral("/hiphop/hiphop.00001.wav")), ClipTableModel::Faults);
        QVERIFY2(hiphop.data().toString().contains(QStringLiteral("fault-filtered")), qPrintable(hiphop.data().toString()));
        QComboBox *filter = w.browser()->faultFilter();
        filter->setCurrentIndex(2); // only faults
        QCOMPARE(visibleRows(w), 3);
        filter->setCurrentIndex(1); // without them
        QCOMPARE(visibleRows(w), 49);
        filter->setCurrentIndex(0);
        QCOMPARE(visibleRows(w), 52);
    }

    void replicasAreFoundBadgedAndPlayedAligned() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openFolder(w, m_root));
        w.tabs()->setCurrentWidget(w.faults());
        ReplicasView *view = w.faults()->replicas();
        view->controls()->startButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return view->controls()->startButton()->isEnabled(); }, 120000));
        QCOMPARE(int(view->result().pairs.size()), 2);
        QCOMPARE(view->table()->rowCount(), 2);
        // Each planted copy is paired with its original, none with anything else.
        QSet<QString> paired;
        for (const gtzan::ReplicaPair &p : view->result().pairs) {
            const QString a = view->result().files[p.a], b = view->result().files[p.b];
            paired << QFileInfo(a).fileName() + QLatin1Char('~') + QFileInfo(b).fileName();
            if (b == m_trimmedCopy || a == m_trimmedCopy)
                QVERIFY2(std::abs(std::abs(p.offsetSeconds) - 4.0) < 0.3, qPrintable(QString::number(p.offsetSeconds)));
        }
        QCOMPARE(paired, (QSet<QString>{QStringLiteral("blues.00000.wav~pop.00090.wav"), QStringLiteral("jazz.00001.wav~rock.00091.wav")}));
        // The browser badges them: 3 known faults + 4 clips of replica pairs.
        ClipTableModel *model = w.browser()->clipModel();
        QCOMPARE(model->faultCount(), 7);
        const QString note = model->index(model->rowOfPath(m_exactCopy), ClipTableModel::Faults).data().toString();
        QVERIFY2(note.contains(QStringLiteral("blues.00000.wav")) && note.contains(QStringLiteral("exact")), qPrintable(note));

        // A/B: the jazz pair; A plays, B takes over at the same moment of the music.
        int row = -1;
        for (int r = 0; r < view->table()->rowCount(); ++r)
            if (view->table()->item(r, 1)->text().contains(QStringLiteral("rock.00091"))) row = r;
        QVERIFY(row >= 0);
        view->table()->selectRow(row);
        view->playSide(false);
        ClipPlayback *playback = view->playback();
        QVERIFY(QTest::qWaitFor([&] { return playback->isPlaying() && playback->position() > 5.5; }, 30000));
        QVERIFY(playback->currentPath().endsWith(QStringLiteral("jazz.00001.wav")));
        const gtzan::ReplicaPair &p = view->result().pairs[size_t(row)];
        const double aAt = playback->position();
        view->playSide(true);
        QVERIFY(QTest::qWaitFor([&] { return playback->isPlaying() && playback->currentPath() == m_trimmedCopy; }, 30000));
        const double bAt = playback->position();
        // b(t) is a(t + offset): B starts where A was, less the offset (give or take the time passed).
        QVERIFY2(std::abs(bAt - (aAt - p.offsetSeconds)) < 0.6,
                 qPrintable(QStringLiteral("A at %1, B at %2, offset %3").arg(aAt).arg(bAt).arg(p.offsetSeconds)));
        playback->stop();

        // Show in browser selects clip A there, even through a filter that hid it.
        w.browser()->faultFilter()->setCurrentIndex(1);
        QPushButton *show = nullptr;
        for (QPushButton *b : view->findChildren<QPushButton *>())
            if (b->text().contains(QStringLiteral("browser"))) show = b;
        QVERIFY(show);
        show->click();
        QCOMPARE(w.browser()->currentPath(), view->result().files[p.a]);
    }

    void leakageButtonStartsTheExperimentAndCancelStopsIt() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openFolder(w, m_root));
        w.tabs()->setCurrentWidget(w.training());
        QPushButton *button = w.training()->findChild<QPushButton *>(QStringLiteral("trainLeakage"));
        QVERIFY(button);
        button->click();
        QCOMPARE(w.tabs()->currentWidget(), static_cast<QWidget *>(w.faults()));
        LeakageView *leakage = w.faults()->leakage();
        QCOMPARE(w.faults()->pages()->currentWidget(), static_cast<QWidget *>(leakage));
        QVERIFY(!leakage->controls()->startButton()->isEnabled()); // running
        QTest::qWait(300);
        leakage->controls()->cancelButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return leakage->controls()->startButton()->isEnabled(); }, 120000));
        QCOMPARE(leakage->controls()->statusLabel()->text(), QStringLiteral("Cancelled."));
        QVERIFY(leakage->result().arms.empty());
    }
};

QTEST_MAIN(GuiFaults)
#include "test_gui_faults.moc"
