#pragma once
#include "common/Matrix.h"
#include "inference/FilePrediction.h"
#include "model/TrainedModel.h"
#include <QJsonObject>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace gtzan {

class InputKind;
class MusicnnEmbedder;
struct Audio;

// A first or refined answer for a long file, as it is computed: `soFar` covers `fraction` of it.
using PartialPrediction = std::function<void(const FilePrediction &soFar, double fraction)>;

// File -> features (the model's own FeatureSpec) -> per-segment and clip probabilities, calibrated
// and judged (unsure or not, see PredictionTrust.h), plus musicnn's tags for musicnn models.
// The GUI and the CLI both call this. Not thread-safe: one Predictor per thread.
//
// Long files are streamed: decoded, resampled and scored in windows of about a minute (whole
// segments / whole musicnn patches each), so memory stays bounded whatever the length. When a
// caller wants partial answers, a long file's first answer comes from excerpts spread over the
// whole file (8 musicnn patches, 24 s of audio: within a 30 s clip's time), and each later one from the windows done so far
// plus the excerpts beyond them; the final answer is the windows' alone. A file
// that fits in one window is scored exactly as a training clip is; in longer files the dB floor
// (top_db) is taken per window, and musicnn's first frame of each window sees reflect padding.
//
// Models trained on musicnn embeddings carry the musicnn weights in their file (format 2); older
// files load them from the .h5 named by their embeddingSource (a missing weight file gives a
// gtzan::Error saying where it looked).
class Predictor {
public:
    explicit Predictor(TrainedModel model);
    static Predictor fromFile(const QString &modelPath); // throws gtzan::Error

    // The file is decoded once, whatever rates the model needs (musicnn's 16 kHz, the spectrogram's
    // rate) and keepAudioRate (> 0: the decoded audio at that rate comes back in the answer's
    // `audio`, for a window to show). cancel is checked between windows (a gtzan::Error
    // "cancelled" is thrown); onPartial gets an answer after every window but the last of a long file.
    FilePrediction predictFile(const QString &audioPath, PredictionTiming *timing = nullptr, const std::atomic_bool *cancel = nullptr,
                               const PartialPrediction &onPartial = {}, int keepAudioRate = 0) const; // throws gtzan::Error
    // Spectrogram models: features of one clip, made as `spec` says, which must be the model's
    // (else a gtzan::Error names the difference); embedding: the clip embedding for fusion models.
    // Throws gtzan::Error (also for models that need musicnn: use predictAudio).
    FilePrediction predictFeatures(const Matrix &features, const FeatureSpec &spec, const QString &name = QString(),
                                   const std::vector<float> &embedding = {}) const;
    // Audio already in memory, at the model's rate (musicnn models: any rate the model needs is
    // made by `audioAtRate`). For the warm-up and tests.
    FilePrediction predictAudio(const std::function<Audio(int sampleRate)> &audioAtRate, const QString &name) const;
    // The clip embedding the model takes for a file (musicnn models, with the rhythm figures when
    // the model has them); empty for the others.
    std::vector<float> embeddingOfFile(const QString &audioPath) const;
    // What the classifier reads for a file (GenreNet::penultimate), averaged over its segments:
    // the trained model's own view of a clip, for the embedding map. The first maxSeconds only.
    std::vector<float> penultimateOfFile(const QString &audioPath, double maxSeconds = 600) const; // throws gtzan::Error

    const TrainedModel &model() const { return m_model; }
    const MusicnnEmbedder *musicnn() const { return m_embedder.get(); }
    const std::shared_ptr<const InputKind> &inputKind() const { return m_kind; }

private:
    struct Accumulator;
    class FileReading;
    // One excerpt of a long file's spread preview, and what it adds to an answer.
    struct SpreadExcerpt {
        double startSeconds = 0;
        std::vector<float> layerRow, taggramRow; // musicnn models: the patch's embedding layer and tags
        std::vector<float> referenceRow;         // the trust rules' musicnn reference layer (when the model has one)
        std::vector<SegmentPrediction> segments; // its verdict: the musicnn patch's or the spectrogram segment's
    };
    // Audio of `samples` samples at `sampleRate` from each of `startSeconds` into the file (shorter at its end).
    using ExcerptSource = std::function<std::vector<Audio>(int sampleRate, const std::vector<double> &startSeconds, qint64 samples)>;
    // One sample rate's share of a file's single decode: windows of windowSamples (0: the whole
    // file as one window), in order; `first` marks the first, fraction is how far the file is done.
    struct WindowPass {
        int sampleRate = 0;
        qint64 windowSamples = 0;
        std::function<void(const Audio &window, bool first, double fraction)> onWindow;
    };
    // Feeds every pass from one decode (passes at one rate share a resampler), window by window.
    using WindowSource = std::function<void(const std::vector<WindowPass> &passes)>;
    FilePrediction predictFrom(const WindowSource &source, const QString &name, PredictionTiming *timing, const PartialPrediction &onPartial,
                               const std::vector<SpreadExcerpt> &spread = {}, double fileSeconds = 0) const;
    std::vector<SpreadExcerpt> spreadExcerpts(const ExcerptSource &excerptAt, double fileSeconds) const;
    // Models on the clip embedding: each patch's own calibrated verdict, as a segment.
    std::vector<SegmentPrediction> patchVerdicts(const Matrix &layerRows, double startSeconds, double patchSeconds) const;
    void scoreSpectrogramWindow(const Matrix &features, const std::vector<float> &embedding, double startSeconds, Accumulator &acc) const;
    std::vector<float> logitsOfEmbeddings(const std::vector<std::vector<float>> &normalised) const;
    void finish(Accumulator &acc, FilePrediction &out) const;

    TrainedModel m_model;
    std::shared_ptr<const MusicnnEmbedder> m_embedder;  // musicnn-embedding models only
    std::shared_ptr<const MusicnnEmbedder> m_reference; // the trust rules' reference network (any model whose file carries one)
    std::shared_ptr<const InputKind> m_kind;            // how this model reads audio
};

} // namespace gtzan
