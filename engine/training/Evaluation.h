#pragma once
#include "dataset/ClipFeatures.h"
#include <QJsonObject>
#include <QStringList>
#include <vector>

namespace gtzan {

// One clip's verdict: its segments' probabilities aggregated three ways.
struct ClipVerdict {
    QString id;
    QString path;
    int trueLabel = -1;
    int predicted = -1;                  // argmax of the mean segment probabilities (the headline rule)
    int predictedByMax = -1;             // argmax of the per-class maximum over segments
    int predictedByVote = -1;            // majority of segment argmaxes (ties: the higher mean probability)
    std::vector<float> probabilities;    // mean over segments, one per genre
    std::vector<int> segmentPredictions; // argmax of each segment, in segment order
};

struct ClassMetrics {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    int support = 0; // clips whose true label is this class
};

// What an evaluation shows: accuracy by each aggregation, the confusion matrix (rows = true,
// columns = predicted, mean rule), per-class precision / recall / F1 and every clip's verdict.
struct Evaluation {
    QStringList genres;
    double accuracy = 0; // clip accuracy, mean-of-probabilities rule
    double accuracyByMax = 0;
    double accuracyByVote = 0;
    double segmentAccuracy = 0;
    int segments = 0;
    double macroF1 = 0;
    std::vector<std::vector<int>> confusion;
    std::vector<ClassMetrics> perClass;
    std::vector<ClipVerdict> clips;

    QJsonObject toJson() const;
    static Evaluation fromJson(const QJsonObject &o); // throws gtzan::Error
};

// Aggregates segment probabilities per clip. segmentClip[i] indexes `clips`; every clip with at
// least one segment gets a verdict. Throws gtzan::Error on inconsistent sizes.
Evaluation evaluateSegments(const QStringList &genres, const std::vector<ClipRecord> &clips, const std::vector<int> &segmentClip,
                            const std::vector<std::vector<float>> &segmentProbabilities);

} // namespace gtzan
