// Hostile data, crafted at run time: absurd feature and model settings are refused with the
// broken range; .npy shapes that wrap around are refused; cache entries that cannot be read are
// recomputed and replaced; a damaged run history is set aside, never overwritten; two histories
// on one file never lose a run or a deletion; exports get the usual file mode.
#include "TestSupport.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "common/Npy.h"
#include "dataset/FeatureCache.h"
#include "dsp/FeatureSpec.h"
#include "embedding/EmbeddingCache.h"
#include "embedding/MusicnnEmbedder.h"
#include "inference/PredictionBatch.h"
#include "models/ModelConfig.h"
#include "training/RunHistory.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>
#include <limits>
#include <sys/stat.h>

using namespace gtzan;

namespace {

bool writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}
QByteArray readAll(const QString &path) {
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// A version-1 .npy with the given header dictionary and raw data.
QByteArray npy(const QByteArray &dict, const QByteArray &data) {
    QByteArray header = dict;
    header.append(QByteArray((64 - (10 + header.size() + 1) % 64) % 64, ' '));
    header.append('\n');
    QByteArray b("\x93NUMPY\x01\x00", 8);
    b.append(char(header.size() & 0xff));
    b.append(char(header.size() >> 8));
    return b + header + data;
}

QString errorOf(const std::function<void()> &f) {
    try {
        f();
    } catch (const Error &e) {
        return e.message();
    } catch (const std::exception &e) {
        return QStringLiteral("NOT A gtzan::Error: ") + QString::fromLocal8Bit(e.what());
    }
    return QString();
}

RunRecord run(const QString &id) {
    RunRecord r;
    r.id = id;
    r.finished = QDateTime::fromString(QStringLiteral("2026-11-25T13:00:00.123"), Qt::ISODateWithMs);
    r.recipe.dataFolder = QStringLiteral("/data");
    return r;
}

QStringList idsOf(const std::vector<RunRecord> &records) {
    QStringList ids;
    for (const RunRecord &r : records) ids << r.id;
    return ids;
}

unsigned modeOf(const QString &path) {
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? unsigned(st.st_mode & 0777) : 0u;
}

} // namespace

class HostileData : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString file(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        ::umask(022); // before the first export: the helper reads the umask once
        QVERIFY(m_dir.isValid());
    }

    void absurdFeatureSpecsAreRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<double>("value");
        QTest::addColumn<QString>("expected"); // the broken range, as the message names it
        QTest::newRow("hop 1, FFT 32768 at 384 kHz") << "hop1" << 0.0 << "frames may overlap at most 64 times";
        QTest::newRow("FFT 65536") << "n_fft" << 65536.0 << "FFT size 65536 (16 to 32768)";
        QTest::newRow("million-frame segment") << "segment_seconds" << 1e6 * 512 / 16000 << "segment length";
        QTest::newRow("segment shorter than a hop") << "segment_seconds" << 0.001 << "makes 0 frames";
        QTest::newRow("hop 2 at 22.05 kHz") << "hop_length" << 2.0 << "hop 2";
        QTest::newRow("more bands than bins") << "n_mels" << 600.0 << "600 mel bands";
        QTest::newRow("NaN fmax") << "fmax" << std::numeric_limits<double>::quiet_NaN() << "frequency range";
        QTest::newRow("rate 5 MHz") << "sample_rate" << 5e6 << "sample rate 5000000 Hz";
        QTest::newRow("zero amin") << "db_amin" << 0.0 << "dB settings";
    }
    void absurdFeatureSpecsAreRefused() {
        QFETCH(QString, field);
        QFETCH(double, value);
        QFETCH(QString, expected);
        for (const QString &name : FeatureSpec::presetNames()) FeatureSpec::preset(name).validate(); // presets stay valid
        QJsonObject o = FeatureSpec::native().toJson();
        if (field == QLatin1String("hop1")) {
            o[QStringLiteral("sample_rate")] = 384000;
            o[QStringLiteral("fmax")] = 192000.0;
            o[QStringLiteral("n_fft")] = 32768;
            o[QStringLiteral("win_length")] = 32768;
            o[QStringLiteral("hop_length")] = 1;
        } else {
            o[field] = value;
        }
        const QString message = errorOf([&] { FeatureSpec::fromJson(o); });
        QVERIFY2(message.startsWith(QLatin1String("Invalid feature settings")) && message.contains(expected), qPrintable(message));
    }

    void absurdModelConfigsAreRefused_data() {
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a million frames") << "frames" << 1000000 << "at most 512 x 32768";
        QTest::newRow("100000 classes") << "numClasses" << 100000 << "2 to 256 classes";
        QTest::newRow("5000 bands") << "nMels" << 5000 << "5000 bands";
        QTest::newRow("negative embedding") << "embeddingDim" << -3 << "embedding of length -3";
        QTest::newRow("huge embedding") << "embeddingDim" << 10000000 << "embedding of length 10000000";
    }
    void absurdModelConfigsAreRefused() {
        QFETCH(QString, field);
        QFETCH(int, value);
        QFETCH(QString, expected);
        ModelConfig c;
        QCOMPARE(ModelConfig::fromJson(c.toJson()).toJson(), c.toJson());
        QJsonObject o = c.toJson();
        o[field] = value;
        const QString message = errorOf([&] { ModelConfig::fromJson(o); });
        QVERIFY2(message.contains(expected), qPrintable(message));
    }

    void wrappedNpyShapesAreRefused_data() {
        QTest::addColumn<QByteArray>("dict");
        QTest::addColumn<QString>("expected");
        // 2^32 x 2^32 elements: 0 in 64 bits, so 16 bytes of data once passed as enough.
        QTest::newRow("2^32 x 2^32") << QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (4294967296, 4294967296), }") << "too large";
        // 2^62 float32 is 2^64 bytes: 0 in 64 bits, then a vector of 2^62 floats.
        QTest::newRow("2^62 floats") << QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (4611686018427387904,), }") << "too large";
        QTest::newRow("negative") << QByteArray("{'descr': '<f4', 'fortran_order': False, 'shape': (-1, 4), }") << "bad shape";
        QTest::newRow("more than it holds") << QByteArray("{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }") << "shorter";
    }
    void wrappedNpyShapesAreRefused() {
        QFETCH(QByteArray, dict);
        QFETCH(QString, expected);
        const QString path = file(QStringLiteral("array.npy"));
        QVERIFY(writeAll(path, npy(dict, QByteArray(16, '\0'))));
        const QString message = errorOf([&] { readNpy(path); });
        QVERIFY2(message.contains(path) && message.contains(expected), qPrintable(message));
        QVERIFY(!elementCount({qint64(1) << 32, qint64(1) << 32}).has_value());
        QCOMPARE(elementCount({0, 5}).value(), size_t(0));
        QCOMPARE(elementCount({}).value(), size_t(1));
        // A version-1 header claiming more bytes than the file has.
        QByteArray cut = npy("{'descr': '<f4', 'fortran_order': False, 'shape': (2,), }", QByteArray(8, '\0'));
        cut[8] = char(0xff);
        cut[9] = char(0xff);
        QVERIFY(writeAll(path, cut));
        QVERIFY(errorOf([&] { readNpy(path); }).contains(QLatin1String("truncated .npy header")));
    }

    // Garbage, or a folder squatting the entry's name: a miss, then replaced by a good entry.
    void unreadableFeatureCacheEntriesAreReplaced() {
        const FeatureCache cache(file(QStringLiteral("features")));
        const QJsonObject key = FeatureCache::keyMaterial("abc", FeatureSpec::gct634().toJson(), {});
        Matrix m(3, 4);
        for (size_t i = 0; i < m.data.size(); ++i) m.data[i] = float(i);
        cache.store(key, m);
        QVERIFY(cache.load(key).has_value());
        const QString path = cache.pathFor(key);
        QVERIFY(writeAll(path, QByteArray("GTZFEAT") + QByteArray(100, '\xff')));
        QString why;
        QVERIFY(!cache.load(key, &why).has_value());
        QVERIFY(why.startsWith(QLatin1String("corrupt")));
        cache.store(key, m);
        QVERIFY(cache.load(key).has_value());
        QVERIFY(QFile::remove(path));
        QVERIFY(QDir().mkpath(path + QStringLiteral("/inside")));
        QVERIFY(!cache.load(key).has_value());
        cache.store(key, m); // threw "cannot write" on every later run
        const std::optional<Matrix> back = cache.load(key);
        QVERIFY(back.has_value());
        QCOMPARE(back->data, m.data);
    }

    void unreadableEmbeddingCacheEntriesAreReplaced() {
        const QString clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/blues/blues.00000.wav"));
        const MusicnnEmbedder msd = MusicnnEmbedder::load(testsupport::requireShared(QStringLiteral("models/musicnn/MSD_musicnn.h5")));
        const EmbeddingCache cache(file(QStringLiteral("embeddings")));
        const QString hash = EmbeddingCache::contentHash(clip);
        const QString squatted = cache.entryPath(hash, msd, MusicnnLayer::Penultimate);
        const QString wrapped = cache.entryPath(hash, msd, MusicnnLayer::Taggram);
        QVERIFY(QDir().mkpath(squatted + QStringLiteral("/inside")));
        QVERIFY(writeAll(wrapped, npy("{'descr': '<f4', 'fortran_order': False, 'shape': (4294967296, 4294967296), }", QByteArray(16, '\0'))));
        QVERIFY(!cache.load(hash, msd, MusicnnLayer::Penultimate).has_value());
        QVERIFY(!cache.load(hash, msd, MusicnnLayer::Taggram).has_value());
        const Matrix m = patchEmbeddingsOfFile(msd, clip, MusicnnLayer::Penultimate, &cache);
        QCOMPARE(m.cols, 200);
        QVERIFY(QFileInfo(squatted).isFile());
        QVERIFY(cache.load(hash, msd, MusicnnLayer::Penultimate).has_value());
        QCOMPARE(cache.load(hash, msd, MusicnnLayer::Taggram)->cols, 50);
    }

    void damagedHistoriesAreSetAside_data() {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        QTest::newRow("runs not a list") << QByteArray(R"({"format":"gtzan-run-history","version":1,"runs":{"id":"x"}})") << "\"runs\" is not a list";
        QTest::newRow("not JSON") << QByteArray(R"({"runs": [ {"id": "x", )") << "damaged";
        QTest::newRow("newer version") << QByteArray(R"({"format":"gtzan-run-history","version":7,"runs":[]})") << "version 7";
        QTest::newRow("twice the same run")
            << QJsonDocument(QJsonObject{{QStringLiteral("runs"), QJsonArray{run("a").toJson(), run("a").toJson()}}}).toJson()
            << "a second run with the id a";
        // An evaluation naming 3000 genres: its confusion matrix alone would be 9 million cells
        // (a 590 KB file with 40 000 genres once took the window to 7 GB).
        RunRecord many = run("many");
        QJsonObject evaluation;
        QJsonArray genres, probabilities;
        for (int g = 0; g < 3000; ++g) {
            genres.append(QStringLiteral("g%1").arg(g));
            probabilities.append(0.0);
        }
        evaluation[QStringLiteral("genres")] = genres;
        evaluation[QStringLiteral("clips")] = QJsonArray{QJsonObject{
            {QStringLiteral("id"), QStringLiteral("c")}, {QStringLiteral("trueLabel"), 0}, {QStringLiteral("probabilities"), probabilities}}};
        QJsonObject record = many.toJson();
        record[QStringLiteral("evaluation")] = evaluation;
        QTest::newRow("3000 genres") << QJsonDocument(QJsonObject{{QStringLiteral("runs"), QJsonArray{record}}}).toJson(QJsonDocument::Compact)
                                     << "3000 genres";
    }
    void damagedHistoriesAreSetAside() {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run-history.json"));
        QVERIFY(writeAll(path, bytes));
        RunHistory strict(path);
        const QString refused = errorOf([&] { strict.load(); });
        QVERIFY2(refused.contains(path) && refused.contains(QLatin1String("damaged")) && refused.contains(expected), qPrintable(refused));
        QCOMPARE(readAll(path), bytes); // load() leaves it as it is
        QVERIFY(errorOf([&] { RunHistory::parse(bytes, QStringLiteral("bytes")); }).contains(expected));

        RunHistory h(path);
        const QString notice = h.loadOrSetAside();
        QVERIFY2(notice.contains(path) && notice.contains(expected) && notice.contains(QLatin1String(".damaged-")), qPrintable(notice));
        QVERIFY(h.records().empty());
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("run-history.json.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QVERIFY(notice.contains(aside.front()));
        QCOMPARE(readAll(dir.filePath(aside.front())), bytes); // kept byte for byte
        h.add(run("new"));
        QCOMPARE(h.save(), QString());
        RunHistory again(path);
        again.load();
        QCOMPARE(idsOf(again.records()), QStringList{QStringLiteral("new")});
        QCOMPARE(readAll(dir.filePath(aside.front())), bytes);
    }

    // A file damaged after this object loaded it is set aside by save(), not overwritten.
    void saveNeverOverwritesADamagedFile() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run-history.json"));
        RunHistory h(path);
        h.load();
        h.add(run("a"));
        h.save();
        QVERIFY(writeAll(path, "{ broken"));
        h.add(run("b"));
        const QString notice = h.save();
        QVERIFY2(notice.contains(QLatin1String(".damaged-")), qPrintable(notice));
        const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("run-history.json.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QCOMPARE(readAll(dir.filePath(aside.front())), QByteArray("{ broken"));
        RunHistory back(path);
        back.load();
        QCOMPARE(idsOf(back.records()), (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    }

    // Two windows (or the window and the CLI) on one history file.
    void twoHistoriesOnOneFileLoseNothing() {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("run-history.json"));
        RunHistory window(path), cli(path);
        window.load();
        cli.load();
        window.add(run("2026-01-01T10:00:00.000"));
        window.save();
        cli.add(run("2026-01-01T11:00:00.000"));
        cli.save(); // once replaced the window's run
        RunHistory reader(path);
        reader.load();
        QCOMPARE(idsOf(reader.records()), (QStringList{QStringLiteral("2026-01-01T10:00:00.000"), QStringLiteral("2026-01-01T11:00:00.000")}));
        QCOMPARE(idsOf(cli.records()), idsOf(reader.records())); // the saver sees the merged list

        // A deletion in one survives the other's save, in both directions.
        reader.remove(QStringLiteral("2026-01-01T10:00:00.000"));
        reader.save();
        cli.add(run("2026-01-01T12:00:00.000"));
        cli.save(); // cli still had the deleted run in memory
        window.add(run("2026-01-01T09:00:00.000"));
        window.save(); // so had the window
        RunHistory last(path);
        last.load();
        QCOMPARE(idsOf(last.records()), (QStringList{QStringLiteral("2026-01-01T09:00:00.000"), QStringLiteral("2026-01-01T11:00:00.000"),
                                                     QStringLiteral("2026-01-01T12:00:00.000")}));
        // Undo of a deletion before saving brings the run back; after saving, too.
        last.remove(QStringLiteral("2026-01-01T11:00:00.000"));
        last.save();
        last.insert(1, run("2026-01-01T11:00:00.000"));
        last.save();
        window.save();
        RunHistory check(path);
        check.load();
        QCOMPARE(check.records().size(), size_t(3));
        QVERIFY(!QFile::exists(path + QStringLiteral(".lock"))); // released after each save
    }

    // Exports get 0666 & ~umask (0644 here), not QSaveFile's 0600; a replaced file keeps its mode.
    void exportsGetTheUsualMode() {
        QCOMPARE(usualFileMode(), 0644u);
        const QString npyPath = file(QStringLiteral("mel.npy"));
        writeNpy(npyPath, Matrix(2, 2));
        QCOMPARE(modeOf(npyPath), 0644u);
        Audio a;
        a.sampleRate = 16000;
        a.samples = testsupport::sine(440.0, 0.1, 16000);
        const QString wav = file(QStringLiteral("augmented.wav"));
        writeAudio(wav, a);
        QCOMPARE(modeOf(wav), 0644u);
        const QString csv = file(QStringLiteral("predictions.csv"));
        writePredictionCsv(csv, {}, {QStringLiteral("blues"), QStringLiteral("jazz")});
        QCOMPARE(modeOf(csv), 0644u);
        QVERIFY(QFile::setPermissions(npyPath, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup));
        writeNpy(npyPath, Matrix(3, 3));
        QCOMPARE(modeOf(npyPath), 0640u);
    }
};

QTEST_GUILESS_MAIN(HostileData)
#include "test_hostile_data.moc"
