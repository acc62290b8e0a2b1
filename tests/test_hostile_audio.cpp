// Hostile audio input, crafted at run time: a file is judged by its bytes, never by its name or
// folder; a cut file is refused as truncated in every exact format; implausible rates and channel
// counts are refused before any buffer is sized; a header's frame count never sizes memory; and
// decoding from memory takes the same path as decoding a file.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioInfo.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <exception>

using namespace gtzan;

namespace {

QByteArray le32(quint32 v) { return QByteArray(reinterpret_cast<const char *>(&v), 4); }
QByteArray le16(quint16 v) { return QByteArray(reinterpret_cast<const char *>(&v), 2); }

// A 16-bit PCM WAV header whose data chunk announces `dataBytes`, followed by `heldBytes` of samples.
QByteArray pcmWav(quint32 rate, quint16 channels, quint32 dataBytes, int heldBytes) {
    const quint16 block = quint16(2 * channels);
    QByteArray b = "RIFF" + le32(36 + dataBytes) + "WAVEfmt " + le32(16) + le16(1) + le16(channels) + le32(rate) + le32(rate * block) + le16(block) +
                   le16(16) + "data" + le32(dataBytes);
    QByteArray samples(heldBytes, '\0');
    for (int i = 0; i < heldBytes; i += 2) samples[i + 1] = char((i / 2) % 64); // a quiet saw tooth
    return b + samples;
}

QByteArray readAll(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return f.readAll();
}

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// The error decodeAudio gives ("" when it decoded). Any other exception is a failure of its own.
QString decodeError(const QString &path, int rate = 16000) {
    try {
        decodeAudio(path, rate);
    } catch (const Error &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QStringLiteral("NOT A gtzan::Error: ") + QString::fromLocal8Bit(e.what());
    }
    return QString();
}

QString memoryDecodeError(const QByteArray &bytes, const QString &name) {
    try {
        DecodeOptions o;
        o.targetRate = 16000;
        decodeAudioFromMemory(bytes, o, name);
    } catch (const Error &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QStringLiteral("NOT A gtzan::Error: ") + QString::fromLocal8Bit(e.what());
    }
    return QString();
}

} // namespace

class HostileAudio : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_clip; // a real GTZAN clip, 22.05 kHz mono 16-bit, about 30 s
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        m_clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
    }

    // libsndfile's log starts with the path: a folder "Too Large Band" or a name with
    // "truncated" in it once made a whole clip look damaged.
    void nameAndFolderDoNotJudgeTheFile() {
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("Too Large Band")));
        const Audio reference = decodeAudio(m_clip, 16000);
        QVERIFY(reference.seconds() > 29.0);
        for (const QString &name : {QStringLiteral("Too Large Band/jazz.00000.wav"), QStringLiteral("truncated-jazz.wav"),
                                    QStringLiteral("Too Large Band/Premature EOF truncated.wav")}) {
            const QString path = file(name);
            QVERIFY(QFile::copy(m_clip, path));
            QCOMPARE(decodeError(path), QString());
            const Audio a = decodeAudio(path, 16000);
            QCOMPARE(a.samples.size(), reference.samples.size());
            QCOMPARE(probeAudio(path).frames, probeAudio(m_clip).frames);
        }
        QCOMPARE(memoryDecodeError(readAll(m_clip), QStringLiteral("Too Large Band/truncated-jazz.wav")), QString());
    }

    void cutFilesAreRefusedAsTruncated_data() {
        QTest::addColumn<QString>("ext");
        QTest::newRow("wav") << "wav";
        QTest::newRow("aiff") << "aiff";
        QTest::newRow("au") << "au";
        QTest::newRow("flac") << "flac";
    }
    // The same clip written whole decodes; cut to 40 % of its bytes it is refused, from a file
    // and from memory, with what the header announces and what the file holds.
    void cutFilesAreRefusedAsTruncated() {
        QFETCH(QString, ext);
        const Audio clip = decodeAudio(m_clip, 0);
        const QString whole = file(QStringLiteral("whole-%1.%1").arg(ext));
        writeAudio(whole, clip);
        QCOMPARE(decodeError(whole), QString());
        const QByteArray bytes = readAll(whole);
        const QString cut = file(QStringLiteral("jazz-part.%1").arg(ext));
        QVERIFY(writeAll(cut, bytes.left(bytes.size() * 2 / 5)));

        const QString message = decodeError(cut);
        qInfo("%s", qPrintable(message));
        QVERIFY2(message.startsWith(cut + QStringLiteral(": ")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("truncated")), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("announces %1 s").arg(clip.seconds(), 0, 'f', 2)), qPrintable(message));
        const QString fromMemory = memoryDecodeError(bytes.left(bytes.size() * 2 / 5), QStringLiteral("upload.%1").arg(ext));
        QVERIFY2(fromMemory.startsWith(QStringLiteral("upload.%1: ").arg(ext)) && fromMemory.contains(QLatin1String("truncated")),
                 qPrintable(fromMemory));
    }

    // A header promising 10 s over 0.1 s of data: refused by probe (and so by the scan) and by decode.
    void headerPromisingMoreThanTheBytes() {
        const QString path = file(QStringLiteral("ten-seconds.wav"));
        QVERIFY(writeAll(path, pcmWav(16000, 1, 320000, 3200)));
        const QString message = decodeError(path);
        QVERIFY2(message.contains(path) && message.contains(QLatin1String("truncated")), qPrintable(message));
        QVERIFY2(message.contains(QLatin1String("announces 10.00 s")) && message.contains(QLatin1String("holds 0.10 s")), qPrintable(message));
        QVERIFY_THROWS_EXCEPTION(Error, probeAudio(path));
        // Short of the promise by a few samples only (a lost pad byte): still a whole file.
        const QString nearly = file(QStringLiteral("nearly.wav"));
        QVERIFY(writeAll(nearly, pcmWav(16000, 1, 32000, 31990)));
        QCOMPARE(decodeError(nearly), QString());
    }

    void implausibleHeadersAreRefused_data() {
        QTest::addColumn<quint32>("rate");
        QTest::addColumn<int>("channels");
        QTest::addColumn<QString>("expected");
        QTest::newRow("1 Hz") << quint32(1) << 1 << "sample rate of 1 Hz";
        QTest::newRow("2 MHz") << quint32(2000000) << 1 << "sample rate of 2000000 Hz";
        QTest::newRow("300 channels") << quint32(16000) << 300 << "300 channels";
    }
    // A 50 KB file at 1 Hz once asked the resampler for 2.3 GB; now the header is refused first.
    void implausibleHeadersAreRefused() {
        QFETCH(quint32, rate);
        QFETCH(int, channels);
        QFETCH(QString, expected);
        const int held = 50000 / (2 * channels) * 2 * channels;
        const QByteArray bytes = pcmWav(rate, quint16(channels), quint32(held), held);
        const QString path = file(QStringLiteral("odd-%1-%2.wav").arg(rate).arg(channels));
        QVERIFY(writeAll(path, bytes));
        for (const QString &message : {decodeError(path), memoryDecodeError(bytes, path)}) {
            QVERIFY2(message.startsWith(path + QStringLiteral(": ")), qPrintable(message));
            QVERIFY2(message.contains(expected), qPrintable(message));
        }
        try {
            probeAudio(path);
            QFAIL("an implausible header was probed without an error");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(expected), qPrintable(e.message()));
        }
    }

    // A FLAC whose STREAMINFO announces 2^36 - 1 frames (over 2 years at 1 kHz) in a few KB: the
    // decoder must not reserve from that count (it threw bad_alloc/length_error), and says the
    // file holds less than it announces.
    void headerFrameCountNeverSizesMemory() {
        Audio tone;
        tone.sampleRate = 1000;
        tone.samples = testsupport::sine(50.0, 1.0, 1000);
        const QString path = file(QStringLiteral("long-claim.flac"));
        writeAudio(path, tone);
        QByteArray bytes = readAll(path);
        QVERIFY(bytes.startsWith("fLaC") && (bytes[4] & 0x7f) == 0); // STREAMINFO comes first
        // STREAMINFO starts at byte 8; its 36-bit total sample count fills the low nibble of
        // byte 13 and bytes 14..17.
        bytes[8 + 13] = char(bytes[8 + 13] | 0x0f);
        for (int i = 14; i <= 17; ++i) bytes[8 + i] = char(0xff);
        QVERIFY(writeAll(path, bytes));
        QCOMPARE(probeAudio(path).frames, (qint64(1) << 36) - 1);
        const QString message = decodeError(path, 22050);
        QVERIFY2(message.startsWith(path + QStringLiteral(": ")) && message.contains(QLatin1String("truncated")), qPrintable(message));
        QVERIFY2(memoryDecodeError(bytes, path).contains(QLatin1String("truncated")), qPrintable(memoryDecodeError(bytes, path)));
    }

    // Ogg and MP3 header counts are estimates: a cut Ogg gives what it holds, not a "truncated".
    void lossyFilesAreNotJudgedByTheirCount() {
        Audio clip = decodeAudio(m_clip, 0);
        const QString path = file(QStringLiteral("jazz.ogg"));
        writeAudio(path, clip);
        const QByteArray bytes = readAll(path);
        const QString cut = file(QStringLiteral("jazz-part.ogg"));
        QVERIFY(writeAll(cut, bytes.left(bytes.size() * 3 / 5)));
        const QString message = decodeError(cut);
        QVERIFY2(!message.contains(QLatin1String("truncated")), qPrintable(message));
        if (message.isEmpty()) {
            const Audio part = decodeAudio(cut, 16000);
            QVERIFY(part.seconds() > 5.0 && part.seconds() < clip.seconds());
        }
    }

    // Memory and file decoding share one path: the same samples, bit for bit.
    void memoryDecodeMatchesFileDecode() {
        const Audio fromFile = decodeAudio(m_clip, 16000);
        DecodeOptions o;
        o.targetRate = 16000;
        const Audio fromMemory = decodeAudioFromMemory(readAll(m_clip), o, QStringLiteral("jazz.00000.wav"));
        QCOMPARE(fromMemory.sampleRate, 16000);
        QVERIFY(fromMemory.samples == fromFile.samples);
        o.maxSeconds = 2.0;
        QCOMPARE(qint64(decodeAudioFromMemory(readAll(m_clip), o).samples.size()), qint64(32000));
        QVERIFY2(memoryDecodeError(QByteArray(), QStringLiteral("nothing.wav")).contains(QLatin1String("nothing.wav: the file is empty")),
                 qPrintable(memoryDecodeError(QByteArray(), QStringLiteral("nothing.wav"))));
        QVERIFY(memoryDecodeError(QByteArray(4096, 'x'), QStringLiteral("x.wav")).contains(QLatin1String("not an audio file")));
    }
};

QTEST_GUILESS_MAIN(HostileAudio)
#include "test_hostile_audio.moc"
