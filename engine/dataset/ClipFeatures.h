#pragma once
#include "common/Matrix.h"
#include "dsp/FeatureSpec.h"
#include <QString>
#include <vector>

namespace gtzan {

// The hand-over between the data set engine (scan, splits, cache) and training / evaluation.

// One clip of a data set: `id` is its split-file name without extension ("blues/blues.00029"),
// stable across .au / .wav layouts; `label` indexes the run's genre list.
struct ClipRecord {
    QString id;
    QString path;
    QString genre;
    int label = -1;
};

// A clip's features: (nMels x frames) as `spec` says. `augmentation` is 0 for the
// original audio and k > 0 for the k-th augmented copy (offline augmentation).
struct ClipFeatures {
    ClipRecord clip;
    Matrix features;
    int augmentation = 0;
    // Optional clip embedding (e.g. musicnn) for embed_mlp / fusion; empty: the trainer falls back
    // to per-band mean and standard deviation of `features`.
    std::vector<float> embedding;
    // What `features` mean (rate, hop, bands, scale, ...): they travel together, so whoever takes
    // them can refuse features made another way (FeatureSpec::differenceFrom names how).
    FeatureSpec spec;
};

// A fixed-length window of a clip's frames. The clip it came from is always known, so
// clip-level accuracy can aggregate its segments and a split never divides a clip.
struct SegmentRef {
    int clipIndex = 0; // index into the vector of ClipFeatures it was cut from
    int startFrame = 0;
    int frames = 0;
};

// Cuts every clip into windows of segmentFrames, one every hopFrames (hopFrames <= 0: no overlap,
// hop = segmentFrames). A clip shorter than one window gives one window starting at 0 that the
// consumer pads. segmentFrames <= 0 means one window per clip covering all of it.
std::vector<SegmentRef> segmentClips(const std::vector<ClipFeatures> &clips, int segmentFrames, int hopFrames = 0);
// The same for one matrix of `frames` frames: where its windows start.
std::vector<int> segmentStarts(int frames, int segmentFrames, int hopFrames = 0);

// The indices of the originals among clips (augmentation 0), the first of each clip id, in order:
// augmented copies sit next to their own original, so "the training clips" means these.
std::vector<size_t> originalClipIndices(const std::vector<ClipFeatures> &clips);

} // namespace gtzan
