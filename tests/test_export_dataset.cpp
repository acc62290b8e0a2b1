// `gtzan-cli export-dataset` on the real 50-clip sample: the .npz loads with one numpy.load (Debian's
// python3 + NumPy, allow_pickle=False) with the shapes, labels, ids, split sides and settings the
// data set and the split lists say, and features equal to the engine's own; musicnn embeddings
// equal to `gtzan-cli embed`; a cancelled export (in the engine or by Ctrl+C) leaves no file; a
// bad --out folder is said plainly.
#include "TestSupport.h"
#include "augment/AugmentationChain.h"
#include "common/Error.h"
#include "common/Npy.h"
#include "common/Npz.h"
#include "dataset/DatasetScan.h"
#include "dataset/DatasetSplit.h"
#include "dataset/FeatureLoader.h"
#include "embedding/DatasetExport.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>

using namespace gtzan;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out, err;
};

Run run(const QString &program, const QStringList &args) {
    QProcess p;
    p.start(program, args);
    Run r;
    const bool finished = p.waitForFinished(300000);
    r.exitCode = finished && p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    if (r.exitCode == -1) r.err += "\n(" + p.errorString().toUtf8() + ", exit code " + QByteArray::number(p.exitCode()) + ")";
    return r;
}

// What NumPy sees in an .npz: every member's shape and dtype, and the small members' values.
const char *kDescribe = R"(
import json, sys, numpy
d = numpy.load(sys.argv[1], allow_pickle=False)
out = {k: {'shape': list(d[k].shape), 'dtype': d[k].dtype.str} for k in d.files}
for k in ('labels', 'clip_ids', 'genres', 'split', 'frames', 'segment_clip', 'segment_start'):
    if k in d.files: out[k]['values'] = d[k].tolist()
out['settings']['json'] = json.loads(d['settings'].item())
if 'features' in d.files:
    f = d['features'].astype(numpy.float64)
    fr = d['frames']
    # per row: the sum over its own frames, and the value its padding holds (if any)
    out['features']['sums'] = [float(f[i, :, :fr[i]].sum()) for i in range(len(fr))]
    out['features']['pads'] = [float(f[i, :, fr[i]:].max()) if fr[i] < f.shape[2] else None for i in range(len(fr))]
    out['features']['mins'] = [float(f[i, :, :fr[i]].min()) for i in range(len(fr))]
if 'embeddings' in d.files:
    out['embeddings']['rows'] = d['embeddings'].astype(numpy.float64).tolist()
print(json.dumps(out))
)";

QJsonObject describeNpz(const QString &path) {
    const Run r = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QString::fromLatin1(kDescribe), path});
    if (r.exitCode != 0) throw std::runtime_error(("numpy could not load the .npz: " + r.err).constData());
    return QJsonDocument::fromJson(r.out).object();
}

QStringList strings(const QJsonValue &v) { return v.toVariant().toStringList(); }

} // namespace

class TestExportDataset : public QObject {
    Q_OBJECT
    QString m_data, m_splits;
    QTemporaryDir m_tmp;
    std::vector<ClipRecord> m_clips; // the sample as the engine scans it

    QString tmp(const QString &name) const { return m_tmp.filePath(name); }

private Q_SLOTS:
    void initTestCase() {
        m_data = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        m_splits = testsupport::requireShared(QStringLiteral("data/splits/fault-filtered"));
        QVERIFY(QFileInfo::exists(QStringLiteral("/usr/bin/python3")));
        const Run numpy = run(QStringLiteral("/usr/bin/python3"), {QStringLiteral("-c"), QStringLiteral("import numpy")});
        QVERIFY2(numpy.exitCode == 0, "Debian's python3-numpy is needed (packaging/install-deps)");
        m_clips = scanGtzan(m_data).records();
        QCOMPARE(int(m_clips.size()), 50);
    }

    void segmentedFeaturesLoadInNumpy() {
        const QString out = tmp(QStringLiteral("segments.npz"));
        const Run r = run(testsupport::cliPath(), {QStringLiteral("export-dataset"), m_data, QStringLiteral("--features"), QStringLiteral("gct634"),
                                                   QStringLiteral("--segment"), QStringLiteral("4"), QStringLiteral("--split"), m_splits,
                                                   QStringLiteral("--cache"), tmp(QStringLiteral("cache")), QStringLiteral("--out"), out,
                                                   QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QVERIFY2(r.err.contains("clips 50 of 50"), r.err.constData()); // progress on stderr
        const QJsonObject d = describeNpz(out);
        const QStringList members = d.keys();
        QCOMPARE(QSet<QString>(members.begin(), members.end()),
                 (QSet<QString>{QStringLiteral("features"), QStringLiteral("frames"), QStringLiteral("segment_clip"), QStringLiteral("segment_start"),
                                QStringLiteral("labels"), QStringLiteral("clip_ids"), QStringLiteral("genres"), QStringLiteral("split"),
                                QStringLiteral("settings")}));

        // Ids, labels and genres: the data set's own.
        const QStringList genres = strings(d[QStringLiteral("genres")][QStringLiteral("values")]);
        QCOMPARE(genres, (QStringList{QStringLiteral("blues"), QStringLiteral("classical"), QStringLiteral("country"), QStringLiteral("disco"),
                                      QStringLiteral("hiphop"), QStringLiteral("jazz"), QStringLiteral("metal"), QStringLiteral("pop"),
                                      QStringLiteral("reggae"), QStringLiteral("rock")}));
        const QStringList ids = strings(d[QStringLiteral("clip_ids")][QStringLiteral("values")]);
        const QJsonArray labels = d[QStringLiteral("labels")][QStringLiteral("values")].toArray();
        QCOMPARE(d[QStringLiteral("labels")][QStringLiteral("dtype")].toString(), QStringLiteral("<i8"));
        QCOMPARE(ids.size(), 50);
        QCOMPARE(labels.size(), 50);
        QStringList onDisk;
        for (const QString &g : QDir(m_data + QStringLiteral("/genres")).entryList(QDir::Dirs | QDir::NoDotAndDotDot))
            for (const QString &f : QDir(m_data + QStringLiteral("/genres/") + g).entryList({QStringLiteral("*.wav")}))
                onDisk << g + QLatin1Char('/') + QFileInfo(f).completeBaseName();
        onDisk.sort();
        QCOMPARE(ids, onDisk);
        for (int i = 0; i < ids.size(); ++i) QCOMPARE(genres.value(labels[i].toInt()), ids[i].section(QLatin1Char('/'), 0, 0));

        // Split sides: what the lists say, read here on their own; "" for clips they leave out.
        QHash<QString, QString> listed;
        const std::pair<const char *, const char *> lists[] = {
            {"train_filtered.txt", "train"}, {"valid_filtered.txt", "valid"}, {"test_filtered.txt", "test"}};
        for (const auto &[file, side] : lists)
            for (const QString &id : readSplitFile(m_splits + QLatin1Char('/') + QLatin1String(file))) listed.insert(id, QLatin1String(side));
        const QStringList sides = strings(d[QStringLiteral("split")][QStringLiteral("values")]);
        QCOMPARE(sides.size(), 50);
        int onASide = 0;
        for (int i = 0; i < ids.size(); ++i) {
            QCOMPARE(sides[i], listed.value(ids[i]));
            onASide += !sides[i].isEmpty();
        }
        QVERIFY2(onASide >= 10, qPrintable(QString::number(onASide))); // the sample holds clips of the lists

        // Segments: 4 s of gct634 is 125 frames; a 30 s clip gives 7, each row knows its clip.
        const QJsonArray shape = d[QStringLiteral("features")][QStringLiteral("shape")].toArray();
        QCOMPARE(d[QStringLiteral("features")][QStringLiteral("dtype")].toString(), QStringLiteral("<f4"));
        QCOMPARE(shape.size(), 3);
        QCOMPARE(shape[1].toInt(), 96);
        QCOMPARE(shape[2].toInt(), 125);
        const QJsonArray segmentClip = d[QStringLiteral("segment_clip")][QStringLiteral("values")].toArray();
        const QJsonArray segmentStart = d[QStringLiteral("segment_start")][QStringLiteral("values")].toArray();
        QCOMPARE(segmentClip.size(), shape[0].toInt());
        QCOMPARE(segmentClip.size(), 50 * 7);
        for (int i = 0; i < segmentClip.size(); ++i) {
            QCOMPARE(segmentClip[i].toInt(), i / 7);
            QCOMPARE(segmentStart[i].toInt(), (i % 7) * 125);
        }
        const QJsonObject settings = d[QStringLiteral("settings")][QStringLiteral("json")].toObject();
        QCOMPARE(settings[QStringLiteral("features")][QStringLiteral("name")].toString(), QStringLiteral("gct634"));
        QCOMPARE(settings[QStringLiteral("features")][QStringLiteral("sample_rate")].toInt(), 16000);
        QCOMPARE(settings[QStringLiteral("segment_seconds")].toDouble(), 4.0);
        QCOMPARE(settings[QStringLiteral("segment_frames")].toInt(), 125);
        QCOMPARE(QDir(settings[QStringLiteral("split")].toString()), QDir(m_splits));

        // The features are the engine's: segment 2 of clip 12 equals its frames 250..374.
        const Matrix m = clipFeatures(m_clips[12], FeatureSpec::gct634(), AugmentationDraw{});
        double sum = 0;
        for (int b = 0; b < m.rows; ++b)
            for (int t = 250; t < 375; ++t) sum += m.at(b, t);
        const double fromNumpy = d[QStringLiteral("features")][QStringLiteral("sums")].toArray()[12 * 7 + 2].toDouble();
        QVERIFY2(qAbs(fromNumpy - sum) <= 1e-6 * qAbs(sum) + 1e-3, qPrintable(QStringLiteral("%1 vs %2").arg(fromNumpy).arg(sum)));

        // Run again: every clip's features come from the cache, and the file is the same size.
        const Run again =
            run(testsupport::cliPath(), {QStringLiteral("export-dataset"), m_data, QStringLiteral("--features"), QStringLiteral("gct634"),
                                         QStringLiteral("--segment"), QStringLiteral("4"), QStringLiteral("--cache"), tmp(QStringLiteral("cache")),
                                         QStringLiteral("--out"), tmp(QStringLiteral("again.npz")), QStringLiteral("--json")});
        QVERIFY2(again.exitCode == 0, again.err.constData());
        const QJsonObject summary = QJsonDocument::fromJson(again.out).object();
        QCOMPARE(summary[QStringLiteral("cacheHits")].toInt(), 50);
        QCOMPARE(summary[QStringLiteral("computed")].toInt(), 0);
        QCOMPARE(summary[QStringLiteral("features")].toArray(), shape);
    }

    void wholeClipsArePaddedToTheLongest() {
        const QString out = tmp(QStringLiteral("whole.npz"));
        DatasetExportOptions o;
        o.dataFolder = m_data;
        o.features = FeatureSpec::gct634();
        o.featureCacheDir = tmp(QStringLiteral("cache"));
        o.threads = 2;
        o.out = out;
        const DatasetExportSummary s = exportDataset(o);
        QCOMPARE(s.clips, 50);
        QVERIFY(s.leftOut.isEmpty());
        const QJsonObject d = describeNpz(out);
        const QJsonArray shape = d[QStringLiteral("features")][QStringLiteral("shape")].toArray();
        const QJsonArray frames = d[QStringLiteral("frames")][QStringLiteral("values")].toArray();
        QCOMPARE(shape[0].toInt(), 50);
        QVERIFY(!d.contains(QStringLiteral("segment_clip")));
        int longest = 0;
        for (int i = 0; i < 50; ++i) longest = std::max(longest, frames[i].toInt());
        QCOMPARE(shape[2].toInt(), longest);
        QVERIFY(longest >= 938); // 30 s at 16 kHz, hop 512
        const QJsonArray pads = d[QStringLiteral("features")][QStringLiteral("pads")].toArray();
        const QJsonArray mins = d[QStringLiteral("features")][QStringLiteral("mins")].toArray();
        int padded = 0;
        for (int i = 0; i < 50; ++i) {
            if (frames[i].toInt() == longest) continue;
            ++padded;
            QCOMPARE(pads[i].toDouble(), mins[i].toDouble()); // padding is the clip's own floor
        }
        QVERIFY(padded > 0);
        QVERIFY(d[QStringLiteral("split")][QStringLiteral("values")].toArray().first().toString().isEmpty()); // no split: ""
        QVERIFY(d[QStringLiteral("settings")][QStringLiteral("json")].toObject()[QStringLiteral("split")].isNull());
    }

    void embeddingsBesideFeatures() {
        // Two genres of the sample (10 clips) keep musicnn's time down; under the sanitizers three
        // clips of each (links to the sample's), the same steps.
        const QString data = tmp(QStringLiteral("two-genres/genres"));
        QVERIFY(QDir().mkpath(data));
        const int each = qEnvironmentVariableIsSet("GTZAN_SANITIZED_BUILD") ? 3 : 5;
        for (const QString &g : {QStringLiteral("blues"), QStringLiteral("rock")}) {
            const QDir from(m_data + QStringLiteral("/genres/") + g);
            QVERIFY(QDir().mkpath(data + QLatin1Char('/') + g));
            const QStringList wavs = from.entryList({QStringLiteral("*.wav")}, QDir::Files, QDir::Name);
            QVERIFY2(wavs.size() >= 5, qPrintable(from.path()));
            for (const QString &f : wavs.mid(0, each)) QVERIFY(QFile::link(from.filePath(f), data + QLatin1Char('/') + g + QLatin1Char('/') + f));
        }
        const QString out = tmp(QStringLiteral("embeddings.npz"));
        const Run r = run(testsupport::cliPath(),
                          {QStringLiteral("export-dataset"), QFileInfo(data).path(), QStringLiteral("--embedding"), QStringLiteral("msd"),
                           QStringLiteral("--features"), QStringLiteral("gct634"), QStringLiteral("--split"), m_splits, QStringLiteral("--no-cache"),
                           QStringLiteral("--out"), out, QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonObject d = describeNpz(out);
        QCOMPARE(d[QStringLiteral("embeddings")][QStringLiteral("shape")].toArray(), (QJsonArray{2 * each, 753}));
        QCOMPARE(d[QStringLiteral("features")][QStringLiteral("shape")].toArray()[0].toInt(), 2 * each);
        const QStringList ids = strings(d[QStringLiteral("clip_ids")][QStringLiteral("values")]);
        QCOMPARE(ids.first(), QStringLiteral("blues/blues.00000"));
        QCOMPARE(ids.last(), QStringLiteral("rock/rock.0000%1").arg(each - 1));
        QCOMPARE(d[QStringLiteral("labels")][QStringLiteral("values")].toArray().last().toInt(), 9); // rock among all 10 genres
        const QJsonObject embedding = d[QStringLiteral("settings")][QStringLiteral("json")].toObject()[QStringLiteral("embedding")].toObject();
        QCOMPARE(embedding[QStringLiteral("source")].toString(), QStringLiteral("musicnn:MSD_musicnn:max_pool"));
        // Row each + 2 (rock.00002) is what `gtzan-cli embed` writes for that file.
        const QString npy = tmp(QStringLiteral("rock2.npy"));
        const Run e = run(testsupport::cliPath(), {QStringLiteral("embed"), data + QStringLiteral("/rock/rock.00002.wav"), QStringLiteral("--layer"),
                                                   QStringLiteral("max_pool"), QStringLiteral("--no-cache"), QStringLiteral("--out"), npy});
        QVERIFY2(e.exitCode == 0, e.err.constData());
        const NpyArray alone = readNpy(npy);
        QCOMPARE(ids[each + 2], QStringLiteral("rock/rock.00002"));
        const QJsonArray row = d[QStringLiteral("embeddings")][QStringLiteral("rows")].toArray()[each + 2].toArray();
        QCOMPARE(row.size(), int(alone.data.size()));
        for (int i = 0; i < row.size(); ++i) QVERIFY(qAbs(row[i].toDouble() - double(alone.data[size_t(i)])) <= 1e-5);
    }

    void unicodeAndInt64MembersReadBack() {
        const QString out = tmp(QStringLiteral("small.npz"));
        {
            NpzWriter npz(out);
            npz.add(QStringLiteral("labels"), npyInt64({-3, 0, 1LL << 40}));
            npz.add(QStringLiteral("clip_ids"), npyUnicode({QStringLiteral("café/é"), QString(), QStringLiteral("🎵")}));
            npz.add(QStringLiteral("split"), npyUnicode({QString(), QString()}));
            npz.add(QStringLiteral("settings"), npyUnicodeScalar(QStringLiteral("{\"a\": \"ü\"}")));
            npz.commit();
        }
        const Run r = run(QStringLiteral("/usr/bin/python3"),
                          {QStringLiteral("-c"),
                           QStringLiteral("import json,sys,numpy; d=numpy.load(sys.argv[1]); print(json.dumps([d['labels'].tolist(), "
                                          "d['clip_ids'].tolist(), d['split'].tolist(), json.loads(d['settings'].item())]))"),
                           out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray got = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(got[0].toArray(), (QJsonArray{-3, 0, qint64(1) << 40}));
        QCOMPARE(strings(got[1]), (QStringList{QStringLiteral("café/é"), QString(), QStringLiteral("🎵")}));
        QCOMPARE(strings(got[2]), (QStringList{QString(), QString()}));
        QCOMPARE(got[3].toObject()[QStringLiteral("a")].toString(), QStringLiteral("ü"));
    }

    void aCancelledExportLeavesNoFile() {
        // In the engine: cancelled while the archive is being written; an older file stays as it was.
        const QString dir = tmp(QStringLiteral("cancelled"));
        QVERIFY(QDir().mkpath(dir));
        const QString out = dir + QStringLiteral("/set.npz");
        {
            QFile old(out);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("an older export");
        }
        std::atomic_bool cancel{false};
        bool sawWriting = false;
        DatasetExportOptions o;
        o.dataFolder = m_data;
        o.features = FeatureSpec::gct634();
        o.featureCacheDir = tmp(QStringLiteral("cache"));
        o.out = out;
        o.cancel = &cancel;
        o.progress = [&](const DatasetExportProgress &p) {
            if (p.step == DatasetExportProgress::Step::Writing) {
                sawWriting = true;
                cancel = true;
            }
        };
        QVERIFY_THROWS_EXCEPTION(Cancelled, exportDataset(o));
        QVERIFY(sawWriting);
        QFile old(out);
        QVERIFY(old.open(QIODevice::ReadOnly));
        QCOMPARE(old.readAll(), QByteArray("an older export"));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("set.npz")}); // no spool, no temporary file

        // From the command line: Ctrl+C as soon as it starts (musicnn takes long enough to be stopped on the way).
        const QString cliOut = dir + QStringLiteral("/cli.npz");
        QProcess p;
        p.start(testsupport::cliPath(),
                {QStringLiteral("export-dataset"), m_data, QStringLiteral("--embedding"), QStringLiteral("msd"), QStringLiteral("--no-cache"),
                 QStringLiteral("--threads"), QStringLiteral("1"), QStringLiteral("--out"), cliOut});
        QVERIFY(p.waitForStarted());
        QByteArray err;
        while (!err.contains("scanning") && p.state() == QProcess::Running) {
            p.waitForReadyRead(10000);
            err += p.readAllStandardError();
        }
        QVERIFY2(err.contains("scanning"), err.constData());
        const pid_t pid = pid_t(p.processId());
        QVERIFY2(pid > 0, "the export ended before it could be interrupted"); // kill(0) would signal this test's own group
        ::kill(pid, SIGINT);
        QVERIFY(p.waitForFinished(60000));
        err += p.readAllStandardError();
        QCOMPARE(p.exitCode(), 1);
        QVERIFY2(err.contains("cancelled"), err.constData());
        QVERIFY(!QFileInfo::exists(cliOut));
        QCOMPARE(QDir(dir).entryList(QDir::Files | QDir::Hidden), QStringList{QStringLiteral("set.npz")});
    }

    void badRequestsAreSaidPlainly() {
        const QString missing = tmp(QStringLiteral("no/such/folder/set.npz"));
        const Run r = run(testsupport::cliPath(), {QStringLiteral("export-dataset"), m_data, QStringLiteral("--features"), QStringLiteral("gct634"),
                                                   QStringLiteral("--out"), missing});
        QVERIFY2(r.exitCode == 1, r.err.constData());
        QVERIFY2(r.err.contains("Cannot write") && r.err.contains("no/such/folder"), r.err.constData());
        QVERIFY2(!r.err.contains("scanning"), r.err.constData()); // said before any work
        QVERIFY(!QFileInfo::exists(tmp(QStringLiteral("no"))));

        auto usage = [&](const QStringList &extra, const char *says) {
            const Run u = run(testsupport::cliPath(), QStringList{QStringLiteral("export-dataset"), m_data} + extra);
            QCOMPARE(u.exitCode, 2);
            QVERIFY2(u.err.contains(says), u.err.constData());
        };
        usage({QStringLiteral("--out"), tmp(QStringLiteral("x.npz"))}, "--features");
        usage({QStringLiteral("--features"), QStringLiteral("gct634")}, "--out");
        usage({QStringLiteral("--features"), QStringLiteral("mp3"), QStringLiteral("--out"), tmp(QStringLiteral("x.npz"))}, "mp3");
        usage({QStringLiteral("--embedding"), QStringLiteral("msd"), QStringLiteral("--segment"), QStringLiteral("4"), QStringLiteral("--out"),
               tmp(QStringLiteral("x.npz"))},
              "--segment");
        usage({QStringLiteral("--embedding"), QStringLiteral("vgg"), QStringLiteral("--out"), tmp(QStringLiteral("x.npz"))}, "vgg");
        QVERIFY(!QFileInfo::exists(tmp(QStringLiteral("x.npz"))));
    }
};

QTEST_GUILESS_MAIN(TestExportDataset)
#include "test_export_dataset.moc"
