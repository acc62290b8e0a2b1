#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// Clips whose given genre the models find least likely: candidates for GTZAN's mislabelings
// (Sturm 2013 lists 43 conspicuous and 63 contentious ones). Out-of-fold: k-fold cross-validation
// of a linear-ish probe (embed_mlp) on pretrained musicnn embeddings, so every clip is judged by
// a model that never saw it, and fast (the embeddings are cached; the probe trains in seconds).
struct SuspectClip {
    QString id, path, genre;     // genre: the one the folder files it under
    double givenProbability = 0; // out-of-fold calibrated probability of that genre
    QString likeliest;           // the genre the models find likeliest
    double likeliestProbability = 0;
};

struct SuspectReport {
    QString folder, embedding;
    int folds = 0;
    double outOfFoldAccuracy = 0;
    std::vector<SuspectClip> clips;         // every clip, least likely given genre first
    QJsonObject toJson(int top = -1) const; // top < 0: all clips
};

struct SuspectOptions {
    QString genreSet = QStringLiteral("all");
    QString embedding = QStringLiteral("msd"); // msd or mtt
    int folds = 5;
    int epochs = 100; // the starter's recipe (resources/models/train-starter.sh)
    uint64_t seed = 1;
    QString cacheDir; // features and embeddings (cacheDir/musicnn); empty: the user's embedding cache
    int threads = 0;
};

struct SuspectCallbacks {
    std::function<void(const QString &line)> say;
    std::function<void(const QString &side, int done, int total)> progress; // feature and embedding loading
};

// Throws gtzan::Error (too few clips per genre for the folds, no musicnn weights, cancelled).
SuspectReport findSuspectLabels(const QString &folder, const SuspectOptions &options = {}, const SuspectCallbacks &callbacks = {},
                                const std::atomic_bool *cancel = nullptr);

} // namespace gtzan
