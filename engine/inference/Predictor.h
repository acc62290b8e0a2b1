#pragma once
#include "common/Matrix.h"
#include "training/TrainedModel.h"
#include <QJsonObject>
#include <vector>

namespace gtzan {

struct SegmentPrediction {
    double startSeconds = 0;
    double seconds = 0;
    int genre = -1;
    std::vector<float> probabilities;
};

// A file's genre: the mean of its segments' probabilities (the reference's aggregation).
struct FilePrediction {
    QString file;
    int genre = -1;
    QString genreName;
    std::vector<float> probabilities;
    std::vector<SegmentPrediction> segments;

    QJsonObject toJson(const QStringList &genres) const;
};

// File -> features (the model's own FeatureSpec) -> per-segment and clip probabilities.
// The GUI and the CLI both call this. Not thread-safe: one Predictor per thread.
class Predictor {
public:
    explicit Predictor(TrainedModel model);
    static Predictor fromFile(const QString &modelPath);   // throws gtzan::Error

    FilePrediction predictFile(const QString &audioPath) const;                               // throws gtzan::Error
    FilePrediction predictFeatures(const Matrix &features, const QString &name = QString()) const;   // throws gtzan::Error

    const TrainedModel &model() const { return m_model; }

private:
    TrainedModel m_model;
};

} // namespace gtzan
