#pragma once
#include "common/Matrix.h"
#include "inference/FilePrediction.h"
#include "training/TrainedModel.h"
#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace gtzan {

class MusicnnEmbedder;
struct MusicnnEmbeddingSource;
struct Audio;

// A first or refined answer for a long file, as it is computed: `soFar` covers `fraction` of it.
using PartialPrediction = std::function<void(const FilePrediction &soFar, double fraction)>;

// File -> features (the model's own FeatureSpec) -> per-segment and clip probabilities, calibrated
// and judged (unsure or not, see PredictionTrust.h), plus musicnn's tags for musicnn models.
// The GUI and the CLI both call this. Not thread-safe: one Predictor per thread.
//
// Long files are streamed: decoded, resampled and scored in windows of about a minute (whole
// segments / whole musicnn patches each), so memory stays bounded whatever the length. A file
// that fits in one window is scored exactly as a training clip is; in longer files the dB floor
// (top_db) is taken per window, and musicnn's first frame of each window sees reflect padding.
//
// Models trained on musicnn embeddings carry the musicnn weights in their file (format 2); older
// files load them from the .h5 named by their embeddingSource (a missing weight file gives a
// gtzan::Error saying where it looked).
class Predictor {
public:
    explicit Predictor(TrainedModel model);
    static Predictor fromFile(const QString &modelPath);   // throws gtzan::Error

    // cancel is checked between windows (a gtzan::Error "cancelled" is thrown); onPartial gets an
    // answer after every window but the last of a long file.
    FilePrediction predictFile(const QString &audioPath, PredictionTiming *timing = nullptr,
                               const std::atomic_bool *cancel = nullptr, const PartialPrediction &onPartial = {}) const;   // throws gtzan::Error
    // Spectrogram models: features of one clip (the model's spec); embedding: the clip embedding
    // for fusion models. Throws gtzan::Error (also for models that need musicnn: use predictAudio).
    FilePrediction predictFeatures(const Matrix &features, const QString &name = QString(),
                                   const std::vector<float> &embedding = {}) const;
    // Audio already in memory, at the model's rate (musicnn models: any rate the model needs is
    // made by `audioAtRate`). For the warm-up and tests.
    FilePrediction predictAudio(const std::function<Audio(int sampleRate)> &audioAtRate, const QString &name) const;
    // The clip embedding the model takes for a file (musicnn models); empty for the others.
    std::vector<float> embeddingOfFile(const QString &audioPath) const;

    const TrainedModel &model() const { return m_model; }
    const MusicnnEmbedder *musicnn() const { return m_embedder.get(); }

private:
    struct Accumulator;
    using WindowSource = std::function<void(int sampleRate, qint64 windowSamples,
                                            const std::function<void(const Audio &window, bool first, double fraction)> &onWindow)>;
    FilePrediction predictFrom(const WindowSource &source, const QString &name, PredictionTiming *timing,
                               const PartialPrediction &onPartial) const;
    void scoreSpectrogramWindow(const Matrix &features, const std::vector<float> &embedding, double startSeconds,
                                Accumulator &acc) const;
    std::vector<float> logitsOfEmbeddings(const std::vector<std::vector<float>> &normalised) const;
    void finish(Accumulator &acc, FilePrediction &out) const;

    TrainedModel m_model;
    std::shared_ptr<const MusicnnEmbedder> m_embedder;   // musicnn-embedding models only
    std::shared_ptr<const MusicnnEmbeddingSource> m_embeddingSource;
};

} // namespace gtzan
