// Figures and sounds to take away, as an instructor makes them: a real clip in Explore with noise
// and a pitch shift switched on in the panel, exported as an A/B pair (two WAVs and the compare
// view as PNG and SVG, named after the clip and the augmentation) and as a figure of the view.
// The files are read back: the PNG has the size asked for, the SVG is a drawing with the title,
// the WAVs decode to the original and to the augmented clip. A figure that cannot be written
// leaves an existing file as it was.
#include "TestSupport.h"
#include "app/gui/MainWindow.h"
#include "audio/AudioDecoder.h"
#include "widgets/AugmentationPanel.h"
#include "widgets/ClipInspector.h"
#include "widgets/DatasetBrowser.h"
#include <QCheckBox>
#include <QColor>
#include <QFile>
#include <QImage>
#include <QSignalSpy>
#include <QSlider>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::gui;
using namespace gtzan::widgets;
using gtzan::AugmentKind;

class GuiExport : public QObject {
    Q_OBJECT
    QString m_clip;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        m_clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/blues/blues.00000.wav"));
    }

    void anABPairAndAFigureAreWrittenAndReadBack() {
        MainWindow w;
        w.show();
        w.openAudioFile(m_clip);
        QVERIFY(QTest::qWaitFor([&] { return w.inspector()->originalAudio() && !w.inspector()->isBusy(); }, 60000));
        AugmentationPanel *panel = w.augmentation();
        panel->slider(AugmentKind::Noise)->setValue(40); // 20 dB (0.5 dB a step)
        panel->toggle(AugmentKind::Noise)->setChecked(true);
        panel->slider(AugmentKind::Pitch)->setValue(4); // +2 semitones
        panel->toggle(AugmentKind::Pitch)->setChecked(true);
        QVERIFY(QTest::qWaitFor(
            [&] { return w.inspector()->hasAugmented() && !w.inspector()->isBusy() && w.inspector()->augmentation().pitchSemitones; }, 60000));
        QCOMPARE(w.augmentedStem(), QStringLiteral("blues.00000_pitch+2_noise20dB"));

        QTemporaryDir dir;
        if (!qEnvironmentVariableIsEmpty("GTZAN_KEEP_EXPORTS")) dir.setAutoRemove(false); // to look at them
        QSignalSpy written(&w, &MainWindow::pairExported);
        w.exportPair(dir.path(), QSize(1200, 800));
        QVERIFY(QTest::qWaitFor([&] { return written.count() == 1; }, 60000));
        QVERIFY(w.inspector()->compareMode()); // the figure is the compare view's
        const QString stem = dir.filePath(QStringLiteral("blues.00000_pitch+2_noise20dB"));
        const QImage png(stem + QStringLiteral(".png"));
        QCOMPARE(png.size(), QSize(1200, 800));
        // Not a blank page: the spectrograms' colours fill much of it.
        int coloured = 0;
        for (int y = 0; y < png.height(); y += 8)
            for (int x = 0; x < png.width(); x += 8)
                if (QColor(png.pixel(x, y)).hsvSaturation() > 80) ++coloured;
        QVERIFY2(coloured > (png.width() / 8) * (png.height() / 8) / 5, qPrintable(QString::number(coloured)));
        QFile svg(stem + QStringLiteral(".svg"));
        QVERIFY(svg.open(QIODevice::ReadOnly));
        const QByteArray drawing = svg.readAll();
        QVERIFY(drawing.contains("<svg"));
        QVERIFY(drawing.contains("blues.00000.wav")); // the title names the clip
        const gtzan::Audio a = gtzan::decodeAudio(dir.filePath(QStringLiteral("blues.00000_A_original.wav")));
        const gtzan::Audio b = gtzan::decodeAudio(stem + QStringLiteral(".wav"));
        QCOMPARE(a.samples.size(), w.inspector()->originalAudio()->samples.size());
        QCOMPARE(b.samples.size(), w.inspector()->augmentedAudio()->samples.size());
        double differ = 0;
        for (size_t i = 0; i < std::min(a.samples.size(), b.samples.size()); ++i) differ += std::abs(a.samples[i] - b.samples[i]);
        QVERIFY2(differ > 100.0, "B is not the augmented clip");

        // The single view as a figure, SVG at another size.
        w.setCompareMode(false);
        QVERIFY(QTest::qWaitFor([&] { return !w.inspector()->isBusy() && !w.inspector()->figurePlots().isEmpty(); }, 30000));
        const QString single = dir.filePath(QStringLiteral("single.svg"));
        QVERIFY(w.exportFigure(single, QSize(900, 600)));
        QVERIFY(QFileInfo(single).size() > 1000);
    }

    void aFigureThatCannotBeWrittenKeepsTheOldFile() {
        MainWindow w;
        w.show();
        w.openAudioFile(m_clip);
        QVERIFY(QTest::qWaitFor([&] { return w.inspector()->originalAudio() && !w.inspector()->isBusy(); }, 60000));
        QTemporaryDir dir;
        const QString kept = dir.filePath(QStringLiteral("kept.png"));
        QFile old(kept);
        QVERIFY(old.open(QIODevice::WriteOnly));
        old.write("an earlier figure");
        old.close();
        QVERIFY(!w.exportFigure(kept, QSize(50, 50))); // too small: refused before anything is written
        QVERIFY(!w.exportFigure(dir.filePath(QStringLiteral("figure.bmp")), QSize(800, 600)));
        QVERIFY(!w.exportFigure(dir.filePath(QStringLiteral("no/such/folder/f.png")), QSize(800, 600)));
        QFile again(kept);
        QVERIFY(again.open(QIODevice::ReadOnly));
        QCOMPARE(again.readAll(), QByteArray("an earlier figure"));
    }
};

QTEST_MAIN(GuiExport)
#include "test_gui_export.moc"
