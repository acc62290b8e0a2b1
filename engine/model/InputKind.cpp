#include "model/InputKind.h"
#include "common/Error.h"
#include "dsp/Rhythm.h"
#include "embedding/MusicnnEmbedder.h"
#include "model/BandStatisticsInput.h"
#include "model/FusionInput.h"
#include "model/MusicnnEmbeddingInput.h"
#include "model/SegmentInput.h"
#include "model/SpectrogramInput.h"
#include "model/TrainedModel.h"

namespace gtzan {

namespace {

const QString kBandStatistics = QStringLiteral("band-mean-std");
const QString kProvided = QStringLiteral("provided");

// One entry per input kind, tried in order: the first whose `reads` accepts a model's network and
// embedding source makes its kind. Adding a kind adds a class and a line here (and its tests).
struct Registration {
    QString name;
    std::function<bool(const ModelConfig &, const std::optional<MusicnnEmbeddingSource> &)> reads;
    std::function<std::shared_ptr<const InputKind>(const std::optional<MusicnnEmbeddingSource> &, bool provided)> make;
};

const std::vector<Registration> &registrations() {
    static const std::vector<Registration> kinds{
        {QStringLiteral("spectrogram"), [](const ModelConfig &c, const auto &) { return !c.usesEmbedding(); },
         [](const auto &, bool) { return std::make_shared<const SpectrogramInput>(); }},
        {QStringLiteral("musicnn-embedding"), [](const ModelConfig &c, const auto &musicnn) { return !c.usesSpectrogram() && musicnn; },
         [](const auto &musicnn, bool) { return std::make_shared<const MusicnnEmbeddingInput>(*musicnn); }},
        {QStringLiteral("band-statistics"), [](const ModelConfig &c, const auto &musicnn) { return !c.usesSpectrogram() && !musicnn; },
         [](const auto &, bool provided) { return std::make_shared<const BandStatisticsInput>(provided); }},
        {QStringLiteral("fusion"), [](const ModelConfig &c, const auto &) { return c.usesSpectrogram() && c.usesEmbedding(); },
         [](const auto &musicnn, bool provided) { return std::make_shared<const FusionInput>(musicnn, provided); }},
    };
    return kinds;
}

} // namespace

std::shared_ptr<const InputKind> InputKind::of(const ModelConfig &config, const QString &embeddingSource) {
    // Embedding networks whose source is not musicnn's read band statistics, or were given their
    // embeddings ("provided", and files that name no source).
    const std::optional<MusicnnEmbeddingSource> musicnn = MusicnnEmbeddingSource::parse(embeddingSource); // throws when malformed
    const bool provided = config.usesEmbedding() && !musicnn && embeddingSource != kBandStatistics;
    for (const Registration &r : registrations())
        if (r.reads(config, musicnn)) return r.make(musicnn, provided);
    throw Error(QStringLiteral("no input kind reads a %1 model with the embedding source \"%2\"").arg(config.name, embeddingSource));
}

std::shared_ptr<const InputKind> InputKind::of(const TrainedModel &model) { return of(model.config, model.embeddingSource); }

QString InputKind::embeddingSourceFor(const ModelConfig &config, const std::optional<MusicnnEmbeddingSource> &musicnn,
                                      const std::vector<ClipFeatures> &trainClips) {
    if (musicnn) return musicnn->toString();
    if (config.usesEmbedding() && !trainClips.empty()) return clipEmbeddingSource(trainClips.front());
    return {};
}

QStringList InputKind::names() {
    QStringList out;
    for (const Registration &r : registrations()) out << r.name;
    return out;
}

std::vector<float> InputKind::embeddingOfFeatures(const Matrix &features) const {
    ClipFeatures clip;
    clip.features = features;
    return clipEmbedding(clip);
}

std::vector<float> InputKind::embeddingOfFile(const MusicnnEmbedder &musicnn, const QString &audioPath) const {
    if (!m_musicnn) return {};
    std::vector<float> e = musicnnClipEmbeddingOfFile(musicnn, audioPath, m_musicnn->layer);
    if (m_musicnn->rhythm) return withRhythm(std::move(e), rhythmFeatures(analyseRhythmFile(audioPath)));
    return e;
}

std::vector<float> InputKind::withRhythm(std::vector<float> musicnnPart, const std::vector<float> &rhythmFigures) const {
    if (m_musicnn && m_musicnn->rhythm) musicnnPart.insert(musicnnPart.end(), rhythmFigures.begin(), rhythmFigures.end());
    return musicnnPart;
}

std::vector<int> InputKind::segmentStartsOf(const Matrix &features, const ModelConfig &config) { return segmentStarts(features.cols, config.frames); }

ModelInput InputKind::segmentBatch(const std::vector<const Matrix *> &features, const std::vector<int> &startFrames,
                                   const std::vector<float> &normalisedEmbedding, const ModelConfig &config,
                                   const InputNormalization &normalization) const {
    const std::vector<const std::vector<float> *> embeddings(takesClipEmbedding() ? features.size() : 0, &normalisedEmbedding);
    return segmentInput(features, startFrames, embeddings, config, normalization);
}

ModelInput InputKind::embeddingBatch(const std::vector<std::vector<float>> &normalised, const ModelConfig &config) {
    const int d = config.embeddingDim;
    ModelInput in;
    in.embedding = torch::empty({int64_t(normalised.size()), d});
    float *dst = in.embedding.data_ptr<float>();
    for (size_t i = 0; i < normalised.size(); ++i) {
        if (int(normalised[i].size()) != d)
            throw Error(QStringLiteral("an embedding of %1 values where the model takes %2").arg(normalised[i].size()).arg(d));
        std::copy(normalised[i].begin(), normalised[i].end(), dst + i * size_t(d));
    }
    return in;
}

void InputKind::attachClipEmbeddings(std::vector<ClipFeatures> &clips, const MusicnnEmbedder *musicnn, const EmbeddingCache *cache,
                                     const EmbeddingProgress &progress, const std::atomic_bool *cancel, const AugmentationChain *perturbation) const {
    if (!m_musicnn) return; // the embedding comes from each clip's features (clipEmbedding)
    if (!musicnn) throw Error(QStringLiteral("the %1 embedding needs musicnn's weights").arg(m_musicnn->toString()));
    if (perturbation && !perturbation->empty()) attachPerturbedMusicnnEmbeddings(clips, *musicnn, m_musicnn->layer, *perturbation, progress, cancel);
    else attachMusicnnEmbeddings(clips, *musicnn, m_musicnn->layer, cache, progress, cancel);
    if (m_musicnn->rhythm) attachRhythmFeatures(clips, progress, cancel); // the rhythm of the original audio
}

} // namespace gtzan
