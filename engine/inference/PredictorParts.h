#pragma once
// The Predictor's private parts that its two source files share (Predictor.cpp: the predictor,
// its verdicts and long files' spread excerpts; FileReading.cpp: one file's reading). Not for
// other callers: include inference/Predictor.h.
#include "inference/Predictor.h"
#include <vector>

namespace gtzan {

// Long files are scored in windows of whole musicnn patches / whole segments, about a minute each.
constexpr int kMusicnnPatchesPerWindow = 20; // 20 x 187 frames x 256 / 16 kHz = 59.8 s
constexpr int kSegmentsPerWindow = 16;       // 16 x 4 s

// What the windows of a file add up to.
struct Predictor::Accumulator {
    // Spectrogram models: every segment's calibrated probabilities, in order.
    std::vector<std::vector<float>> segmentProbabilities;
    std::vector<SegmentPrediction> segments;
    // musicnn models: the sum of the embedding layer over patches, the taggram rows, and (models
    // on the clip embedding alone) each patch's calibrated verdict.
    std::vector<double> layerSum;
    int patches = 0;
    // The trust rules' musicnn reference (max_pool) summed over the patches, for every model
    // whose file carries one (TrustRules::referenceSpace).
    std::vector<double> referenceSum;
    std::vector<float> taggramRows;
    double seconds = 0;
    std::vector<float> embedding;     // the clip embedding once known (raw, not normalised)
    std::vector<float> rhythmFigures; // rhythm models: the file's figures, after the musicnn part
    double featuresMs = 0, networkMs = 0;
    double sumSquares = 0; // of the samples seen by the first pass, for the silence check
    qint64 samples = 0;

    // layerRow: the model's own input layer (null for a model that only hears musicnn for its
    // trust rules); referenceRow: the reference layer (null without one).
    void addPatch(const float *layerRow, size_t layerSize, const float *taggramRow, size_t tagCount, const float *referenceRow,
                  size_t referenceSize) {
        if (layerRow) {
            if (layerSum.empty()) layerSum.assign(layerSize, 0.0);
            for (size_t c = 0; c < layerSize; ++c) layerSum[c] += layerRow[c];
        }
        if (referenceRow) {
            if (referenceSum.empty()) referenceSum.assign(referenceSize, 0.0);
            for (size_t c = 0; c < referenceSize; ++c) referenceSum[c] += referenceRow[c];
        }
        taggramRows.insert(taggramRows.end(), taggramRow, taggramRow + tagCount);
        ++patches;
    }
    void addSegment(const SegmentPrediction &s, bool countsForTheAnswer) {
        if (countsForTheAnswer) segmentProbabilities.push_back(s.probabilities);
        segments.push_back(s);
    }

    // musicnn models: the clip embedding is the layer's mean over every patch seen so far.
    void settleEmbedding() {
        embedding.resize(layerSum.size());
        for (size_t i = 0; i < layerSum.size(); ++i) embedding[i] = float(layerSum[i] / patches);
        embedding.insert(embedding.end(), rhythmFigures.begin(), rhythmFigures.end());
    }
};

} // namespace gtzan
