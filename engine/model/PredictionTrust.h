#pragma once
#include "common/Matrix.h"
#include "model/Calibration.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace gtzan {

// When a prediction should say "unsure" instead of a confident genre, and why. Two causes:
//  - low confidence: the top probability, after temperature calibration, is below minConfidence;
//  - far from the training data: the file's reference vector is further from every training
//    clip's than distanceThreshold, a bound taken from the training clips' own leave-one-out
//    nearest-neighbour distances. A tone, noise, speech or silence is not any of the genres, yet
//    softmax always names one: this is what catches it.
// The reference vectors live in one space for every kind of model (referenceSpace
// "musicnn:max_pool": the clip embedding of the pretrained musicnn network the model file
// carries, standardised): musicnn heard 200,000 songs, so "far from these 50 clips" there means
// "not music like this", whatever network sits on top. Files written before it measure in the
// model's own normalised input embedding (embedding models only).
// Stored in the model file ("trust"); a model without it (older files) keeps temperature 1 and
// the default confidence rule, and has no distance check.
constexpr const char *kMusicnnReferenceSpace = "musicnn:max_pool";

struct TrustRules {
    double temperature = 1.0;                         // probabilities = softmax(logits / temperature)
    bool calibrated = false;                          // temperature fitted on clips the model did not train on
    CalibrationRecord calibration;                    // what it was fitted on and the figures (empty in older files)
    double minConfidence = 0.4;                       // top probability below this: unsure (low confidence)
    double closeMargin = 0.15;                        // name the runner-up when it is this close to the top
    Matrix trainingEmbeddings;                        // one reference vector per training clip (standardised); empty: no distance check
    QString referenceSpace;                           // "" (the normalised input embedding) or kMusicnnReferenceSpace
    std::vector<float> referenceMean, referenceScale; // standardisation of the musicnn reference space
    double distanceThreshold = 0;                     // nearest training clip further than this: unsure (far)
    QJsonObject provenance;                           // how the numbers were chosen (folds, clips, quantile, ...)

    bool hasDistanceCheck() const { return !trainingEmbeddings.empty() && distanceThreshold > 0; }
    bool usesMusicnnReference() const { return referenceSpace == QLatin1String(kMusicnnReferenceSpace); }
    // A raw musicnn clip embedding in the space of trainingEmbeddings' rows.
    std::vector<float> standardizedReference(const std::vector<float> &raw) const;
    QJsonObject toJson() const;                       // without trainingEmbeddings (a tensor of the file)
    static TrustRules fromJson(const QJsonObject &o); // throws gtzan::Error on absurd values
};

struct TrustVerdict {
    bool unsure = false;
    QString kind;                // "" (sure), "low-confidence" or "far-from-training"
    QString reason;              // for a person: "this does not sound like any of the 10 GTZAN genres"
    double confidence = 0;       // the top calibrated probability
    double nearestDistance = -1; // to the closest training clip; -1: not checked
    int runnerUp = -1;           // the second genre when it is close (or unsure between two)

    QJsonObject toJson(const QStringList &genres) const;
};

// Judges one prediction: `probabilities` already calibrated; `embedding` normalised like the rows
// of rules.trainingEmbeddings, or null when the model takes none.
TrustVerdict judgePrediction(const TrustRules &rules, const std::vector<float> &probabilities, const QStringList &genres,
                             const std::vector<float> *embedding);

// The distance used between two normalised embeddings: the root-mean-square difference per
// dimension (so thresholds do not grow with the embedding's size).
double embeddingDistance(const float *a, const float *b, int dims);
// The distance from `v` to its nearest row of `rows`, skipping row `skip` (-1: none).
double nearestRowDistance(const Matrix &rows, const float *v, int skip = -1);
// Each row's distance to its nearest other row.
std::vector<double> leaveOneOutDistances(const Matrix &rows);
// The "far from training" threshold of rules.trainingEmbeddings (at least 2 rows): `factor` x the
// `q`-quantile of their leave-one-out distances; the rule and the distances' spread go into the
// provenance.
void setLeaveOneOutThreshold(TrustRules &rules, double q = 1.0, double factor = 1.25);
// The q-quantile (0..1) of values, linear interpolation; values must not be empty.
double quantile(std::vector<double> values, double q);

// softmax(logits / temperature) of every row, averaged: a clip's calibrated probabilities.
std::vector<float> calibratedMean(const std::vector<std::vector<float>> &segmentLogits, double temperature);
// One row of logits the same way: softmax(logits / temperature).
std::vector<float> calibratedProbabilities(const float *logits, size_t count, double temperature);
// The temperature that minimises the mean negative log-likelihood of the clips' true labels
// under calibratedMean (golden-section search on log T in [0.05, 20]).
double fitTemperature(const std::vector<std::vector<std::vector<float>>> &clipSegmentLogits, const std::vector<int> &labels);
double meanNegativeLogLikelihood(const std::vector<std::vector<std::vector<float>>> &clipSegmentLogits, const std::vector<int> &labels,
                                 double temperature);

} // namespace gtzan
