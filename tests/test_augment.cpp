// Waveform augmentations, SpecAugment masks and seeded chains, on generated signals.
#include "TestSupport.h"
#include "augment/AugmentationChain.h"
#include "augment/AugmentationFileName.h"
#include "augment/AugmentationPreview.h"
#include "augment/SpecAugment.h"
#include "augment/TimePitch.h"
#include "augment/WaveformAugment.h"
#include "common/Error.h"
#include <QJsonDocument>
#include <QTest>
#include <cmath>
#include <cstring>

using namespace gtzan;

namespace {
constexpr int kRate = 22050;

Audio sineAudio(double hz, double seconds) { return Audio{testsupport::sine(hz, seconds, kRate), kRate}; }

double powerOf(const std::vector<float> &x) {
    const double r = testsupport::rms(x);
    return r * r;
}

bool sameBits(const Audio &a, const Audio &b) {
    return a.samples.size() == b.samples.size() && std::memcmp(a.samples.data(), b.samples.data(), a.samples.size() * sizeof(float)) == 0;
}
} // namespace

class TestAugment : public QObject {
    Q_OBJECT
private Q_SLOTS:
    // A part rendered around a moment sounds as the whole render does there (what a player hears
    // first while the whole clip is still being stretched), and is silent elsewhere.
    void aPartAroundAMomentMatchesTheWholeRender() {
        gtzan::Audio a;
        a.sampleRate = 22050;
        a.samples.resize(size_t(20 * a.sampleRate));
        for (size_t i = 0; i < a.samples.size(); ++i) {
            const double t = double(i) / a.sampleRate;
            a.samples[i] = float(0.3 * std::sin(2 * M_PI * (300 + 10 * std::floor(t)) * t));
        }
        gtzan::AugmentationDraw d;
        d.stretchRate = 1.25;
        d.pitchSemitones = 2.0;
        d.gainDb = -3.0;
        const gtzan::Audio whole = gtzan::applyWaveformDraw(d, a);
        const std::optional<gtzan::Audio> part = gtzan::renderAugmentationAround(d, a, 6.0, 3.0);
        QVERIFY(part);
        QVERIFY(std::abs(double(part->samples.size()) - double(whole.samples.size())) < 0.01 * double(whole.samples.size()));
        // Inside the part: the same sound as the whole render at the same moment (the phase
        // vocoder's phases differ between renders, so pitch and level are compared, not samples).
        // Output 6.5-7.1 s is original 8.1-8.9 s: 380 Hz, two semitones up.
        const auto region = [&](const gtzan::Audio &x) {
            return std::vector<float>(x.samples.begin() + std::ptrdiff_t(6.5 * a.sampleRate), x.samples.begin() + std::ptrdiff_t(7.1 * a.sampleRate));
        };
        const double expected = 380.0 * std::pow(2.0, 2.0 / 12.0);
        const double fPart = testsupport::dominantFrequency(region(*part), a.sampleRate),
                     fWhole = testsupport::dominantFrequency(region(whole), a.sampleRate);
        const double level = testsupport::rms(region(*part)) / testsupport::rms(region(whole));
        qInfo("output 6.5-7.1 s: part %.1f Hz, whole %.1f Hz (expected %.1f); level part/whole %.3f", fPart, fWhole, expected, level);
        QVERIFY2(std::abs(fPart / expected - 1.0) < 0.02 && std::abs(fWhole / expected - 1.0) < 0.02, qPrintable(QString::number(fPart)));
        QVERIFY2(std::abs(level - 1.0) < 0.1, qPrintable(QString::number(level)));
        QCOMPARE(part->samples[size_t(2 * a.sampleRate)], 0.0f);
        QCOMPARE(part->samples[size_t(12 * a.sampleRate)], 0.0f);
        // Nothing to hurry: a gain alone, and a shift (the part could wrap around).
        gtzan::AugmentationDraw gainOnly;
        gainOnly.gainDb = 2.0;
        QVERIFY(!gtzan::renderAugmentationAround(gainOnly, a, 6.0, 3.0));
        d.shiftSeconds = 1.0;
        QVERIFY(!gtzan::renderAugmentationAround(d, a, 6.0, 3.0));
    }

    // Exported files name their clip and augmentation, in the order the steps are applied.
    void fileStemsNameTheClipAndTheAugmentation() {
        gtzan::AugmentationDraw d;
        QCOMPARE(gtzan::augmentationFileStem(QStringLiteral("blues.00000"), d), QStringLiteral("blues.00000"));
        d.noiseSnrDb = 20.0;
        d.pitchSemitones = 2.0;
        QCOMPARE(gtzan::augmentationFileStem(QStringLiteral("blues.00000"), d), QStringLiteral("blues.00000_pitch+2_noise20dB"));
        d = gtzan::AugmentationDraw();
        d.stretchRate = 1.25;
        d.gainDb = -6.5;
        d.shiftSeconds = -0.3;
        d.freqMasks = 2;
        d.freqMaskMax = 12;
        QCOMPARE(gtzan::augmentationFileStem(QStringLiteral("jazz.00001"), d),
                 QStringLiteral("jazz.00001_stretch1.25x_shift-0.3s_gain-6.5dB_fmask12"));
        // A clip id that is not a safe file name becomes one.
        QCOMPARE(gtzan::augmentationFileStem(QStringLiteral("my song: live/1"), gtzan::AugmentationDraw()), QStringLiteral("my_song__live_1"));
        QCOMPARE(gtzan::augmentationFileStem(QString(), gtzan::AugmentationDraw()), QStringLiteral("clip"));
    }

    void noiseHitsTheAskedSnr_data() {
        QTest::addColumn<double>("snr");
        QTest::newRow("0 dB") << 0.0;
        QTest::newRow("10 dB") << 10.0;
        QTest::newRow("20 dB") << 20.0;
        QTest::newRow("35 dB") << 35.0;
    }
    void noiseHitsTheAskedSnr() {
        QFETCH(double, snr);
        const Audio clean = sineAudio(440, 2.0);
        Audio noisy = clean;
        addNoise(noisy, snr, 7);
        std::vector<float> noise(clean.samples.size());
        for (size_t i = 0; i < noise.size(); ++i) noise[i] = noisy.samples[i] - clean.samples[i];
        const double measured = 10 * std::log10(powerOf(clean.samples) / powerOf(noise));
        QVERIFY2(std::fabs(measured - snr) < 0.5, qPrintable(QStringLiteral("measured %1 dB").arg(measured)));
        // It is noise, not a copy of the signal: nearly uncorrelated with it.
        double dot = 0;
        for (size_t i = 0; i < noise.size(); ++i) dot += double(noise[i]) * clean.samples[i];
        const double corr = dot / (std::sqrt(powerOf(noise) * powerOf(clean.samples)) * double(noise.size()));
        QVERIFY(std::fabs(corr) < 0.05);
    }

    void noiseIsSeeded() {
        Audio a = sineAudio(300, 1.0), b = a, c = a;
        addNoise(a, 12, 42);
        addNoise(b, 12, 42);
        addNoise(c, 12, 43);
        QVERIFY(sameBits(a, b));
        QVERIFY(!sameBits(a, c));
    }

    void shiftMovesByExactSamples_data() {
        QTest::addColumn<double>("seconds");
        QTest::addColumn<bool>("circular");
        QTest::newRow("+0.1 s circular") << 0.1 << true;
        QTest::newRow("-0.25 s circular") << -0.25 << true;
        QTest::newRow("+0.1 s zero-fill") << 0.1 << false;
        QTest::newRow("-0.5 s zero-fill") << -0.5 << false;
    }
    void shiftMovesByExactSamples() {
        QFETCH(double, seconds);
        QFETCH(bool, circular);
        Audio a;
        a.sampleRate = kRate;
        a.samples.resize(kRate);
        for (size_t i = 0; i < a.samples.size(); ++i) a.samples[i] = float(i + 1) / float(kRate); // every sample distinct
        Audio s = a;
        shiftAudio(s, seconds, circular);
        const long long k = std::llround(seconds * kRate);
        const long long n = (long long)a.samples.size();
        QCOMPARE((long long)s.samples.size(), n);
        for (long long i = 0; i < n; ++i) {
            const long long src = i - k;
            float expected;
            if (src >= 0 && src < n) expected = a.samples[size_t(src)];
            else expected = circular ? a.samples[size_t(((src % n) + n) % n)] : 0.0f;
            if (s.samples[size_t(i)] != expected) QFAIL(qPrintable(QStringLiteral("sample %1 is wrong").arg(i)));
        }
    }

    void stretchChangesDurationKeepsPitch_data() {
        QTest::addColumn<double>("rate");
        QTest::newRow("0.5") << 0.5;
        QTest::newRow("0.8") << 0.8;
        QTest::newRow("1.25") << 1.25;
        QTest::newRow("2.0") << 2.0;
    }
    void stretchChangesDurationKeepsPitch() {
        QFETCH(double, rate);
        const Audio in = sineAudio(440, 3.0);
        const Audio out = timeStretch(in, rate);
        const double ratio = out.seconds() / in.seconds();
        QVERIFY2(std::fabs(ratio * rate - 1.0) < 0.01, qPrintable(QStringLiteral("duration ratio %1").arg(ratio)));
        const double f = testsupport::dominantFrequency(out.samples, kRate);
        QVERIFY2(std::fabs(f / 440.0 - 1.0) < 0.01, qPrintable(QStringLiteral("frequency %1 Hz").arg(f)));
        QVERIFY(testsupport::rms(out.samples) > 0.1); // still a sine of similar level, not silence
    }

    void pitchShiftMovesFrequencyKeepsDuration_data() {
        QTest::addColumn<double>("semitones");
        QTest::newRow("-7") << -7.0;
        QTest::newRow("-2") << -2.0;
        QTest::newRow("+3") << 3.0;
        QTest::newRow("+12") << 12.0;
    }
    void pitchShiftMovesFrequencyKeepsDuration() {
        QFETCH(double, semitones);
        const Audio in = sineAudio(440, 3.0);
        const Audio out = pitchShift(in, semitones);
        QVERIFY(std::fabs(out.seconds() / in.seconds() - 1.0) < 0.01);
        const double expected = 440.0 * std::pow(2.0, semitones / 12.0);
        const double f = testsupport::dominantFrequency(out.samples, kRate);
        QVERIFY2(std::fabs(f / expected - 1.0) < 0.01, qPrintable(QStringLiteral("%1 Hz, expected %2").arg(f).arg(expected)));
    }

    void outOfRangeIsAnError() {
        const Audio in = sineAudio(440, 0.5);
        QVERIFY_THROWS_EXCEPTION(Error, timeStretch(in, 3.0));
        QVERIFY_THROWS_EXCEPTION(Error, pitchShift(in, 24.0));
    }

    void gainScalesLevel() {
        Audio a = sineAudio(440, 1.0);
        const double before = testsupport::rms(a.samples);
        applyGain(a, -6.0);
        QVERIFY(std::fabs(testsupport::rms(a.samples) / before - std::pow(10.0, -6.0 / 20)) < 1e-5);
    }

    void specMasksCoverDrawnBands() {
        Matrix m(96, 125);
        for (int r = 0; r < m.rows; ++r)
            for (int c = 0; c < m.cols; ++c) m.at(r, c) = float(r * 1000 + c); // every cell distinct, mean not present
        double mean = 0;
        for (float v : m.data) mean += v;
        const float fill = float(mean / double(m.data.size()));
        Matrix f = m, t = m, f2 = m;
        applyFrequencyMasks(f, 2, 5, 12, 99);
        applyFrequencyMasks(f2, 2, 5, 12, 99);
        QVERIFY(f.data == f2.data);
        int maskedRows = 0;
        for (int r = 0; r < f.rows; ++r) {
            bool all = true, none = true;
            for (int c = 0; c < f.cols; ++c) (f.at(r, c) == fill ? none : all) = false;
            QVERIFY(all || none); // a frequency mask takes whole rows
            maskedRows += all;
        }
        QVERIFY(maskedRows >= 5 && maskedRows <= 24);
        applyTimeMasks(t, 3, 1, 20, 5);
        int maskedCols = 0;
        for (int c = 0; c < t.cols; ++c) maskedCols += t.at(0, c) == fill && t.at(95, c) == fill;
        QVERIFY(maskedCols >= 1 && maskedCols <= 60);
    }

    void chainIsDeterministicPerSeed() {
        const AugmentationChain chain = AugmentationChain::gct634(1234);
        const Audio in = sineAudio(330, 2.0);
        const AugmentationDraw d1 = chain.draw(QStringLiteral("jazz/jazz.00001"), 1);
        const AugmentationDraw d2 = chain.draw(QStringLiteral("jazz/jazz.00001"), 1);
        QCOMPARE(d1.toJson(), d2.toJson());
        QVERIFY(d1.noiseSnrDb && d1.shiftSeconds && d1.stretchRate);
        QVERIFY(*d1.noiseSnrDb >= 15 && *d1.noiseSnrDb <= 30);
        QVERIFY(*d1.stretchRate >= 0.8 && *d1.stretchRate <= 1.25);
        QVERIFY(sameBits(applyWaveformDraw(d1, in), applyWaveformDraw(d2, in)));
        // Another clip, another copy index or another seed: another draw.
        QVERIFY(chain.draw(QStringLiteral("jazz/jazz.00002"), 1).toJson() != d1.toJson());
        QVERIFY(chain.draw(QStringLiteral("jazz/jazz.00001"), 2).toJson() != d1.toJson());
        QVERIFY(AugmentationChain::gct634(1235).draw(QStringLiteral("jazz/jazz.00001"), 1).toJson() != d1.toJson());
    }

    void drawsSpreadOverTheRange() {
        AugmentationChain chain;
        chain.seed = 3;
        AugmentStep gain{AugmentKind::Gain, -6, 6};
        gain.probability = 0.5;
        chain.steps = {gain};
        int applied = 0;
        double lo = 1e9, hi = -1e9;
        for (int i = 0; i < 400; ++i) {
            const AugmentationDraw d = chain.draw(QStringLiteral("clip"), std::uint64_t(i));
            if (!d.gainDb) continue;
            ++applied;
            lo = std::min(lo, *d.gainDb);
            hi = std::max(hi, *d.gainDb);
        }
        QVERIFY(applied > 150 && applied < 250);
        QVERIFY(lo >= -6 && lo < -5 && hi <= 6 && hi > 5);
    }

    void chainJsonRoundTrip() {
        AugmentationChain c = AugmentationChain::gct634(0xFEEDFACECAFEBEEFull);
        c.steps.push_back(AugmentationChain::specAugment().steps.front());
        const AugmentationChain back = AugmentationChain::fromJson(QJsonDocument::fromJson(QJsonDocument(c.toJson()).toJson()).object());
        QCOMPARE(back.toJson(), c.toJson());
        QCOMPARE(back.seed, c.seed);
        QCOMPARE(back.draw(QStringLiteral("a/b"), 1).toJson(), c.draw(QStringLiteral("a/b"), 1).toJson());
    }
};

QTEST_GUILESS_MAIN(TestAugment)
#include "test_augment.moc"
