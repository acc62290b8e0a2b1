#pragma once
#include "common/Matrix.h"
#include "dataset/ClipFeatures.h"
#include "dsp/FeatureSpec.h"
#include "embedding/TrainingEmbeddings.h"
#include "model/InputNormalization.h"
#include "models/GenreNet.h"
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>
#include <vector>

namespace gtzan {

class MusicnnEmbedder;
struct TrainedModel;

// How a model reads audio: one type per input kind owns the way from audio to the network's input
// and back to a clip's answer. Prediction (streaming included), saliency, evaluation, training
// preparation and the map ask the model's kind instead of testing the network's name:
//
//   kind               network            what it hears                         the clip's answer
//   spectrogram        cnn1d, cnn2d, ...  segments of its own features          mean of the segments'
//   musicnn-embedding  embed_mlp          musicnn's patches (+ rhythm figures)  the network on the clip embedding
//   band-statistics    embed_mlp          its features' band mean and std       mean of the segments'
//   fusion             fusion             segments + a clip embedding           mean of the segments'
//                                          (musicnn's or band statistics)
//
// Each kind is one class (SpectrogramInput.h, MusicnnEmbeddingInput.h, BandStatisticsInput.h,
// FusionInput.h), registered in InputKind.cpp; docs/architecture.md says how to add one.
class InputKind {
public:
    // The kind of a model: its network and its file's embedding source (TrainedModel::embeddingSource:
    // "musicnn:..." or "band-mean-std"; "provided" for embeddings a caller attached, which no file
    // can be read for). Throws gtzan::Error when no kind reads that pair (a malformed source, an
    // embedding network without one).
    static std::shared_ptr<const InputKind> of(const ModelConfig &config, const QString &embeddingSource);
    static std::shared_ptr<const InputKind> of(const TrainedModel &model);
    // The embedding source a training writes into its model file: the musicnn choice (with its
    // rhythm figures) when there is one, else what the clips carry (band statistics or "provided");
    // empty for networks that take no embedding.
    static QString embeddingSourceFor(const ModelConfig &config, const std::optional<MusicnnEmbeddingSource> &musicnn,
                                      const std::vector<ClipFeatures> &trainClips);
    // Every registered kind's name, in registration order.
    static QStringList names();

    virtual ~InputKind() = default;
    virtual QString name() const = 0;

    // ---- What the network hears ----
    // The model's own features (its FeatureSpec) are computed from the audio: spectrogram
    // segments, or the band statistics of the whole clip, or both.
    virtual bool hearsFeatures() const = 0;
    // Segments of those features are network input (the network has a spectrogram branch): they
    // are shown, explained (Grad-CAM, the features' occlusion) and averaged into the answer.
    virtual bool readsSegments() const = 0;
    // musicnn's patches are the model's own input: which network and layer (nothing: none).
    const std::optional<MusicnnEmbeddingSource> &musicnn() const { return m_musicnn; }
    // A clip embedding goes beside or instead of the segments.
    virtual bool takesClipEmbedding() const = 0;
    // That clip embedding is computed from the clip's own features (band statistics).
    virtual bool embeddingFromFeatures() const { return false; }
    // Why audio files cannot be read for this model at all; empty when they can.
    virtual QString whyNoAudio() const { return {}; }

    // ---- Back to a clip's answer ----
    // The clip's answer is the network on the clip embedding; each musicnn patch's own verdict is
    // shown as a segment but not averaged. Otherwise the answer is the mean of its segments'.
    virtual bool answersFromClipEmbedding() const { return false; }
    // Whether an answer can come before the whole file is heard (partial answers of long files):
    // not when the embedding needs the whole file (rhythm figures, band statistics) or a segment
    // is the whole clip (spec.segmentFrames() <= 0).
    virtual bool answersWhileStreaming(const FeatureSpec &spec) const = 0;

    // ---- The way there ----
    // The clip embedding of features (band statistics kinds): each band's mean and std.
    std::vector<float> embeddingOfFeatures(const Matrix &features) const;
    // The raw clip embedding of an audio file for musicnn kinds (the mean of musicnn's layer over
    // the file's patches, then the rhythm figures when the source has them); empty for others.
    std::vector<float> embeddingOfFile(const MusicnnEmbedder &musicnn, const QString &audioPath) const;
    // The musicnn part of a clip embedding and the rhythm figures after it, as one vector.
    std::vector<float> withRhythm(std::vector<float> musicnnPart, const std::vector<float> &rhythmFigures) const;
    // Segment starts (frames) of a features matrix: whole segments of config.frames.
    static std::vector<int> segmentStartsOf(const Matrix &features, const ModelConfig &config);
    // The network's input for windows of feature matrices (see segmentInput, model/SegmentInput.h),
    // each beside the clip's normalised embedding when the kind takes one.
    ModelInput segmentBatch(const std::vector<const Matrix *> &features, const std::vector<int> &startFrames,
                            const std::vector<float> &normalisedEmbedding, const ModelConfig &config, const InputNormalization &normalization) const;
    // The network's input for clip embeddings alone (already normalised), one row each.
    static ModelInput embeddingBatch(const std::vector<std::vector<float>> &normalised, const ModelConfig &config);
    // Training and evaluation: attaches to every clip what its embedding needs (musicnn kinds:
    // musicnn's clip embedding from the cache or computed, then the rhythm figures; other kinds:
    // nothing, their embedding comes from the features). perturbation (a robustness sweep):
    // musicnn hears the perturbed audio, the rhythm figures the original.
    void attachClipEmbeddings(std::vector<ClipFeatures> &clips, const MusicnnEmbedder *musicnn, const EmbeddingCache *cache,
                              const EmbeddingProgress &progress, const std::atomic_bool *cancel,
                              const AugmentationChain *perturbation = nullptr) const;

protected:
    explicit InputKind(std::optional<MusicnnEmbeddingSource> musicnn = std::nullopt) : m_musicnn(std::move(musicnn)) {}

private:
    std::optional<MusicnnEmbeddingSource> m_musicnn;
};

} // namespace gtzan
