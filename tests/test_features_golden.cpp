// The feature pipeline against ../shared/reference (computed by an independent Python
// implementation following librosa 0.8): resampling, mel power and mel dB, both presets.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/Resampler.h"
#include "common/Npy.h"
#include "dsp/MelSpectrogram.h"
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <memory>
#include <vector>

using namespace gtzan;

class FeaturesGolden : public QObject {
    Q_OBJECT
    QJsonObject m_index;
    QString m_refDir;

    NpyArray ref(const QString &file) { return readNpy(QDir(m_refDir).filePath(file)); }

private Q_SLOTS:
    void initTestCase() {
        m_refDir = testsupport::referenceDir();
        m_index = testsupport::referenceIndex();
        QVERIFY(m_index.value(QStringLiteral("clips")).toObject().size() >= 3);
    }

    void presetsMatchTheReference() {
        const QJsonObject presets = m_index.value(QStringLiteral("presets")).toObject();
        for (const QString &name : {QStringLiteral("gct634"), QStringLiteral("native")}) {
            const QJsonObject p = presets.value(name).toObject();
            const FeatureSpec s = FeatureSpec::preset(name);
            QCOMPARE(s.sampleRate, p.value(QStringLiteral("sample_rate")).toInt());
            QCOMPARE(s.nFft, p.value(QStringLiteral("n_fft")).toInt());
            QCOMPARE(s.hop, p.value(QStringLiteral("hop_length")).toInt());
            QCOMPARE(s.winLength, p.value(QStringLiteral("win_length")).toInt());
            QCOMPARE(s.nMels, p.value(QStringLiteral("n_mels")).toInt());
            QCOMPARE(s.fmin, p.value(QStringLiteral("fmin")).toDouble());
            QCOMPARE(s.fmax, p.value(QStringLiteral("fmax")).toDouble());
        }
        QCOMPARE(FeatureSpec::gct634().segmentFrames(), 125);
    }

    void resamplingMatches_data() { clipRows(); }
    void resamplingMatches() {
        QFETCH(QString, clip);
        QFETCH(QJsonObject, files);
        const Audio ours = decodeAudio(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/") + clip), 16000);
        const NpyArray expected = ref(files.value(QStringLiteral("gct634.wav")).toString());
        QVERIFY2(std::llabs(qint64(ours.samples.size()) - qint64(expected.data.size())) <= 1,
                 qPrintable(QStringLiteral("%1 vs %2 samples").arg(ours.samples.size()).arg(expected.data.size())));
        const size_t n = std::min(ours.samples.size(), expected.data.size());
        double signal = 0, noise = 0;
        for (size_t i = 0; i < n; ++i) {
            signal += double(expected.data[i]) * expected.data[i];
            const double d = double(ours.samples[i]) - expected.data[i];
            noise += d * d;
        }
        const double snr = 10 * std::log10(signal / std::max(noise, 1e-30));
        qInfo("%s: resampling SNR %.1f dB", qPrintable(clip), snr);
        QVERIFY2(snr >= 80.0, qPrintable(QStringLiteral("SNR %1 dB").arg(snr)));
    }

    void melMatches_data() {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<QJsonObject>("files");
        const QJsonObject clips = m_index.value(QStringLiteral("clips")).toObject();
        for (auto it = clips.begin(); it != clips.end(); ++it)
            for (const char *preset : {"gct634", "native"})
                QTest::newRow(qPrintable(it.key() + QLatin1Char('/') + QLatin1String(preset)))
                    << it.key() << QString::fromLatin1(preset) << it.value().toObject();
    }
    void melMatches() {
        QFETCH(QString, clip);
        QFETCH(QString, preset);
        QFETCH(QJsonObject, files);
        FeatureSpec spec = FeatureSpec::preset(preset);
        const Audio audio = decodeAudio(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/") + clip), spec.sampleRate);
        const Matrix power = melPower(audio.samples.data(), audio.samples.size(), spec);
        Matrix db = power;
        applyScale(db, spec);

        const NpyArray refPower = ref(files.value(preset + QStringLiteral(".mel_power")).toString());
        const NpyArray refDb = ref(files.value(preset + QStringLiteral(".mel_db")).toString());
        QCOMPARE(refPower.shape.size(), size_t(2));
        QCOMPARE(int(refPower.shape[0]), power.rows);
        QCOMPARE(int(refPower.shape[1]), power.cols);
        QCOMPARE(int(refDb.shape[1]), db.cols);

        float peak = 0, worstPower = 0, worstDb = 0;
        for (float v : refPower.data) peak = std::max(peak, v);
        for (size_t i = 0; i < power.data.size(); ++i) {
            worstPower = std::max(worstPower, std::fabs(power.data[i] - refPower.data[i]));
            worstDb = std::max(worstDb, std::fabs(db.data[i] - refDb.data[i]));
        }
        qInfo("%s %s: max |power diff| = %.3g x max(ref), max |dB diff| = %.3g dB", qPrintable(clip), qPrintable(preset), double(worstPower / peak),
              double(worstDb));
        QVERIFY2(worstPower <= 1e-4f * peak, qPrintable(QStringLiteral("power diff %1, peak %2").arg(worstPower).arg(peak)));
        QVERIFY2(worstDb <= 1e-3f, qPrintable(QStringLiteral("dB diff %1").arg(worstDb)));
    }

    // The same clip gives the same spectrogram to the bit in every process, whatever the machine
    // is doing: a seed can then repeat a training anywhere, and a cache never holds two versions of
    // one entry. (With FFTW_MEASURE plans, 12 runs of this, half of them beside two busy loops,
    // gave 3 different results.)
    void melIsTheSameInEveryProcess() {
        const QString clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00001.wav"));
        QTemporaryDir dir;
        QByteArray first;
        for (int i = 0; i < 8; ++i) {
            std::vector<std::unique_ptr<QProcess>> busy;
            if (i >= 4) // the second half beside two busy loops, as beside a build
                for (int b = 0; b < 2; ++b) {
                    busy.push_back(std::make_unique<QProcess>());
                    busy.back()->start(QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("while :; do :; done")});
                }
            const QString out = dir.filePath(QStringLiteral("mel%1.npy").arg(i));
            QProcess cli;
            cli.start(testsupport::cliPath(), {QStringLiteral("mel"), clip, QStringLiteral("--out"), out});
            QVERIFY(cli.waitForFinished(60000) && cli.exitCode() == 0);
            for (auto &p : busy) {
                p->kill();
                p->waitForFinished(5000);
            }
            QFile f(out);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            if (i == 0) first = bytes;
            QVERIFY2(bytes == first, qPrintable(QStringLiteral("run %1 differs from run 1").arg(i + 1)));
        }
    }

private:
    void clipRows() {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<QJsonObject>("files");
        const QJsonObject clips = m_index.value(QStringLiteral("clips")).toObject();
        for (auto it = clips.begin(); it != clips.end(); ++it) QTest::newRow(qPrintable(it.key())) << it.key() << it.value().toObject();
    }
};

QTEST_GUILESS_MAIN(FeaturesGolden)
#include "test_features_golden.moc"
