#include "embedding/DatasetExport.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include "common/Npy.h"
#include "common/Npz.h"
#include "dataset/DatasetScan.h"
#include "dataset/DatasetSplit.h"
#include "dataset/FeatureLoader.h"
#include "dataset/GenreSets.h"
#include "embedding/MusicnnLayer.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QThread>
#include <algorithm>

namespace gtzan {

namespace {

// Where each clip's feature rows are until the archive is written: raw float32 in the order they
// are made, beside the output (its folder has the room the output needs; /tmp may be memory).
class FeatureSpool {
public:
    explicit FeatureSpool(const QString &out)
        : m_file(QFileInfo(out).absolutePath() + QStringLiteral("/.") + QFileInfo(out).fileName() + QStringLiteral(".XXXXXX.spool")) {
        if (!m_file.open()) throw Error(QStringLiteral("Cannot write beside %1: %2").arg(QDir::toNativeSeparators(out), m_file.errorString()));
    }
    void append(const float *data, size_t count) {
        const qint64 bytes = qint64(count * sizeof(float));
        if (m_file.write(reinterpret_cast<const char *>(data), bytes) != bytes)
            throw Error(QStringLiteral("Cannot write the features' spool file %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    void rewind() {
        if (!m_file.flush() || !m_file.seek(0)) throw Error(QStringLiteral("Cannot read back %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }
    void read(float *data, size_t count) {
        const qint64 bytes = qint64(count * sizeof(float));
        if (m_file.read(reinterpret_cast<char *>(data), bytes) != bytes)
            throw Error(QStringLiteral("Cannot read back %1: %2").arg(m_file.fileName(), m_file.errorString()));
    }

private:
    QTemporaryFile m_file; // removed when the export ends, however it ends
};

// One row of the features member as the spool holds it.
struct FeatureRow {
    int clip = 0;       // index among the clips written
    int startFrame = 0; // segments: the first frame in the clip
    int frames = 0;     // frames in the spool (whole clips: before padding)
    float floor = 0;    // whole clips: the clip's minimum, which pads it
};

QJsonObject settingsJson(const DatasetExportOptions &o, const DatasetScan &scan, const std::optional<FeatureSpec> &spec, int segmentFrames,
                         int embeddingSize) {
    QJsonObject s{{QStringLiteral("format"), QStringLiteral("gtzan-explorer dataset export")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("data"), QDir(o.dataFolder).absolutePath()},
                  {QStringLiteral("layout"), scan.layout},
                  {QStringLiteral("genre_set"), o.genreSet},
                  {QStringLiteral("split"), o.splitFolder.isEmpty() ? QJsonValue() : QJsonValue(QDir(o.splitFolder).absolutePath())}};
    if (spec) {
        s.insert(QStringLiteral("features"), spec->toJson());
        s.insert(QStringLiteral("rows"), segmentFrames > 0 ? QStringLiteral("segments") : QStringLiteral("clips"));
        s.insert(QStringLiteral("segment_seconds"), o.segmentSeconds);
        if (segmentFrames > 0) s.insert(QStringLiteral("segment_frames"), segmentFrames);
        s.insert(QStringLiteral("padding"), segmentFrames > 0
                                                ? QStringLiteral("a segment shorter than segment_frames (a clip shorter than a segment) is padded "
                                                                 "with its clip's minimum; `frames` gives its own length")
                                                : QStringLiteral("clips are padded to the longest with their own minimum (silence in dB); "
                                                                 "`frames` gives each clip's own length"));
    }
    if (o.embedding)
        s.insert(QStringLiteral("embedding"), QJsonObject{{QStringLiteral("source"), o.embedding->toString()},
                                                          {QStringLiteral("model"), o.embedding->model},
                                                          {QStringLiteral("layer"), musicnnLayerName(o.embedding->layer)},
                                                          {QStringLiteral("size"), embeddingSize},
                                                          {QStringLiteral("aggregation"), QStringLiteral("mean over 3 s patches")}});
    return s;
}

void report(const DatasetExportOptions &o, DatasetExportProgress::Step step, qint64 done, qint64 total) {
    if (o.progress) o.progress({step, done, total});
}

} // namespace

DatasetExportSummary exportDataset(const DatasetExportOptions &o) {
    QElapsedTimer clock;
    clock.start();
    if (!o.features && !o.embedding) throw Error(QStringLiteral("Nothing to export: ask for features, an embedding or both"));
    if (o.segmentSeconds < 0 || o.segmentSeconds > FeatureSpec::kMaxSegmentSeconds)
        throw Error(QStringLiteral("A segment length from 0 to %1 s, not %2").arg(FeatureSpec::kMaxSegmentSeconds).arg(o.segmentSeconds));
    if (o.segmentSeconds > 0 && !o.features) throw Error(QStringLiteral("Segments are cut from features: ask for features too"));
    if (o.out.isEmpty()) throw Error(QStringLiteral("No output file given"));
    std::optional<FeatureSpec> spec = o.features;
    int segmentFrames = 0;
    if (spec) {
        spec->segmentSeconds = o.segmentSeconds;
        spec->validate();
        if (o.segmentSeconds > 0) segmentFrames = spec->segmentFrames();
    }

    // Open the output (and the spool beside it) before the long part, so a bad folder is said at once.
    NpzWriter npz(o.out);
    std::optional<FeatureSpool> spool;
    if (spec) spool.emplace(o.out);

    report(o, DatasetExportProgress::Step::Scanning, 0, 0);
    ScanOptions scanOptions;
    scanOptions.genres = genreSet(o.genreSet);
    scanOptions.cancel = o.cancel;
    const DatasetScan scan = scanGtzan(o.dataFolder, scanOptions);
    const std::vector<ClipRecord> records = scan.records();
    if (records.empty()) throw Error(QStringLiteral("%1 holds no clips of the genres asked for").arg(QDir::toNativeSeparators(o.dataFolder)));

    DatasetExportSummary summary;
    for (const ScannedClip &c : scan.leftOut) summary.leftOut << QStringLiteral("%1: %2").arg(c.record.id, c.problem);
    QHash<QString, QString> sides;
    if (!o.splitFolder.isEmpty()) {
        const DatasetSplit split = splitFromFolder(scan, o.splitFolder);
        for (const ClipRecord &c : split.train) sides.insert(c.id, QStringLiteral("train"));
        for (const ClipRecord &c : split.validation) sides.insert(c.id, QStringLiteral("valid"));
        for (const ClipRecord &c : split.test) sides.insert(c.id, QStringLiteral("test"));
        summary.splitProblems = split.problems;
    }

    std::optional<MusicnnEmbedder> embedder;
    std::optional<EmbeddingCache> embeddingCache;
    if (o.embedding) {
        embedder = o.embedding->loadEmbedder();
        if (!o.embeddingCacheDir.isEmpty()) embeddingCache.emplace(o.embeddingCacheDir);
    }

    std::vector<ClipRecord> written; // the clips in the file, in scan order
    std::vector<FeatureRow> rows;
    std::vector<float> embeddings;
    int embeddingSize = 0, bands = 0;
    const int threads = o.threads > 0 ? o.threads : QThread::idealThreadCount();
    // A few clips per call keeps every worker busy while memory stays a few clips' features.
    const size_t chunk = size_t(std::max(4, 2 * threads));
    for (size_t first = 0; first < records.size(); first += chunk) {
        throwIfCancelled(o.cancel);
        const std::vector<ClipRecord> part(records.begin() + qsizetype(first), records.begin() + qsizetype(std::min(records.size(), first + chunk)));
        std::vector<ClipFeatures> features;
        if (spec) {
            FeatureLoadReport loadReport;
            FeatureLoadOptions load;
            load.cacheDir = o.featureCacheDir;
            load.threads = threads;
            load.cancel = o.cancel;
            load.report = &loadReport;
            features = loadClipFeatures(part, *spec, load);
            summary.cacheHits += loadReport.cacheHits;
            summary.computed += loadReport.computed;
            summary.leftOut += loadReport.problems;
        }
        size_t nextFeatures = 0;
        for (const ClipRecord &clip : part) {
            throwIfCancelled(o.cancel);
            const Matrix *m = nullptr;
            if (spec) {
                // loadClipFeatures leaves out a clip it cannot read (and says so); the rest keep their order.
                if (nextFeatures >= features.size() || features[nextFeatures].clip.id != clip.id) continue;
                m = &features[nextFeatures++].features;
                if (bands == 0) bands = m->rows;
                if (m->rows != bands || m->cols <= 0) {
                    summary.leftOut << QStringLiteral("%1: %2 x %3 features, not %4 bands").arg(clip.id).arg(m->rows).arg(m->cols).arg(bands);
                    continue;
                }
            }
            if (embedder) {
                std::vector<float> e;
                try {
                    e = musicnnClipEmbeddingOfFile(*embedder, clip.path, o.embedding->layer, embeddingCache ? &*embeddingCache : nullptr);
                } catch (const Cancelled &) {
                    throw;
                } catch (const Error &err) {
                    summary.leftOut << QStringLiteral("%1: %2").arg(clip.id, err.message());
                    continue;
                }
                if (embeddingSize == 0) embeddingSize = int(e.size());
                if (int(e.size()) != embeddingSize)
                    throw Error(QStringLiteral("%1: an embedding of %2 values, not %3").arg(clip.id).arg(e.size()).arg(embeddingSize));
                embeddings.insert(embeddings.end(), e.begin(), e.end());
            }
            const int clipIndex = int(written.size());
            written.push_back(clip);
            if (m) {
                const float floor = *std::min_element(m->data.begin(), m->data.end());
                if (segmentFrames <= 0) {
                    spool->append(m->data.data(), m->data.size());
                    rows.push_back({clipIndex, 0, m->cols, floor});
                } else {
                    Matrix segment(bands, segmentFrames);
                    for (int start : segmentStarts(m->cols, segmentFrames)) {
                        const int own = std::min(segmentFrames, m->cols - start);
                        for (int b = 0; b < bands; ++b) {
                            std::copy_n(m->row(b) + start, own, segment.row(b));
                            std::fill(segment.row(b) + own, segment.row(b) + segmentFrames, floor);
                        }
                        spool->append(segment.data.data(), segment.data.size());
                        rows.push_back({clipIndex, start, own, floor});
                    }
                }
            }
        }
        report(o, DatasetExportProgress::Step::Clips, qint64(std::min(records.size(), first + chunk)), qint64(records.size()));
    }
    if (written.empty()) throw Error(QStringLiteral("None of the %1 clips could be read: %2").arg(records.size()).arg(summary.leftOut.value(0)));

    summary.clips = int(written.size());
    if (spec) {
        // Whole clips are as wide as the longest; segments are all segmentFrames wide.
        int width = segmentFrames;
        if (width <= 0)
            for (const FeatureRow &r : rows) width = std::max(width, r.frames);
        summary.featureShape = {int64_t(rows.size()), bands, width};
        const QByteArray header = npyHeader(QStringLiteral("<f4"), summary.featureShape);
        const qint64 rowBytes = qint64(bands) * width * qint64(sizeof(float));
        npz.begin(QStringLiteral("features"), header.size() + rowBytes * qint64(rows.size()));
        npz.write(header.constData(), header.size());
        spool->rewind();
        std::vector<float> in, out(size_t(bands) * size_t(width));
        for (size_t i = 0; i < rows.size(); ++i) {
            throwIfCancelled(o.cancel);
            const FeatureRow &r = rows[i];
            const int stored = segmentFrames > 0 ? segmentFrames : r.frames;
            in.resize(size_t(bands) * size_t(stored));
            spool->read(in.data(), in.size());
            for (int b = 0; b < bands; ++b) {
                std::copy_n(in.data() + size_t(b) * size_t(stored), stored, out.data() + size_t(b) * size_t(width));
                std::fill(out.data() + size_t(b) * size_t(width) + stored, out.data() + size_t(b + 1) * size_t(width), r.floor);
            }
            npz.write(reinterpret_cast<const char *>(out.data()), rowBytes);
            if (i % 64 == 0) report(o, DatasetExportProgress::Step::Writing, qint64(i), qint64(rows.size()));
        }
        npz.end();
        std::vector<int64_t> frames, segmentClip, segmentStart;
        for (const FeatureRow &r : rows) {
            frames.push_back(r.frames);
            segmentClip.push_back(r.clip);
            segmentStart.push_back(r.startFrame);
        }
        npz.add(QStringLiteral("frames"), npyInt64(frames));
        if (segmentFrames > 0) {
            npz.add(QStringLiteral("segment_clip"), npyInt64(segmentClip));
            npz.add(QStringLiteral("segment_start"), npyInt64(segmentStart));
        }
    }
    if (embedder) {
        summary.embeddingShape = {int64_t(written.size()), embeddingSize};
        npz.add(QStringLiteral("embeddings"), npyFloat32(embeddings.data(), summary.embeddingShape));
    }
    std::vector<int64_t> labels;
    QStringList ids, splitSides;
    for (const ClipRecord &c : written) {
        labels.push_back(c.label);
        ids << c.id;
        splitSides << sides.value(c.id); // "" when the lists leave the clip out
    }
    npz.add(QStringLiteral("labels"), npyInt64(labels));
    npz.add(QStringLiteral("clip_ids"), npyUnicode(ids));
    npz.add(QStringLiteral("genres"), npyUnicode(scan.genres));
    npz.add(QStringLiteral("split"), npyUnicode(splitSides));
    npz.add(
        QStringLiteral("settings"),
        npyUnicodeScalar(QString::fromUtf8(QJsonDocument(settingsJson(o, scan, spec, segmentFrames, embeddingSize)).toJson(QJsonDocument::Compact))));
    throwIfCancelled(o.cancel);
    npz.commit();
    report(o, DatasetExportProgress::Step::Writing, qint64(rows.size()), qint64(rows.size()));
    summary.bytes = QFileInfo(o.out).size();
    summary.wallMs = double(clock.elapsed());
    return summary;
}

} // namespace gtzan
