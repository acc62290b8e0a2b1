#include "training/TemperatureCalibration.h"
#include "common/Error.h"
#include "model/PredictionTrust.h"
#include "training/SegmentScoring.h"
#include "training/SegmentSet.h"

namespace gtzan {

ClipLogits clipSegmentLogits(GenreNet &net, const std::vector<ClipFeatures> &clips, const TrainingData &data, const ModelConfig &config,
                             const InputNormalization &normalization, int batchSize, const std::atomic_bool *cancel) {
    ClipLogits out(clips.size());
    if (clips.empty()) return out;
    const SegmentSet set(clips, segmentClips(clips, data.segmentFrames(), data.segmentHopFrames), config, normalization, data.spec);
    const SegmentScores scores = scoreSegments(net, set, batchSize, cancel);
    if (scores.cancelled) throw Cancelled(QStringLiteral("calibration was cancelled"));
    for (size_t s = 0; s < set.size(); ++s) out[size_t(set.segment(s).clipIndex)].push_back(scores.logits[s]);
    return out;
}

CalibrationFigures figuresAtTemperature(const ClipLogits &logits, const std::vector<int> &labels, double temperature) {
    std::vector<std::vector<float>> probabilities;
    std::vector<int> kept;
    for (size_t c = 0; c < logits.size(); ++c) {
        if (logits[c].empty()) continue; // a clip shorter than a segment has no verdict
        probabilities.push_back(calibratedMean(logits[c], temperature));
        kept.push_back(labels.at(c));
    }
    return calibrationFigures(probabilities, kept);
}

CalibrationRecord fitTemperatureRecord(const ClipLogits &logits, const std::vector<int> &labels, const QString &fittedOn, double *temperature) {
    ClipLogits scored;
    std::vector<int> scoredLabels;
    for (size_t c = 0; c < logits.size(); ++c)
        if (!logits[c].empty()) {
            scored.push_back(logits[c]);
            scoredLabels.push_back(labels.at(c));
        }
    CalibrationRecord r;
    if (scored.empty()) return r;
    const double t = fitTemperature(scored, scoredLabels);
    if (temperature) *temperature = t;
    r.method = QStringLiteral("temperature");
    r.fittedOn = fittedOn;
    r.clips = int(scored.size());
    r.before = figuresAtTemperature(scored, scoredLabels, 1.0);
    r.after = figuresAtTemperature(scored, scoredLabels, t);
    return r;
}

} // namespace gtzan
