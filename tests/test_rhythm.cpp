// Rhythm and the teaching layers: aubio's tempo and beats on generated click tracks and drum
// loops with known tempi, the tempogram, chroma and MFCC on signals whose answer is known, the
// beat clicks, and gtzan-cli rhythm's JSON.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include "dsp/Chroma.h"
#include "dsp/DisplaySpectrogram.h"
#include "dsp/Mfcc.h"
#include "dsp/Rhythm.h"
#include "dsp/Stft.h"
#include "dsp/Tempogram.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <random>

using namespace gtzan;

namespace {
const int kRate = 22050;

// A 1 kHz click, 10 ms, at every beat of `bpm` from `firstBeat` seconds.
Audio clickTrack(double bpm, double seconds, double firstBeat, std::vector<double> *clicks) {
    Audio a;
    a.sampleRate = kRate;
    a.samples.assign(size_t(seconds * kRate), 0.0f);
    for (double t = firstBeat; t < seconds; t += 60.0 / bpm) {
        clicks->push_back(t);
        const size_t start = size_t(std::lround(t * kRate));
        for (int i = 0; i < kRate / 100 && start + size_t(i) < a.samples.size(); ++i)
            a.samples[start + size_t(i)] = 0.8f * float(std::exp(-i / 40.0) * std::sin(2 * M_PI * 1000.0 * i / kRate));
    }
    return a;
}

// A rock beat at `bpm`: kick on 1 and 3, snare on 2 and 4, closed hi-hat on every eighth.
Audio drumLoop(double bpm, double seconds, std::vector<double> *beats) {
    Audio a;
    a.sampleRate = kRate;
    a.samples.assign(size_t(seconds * kRate), 0.0f);
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> noise(-1.0f, 1.0f);
    const double beat = 60.0 / bpm;
    auto add = [&](double t, int length, const std::function<float(int)> &sample) {
        const size_t start = size_t(std::lround(t * kRate));
        for (int i = 0; i < length && start + size_t(i) < a.samples.size(); ++i) a.samples[start + size_t(i)] += sample(i);
    };
    int n = 0;
    for (double t = 0; t < seconds; t += beat, ++n) {
        beats->push_back(t);
        if (n % 2 == 0) // kick: a falling 100 -> 50 Hz sine
            add(t, kRate / 5,
                [&](int i) { return 0.7f * float(std::exp(-i / 1500.0) * std::sin(2 * M_PI * (50.0 + 50.0 * std::exp(-i / 800.0)) * i / kRate)); });
        else // snare: noise and a 200 Hz body
            add(t, kRate / 6,
                [&](int i) { return float(std::exp(-i / 1200.0)) * (0.35f * noise(rng) + 0.2f * float(std::sin(2 * M_PI * 200.0 * i / kRate))); });
        for (int e = 0; e < 2; ++e) // hi-hat: short quiet noise
            add(t + e * beat / 2, kRate / 40, [&](int i) { return 0.12f * float(std::exp(-i / 120.0)) * noise(rng); });
    }
    return a;
}

double nearestDistance(const std::vector<double> &sorted, double t) {
    double best = 1e9;
    for (double s : sorted) best = std::min(best, std::abs(s - t));
    return best;
}
} // namespace

class TestRhythm : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // The tempogram's read-out names two tempi because they differ for real music: metal.00000's
    // beat tracker says about 128 BPM (at low confidence) while its onsets repeat most at 90/180.
    void theTempogramsStrongestTempoCanDifferFromTheBeatTrackers() {
        const gtzan::Audio a =
            gtzan::decodeAudio(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/metal/metal.00000.wav")), 22050);
        gtzan::DisplaySpectrogramSpec spec;
        spec.axis = gtzan::FrequencyAxis::Tempogram;
        const gtzan::DisplaySpectrogram t = gtzan::computeDisplaySpectrogram(a, spec);
        qInfo("metal.00000: beat tracker %.1f BPM, strongest in the tempogram %.0f BPM", t.tempoBpm, t.tempogramPeakBpm);
        QVERIFY(std::abs(t.tempoBpm - 127.9) < 2.0);
        QVERIFY2(std::abs(t.tempogramPeakBpm - 90.0) < 6.0 || std::abs(t.tempogramPeakBpm - 180.0) < 12.0,
                 qPrintable(QString::number(t.tempogramPeakBpm)));
    }

    void clickTrackAt120ReadsAs120AndBeatsFallOnTheClicks() {
        std::vector<double> clicks;
        const Rhythm r = analyseRhythm(clickTrack(120.0, 30.0, 0.25, &clicks));
        qInfo("120 BPM clicks: tempo %.2f (tracker %.2f), %zu beats, %zu onsets", r.tempoBpm, r.trackerBpm, r.beatSeconds.size(),
              r.onsetSeconds.size());
        QVERIFY2(std::abs(r.tempoBpm - 120.0) <= 2.0, qPrintable(QString::number(r.tempoBpm)));
        // Once the tracker has locked on (after its first 4 s), every beat is on a click.
        int checked = 0;
        double worst = 0;
        for (double b : r.beatSeconds) {
            if (b < 4.0) continue;
            worst = std::max(worst, nearestDistance(clicks, b));
            ++checked;
        }
        qInfo("worst beat-to-click distance after 4 s: %.1f ms over %d beats", worst * 1000, checked);
        QVERIFY(checked >= 40);
        QVERIFY2(worst <= 0.030, qPrintable(QString::number(worst)));
        // Every click is an onset, and nothing else is.
        QVERIFY(std::abs(r.onsetRate() - 2.0) < 0.2);
    }

    void drumLoopAt90ReadsAs90() {
        std::vector<double> beats;
        const Rhythm r = analyseRhythm(drumLoop(90.0, 30.0, &beats));
        qInfo("90 BPM drums: tempo %.2f (tracker %.2f), %zu beats, onset rate %.2f/s", r.tempoBpm, r.trackerBpm, r.beatSeconds.size(), r.onsetRate());
        QVERIFY2(std::abs(r.tempoBpm - 90.0) <= 2.0, qPrintable(QString::number(r.tempoBpm)));
        double worst = 0;
        for (double b : r.beatSeconds)
            if (b >= 4.0) worst = std::max(worst, nearestDistance(beats, b));
        QVERIFY2(worst <= 0.030, qPrintable(QString::number(worst)));
    }

    void tempogramPeaksAtTheTempo() {
        std::vector<double> clicks;
        const Rhythm r = analyseRhythm(clickTrack(120.0, 20.0, 0.1, &clicks));
        const Tempogram t = computeTempogram(r.onsetStrength, r.framesPerSecond());
        QCOMPARE(t.strength.rows, 96);
        QVERIFY(t.strength.cols > 10);
        // In the middle column, the strongest tempo between 60 and 200 BPM is 120.
        const int c = t.strength.cols / 2;
        int best = -1;
        for (int row = 0; row < t.strength.rows; ++row)
            if (t.rowBpm[size_t(row)] >= 60 && t.rowBpm[size_t(row)] <= 200 && (best < 0 || t.strength.at(row, c) > t.strength.at(best, c)))
                best = row;
        qInfo("tempogram peak %.1f BPM (%.2f)", t.rowBpm[size_t(best)], double(t.strength.at(best, c)));
        QVERIFY(std::abs(t.rowBpm[size_t(best)] - 120.0) < 120.0 * 0.03);
    }

    void chromaOfAnANoteIsA() {
        const std::vector<float> a4 = testsupport::sine(440.0, 2.0, kRate);
        const Matrix power = powerSpectrogram(a4.data(), a4.size(), 4096, 512, 4096);
        const Matrix chroma = chromaFromPower(power, kRate, 4096);
        QCOMPARE(chroma.rows, 12);
        const int c = chroma.cols / 2;
        QCOMPARE(double(chroma.at(9, c)), 1.0); // row 9 is A
        for (int p = 0; p < 12; ++p)
            if (p != 9) QVERIFY(chroma.at(p, c) < 0.2f);
        QCOMPARE(pitchClassNames().at(9), QStringLiteral("A"));
    }

    void mfccOfAFlatSpectrumIsOnlyItsMean() {
        Matrix flat(40, 3, -20.0f);
        const Matrix m = mfccFromMelDb(flat, 13);
        QCOMPARE(m.rows, 13);
        QVERIFY(std::abs(m.at(0, 0) - float(-20.0 * std::sqrt(40.0))) < 1e-3f); // the orthonormal DC term
        for (int k = 1; k < 13; ++k) QVERIFY(std::abs(m.at(k, 1)) < 1e-3f);
        // A tilt puts energy into coefficient 1.
        for (int b = 0; b < 40; ++b) flat.at(b, 2) = float(b);
        QVERIFY(std::abs(mfccFromMelDb(flat, 13).at(1, 2)) > 10.0f);
    }

    void everyLayerIsDrawnWithItsRows() {
        std::vector<double> clicks;
        const Audio a = clickTrack(100.0, 12.0, 0.2, &clicks);
        for (const QString &name : {QStringLiteral("chroma"), QStringLiteral("mfcc"), QStringLiteral("onset"), QStringLiteral("tempogram")}) {
            DisplaySpectrogramSpec spec;
            spec.axis = frequencyAxisFromName(name);
            QCOMPARE(frequencyAxisName(spec.axis), name);
            const DisplaySpectrogram s = computeDisplaySpectrogram(a, spec);
            QVERIFY2(s.db.rows > 0 && s.db.cols > 10, qPrintable(name));
            QVERIFY(s.secondsPerFrame() > 0);
            QVERIFY2(std::abs(s.db.cols * s.secondsPerFrame() - 12.0) < 0.5, qPrintable(name));
            for (float v : s.db.data) QVERIFY(std::isfinite(v));
            if (name == QLatin1String("chroma")) QCOMPARE(s.rowNames.size(), 12);
            if (name == QLatin1String("mfcc")) QCOMPARE(s.db.rows, 20);
            if (name == QLatin1String("tempogram")) QCOMPARE(int(s.rowBpm.size()), s.db.rows);
            if (name == QLatin1String("onset")) {
                QCOMPARE(int(s.onsetCurve.size()), s.db.cols);
                QVERIFY(!s.beatSeconds.empty());
                QVERIFY(std::abs(s.tempoBpm - 100.0) < 2.0);
            }
            QCOMPARE(layerHasFrequencyRows(spec.axis), name == QLatin1String("onset"));
        }
        QVERIFY_THROWS_EXCEPTION(Error, frequencyAxisFromName(QStringLiteral("beats")));
    }

    void beatClicksAreHeardAtTheBeats() {
        Audio quiet;
        quiet.sampleRate = kRate;
        quiet.samples.assign(size_t(kRate) * 2, 0.0f);
        const Audio clicked = withBeatClicks(quiet, {0.5, 1.5});
        QCOMPARE(clicked.samples.size(), quiet.samples.size());
        auto energy = [&](double from, double to) {
            double e = 0;
            for (size_t i = size_t(from * kRate); i < size_t(to * kRate); ++i) e += double(clicked.samples[i]) * clicked.samples[i];
            return e;
        };
        QVERIFY(energy(0.5, 0.52) > 1.0);
        QCOMPARE(energy(0.6, 1.4), 0.0);
        QVERIFY(energy(1.5, 1.52) > 1.0);
    }

    void hostileSettingsAndEmptyAudioAreRefused() {
        Audio empty;
        empty.sampleRate = kRate;
        QVERIFY_THROWS_EXCEPTION(Error, analyseRhythm(empty));
        Audio a;
        a.sampleRate = kRate;
        a.samples.assign(1000, 0.0f);
        RhythmOptions bad;
        bad.windowSize = 1000;
        QVERIFY_THROWS_EXCEPTION(Error, analyseRhythm(a, bad));
        a.sampleRate = 0;
        QVERIFY_THROWS_EXCEPTION(Error, analyseRhythm(a));
        // Silence: no beats, no onsets, tempo 0, no crash.
        a.sampleRate = kRate;
        a.samples.assign(size_t(kRate) * 5, 0.0f);
        const Rhythm r = analyseRhythm(a);
        QCOMPARE(r.tempoBpm, 0.0);
        QVERIFY(r.onsetSeconds.empty());
        QCOMPARE(int(rhythmFeatures(r).size()), rhythmFeatureNames().size());
        for (float v : rhythmFeatures(r)) QVERIFY(std::isfinite(v));
    }

    void cliWritesTempoAndBeatsAsJson() {
        QTemporaryDir dir;
        std::vector<double> clicks;
        const QString wav = dir.filePath(QStringLiteral("clicks.wav"));
        writeAudio(wav, clickTrack(120.0, 20.0, 0.3, &clicks));
        QProcess cli;
        cli.start(testsupport::cliPath(), {QStringLiteral("rhythm"), wav, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(cli.readAllStandardOutput()).object();
        QVERIFY(std::abs(o.value(QStringLiteral("tempo")).toDouble() - 120.0) <= 2.0);
        QVERIFY(o.value(QStringLiteral("beats")).toArray().size() >= 30);
        QVERIFY(std::abs(o.value(QStringLiteral("onsetRate")).toDouble() - 2.0) < 0.2);
        // A file that is not audio: exit 1 and a message naming it.
        const QString junk = dir.filePath(QStringLiteral("junk.wav"));
        QFile f(junk);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("RIFF....WAVEfmt definitely not audio");
        f.close();
        cli.start(testsupport::cliPath(), {QStringLiteral("rhythm"), junk, QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(QStringLiteral("junk.wav")));
    }
};

QTEST_GUILESS_MAIN(TestRhythm)
#include "test_rhythm.moc"
