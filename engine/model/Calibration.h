#pragma once
#include <QJsonObject>
#include <QString>
#include <vector>

namespace gtzan {

// How well a model's probabilities say how often it is right, measured on clips it did not train
// on. A reliability diagram cuts the clips by their top probability (the confidence) into equal
// bins; in a calibrated model each bin's accuracy matches its mean confidence. The expected
// calibration error (ECE) is the clip-weighted mean gap; the negative log-likelihood (NLL) of the
// true genres punishes confident mistakes.
struct ReliabilityBin {
    double lower = 0, upper = 0; // confidence range [lower, upper)
    int clips = 0;
    double meanConfidence = 0; // of the clips in the bin (0 when empty)
    double accuracy = 0;       // share of them whose top genre is the true one
};

struct CalibrationFigures {
    int clips = 0;
    double accuracy = 0;
    double meanConfidence = 0;
    double ece = 0;
    double nll = 0;
    std::vector<ReliabilityBin> bins;

    QJsonObject toJson() const;
    static CalibrationFigures fromJson(const QJsonObject &o); // absurd values: gtzan::Error
};

// One row of probabilities per clip and its true genre. Throws gtzan::Error on mismatched sizes.
CalibrationFigures calibrationFigures(const std::vector<std::vector<float>> &clipProbabilities, const std::vector<int> &labels, int bins = 10);

// A model file's record of its calibration: what was fitted, on which clips, and the figures
// before (temperature 1) and after on those clips. Empty `method`: not calibrated.
struct CalibrationRecord {
    QString method;   // "temperature"
    QString fittedOn; // "validation" (the validation split), "cross-validation" (out-of-fold predictions)
    int clips = 0;    // clips the temperature was fitted on
    CalibrationFigures before, after;

    bool calibrated() const { return !method.isEmpty() && clips > 0; }
    QJsonObject toJson() const;
    static CalibrationRecord fromJson(const QJsonObject &o); // throws gtzan::Error on absurd values
};

} // namespace gtzan
