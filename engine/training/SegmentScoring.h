#pragma once
#include "training/Evaluation.h"
#include "training/SegmentSet.h"
#include <atomic>

namespace gtzan {

// A network's verdict on every segment of a set (evaluation mode, no gradients).
struct SegmentScores {
    std::vector<std::vector<float>> probabilities; // softmax, one row per segment
    std::vector<std::vector<float>> logits;        // the network's raw outputs (for calibration)
    double loss = 0;                               // mean cross-entropy against the clips' labels
    double accuracy = 0;                           // segment accuracy
    bool cancelled = false;                        // stopped early: the rows are incomplete
};

SegmentScores scoreSegments(GenreNet &model, const SegmentSet &set, int batchSize, const std::atomic_bool *cancel = nullptr);

// Scores the set and aggregates per clip (see evaluateSegments).
Evaluation evaluateModel(GenreNet &model, const SegmentSet &set, const QStringList &genres, int batchSize);

} // namespace gtzan
