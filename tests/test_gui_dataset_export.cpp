// The window's side of the NumPy export and the label files: Data set > Export features... runs the
// engine's exportDataset as a job with progress and Cancel (cancelled: no file), and the Predict
// tab's Export labels... writes the selected answer as the CLI's --labels does. Screenshots of the
// dialog go to $GTZAN_SCREENSHOT_DIR.
#include "Screenshots.h"
#include "TestSupport.h"
#include "app/gui/DatasetExportDialog.h"
#include "app/gui/MainWindow.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/TaskControls.h"
#include "tensor/TorchRuntime.h"
#include "widgets/DatasetBrowser.h"
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::gui;

class GuiDatasetExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_data;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings and caches in test locations, not the user's
        QSettings().remove(QStringLiteral("prediction/model"));
        gtzan::configureTorchThreads(2);
        m_data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
    }

    void theMenuOpensTheDialogOnTheOpenDataSet() {
        MainWindow w;
        w.openFolder(m_data);
        QTRY_VERIFY_WITH_TIMEOUT(!w.browser()->isScanning(), 30000);
        auto *menu = w.menuBar()->findChild<QMenu *>(QStringLiteral("datasetMenu"));
        QVERIFY(menu);
        QCOMPARE(menu->actions().size(), 1);
        menu->actions().first()->trigger();
        QVERIFY(w.datasetExportDialog());
        QCOMPARE(QDir(w.datasetExportDialog()->dataEdit()->text()), QDir(m_data));
    }

    void exportsWithProgressAndSaysWhatItWrote() {
        DatasetExportDialog d(m_data);
        d.resize(640, 380);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        const QString out = m_dir.filePath(QStringLiteral("gtzan.npz"));
        d.outEdit()->setText(out);
        d.splitEdit()->setText(testsupport::requireShared(QStringLiteral("data/splits/fault-filtered")));
        d.segmentBox()->setValue(4);
        QSignalSpy exported(&d, &DatasetExportDialog::exported);
        QTest::mouseClick(d.controls()->startButton(), Qt::LeftButton);
        QVERIFY(d.isRunning());
        QVERIFY(d.controls()->cancelButton()->isEnabled());
        QVERIFY(exported.wait(120000));
        QVERIFY(!d.isRunning());
        const auto summary = exported.first().at(1).value<gtzan::DatasetExportSummary>();
        QCOMPARE(summary.clips, 50);
        QCOMPARE(summary.featureShape, (std::vector<int64_t>{350, 96, 125}));
        QVERIFY(QFile::exists(out));
        QVERIFY2(d.controls()->statusLabel()->text().contains(QStringLiteral("50 clips")), qPrintable(d.controls()->statusLabel()->text()));
        testsupport::saveScreenshot(&d, QStringLiteral("dataset-export.png"));
    }

    void cancelLeavesNoFileAndAnIncompleteFormIsSaid() {
        DatasetExportDialog d(m_data);
        d.show();
        d.featuresBox()->setCurrentIndex(0); // None
        d.embeddingBox()->setCurrentIndex(0);
        d.outEdit()->setText(m_dir.filePath(QStringLiteral("nothing.npz")));
        QTest::mouseClick(d.controls()->startButton(), Qt::LeftButton);
        QVERIFY(!d.isRunning());
        QVERIFY2(d.controls()->statusLabel()->text().contains(QStringLiteral("features")), qPrintable(d.controls()->statusLabel()->text()));
        QVERIFY(!d.segmentBox()->isEnabled()); // no features: no segments to cut

        // musicnn on 50 clips takes long enough to be cancelled on the way.
        const QString out = m_dir.filePath(QStringLiteral("cancelled.npz"));
        d.outEdit()->setText(out);
        d.embeddingBox()->setCurrentIndex(1);
        QSignalSpy failed(&d, &DatasetExportDialog::failed);
        QTest::mouseClick(d.controls()->startButton(), Qt::LeftButton);
        QVERIFY(d.isRunning());
        QTest::qWait(300);
        QTest::mouseClick(d.controls()->cancelButton(), Qt::LeftButton);
        QVERIFY(failed.wait(60000));
        QCOMPARE(failed.first().at(1).toBool(), true);
        QVERIFY(!QFile::exists(out));
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("*cancelled*")}, QDir::Files | QDir::Hidden), QStringList{});
        QVERIFY2(d.controls()->statusLabel()->text().contains(QStringLiteral("nothing was written")),
                 qPrintable(d.controls()->statusLabel()->text()));
    }

    void predictTabExportsTheSelectedAnswerAsLabels() {
        PredictionPanel panel;
        QSignalSpy changed(&panel, &PredictionPanel::modelChanged);
        panel.setModelPath(PredictionPanel::kSmallStarterModel);
        QTRY_VERIFY_WITH_TIMEOUT(changed.count() == 1 && !panel.isLoadingModel(), 60000);
        const QString clip = m_data + QStringLiteral("/genres/jazz/jazz.00001.wav");
        panel.addPaths({clip});
        QTRY_VERIFY_WITH_TIMEOUT(panel.rowCount() == 1 && panel.done(0) && !panel.isBusy(), 60000);
        QVERIFY(panel.entry(0).ok);
        QSignalSpy exported(&panel, &PredictionPanel::exported), failed(&panel, &PredictionPanel::exportFailed);
        const QString path = m_dir.filePath(QStringLiteral("jazz.00001.genres.csv"));
        panel.table()->selectionModel()->clearCurrentIndex();
        panel.exportLabels(path, gtzan::LabelFormat::SonicVisualiser); // nothing selected
        QCOMPARE(failed.count(), 1);
        QVERIFY(!QFile::exists(path));
        panel.selectRow(0);
        panel.exportLabels(path, gtzan::LabelFormat::SonicVisualiser);
        QCOMPARE(exported.count(), 1);
        QFile f(path);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray written = f.readAll();
        QCOMPARE(written, gtzan::genreLabels(panel.entry(0).prediction, panel.modelSummary().genres, gtzan::LabelFormat::SonicVisualiser));
        const QStringList rows =
            QString::fromUtf8(written).split(QLatin1Char('\n'), Qt::SkipEmptyParts).filter(QRegularExpression(QStringLiteral("^[^#]")));
        QCOMPARE(rows.size(), int(panel.entry(0).prediction.segments.size()));
        QVERIFY(panel.exportLabelsButton()->isVisibleTo(&panel));
    }
};

QTEST_MAIN(GuiDatasetExport)
#include "test_gui_dataset_export.moc"
