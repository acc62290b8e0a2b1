#pragma once
#include "dsp/FeatureSpec.h"
#include "embedding/TrainingEmbeddings.h"
#include <QString>
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <optional>
#include <vector>

// A data set handed to a Python notebook: its features and / or musicnn embeddings, labels, clip
// ids, genres, split sides and settings in one NumPy .npz that numpy.load reads without pickle.
// `gtzan-cli export-dataset` and the window's Data set > Export features... both call
// exportDataset(). It lives in the embedding stage, the lowest that sees both the data set's
// features and musicnn.
namespace gtzan {

struct DatasetExportProgress {
    enum class Step { Scanning, Clips, Writing };
    Step step = Step::Clips;
    qint64 done = 0;
    qint64 total = 0;
};

struct DatasetExportOptions {
    QString dataFolder;                                          // a GTZAN root in any layout scanGtzan reads
    QString genreSet = QStringLiteral("all");                    // genreSet(): "all" or "gct634"
    QString splitFolder;                                         // split lists (train*.txt, test*.txt, valid*.txt); empty: no split
    std::optional<FeatureSpec> features;                         // nothing: no features member
    double segmentSeconds = 0;                                   // > 0: features cut into segments of this length, as training cuts them
    std::optional<MusicnnEmbeddingSource> embedding;             // nothing: no embeddings member
    QString featureCacheDir;                                     // empty: features computed, not cached
    QString embeddingCacheDir;                                   // empty: embeddings computed, not cached
    int threads = 0;                                             // feature workers; <= 0: all cores
    QString out;                                                 // the .npz
    std::function<void(const DatasetExportProgress &)> progress; // from the calling thread (and feature workers)
    const std::atomic_bool *cancel = nullptr;                    // checked between clips and while writing
};

struct DatasetExportSummary {
    int clips = 0;                       // clips written
    std::vector<int64_t> featureShape;   // (rows, bands, frames); empty without features
    std::vector<int64_t> embeddingShape; // (clips, size); empty without embeddings
    qint64 bytes = 0;                    // the .npz's size
    int cacheHits = 0, computed = 0;     // feature matrices from the cache / computed
    QStringList leftOut;                 // clips that could not be read (not in the file), with why
    QStringList splitProblems;           // what the split lists say that the data set does not hold
    double wallMs = 0;
};

// Writes options.out atomically: a cancel (gtzan::Cancelled) or an error (gtzan::Error) leaves
// no file, and an older file there as it was. Memory stays a few clips' features: features go to
// a spool file beside the output as they are made (the .npy header needs the final shape first)
// and are copied into the archive at the end, so the disk needs about twice the output's size.
//
// The members (rows are clips, or segments with segmentSeconds):
//   features      float32 (rows, bands, frames)  whole clips are padded to the longest clip with
//                                                 the clip's own minimum (its silence in dB)
//   frames        int64 (rows,)                  frames of each row before padding
//   segment_clip  int64 (rows,)                  segments only: the clip (index) each row is cut from
//   segment_start int64 (rows,)                  segments only: its first frame in the clip
//   embeddings    float32 (clips, size)          musicnn's clip embedding (mean over 3 s patches)
//   labels        int64 (clips,)                 index into genres
//   clip_ids      <U (clips,)                    "blues/blues.00029"
//   genres        <U (genres,)
//   split         <U (clips,)                    "train", "valid", "test", or "" (no split, or not listed)
//   settings      <U ()                          JSON: feature settings, segments, embedding, data, split
DatasetExportSummary exportDataset(const DatasetExportOptions &options);

} // namespace gtzan
