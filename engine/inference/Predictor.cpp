#include "inference/Predictor.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "training/ModelFile.h"
#include "training/SegmentSet.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {

// Long files are scored in windows of whole musicnn patches / whole segments, about a minute each.
constexpr int kMusicnnPatchesPerWindow = 20;   // 20 x 187 frames x 256 / 16 kHz = 59.8 s
constexpr int kSegmentsPerWindow = 16;         // 16 x 4 s
// A file longer than two windows starts with a half window (10 patches, 30 s: the work of one
// GTZAN clip), so its first answer comes as fast as a 30 s clip's; both sizes keep whole patches
// and whole segments.
constexpr int kBatch = 64;                     // segments per forward pass
// Below this RMS level (-60 dBFS) there is nothing to hear: no genre can be told, whatever the
// network says (digital silence would otherwise lean on the distance rule alone).
constexpr double kSilenceRms = 1e-3;

double sumOfSquares(const Audio &a) {
    double s = 0;
    for (float x : a.samples) s += double(x) * double(x);
    return s;
}

QJsonArray toArray(const std::vector<float> &v) {
    QJsonArray a;
    for (float x : v) a.append(double(x));
    return a;
}

int argmax(const std::vector<float> &v) {
    return v.empty() ? -1 : int(std::max_element(v.begin(), v.end()) - v.begin());
}

std::vector<float> softmaxOf(const float *z, size_t k, double temperature) {
    return calibratedMean({std::vector<float>(z, z + k)}, temperature);
}

} // namespace

QJsonObject FilePrediction::toJson(const QStringList &genres) const {
    QJsonArray segs;
    for (const SegmentPrediction &s : segments)
        segs.append(QJsonObject{{QStringLiteral("start"), s.startSeconds},
                                {QStringLiteral("seconds"), s.seconds},
                                {QStringLiteral("genre"), genres.value(s.genre)},
                                {QStringLiteral("probabilities"), toArray(s.probabilities)}});
    QJsonObject o{{QStringLiteral("file"), file},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("genre"), genreName},
                  {QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
                  {QStringLiteral("probabilities"), toArray(probabilities)},
                  {QStringLiteral("segments"), segs},
                  {QStringLiteral("unsure"), trust.unsure},
                  {QStringLiteral("confidence"), trust.confidence}};
    if (trust.unsure) {
        o.insert(QStringLiteral("unsureKind"), trust.kind);
        o.insert(QStringLiteral("unsureReason"), trust.reason);
    }
    if (trust.runnerUp >= 0) o.insert(QStringLiteral("runnerUp"), genres.value(trust.runnerUp));
    if (trust.nearestDistance >= 0) o.insert(QStringLiteral("nearestTrainingDistance"), trust.nearestDistance);
    if (!tagNames.isEmpty()) {
        QJsonArray t;
        for (const TagScore &s : tags) t.append(QJsonObject{{QStringLiteral("tag"), s.tag}, {QStringLiteral("probability"), double(s.probability)}});
        o.insert(QStringLiteral("tags"), t);
    }
    return o;
}

// What the windows of a file add up to.
struct Predictor::Accumulator {
    // Spectrogram models: every segment's calibrated probabilities, in order.
    std::vector<std::vector<float>> segmentProbabilities;
    std::vector<SegmentPrediction> segments;
    // musicnn models: the sum of the embedding layer over patches, the taggram rows, and (models
    // on the clip embedding alone) each patch's calibrated verdict.
    std::vector<double> layerSum;
    int patches = 0;
    std::vector<float> taggramRows;
    double seconds = 0;
    std::vector<float> embedding;   // the clip embedding once known (raw, not normalised)
    double featuresMs = 0, networkMs = 0;
    double sumSquares = 0;          // of the samples seen by the first pass, for the silence check
    qint64 samples = 0;

    // musicnn models: the clip embedding is the layer's mean over every patch seen so far.
    void settleEmbedding() {
        embedding.resize(layerSum.size());
        for (size_t i = 0; i < layerSum.size(); ++i) embedding[i] = float(layerSum[i] / patches);
    }
};

Predictor::Predictor(TrainedModel model) : m_model(std::move(model)) {
    if (!m_model.model) throw Error(QStringLiteral("the predictor was given no network"));
    if (m_model.config.usesEmbedding()) {
        if (const auto source = MusicnnEmbeddingSource::parse(m_model.embeddingSource)) {
            m_embeddingSource = std::make_shared<const MusicnnEmbeddingSource>(*source);
            // Weights carried in the model file (format 2) come first: nothing else is needed.
            m_embedder = m_model.musicnn ? m_model.musicnn : std::make_shared<const MusicnnEmbedder>(source->loadEmbedder());
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

std::vector<float> Predictor::logitsOfEmbeddings(const std::vector<std::vector<float>> &normalised) const {
    torch::NoGradGuard noGrad;
    const int d = m_model.config.embeddingDim;
    ModelInput in;
    in.embedding = torch::empty({int64_t(normalised.size()), d});
    float *dst = in.embedding.data_ptr<float>();
    for (size_t i = 0; i < normalised.size(); ++i) std::copy(normalised[i].begin(), normalised[i].end(), dst + i * size_t(d));
    GenreNet net = m_model.model;
    const torch::Tensor z = net->forward(in).contiguous();
    return std::vector<float>(z.data_ptr<float>(), z.data_ptr<float>() + z.numel());
}

void Predictor::scoreSpectrogramWindow(const Matrix &features, const std::vector<float> &embedding, double startSeconds,
                                       Accumulator &acc) const {
    const ModelConfig &cfg = m_model.config;
    std::vector<ClipFeatures> window(1);
    window[0].clip.id = window[0].clip.path = QStringLiteral("window");
    window[0].clip.label = 0;
    window[0].features = features;
    window[0].embedding = embedding;
    const SegmentSet set(window, segmentClips(window, cfg.frames), cfg, m_model.normalization);
    const double secondsPerFrame = double(m_model.spec.hop) / m_model.spec.sampleRate;
    torch::NoGradGuard noGrad;
    GenreNet net = m_model.model;
    for (size_t start = 0; start < set.size(); start += kBatch) {
        std::vector<int64_t> idx;
        for (size_t i = start; i < std::min(set.size(), start + kBatch); ++i) idx.push_back(int64_t(i));
        const torch::Tensor z = net->forward(set.batch(idx)).contiguous();
        const int64_t k = z.size(1);
        for (size_t j = 0; j < idx.size(); ++j) {
            const SegmentRef &ref = set.segment(size_t(idx[j]));
            SegmentPrediction s;
            s.startSeconds = startSeconds + ref.startFrame * secondsPerFrame;
            s.seconds = std::min(ref.frames, features.cols) * secondsPerFrame;
            s.probabilities = softmaxOf(z.data_ptr<float>() + int64_t(j) * k, size_t(k), m_model.trust.temperature);
            s.genre = argmax(s.probabilities);
            acc.segmentProbabilities.push_back(s.probabilities);
            acc.segments.push_back(std::move(s));
        }
    }
}

void Predictor::finish(Accumulator &acc, FilePrediction &out) const {
    const int k = int(m_model.genres.size());
    out.seconds = acc.seconds;
    if (m_embedder && acc.patches > 0) {
        out.tagNames = m_embedder->tagNames();
        const int tagCount = int(out.tagNames.size());
        out.taggram = Matrix(acc.patches, tagCount);
        std::copy(acc.taggramRows.begin(), acc.taggramRows.begin() + qsizetype(out.taggram.data.size()), out.taggram.data.begin());
        out.taggramPatchSeconds = double(MusicnnEmbedder::kPatchFrames) * MusicnnEmbedder::featureSpec().hop / MusicnnEmbedder::featureSpec().sampleRate;
        std::vector<TagScore> all;
        for (int t = 0; t < tagCount; ++t) {
            double sum = 0;
            for (int p = 0; p < acc.patches; ++p) sum += out.taggram.at(p, t);
            all.push_back({out.tagNames[t], float(sum / acc.patches)});
        }
        std::stable_sort(all.begin(), all.end(), [](const TagScore &a, const TagScore &b) { return a.probability > b.probability; });
        all.resize(std::min<size_t>(all.size(), kTopTags));
        out.tags = std::move(all);
        acc.settleEmbedding();
    }
    const bool embeddingOnly = m_embedder && !m_model.config.usesSpectrogram();
    if (embeddingOnly && acc.patches > 0) {
        const std::vector<float> z = logitsOfEmbeddings({m_model.normalization.normalizeEmbedding(acc.embedding)});
        out.probabilities = softmaxOf(z.data(), size_t(k), m_model.trust.temperature);
    } else {
        out.probabilities.assign(size_t(k), 0.0f);
        for (const std::vector<float> &p : acc.segmentProbabilities)
            for (int j = 0; j < k; ++j) out.probabilities[size_t(j)] += p[size_t(j)] / float(acc.segmentProbabilities.size());
    }
    out.segments = acc.segments;
    out.genre = argmax(out.probabilities);
    out.genreName = m_model.genres.value(out.genre);
    const std::vector<float> normalised = m_model.config.usesEmbedding() && !acc.embedding.empty()
                                              ? m_model.normalization.normalizeEmbedding(acc.embedding)
                                              : std::vector<float>();
    out.trust = judgePrediction(m_model.trust, out.probabilities, m_model.genres, normalised.empty() ? nullptr : &normalised);
    if (acc.samples > 0 && std::sqrt(acc.sumSquares / double(acc.samples)) < kSilenceRms) {
        out.trust.unsure = true;
        out.trust.kind = QStringLiteral("silence");
        out.trust.reason = QStringLiteral("the file is (nearly) silent: there is no music to tell a genre from");
    }
}

FilePrediction Predictor::predictFrom(const WindowSource &source, const QString &name, PredictionTiming *timing,
                                      const PartialPrediction &onPartial) const {
    QElapsedTimer total, step;
    total.start();
    const ModelConfig &cfg = m_model.config;
    const int k = int(m_model.genres.size());
    Accumulator acc;
    FilePrediction out;
    out.file = name;
    auto partial = [&](double fraction) {
        if (!onPartial || fraction >= 1.0) return;
        Accumulator copy = acc;
        FilePrediction soFar;
        soFar.file = name;
        finish(copy, soFar);
        soFar.partial = true;
        onPartial(soFar, fraction);
    };

    // musicnn first: the clip embedding (and the tags) of the whole file.
    if (m_embedder) {
        const FeatureSpec mspec = MusicnnEmbedder::featureSpec();
        const bool embeddingOnly = !cfg.usesSpectrogram();
        const MusicnnLayer layer = m_embeddingSource->layer;
        const qint64 window = qint64(kMusicnnPatchesPerWindow) * MusicnnEmbedder::kPatchFrames * mspec.hop;
        double offset = 0;
        source(mspec.sampleRate, window, [&](const Audio &audio, bool first, double fraction) {
            const double start = offset;
            offset += audio.seconds();
            acc.seconds = offset;
            acc.sumSquares += sumOfSquares(audio);
            acc.samples += qint64(audio.samples.size());
            // The tail of a long file shorter than a patch is dropped, as for a whole file.
            if (!first && qint64(audio.samples.size()) < qint64(MusicnnEmbedder::kPatchFrames) * mspec.hop) return;
            step.start();
            const Matrix logMel = m_embedder->logMel(audio);
            acc.featuresMs += step.nsecsElapsed() / 1e6;
            step.start();
            const MusicnnPatchOutputs o = m_embedder->patchOutputsOfLogMel(logMel);
            const Matrix &rows = o.layer(layer);
            if (acc.layerSum.empty()) acc.layerSum.assign(size_t(rows.cols), 0.0);
            for (int r = 0; r < rows.rows; ++r)
                for (int c = 0; c < rows.cols; ++c) acc.layerSum[size_t(c)] += rows.at(r, c);
            acc.taggramRows.insert(acc.taggramRows.end(), o.taggram.data.begin(), o.taggram.data.end());
            if (embeddingOnly) {
                std::vector<std::vector<float>> normalised;
                for (int r = 0; r < rows.rows; ++r)
                    normalised.push_back(m_model.normalization.normalizeEmbedding(std::vector<float>(rows.row(r), rows.row(r) + rows.cols)));
                const std::vector<float> z = logitsOfEmbeddings(normalised);
                const double patchSeconds = double(MusicnnEmbedder::kPatchFrames) * mspec.hop / mspec.sampleRate;
                for (int r = 0; r < rows.rows; ++r) {
                    SegmentPrediction s;
                    s.startSeconds = start + r * patchSeconds;
                    s.seconds = patchSeconds;
                    s.probabilities = softmaxOf(z.data() + size_t(r) * size_t(k), size_t(k), m_model.trust.temperature);
                    s.genre = argmax(s.probabilities);
                    acc.segments.push_back(std::move(s));
                }
            }
            acc.patches += rows.rows;
            acc.networkMs += step.nsecsElapsed() / 1e6;
            if (embeddingOnly) partial(fraction);
        });
        if (acc.patches == 0) throw Error(QStringLiteral("%1: no audio to predict from").arg(name));
        acc.settleEmbedding();
    }

    // Spectrogram models (and band-statistics embedding models): segments over the model's features.
    if (cfg.usesSpectrogram() || !m_embedder) {
        const FeatureSpec &spec = m_model.spec;
        const bool bandStatistics = cfg.usesEmbedding() && !m_embedder;
        // Whole-clip models (frames = the longest training clip) and band statistics, which need
        // the whole file's features, are not windowed.
        const qint64 window = (spec.segmentFrames() > 0 && !bandStatistics) ? qint64(kSegmentsPerWindow) * cfg.frames * spec.hop : 0;
        double offset = 0;
        source(spec.sampleRate, window, [&](const Audio &audio, bool first, double fraction) {
            const double start = offset;
            offset += audio.seconds();
            acc.seconds = offset;
            if (!m_embedder) {
                acc.sumSquares += sumOfSquares(audio);
                acc.samples += qint64(audio.samples.size());
            }
            if (!first && spec.framesFor(qint64(audio.samples.size())) < cfg.frames) return;   // a tail shorter than a segment
            step.start();
            const Matrix features = melFeatures(audio, spec);
            acc.featuresMs += step.nsecsElapsed() / 1e6;
            step.start();
            if (bandStatistics) {
                ClipFeatures whole;
                whole.features = features;
                acc.embedding = clipEmbedding(whole);
            }
            scoreSpectrogramWindow(features, acc.embedding, start, acc);
            acc.networkMs += step.nsecsElapsed() / 1e6;
            partial(fraction);
        });
        if (acc.segments.empty()) throw Error(QStringLiteral("%1: no audio to predict from").arg(name));
    }
    finish(acc, out);
    if (timing) {
        const double totalMs = total.nsecsElapsed() / 1e6;
        *timing = PredictionTiming{std::max(0.0, totalMs - acc.featuresMs - acc.networkMs), acc.featuresMs, acc.networkMs};
    }
    return out;
}

FilePrediction Predictor::predictFile(const QString &audioPath, PredictionTiming *timing, const std::atomic_bool *cancel,
                                      const PartialPrediction &onPartial) const {
    const WindowSource fromFile = [&](int rate, qint64 windowSamples, const auto &onWindow) {
        Audio buffer;
        buffer.sampleRate = rate;
        bool first = true;
        double totalSeconds = 0;
        DecodeOptions options;
        options.targetRate = rate;
        options.cancel = cancel;
        options.onHeader = [&](const AudioInfo &info) { totalSeconds = info.seconds(); };
        double decodedSeconds = 0;
        auto flush = [&](size_t count) {
            Audio w;
            w.sampleRate = rate;
            w.samples.assign(buffer.samples.begin(), buffer.samples.begin() + qsizetype(count));
            buffer.samples.erase(buffer.samples.begin(), buffer.samples.begin() + qsizetype(count));
            decodedSeconds += w.seconds();
            onWindow(w, first, totalSeconds > 0 ? std::min(0.999, decodedSeconds / totalSeconds) : 0.5);
            first = false;
        };
        decodeAudioStream(audioPath, options, [&](const float *samples, size_t count) {
            buffer.samples.insert(buffer.samples.end(), samples, samples + count);
            const bool longFile = totalSeconds * rate > 2.0 * double(windowSamples);
            for (qint64 limit = (first && longFile) ? windowSamples / 2 : windowSamples;
                 windowSamples > 0 && qint64(buffer.samples.size()) >= limit; limit = windowSamples) {
                if (cancel && cancel->load()) throw Error(QStringLiteral("%1: prediction was cancelled").arg(audioPath));
                flush(size_t(limit));
            }
            return true;
        });
        if (first || !buffer.samples.empty()) {
            if (buffer.samples.empty()) throw Error(QStringLiteral("%1: the file holds no audio samples").arg(audioPath));
            flush(buffer.samples.size());
        }
    };
    return predictFrom(fromFile, audioPath, timing, onPartial);
}

FilePrediction Predictor::predictAudio(const std::function<Audio(int sampleRate)> &audioAtRate, const QString &name) const {
    const WindowSource fromMemory = [&](int rate, qint64, const auto &onWindow) {
        const Audio audio = audioAtRate(rate);
        if (audio.sampleRate != rate) throw Error(QStringLiteral("%1: audio at %2 Hz where %3 Hz is needed").arg(name).arg(audio.sampleRate).arg(rate));
        if (audio.samples.empty()) throw Error(QStringLiteral("%1: no audio samples").arg(name));
        onWindow(audio, true, 1.0);
    };
    return predictFrom(fromMemory, name, nullptr, {});
}

std::vector<float> Predictor::embeddingOfFile(const QString &audioPath) const {
    if (!m_embedder) return {};
    return musicnnClipEmbeddingOfFile(*m_embedder, audioPath, m_embeddingSource->layer);
}

FilePrediction Predictor::predictFeatures(const Matrix &features, const QString &name, const std::vector<float> &embedding) const {
    if (features.rows != m_model.spec.nMels || features.cols < 1)
        throw Error(QStringLiteral("%1: features of %2 x %3 do not fit the model (%4 bands)").arg(name).arg(features.rows).arg(features.cols).arg(m_model.spec.nMels));
    if (m_embedder && embedding.empty())
        throw Error(QStringLiteral("%1: this model needs the file's musicnn embedding (%2)").arg(name, m_model.embeddingSource));
    if (m_embedder && !m_model.config.usesSpectrogram())
        throw Error(QStringLiteral("%1: this %2 model predicts from musicnn embeddings, not from features").arg(name, m_model.config.name));
    Accumulator acc;
    acc.embedding = embedding;
    if (m_model.config.usesEmbedding() && !m_embedder) {
        ClipFeatures whole;
        whole.features = features;
        acc.embedding = clipEmbedding(whole);
    }
    scoreSpectrogramWindow(features, acc.embedding, 0.0, acc);
    FilePrediction out;
    out.file = name;
    finish(acc, out);
    out.seconds = features.cols * double(m_model.spec.hop) / m_model.spec.sampleRate;
    return out;
}

} // namespace gtzan
