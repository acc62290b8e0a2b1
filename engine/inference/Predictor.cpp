#include "inference/Predictor.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include "embedding/TrainingEmbeddings.h"
#include "training/ModelFile.h"
#include "training/SegmentSet.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>

namespace gtzan {

namespace {

QJsonArray toArray(const std::vector<float> &v) {
    QJsonArray a;
    for (float x : v) a.append(double(x));
    return a;
}

} // namespace

QJsonObject FilePrediction::toJson(const QStringList &genres) const {
    QJsonArray segs;
    for (const SegmentPrediction &s : segments)
        segs.append(QJsonObject{{QStringLiteral("start"), s.startSeconds},
                                {QStringLiteral("seconds"), s.seconds},
                                {QStringLiteral("genre"), genres.value(s.genre)},
                                {QStringLiteral("probabilities"), toArray(s.probabilities)}});
    return QJsonObject{{QStringLiteral("file"), file},
                       {QStringLiteral("seconds"), seconds},
                       {QStringLiteral("genre"), genreName},
                       {QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
                       {QStringLiteral("probabilities"), toArray(probabilities)},
                       {QStringLiteral("segments"), segs}};
}

Predictor::Predictor(TrainedModel model) : m_model(std::move(model)) {
    if (!m_model.model) throw Error(QStringLiteral("the predictor was given no network"));
    if (m_model.config.usesEmbedding()) {
        if (const auto source = MusicnnEmbeddingSource::parse(m_model.embeddingSource)) {
            m_embeddingSource = std::make_shared<const MusicnnEmbeddingSource>(*source);
            m_embedder = std::make_shared<const MusicnnEmbedder>(source->loadEmbedder());
        }
    }
    if (m_model.config.usesEmbedding() && !m_embedder && m_model.embeddingSource != QLatin1String("band-mean-std"))
        throw Error(QStringLiteral("this %1 model needs clip embeddings (\"%2\") that prediction cannot compute yet")
                        .arg(m_model.config.name, m_model.embeddingSource));
    m_model.model->eval();
}

Predictor Predictor::fromFile(const QString &modelPath) {
    return Predictor(loadModelFile(modelPath));
}

FilePrediction Predictor::predictFile(const QString &audioPath, PredictionTiming *timing) const {
    // The same steps as melFeaturesOfFile, timed apart for the benchmark and the GUI's details.
    QElapsedTimer clock;
    clock.start();
    const Audio audio = decodeAudio(audioPath, m_model.spec.sampleRate);
    const double decodeMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    const Matrix features = melFeatures(audio, m_model.spec);
    const double featuresMs = clock.nsecsElapsed() / 1e6;
    clock.restart();
    FilePrediction p = predictFeatures(features, audioPath, embeddingOfFile(audioPath));   // musicnn models: counted as network time
    p.seconds = audio.seconds();
    if (timing) *timing = PredictionTiming{decodeMs, featuresMs, clock.nsecsElapsed() / 1e6};
    return p;
}

std::vector<float> Predictor::embeddingOfFile(const QString &audioPath) const {
    if (!m_embedder) return {};
    return musicnnClipEmbeddingOfFile(*m_embedder, audioPath, m_embeddingSource->layer);
}

FilePrediction Predictor::predictFeatures(const Matrix &features, const QString &name, const std::vector<float> &embedding) const {
    const ModelConfig &cfg = m_model.config;
    if (features.rows != m_model.spec.nMels || features.cols < 1)
        throw Error(QStringLiteral("%1: features of %2 x %3 do not fit the model (%4 bands)").arg(name).arg(features.rows).arg(features.cols).arg(m_model.spec.nMels));
    std::vector<ClipFeatures> clips(1);
    clips[0].clip.id = name;
    clips[0].clip.path = name;
    clips[0].clip.label = 0;
    clips[0].features = features;
    clips[0].embedding = embedding;
    if (m_embedder && embedding.empty())
        throw Error(QStringLiteral("%1: this model needs the file's musicnn embedding (%2)").arg(name, m_model.embeddingSource));
    const SegmentSet set(clips, segmentClips(clips, cfg.frames), cfg, m_model.normalization);
    std::vector<int64_t> idx(set.size());
    for (size_t i = 0; i < idx.size(); ++i) idx[i] = int64_t(i);

    torch::NoGradGuard noGrad;
    GenreNet net = m_model.model;
    const torch::Tensor probs = torch::softmax(net->forward(set.batch(idx)), 1).contiguous();
    const int64_t k = probs.size(1);
    const float *pp = probs.data_ptr<float>();
    FilePrediction out;
    out.file = name;
    const double secondsPerFrame = double(m_model.spec.hop) / m_model.spec.sampleRate;
    out.seconds = features.cols * secondsPerFrame;
    out.probabilities.assign(size_t(k), 0.0f);
    for (size_t i = 0; i < set.size(); ++i) {
        SegmentPrediction s;
        s.startSeconds = set.segment(i).startFrame * secondsPerFrame;
        s.seconds = std::min(set.segment(i).frames, features.cols) * secondsPerFrame;
        s.probabilities.assign(pp + int64_t(i) * k, pp + int64_t(i + 1) * k);
        s.genre = int(std::max_element(s.probabilities.begin(), s.probabilities.end()) - s.probabilities.begin());
        for (int64_t j = 0; j < k; ++j) out.probabilities[size_t(j)] += s.probabilities[size_t(j)] / float(set.size());
        out.segments.push_back(std::move(s));
    }
    out.genre = int(std::max_element(out.probabilities.begin(), out.probabilities.end()) - out.probabilities.begin());
    out.genreName = m_model.genres.value(out.genre);
    return out;
}

} // namespace gtzan
