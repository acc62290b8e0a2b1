#pragma once
#include "augment/AugmentationChain.h"
#include "dataset/ClipFeatures.h"
#include "dataset/DecodedAudioCache.h"
#include "dsp/FeatureSpec.h"
#include <QStringList>
#include <atomic>
#include <cstdint>
#include <functional>
#include <vector>

namespace gtzan {

// What a load did; filled when FeatureLoadOptions::report is set.
struct FeatureLoadReport {
    int computed = 0; // feature matrices computed (cache misses, or no cache)
    int cacheHits = 0;
    int cacheRejected = 0; // cache files present but corrupt or stale: recomputed, rewritten
    QStringList problems;  // clips that failed (left out of the result), cache write failures
    double wallMs = 0;
};

struct FeatureLoadOptions {
    QString cacheDir;                                  // empty: no disk cache
    AugmentationChain augmentation;                    // empty: no augmented copies
    int augmentedCopies = 0;                           // k copies per clip (offline: 1, as the reference)
    bool includeOriginals = true;                      // the un-augmented features too (ClipFeatures::augmentation 0)
    std::uint64_t drawOffset = 0;                      // copy k uses draw index drawOffset + k; online: epoch x k
    bool cacheAugmented = true;                        // also cache waveform-augmented features (off for online draws)
    int threads = 0;                                   // <= 0: QThread::idealThreadCount()
    DecodedAudioCache *audioCache = nullptr;           // online augmentation: keep decoded clips across epochs
    std::function<void(int done, int total)> progress; // clips done; called from worker threads
    const std::atomic_bool *cancel = nullptr;          // checked between clips
    FeatureLoadReport *report = nullptr;
};

// THE entry point for training: the features of every clip, in clip order, each followed by
// its augmented copies (ClipFeatures::augmentation = 1..k). Features come from the disk cache
// when a trustworthy entry exists (keyed by audio content, FeatureSpec and the waveform draw)
// and are computed and stored otherwise, on `threads` workers; a clip is decoded at most once
// per call. SpecAugment masks of the chain are applied after the cache (never cached), so a
// masks-only chain reuses the original features. A clip that cannot be read is left out and
// reported (options.report), never fatal. Throws gtzan::Error only when cancelled.
//
// Offline augmentation: augmentedCopies = 1, drawOffset = 0, once for the run.
// Online augmentation: call every epoch with drawOffset = epoch x augmentedCopies,
// includeOriginals as wanted, cacheAugmented = false and an audioCache shared across epochs
// (or use clipFeatures below per batch).
std::vector<ClipFeatures> loadClipFeatures(const std::vector<ClipRecord> &clips, const FeatureSpec &spec, const FeatureLoadOptions &options = {});

// One clip with one augmentation draw (identity draw: the original), through the same cache
// (options.cacheDir, cacheAugmented, audioCache). For online augmentation draws
// options.augmentation.draw(clip.id, index) anew. Throws gtzan::Error when the clip cannot be read.
Matrix clipFeatures(const ClipRecord &clip, const FeatureSpec &spec, const AugmentationDraw &draw, const FeatureLoadOptions &options = {});

} // namespace gtzan
