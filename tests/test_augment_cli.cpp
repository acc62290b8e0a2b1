// gtzan-cli augment, run as a person would: real files in, audio files out, usage errors.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include <QDir>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

class TestAugmentCli : public QObject {
    Q_OBJECT
    QTemporaryDir m_tmp;
    QString m_sine;

    int run(const QStringList &args, QString *out = nullptr, QString *err = nullptr) {
        QProcess p;
        p.start(testsupport::cliPath(), args);
        if (!p.waitForFinished(120000)) return -1;
        if (out) *out = QString::fromUtf8(p.readAllStandardOutput());
        if (err) *err = QString::fromUtf8(p.readAllStandardError());
        return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(!testsupport::cliPath().isEmpty());
        m_sine = m_tmp.filePath(QStringLiteral("sine.wav"));
        gtzan::writeAudio(m_sine, gtzan::Audio{testsupport::sine(440.0, 2.0, 22050), 22050});
    }

    void stretchAndPitchThroughTheCli() {
        const QString out = m_tmp.filePath(QStringLiteral("out.wav"));
        QString text, err;
        QCOMPARE(run({QStringLiteral("augment"), m_sine, QStringLiteral("--stretch"), QStringLiteral("1.25"), QStringLiteral("--pitch"),
                      QStringLiteral("3"), QStringLiteral("--out"), out},
                     &text, &err),
                 0);
        const gtzan::Audio a = gtzan::decodeAudio(out);
        QCOMPARE(a.sampleRate, 22050);
        QVERIFY(std::fabs(a.seconds() - 2.0 / 1.25) < 0.02);
        const double f = testsupport::dominantFrequency(a.samples, a.sampleRate);
        QVERIFY2(std::fabs(f / (440.0 * std::pow(2.0, 3.0 / 12)) - 1.0) < 0.01, qPrintable(QString::number(f)));
        QVERIFY(text.contains(QStringLiteral("\"stretch_rate\":1.25")));
    }

    // The A/B pair named as the window names it, for a folder of examples from a script.
    void aPairIsWrittenWithNamesThatSayWhatItHolds() {
        const QString dir = m_tmp.filePath(QStringLiteral("pair"));
        QVERIFY(QDir().mkpath(dir));
        QString text, err;
        QCOMPARE(run({QStringLiteral("augment"), m_sine, QStringLiteral("--pitch"), QStringLiteral("2"), QStringLiteral("--noise-snr"),
                      QStringLiteral("20"), QStringLiteral("--pair"), dir},
                     &text, &err),
                 0);
        const gtzan::Audio a = gtzan::decodeAudio(dir + QStringLiteral("/sine_A_original.wav"));
        const gtzan::Audio b = gtzan::decodeAudio(dir + QStringLiteral("/sine_pitch+2_noise20dB.wav"));
        QCOMPARE(a.samples.size(), size_t(44100));
        QCOMPARE(b.samples.size(), size_t(44100));
        QVERIFY(a.samples != b.samples);
        // One of --out and --pair, and the folder must exist.
        QCOMPARE(run({QStringLiteral("augment"), m_sine, QStringLiteral("--gain"), QStringLiteral("1")}, &text, &err), 2);
        QCOMPARE(run({QStringLiteral("augment"), m_sine, QStringLiteral("--gain"), QStringLiteral("1"), QStringLiteral("--pair"),
                      dir + QStringLiteral("/nope")},
                     &text, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("existing folder")));
    }

    void noiseIsSeededThroughTheCli() {
        const QString a = m_tmp.filePath(QStringLiteral("a.wav")), b = m_tmp.filePath(QStringLiteral("b.wav")),
                      c = m_tmp.filePath(QStringLiteral("c.wav"));
        const QStringList base = {QStringLiteral("augment"),     m_sine,
                                  QStringLiteral("--noise-snr"), QStringLiteral("10"),
                                  QStringLiteral("--shift"),     QStringLiteral("0.5"),
                                  QStringLiteral("--gain"),      QStringLiteral("-3")};
        QCOMPARE(run(base + QStringList{QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), a}), 0);
        QCOMPARE(run(base + QStringList{QStringLiteral("--seed"), QStringLiteral("5"), QStringLiteral("--out"), b}), 0);
        QCOMPARE(run(base + QStringList{QStringLiteral("--seed"), QStringLiteral("6"), QStringLiteral("--out"), c}), 0);
        const auto sa = gtzan::decodeAudio(a).samples, sb = gtzan::decodeAudio(b).samples, sc = gtzan::decodeAudio(c).samples;
        QVERIFY(sa == sb);
        QVERIFY(sa != sc);
        QCOMPARE(sa.size(), size_t(44100));
        // 10 dB SNR after -3 dB gain: the noise is about a third of the signal's rms (16-bit quantised).
        const auto clean = testsupport::sine(440.0, 2.0, 22050);
        std::vector<float> noise(sa.size());
        const float g = float(std::pow(10.0, -3.0 / 20));
        for (size_t i = 0; i < sa.size(); ++i) noise[i] = sa[i] - g * clean[(i + sa.size() - 11025) % sa.size()];
        const double snr = 20 * std::log10(testsupport::rms(clean) * g / testsupport::rms(noise));
        QVERIFY2(std::fabs(snr - 10.0) < 0.5, qPrintable(QString::number(snr)));
    }

    void presetDraw() {
        const QString out = m_tmp.filePath(QStringLiteral("preset.wav"));
        QString text;
        QCOMPARE(run({QStringLiteral("augment"), m_sine, QStringLiteral("--preset"), QStringLiteral("gct634"), QStringLiteral("--out"), out}, &text),
                 0);
        QVERIFY(text.contains(QStringLiteral("stretch_rate")) && text.contains(QStringLiteral("noise_snr_db")) &&
                text.contains(QStringLiteral("shift_seconds")));
    }

    void usageAndFailures() {
        QString err;
        QCOMPARE(run({QStringLiteral("augment"), m_sine, QStringLiteral("--stretch"), QStringLiteral("1.1")}, nullptr, &err), 2);
        QVERIFY(err.contains(QStringLiteral("--out")));
        QCOMPARE(run({QStringLiteral("augment"), m_sine, QStringLiteral("--stretch"), QStringLiteral("5"), QStringLiteral("--out"),
                      m_tmp.filePath(QStringLiteral("x.wav"))},
                     nullptr, &err),
                 2);
        QVERIFY(err.contains(QStringLiteral("--stretch")));
        QCOMPARE(run({QStringLiteral("augment"), m_tmp.filePath(QStringLiteral("missing.wav")), QStringLiteral("--out"),
                      m_tmp.filePath(QStringLiteral("y.wav"))},
                     nullptr, &err),
                 1);
        QVERIFY(err.contains(QStringLiteral("missing.wav")));
    }
};

QTEST_GUILESS_MAIN(TestAugmentCli)
#include "test_augment_cli.moc"
