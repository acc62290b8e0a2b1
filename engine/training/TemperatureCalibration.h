#pragma once
#include "model/Calibration.h"
#include "models/GenreNet.h"
#include "training/Trainer.h"
#include <atomic>
#include <vector>

namespace gtzan {

// Each clip's segment logits (one row per segment, clips in order) under a trained network:
// what a temperature is fitted on. Throws gtzan::Error when cancelled.
using ClipLogits = std::vector<std::vector<std::vector<float>>>;
ClipLogits clipSegmentLogits(GenreNet &net, const std::vector<ClipFeatures> &clips, const TrainingData &data, const ModelConfig &config,
                             const InputNormalization &normalization, int batchSize, const std::atomic_bool *cancel = nullptr);

// The figures of these clips' calibrated probabilities (calibratedMean at `temperature`).
CalibrationFigures figuresAtTemperature(const ClipLogits &logits, const std::vector<int> &labels, double temperature);

// Fits a softmax temperature on the clips' logits (minimum NLL) and records it: method
// "temperature", `fittedOn`, the clip count and the figures before (T = 1) and after.
CalibrationRecord fitTemperatureRecord(const ClipLogits &logits, const std::vector<int> &labels, const QString &fittedOn, double *temperature);

} // namespace gtzan
