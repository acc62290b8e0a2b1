#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

// What a prediction gives, without LibTorch's headers (the GUI and the widgets include this, not
// Predictor.h).
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
    double seconds = 0;                 // the audio's length (the features' span when given features)
    int genre = -1;
    QString genreName;
    std::vector<float> probabilities;
    std::vector<SegmentPrediction> segments;

    QJsonObject toJson(const QStringList &genres) const;
};

// Where predictFile's time went (wall clock, milliseconds).
struct PredictionTiming {
    double decodeMs = 0;     // decode, downmix, resample to the model's rate
    double featuresMs = 0;   // mel + dB
    double networkMs = 0;    // segmenting, normalising, forward pass, softmax, aggregation
    double totalMs() const { return decodeMs + featuresMs + networkMs; }
};

} // namespace gtzan
