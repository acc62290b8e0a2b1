// Decoding real and generated audio in every format the engine reads, any channel count and
// rate, in chunks; and every kind of bad input giving its own error, never a crash.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioInfo.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>

using namespace gtzan;

namespace {
// Runs decodeAudio and returns the error message ("" when it succeeded).
QString decodeError(const QString &path) {
    try {
        decodeAudio(path, 16000);
    } catch (const Error &e) {
        return e.message();
    }
    return QString();
}

QByteArray le32(quint32 v) { return QByteArray(reinterpret_cast<const char *>(&v), 4); }
QByteArray le16(quint16 v) { return QByteArray(reinterpret_cast<const char *>(&v), 2); }
} // namespace

class AudioDecode : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void realSampleClip() {
        const QString path = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
        const AudioInfo info = probeAudio(path);
        QCOMPARE(info.sampleRate, 22050);
        QCOMPARE(info.channels, 1);
        QCOMPARE(info.format, QStringLiteral("WAV"));
        QVERIFY(info.seconds() > 29.0 && info.seconds() < 31.0);
        const Audio a = decodeAudio(path, 16000);
        QCOMPARE(a.sampleRate, 16000);
        QVERIFY(std::llabs(qint64(a.samples.size()) - std::llround(info.frames * 16000.0 / 22050.0)) <= 1);
        QVERIFY(testsupport::rms(a.samples) > 0.01);
    }

    void everyFormatDecodes_data() {
        QTest::addColumn<QString>("ext");
        QTest::addColumn<int>("rate");
        QTest::addColumn<double>("lengthTolerance"); // lossy codecs add priming/padding
        QTest::newRow("wav") << "wav" << 44100 << 0.001;
        QTest::newRow("au") << "au" << 22050 << 0.001;
        QTest::newRow("aiff") << "aiff" << 32000 << 0.001;
        QTest::newRow("flac") << "flac" << 48000 << 0.001;
        QTest::newRow("ogg-vorbis") << "ogg" << 44100 << 0.05;
        QTest::newRow("opus") << "opus" << 48000 << 0.05;
        QTest::newRow("mp3") << "mp3" << 44100 << 0.1;
    }
    void everyFormatDecodes() {
        QFETCH(QString, ext);
        QFETCH(int, rate);
        QFETCH(double, lengthTolerance);
        Audio tone;
        tone.sampleRate = rate;
        tone.samples = testsupport::sine(440.0, 3.0, rate, 0.5f);
        const QString path = file(QStringLiteral("tone.") + ext);
        writeAudio(path, tone);
        const Audio back = decodeAudio(path, 16000);
        QCOMPARE(back.sampleRate, 16000);
        QVERIFY2(std::fabs(back.seconds() - 3.0) <= 3.0 * lengthTolerance + 0.001, qPrintable(QStringLiteral("%1 s").arg(back.seconds())));
        const double f = testsupport::dominantFrequency(back.samples, 16000);
        QVERIFY2(std::fabs(f - 440.0) < 4.4, qPrintable(QStringLiteral("%1 Hz").arg(f)));
        QVERIFY(std::fabs(testsupport::rms(back.samples) - 0.5 / std::sqrt(2.0)) < 0.05);
    }

    void manyChannelsHighRateAreMixedAndResampledInChunks() {
        // 6 channels at 96 kHz: a 1 kHz tone on channels 1-3, silence on 4-6 -> half amplitude mono.
        const QString path = file(QStringLiteral("six.wav"));
        const QString sox = QStandardPaths::findExecutable(QStringLiteral("sox"));
        QVERIFY2(!sox.isEmpty(), "sox is missing (packaging/install-deps.sh installs it)");
        QCOMPARE(QProcess::execute(sox, {QStringLiteral("-n"),    QStringLiteral("-r"),   QStringLiteral("96000"),
                                         QStringLiteral("-b"),    QStringLiteral("16"),   path,
                                         QStringLiteral("synth"), QStringLiteral("20"),   QStringLiteral("sine"),
                                         QStringLiteral("1000"),  QStringLiteral("sine"), QStringLiteral("1000"),
                                         QStringLiteral("sine"),  QStringLiteral("1000"), QStringLiteral("sine"),
                                         QStringLiteral("1000"),  QStringLiteral("sine"), QStringLiteral("1000"),
                                         QStringLiteral("sine"),  QStringLiteral("1000"), QStringLiteral("remix"),
                                         QStringLiteral("1"),     QStringLiteral("2"),    QStringLiteral("3"),
                                         QStringLiteral("0"),     QStringLiteral("0"),    QStringLiteral("0"),
                                         QStringLiteral("vol"),   QStringLiteral("0.5")}),
                 0);
        const AudioInfo info = probeAudio(path);
        QCOMPARE(info.channels, 6);
        QCOMPARE(info.sampleRate, 96000);

        size_t chunks = 0, largest = 0, total = 0;
        std::vector<float> mono;
        DecodeOptions o;
        o.targetRate = 16000;
        decodeAudioStream(path, o, [&](const float *s, size_t n) {
            ++chunks;
            largest = std::max(largest, n);
            total += n;
            mono.insert(mono.end(), s, s + n);
            return true;
        });
        // 20 s at 96 kHz is 1.92 M frames: it must arrive in many pieces of about 32 k input frames.
        QVERIFY2(chunks >= 40, qPrintable(QString::number(chunks)));
        QVERIFY2(largest <= 32768 * 16000 / 96000 + 2048, qPrintable(QString::number(largest)));
        QVERIFY(std::llabs(qint64(total) - 320000) <= 1);
        QVERIFY(std::fabs(testsupport::dominantFrequency(mono, 16000) - 1000.0) < 2.0);
        // Mean of 3 equal tones and 3 silent channels: half the amplitude of one channel.
        QVERIFY2(std::fabs(testsupport::rms(mono) - 0.25 / std::sqrt(2.0)) < 0.01, qPrintable(QString::number(testsupport::rms(mono))));
    }

    void oneDecodeGivesEveryRateAsItsOwnDecodeWould() {
        // A real clip (22.05 kHz) at musicnn's 16 kHz, its own rate and the display's 44.1 kHz
        // from one decode: each the same samples as a decode at that rate alone.
        const QString path = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
        const std::vector<int> rates{16000, 0, 44100};
        std::vector<std::vector<float>> together(rates.size());
        const AudioInfo info = decodeAudioStreamAtRates(path, rates, DecodeOptions(), [&](size_t i, const float *s, size_t n) {
            together[i].insert(together[i].end(), s, s + n);
            return true;
        });
        QCOMPARE(info.sampleRate, 22050);
        for (size_t i = 0; i < rates.size(); ++i) {
            const Audio alone = decodeAudio(path, rates[i]);
            QVERIFY2(alone.samples.size() > 100000, qPrintable(QString::number(alone.samples.size())));
            QCOMPARE(together[i].size(), alone.samples.size());
            QVERIFY2(together[i] == alone.samples, qPrintable(QStringLiteral("rate %1 differs").arg(rates[i])));
        }
        // A rate whose sink has had enough stops; the others go on to the end.
        std::vector<size_t> counts(2, 0);
        decodeAudioStreamAtRates(path, {16000, 22050}, DecodeOptions(), [&](size_t i, const float *, size_t n) {
            counts[i] += n;
            return i == 1 || counts[i] < 16000;
        });
        QVERIFY2(counts[0] < 16000 * 4, qPrintable(QString::number(counts[0])));
        QCOMPARE(counts[1], decodeAudio(path, 22050).samples.size());
    }

    void maxSecondsStopsEarly() {
        const QString path = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/rock/rock.00000.wav"));
        DecodeOptions o;
        o.targetRate = 16000;
        o.maxSeconds = 2.5;
        QCOMPARE(decodeAudio(path, o).samples.size(), size_t(40000));
    }

    void cancelStopsDecoding() {
        const QString path = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/rock/rock.00000.wav"));
        std::atomic_bool cancel{true};
        DecodeOptions o;
        o.cancel = &cancel;
        QVERIFY(decodeError(path).isEmpty()); // sanity: decodes when not cancelled
        try {
            decodeAudio(path, o);
            QFAIL("a cancelled decode returned audio");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QLatin1String("cancelled")));
        }
    }

    void badInputGivesAClearError_data() {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected"); // a phrase the message must contain

        QTest::newRow("missing") << "missing.wav" << QByteArray() << "does not exist";
        QTest::newRow("empty") << "empty.wav" << QByteArray("") << "empty";
        QTest::newRow("text named mp3") << "notes.mp3" << QByteArray("These are my shopping notes, not music.\n").repeated(50) << "not an audio file";
        QTest::newRow("random bytes wav") << "noise.wav" << QByteArray(4096, '\x5a') << "not an audio file";

        // A WAV header that promises 10 s of 16-bit mono but holds 0.1 s.
        QByteArray wav = "RIFF" + le32(36 + 320000) + "WAVEfmt " + le32(16) + le16(1) + le16(1) + le32(16000) + le32(32000) + le16(2) + le16(16) +
                         "data" + le32(320000);
        QTest::newRow("truncated") << "truncated.wav" << wav + QByteArray(3200, '\x01') << "truncated";

        // A valid header with no samples at all.
        QByteArray zero =
            "RIFF" + le32(36) + "WAVEfmt " + le32(16) + le16(1) + le16(1) + le32(16000) + le32(32000) + le16(2) + le16(16) + "data" + le32(0);
        QTest::newRow("zero length") << "zero.wav" << zero << "no audio samples";

        // WAVE_FORMAT 0x0161 (Windows Media Audio) is a codec libsndfile does not decode.
        QByteArray wma = "RIFF" + le32(36 + 1000) + "WAVEfmt " + le32(16) + le16(0x0161) + le16(1) + le32(16000) + le32(32000) + le16(2) + le16(16) +
                         "data" + le32(1000) + QByteArray(1000, '\x11');
        QTest::newRow("unsupported codec") << "wma.wav" << wma << "codec";

        // 32-bit float samples with a NaN and an infinity in them.
        QByteArray fl =
            "RIFF" + le32(36 + 16) + "WAVEfmt " + le32(16) + le16(3) + le16(1) + le32(16000) + le32(64000) + le16(4) + le16(32) + "data" + le32(16);
        const float samples[4] = {0.1f, std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity(), 0.2f};
        fl.append(reinterpret_cast<const char *>(samples), 16);
        QTest::newRow("nan and inf") << "nan.wav" << fl << "NaN or infinity";
    }
    void badInputGivesAClearError() {
        QFETCH(QString, name);
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const QString path = file(name);
        if (name != QLatin1String("missing.wav")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes);
        }
        const QString message = decodeError(path);
        qInfo("%s -> %s", qPrintable(name), qPrintable(message));
        QVERIFY2(!message.isEmpty(), "bad input decoded without an error");
        QVERIFY2(message.contains(path), qPrintable(message));                          // names the file
        QVERIFY2(message.contains(expected, Qt::CaseInsensitive), qPrintable(message)); // says why

        // The CLI says the same and exits 1 (no crash, no output file).
        QProcess cli;
        const QString out = file(name + QStringLiteral(".npy"));
        cli.start(testsupport::cliPath(), {QStringLiteral("mel"), path, QStringLiteral("--out"), out});
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitStatus(), QProcess::NormalExit);
        QCOMPARE(cli.exitCode(), 1);
        QVERIFY(QString::fromUtf8(cli.readAllStandardError()).contains(expected, Qt::CaseInsensitive));
        QVERIFY(!QFile::exists(out));
    }

    void writerNeverLeavesAHalfFile() {
        // Writing into a folder that does not exist fails cleanly, and a good file is kept when a
        // later write of the same name fails (unsupported extension is checked before touching it).
        Audio tone;
        tone.sampleRate = 16000;
        tone.samples = testsupport::sine(100, 0.5, 16000);
        QVERIFY_THROWS_EXCEPTION(Error, writeAudio(file(QStringLiteral("no/such/dir/x.wav")), tone));
        const QString good = file(QStringLiteral("good.wav"));
        writeAudio(good, tone);
        const qint64 size = QFileInfo(good).size();
        Audio bad; // no sample rate: refused before the old file is touched
        QVERIFY_THROWS_EXCEPTION(Error, writeAudio(good, bad));
        QCOMPARE(QFileInfo(good).size(), size);
        QCOMPARE(decodeAudio(good, 16000).samples.size(), size_t(8000));
    }
};

QTEST_GUILESS_MAIN(AudioDecode)
#include "test_audio_decode.moc"
