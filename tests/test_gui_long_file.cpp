// A long file in the inspector, as a person opens one: its waveform appears while it still
// decodes, the spectrogram fills in piece by piece behind a progress bar, the exact pictures
// follow, and choosing another clip meanwhile stops the decode and shows that clip instead.
// ctest runs it on a generated 12-minute WAV (a trimmed variant). As a benchmark, it measures the
// time to the first and to the whole picture of any file given in GTZAN_LONG_FILES (paths
// separated by ':'; the figures in docs/benchmarks.md come from a 10-minute MP3 and a two-hour
// 44.1 kHz stereo WAV): `GTZAN_LONG_FILES=a.mp3:b.wav build/bin/test_gui_long_file benchmark`.
#include "TestSupport.h"
#include "audio/AudioWriter.h"
#include "dsp/ProgressiveDisplaySpectrogram.h"
#include "widgets/ClipInspector.h"
#include "widgets/SpectrogramView.h"
#include "widgets/WaveformView.h"
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace gtzan::widgets;

class GuiLongFile : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_long;
    static constexpr double kSeconds = 720;

    // A 12-minute mono WAV at 44.1 kHz (long enough that decoding and resampling it takes over a
    // second here): a tone that steps up every 10 s, so every piece differs.
    static QString makeLongWav(const QString &path) {
        gtzan::Audio a;
        a.sampleRate = 44100;
        a.samples.resize(size_t(kSeconds * a.sampleRate));
        for (size_t i = 0; i < a.samples.size(); ++i) {
            const double t = double(i) / a.sampleRate;
            a.samples[i] = float(0.4 * std::sin(2 * M_PI * (220.0 + 20.0 * std::floor(t / 10.0)) * t));
        }
        gtzan::writeAudio(path, a);
        return path;
    }

private Q_SLOTS:
    void initTestCase() { m_long = makeLongWav(m_dir.filePath(QStringLiteral("twelve-minutes.wav"))); }

    // The engine's preview: pooled columns over the expected length, filled as audio arrives.
    void thePreviewFillsAsAudioArrives() {
        gtzan::DisplaySpectrogramSpec spec;
        const int rate = 22050;
        gtzan::ProgressiveDisplaySpectrogram p(spec, rate, 60.0, 500);
        const int columns = p.preview().db.cols;
        QVERIFY(columns <= 500 && columns >= 400);
        std::vector<float> samples = testsupport::sine(440.0, 60.0, rate);
        std::vector<float> part(samples.begin(), samples.begin() + 20 * rate);
        QVERIFY(p.update(part));
        const int afterThird = p.filledColumns();
        QVERIFY2(std::abs(afterThird - columns / 3) <= 2, qPrintable(QString::number(afterThird)));
        QVERIFY(!p.update(part)); // nothing new
        QCOMPARE(p.preview().db.at(0, columns - 1), gtzan::ProgressiveDisplaySpectrogram::kUnfilledDb);
        QVERIFY(p.update(samples));
        QVERIFY(p.filledColumns() >= columns - 1);
        // The 440 Hz row is loud where it was filled, as in the exact spectrogram.
        gtzan::Audio whole;
        whole.sampleRate = rate;
        whole.samples = samples;
        const gtzan::DisplaySpectrogram exact = gtzan::computeDisplaySpectrogram(whole, spec);
        const int row = exact.rowForHz(440.0);
        QVERIFY(std::abs(p.preview().db.at(row, columns / 2) - exact.db.at(row, exact.db.cols / 2)) < 3.0);
    }

    void aLongFileShowsItsWaveformWhileItDecodes() {
        ClipInspector inspector;
        inspector.resize(1000, 600);
        inspector.show();
        QSignalSpy previews(&inspector, &ClipInspector::previewShown);
        QSignalSpy opened(&inspector, &ClipInspector::opened);
        inspector.openFile(m_long);
        QVERIFY(QTest::qWaitFor([&] { return opened.count() == 1; }, 120000));
        qInfo("12-minute WAV: first picture %.0f ms, whole picture %.0f ms, %lld previews", inspector.firstPictureMilliseconds(),
              inspector.lastOpenMilliseconds(), qint64(previews.count()));
        QVERIFY2(previews.count() >= 1, "the decode ended before any preview: nothing was shown while it ran");
        QVERIFY(inspector.firstPictureMilliseconds() < inspector.lastOpenMilliseconds());
        // The exact picture replaced the preview: the whole length, at the full frame rate.
        QVERIFY(std::abs(inspector.spectrogram()->spectrogram().secondsPerFrame() - 512.0 / 22050.0) < 1e-9);
        QVERIFY(std::abs(inspector.originalAudio()->seconds() - kSeconds) < 0.1);
        QVERIFY(!inspector.findChild<QWidget *>(QStringLiteral("openProgress"))->isVisible());
    }

    void anotherClipChosenMeanwhileReplacesIt() {
        ClipInspector inspector;
        inspector.show();
        QSignalSpy opened(&inspector, &ClipInspector::opened);
        inspector.openFile(m_long);
        QTest::qWait(150); // decoding
        QVERIFY(inspector.isBusy());
        const QString shortClip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00001.wav"));
        QElapsedTimer clock;
        clock.start();
        inspector.openFile(shortClip);
        QVERIFY(QTest::qWaitFor([&] { return opened.count() >= 1 && !inspector.isBusy(); }, 60000));
        qInfo("the short clip was shown %lld ms after it was chosen", clock.elapsed());
        QCOMPARE(opened.count(), 1); // the long file never finished: its decode was stopped
        QCOMPARE(opened.first().at(0).toString(), shortClip);
        QCOMPARE(inspector.currentPath(), shortClip);
        QVERIFY(std::abs(inspector.originalAudio()->seconds() - 30.0) < 0.5);
    }

    // By hand: GTZAN_LONG_FILES=a.mp3:b.wav. Time to the first and to the whole picture.
    void benchmark() {
        const QStringList files = qEnvironmentVariable("GTZAN_LONG_FILES").split(QLatin1Char(':'), Qt::SkipEmptyParts);
        if (files.isEmpty()) QSKIP("a benchmark: give it files in GTZAN_LONG_FILES");
        for (const QString &f : files) {
            ClipInspector inspector;
            inspector.resize(1200, 700);
            inspector.show();
            QSignalSpy opened(&inspector, &ClipInspector::opened);
            QSignalSpy failed(&inspector, &ClipInspector::failed);
            inspector.openFile(f);
            QVERIFY(QTest::qWaitFor([&] { return opened.count() + failed.count() >= 1; }, 1800000));
            QCOMPARE(failed.count(), 0);
            qInfo("%s: %.0f s of audio; first picture %.0f ms, whole picture %.0f ms", qPrintable(QFileInfo(f).fileName()),
                  inspector.originalAudio()->seconds(), inspector.firstPictureMilliseconds(), inspector.lastOpenMilliseconds());
        }
    }
};

QTEST_MAIN(GuiLongFile)
#include "test_gui_long_file.moc"
