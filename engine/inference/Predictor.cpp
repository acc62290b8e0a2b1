#include "inference/Predictor.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioInfo.h"
#include "common/Error.h"
#include "dsp/MelSpectrogram.h"
#include "dsp/Rhythm.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "inference/PredictorParts.h"
#include "inference/SilenceLevel.h"
#include "inference/StyleOutsideGenres.h"
#include "model/InputKind.h"
#include "model/ModelFile.h"
#include "tensor/ComputeDevice.h"
#include <QElapsedTimer>
#include <algorithm>
#include <cmath>
#include <limits>

namespace gtzan {

namespace {

// A long file's first answer: 8 musicnn patches spread over it (24 s of audio), so that with the
// seeks (an MP3 builds its seek index) it comes within the time of a whole 30 s clip's answer
// (`gtzan-cli bench predict`: firstAnswerMs against the WAV's medianMs); spectrogram models take
// segments worth about 24 s likewise.
constexpr int kSpreadPatches = 8;
constexpr double kSpreadSeconds = 24.0;
// A file longer than two windows starts with a half window (10 patches, 30 s: the work of one
// GTZAN clip), so its first answer comes as fast as a 30 s clip's; both sizes keep whole patches
// and whole segments.
constexpr int kBatch = 64; // segments per forward pass
// Shorter than this, a file (a broken fragment, a click) holds too little music for any genre.
constexpr double kShortestSeconds = 1.0;

int argmax(const std::vector<float> &v) { return v.empty() ? -1 : int(std::max_element(v.begin(), v.end()) - v.begin()); }

} // namespace

Predictor::Predictor(TrainedModel model) : m_model(std::move(model)) {
    if (!m_model.model) throw Error(QStringLiteral("the predictor was given no network"));
    m_kind = InputKind::of(m_model);
    if (!m_kind->whyNoAudio().isEmpty())
        throw Error(QStringLiteral("this %1 model cannot be used: %2").arg(m_model.config.name, m_kind->whyNoAudio()));
    if (m_kind->musicnn()) m_embedder = musicnnWeightsOf(m_model);
    if (m_model.trust.usesMusicnnReference()) m_reference = m_model.musicnn; // the file carries it (ModelFile checks)
    m_model.model->eval();
    m_model.model->to(computeDevice());
}

Predictor Predictor::fromFile(const QString &modelPath) { return Predictor(loadModelFile(modelPath)); }

std::vector<float> Predictor::logitsOfEmbeddings(const std::vector<std::vector<float>> &normalised) const {
    torch::NoGradGuard noGrad;
    GenreNet net = m_model.model;
    const torch::Tensor z = net->forward(InputKind::embeddingBatch(normalised, m_model.config)).to(torch::kCPU).contiguous();
    return std::vector<float>(z.data_ptr<float>(), z.data_ptr<float>() + z.numel());
}

void Predictor::scoreSpectrogramWindow(const Matrix &features, const std::vector<float> &embedding, double startSeconds, Accumulator &acc) const {
    const ModelConfig &cfg = m_model.config;
    if (m_kind->readsSegments() && features.rows != cfg.nMels)
        throw Error(QStringLiteral("features of %1 bands; the model takes %2").arg(features.rows).arg(cfg.nMels));
    std::vector<float> normalisedEmbedding;
    if (m_kind->takesClipEmbedding()) normalisedEmbedding = m_model.normalization.normalizeEmbedding(embedding);
    const std::vector<int> starts = InputKind::segmentStartsOf(features, cfg);
    const double secondsPerFrame = double(m_model.spec.hop) / m_model.spec.sampleRate;
    torch::NoGradGuard noGrad;
    GenreNet net = m_model.model;
    for (size_t first = 0; first < starts.size(); first += kBatch) {
        const size_t count = std::min(starts.size() - first, size_t(kBatch));
        const std::vector<int> batchStarts(starts.begin() + qsizetype(first), starts.begin() + qsizetype(first + count));
        const std::vector<const Matrix *> matrices(count, &features);
        const torch::Tensor z =
            net->forward(m_kind->segmentBatch(matrices, batchStarts, normalisedEmbedding, cfg, m_model.normalization)).to(torch::kCPU).contiguous();
        const int64_t k = z.size(1);
        for (size_t j = 0; j < count; ++j) {
            SegmentPrediction s;
            s.startSeconds = startSeconds + batchStarts[j] * secondsPerFrame;
            s.seconds = std::min(cfg.frames, features.cols) * secondsPerFrame;
            s.probabilities = calibratedProbabilities(z.data_ptr<float>() + int64_t(j) * k, size_t(k), m_model.trust.temperature);
            s.genre = argmax(s.probabilities);
            acc.addSegment(s, true);
        }
    }
}

std::vector<SegmentPrediction> Predictor::patchVerdicts(const Matrix &rows, double startSeconds, double patchSeconds) const {
    const int k = int(m_model.genres.size());
    std::vector<std::vector<float>> normalised;
    for (int r = 0; r < rows.rows; ++r)
        normalised.push_back(m_model.normalization.normalizeEmbedding(std::vector<float>(rows.row(r), rows.row(r) + rows.cols)));
    const std::vector<float> z = logitsOfEmbeddings(normalised);
    std::vector<SegmentPrediction> out;
    for (int r = 0; r < rows.rows; ++r) {
        SegmentPrediction s;
        s.startSeconds = startSeconds + r * patchSeconds;
        s.seconds = patchSeconds;
        s.probabilities = calibratedProbabilities(z.data() + size_t(r) * size_t(k), size_t(k), m_model.trust.temperature);
        s.genre = argmax(s.probabilities);
        out.push_back(std::move(s));
    }
    return out;
}

std::vector<Predictor::SpreadExcerpt> Predictor::spreadExcerpts(const ExcerptSource &excerptAt, double fileSeconds) const {
    const ModelConfig &cfg = m_model.config;
    const FeatureSpec &spec = m_model.spec;
    const FeatureSpec mspec = MusicnnEmbedder::featureSpec();
    // Whole-clip models, band statistics and rhythm figures need the whole file: no first answer.
    if (!m_kind->answersWhileStreaming(spec)) return {};
    // Only files that stream in more than two windows: shorter ones are answered as fast whole.
    const double windowSeconds = m_embedder ? double(kMusicnnPatchesPerWindow) * MusicnnEmbedder::kPatchFrames * mspec.hop / mspec.sampleRate
                                            : double(kSegmentsPerWindow) * cfg.frames * spec.hop / spec.sampleRate;
    if (fileSeconds <= 2 * windowSeconds) return {};
    // n excerpts of `seconds`, each centred in one of n equal parts of the file.
    auto startsOf = [&](int n, double seconds) {
        std::vector<double> starts;
        for (int i = 0; i < n; ++i)
            starts.push_back(std::clamp((i + 0.5) * fileSeconds / n - seconds / 2, 0.0, std::max(0.0, fileSeconds - seconds)));
        return starts;
    };
    std::vector<SpreadExcerpt> out;
    std::vector<float> embedding; // fusion models: the excerpts' mean, for their segments
    if (m_embedder) {
        // kSpreadPatches patches, scored in one call.
        const qint64 patchSamples = qint64(MusicnnEmbedder::kPatchFrames) * mspec.hop;
        const double patchSeconds = double(patchSamples) / mspec.sampleRate;
        std::vector<double> starts;
        std::vector<Matrix> mels;
        const std::vector<double> wanted = startsOf(kSpreadPatches, patchSeconds);
        const std::vector<Audio> excerpts = excerptAt(mspec.sampleRate, wanted, patchSamples);
        for (size_t i = 0; i < excerpts.size() && i < wanted.size(); ++i) {
            if (qint64(excerpts[i].samples.size()) < patchSamples) continue;
            mels.push_back(m_embedder->logMel(excerpts[i]));
            starts.push_back(wanted[i]);
        }
        if (mels.empty()) return {};
        const int frames = MusicnnEmbedder::kPatchFrames;
        Matrix all(mels.front().rows, int(mels.size()) * frames);
        for (size_t j = 0; j < mels.size(); ++j)
            for (int r = 0; r < all.rows; ++r) std::copy(mels[j].row(r), mels[j].row(r) + frames, all.row(r) + j * size_t(frames));
        const MusicnnPatchOutputs o = m_embedder->patchOutputsOfLogMel(all);
        const Matrix &rows = o.layer(m_kind->musicnn()->layer);
        const bool embeddingOnly = m_kind->answersFromClipEmbedding();
        const std::vector<SegmentPrediction> verdicts = embeddingOnly ? patchVerdicts(rows, 0.0, patchSeconds) : std::vector<SegmentPrediction>();
        embedding = meanOverPatches(rows);
        for (int r = 0; r < rows.rows; ++r) {
            SpreadExcerpt e;
            e.startSeconds = starts[size_t(r)];
            e.layerRow.assign(rows.row(r), rows.row(r) + rows.cols);
            e.taggramRow.assign(o.taggram.row(r), o.taggram.row(r) + o.taggram.cols);
            if (m_reference) {
                const Matrix &reference = o.layer(MusicnnLayer::MaxPool);
                e.referenceRow.assign(reference.row(r), reference.row(r) + reference.cols);
            }
            if (embeddingOnly) {
                SegmentPrediction s = verdicts[size_t(r)];
                s.startSeconds = e.startSeconds;
                e.segments.push_back(std::move(s));
            }
            out.push_back(std::move(e));
        }
    }
    if (m_kind->readsSegments()) {
        // Segments worth about kSpreadSeconds of audio.
        const qint64 segmentSamples = qint64(cfg.frames) * spec.hop;
        const double segmentSeconds = double(segmentSamples) / spec.sampleRate;
        const std::vector<double> wanted = startsOf(std::clamp(int(std::lround(kSpreadSeconds / segmentSeconds)), 1, 16), segmentSeconds);
        const std::vector<Audio> excerpts = excerptAt(spec.sampleRate, wanted, segmentSamples);
        for (size_t i = 0; i < excerpts.size() && i < wanted.size(); ++i) {
            const double start = wanted[i];
            if (excerpts[i].samples.empty()) continue;
            const Matrix features = melFeatures(excerpts[i], spec);
            if (features.cols < cfg.frames) continue;
            Accumulator one;
            scoreSpectrogramWindow(features, embedding, start, one);
            SpreadExcerpt e;
            e.startSeconds = start;
            e.segments.push_back(one.segments.front());
            out.push_back(std::move(e));
        }
    }
    return out;
}

void Predictor::finish(Accumulator &acc, FilePrediction &out) const {
    const int k = int(m_model.genres.size());
    out.seconds = acc.seconds;
    const MusicnnEmbedder *musicnn = m_embedder ? m_embedder.get() : m_reference.get();
    if (musicnn && acc.patches > 0) {
        out.tagNames = musicnn->tagNames();
        const int tagCount = int(out.tagNames.size());
        out.taggram = Matrix(acc.patches, tagCount);
        std::copy(acc.taggramRows.begin(), acc.taggramRows.begin() + qsizetype(out.taggram.data.size()), out.taggram.data.begin());
        out.taggramPatchSeconds =
            double(MusicnnEmbedder::kPatchFrames) * MusicnnEmbedder::featureSpec().hop / MusicnnEmbedder::featureSpec().sampleRate;
        std::vector<TagScore> all;
        for (int t = 0; t < tagCount; ++t) {
            double sum = 0;
            for (int p = 0; p < acc.patches; ++p) sum += out.taggram.at(p, t);
            all.push_back({out.tagNames[t], float(sum / acc.patches)});
        }
        std::stable_sort(all.begin(), all.end(), [](const TagScore &a, const TagScore &b) { return a.probability > b.probability; });
        out.soundsLike = styleOutsideGenres(all, m_model.genres);
        all.resize(std::min<size_t>(all.size(), kTopTags));
        out.tags = std::move(all);
        if (m_embedder) acc.settleEmbedding();
    }
    if (m_kind->answersFromClipEmbedding() && acc.patches > 0) {
        const std::vector<float> z = logitsOfEmbeddings({m_model.normalization.normalizeEmbedding(acc.embedding)});
        out.probabilities = calibratedProbabilities(z.data(), size_t(k), m_model.trust.temperature);
    } else {
        out.probabilities.assign(size_t(k), 0.0f);
        for (const std::vector<float> &p : acc.segmentProbabilities)
            for (int j = 0; j < k; ++j) out.probabilities[size_t(j)] += p[size_t(j)] / float(acc.segmentProbabilities.size());
    }
    out.segments = acc.segments;
    out.genre = argmax(out.probabilities);
    out.genreName = m_model.genres.value(out.genre);
    // The vector the distance rule measures: the musicnn reference (every model whose file has
    // one), else (older files) the model's own normalised input embedding.
    std::vector<float> reference;
    if (m_model.trust.usesMusicnnReference()) {
        if (!acc.referenceSum.empty() && acc.patches > 0) {
            std::vector<float> mean(acc.referenceSum.size());
            for (size_t i = 0; i < mean.size(); ++i) mean[i] = float(acc.referenceSum[i] / acc.patches);
            reference = m_model.trust.standardizedReference(mean);
        }
    } else if (m_kind->takesClipEmbedding() && !acc.embedding.empty()) reference = m_model.normalization.normalizeEmbedding(acc.embedding);
    out.trust = judgePrediction(m_model.trust, out.probabilities, m_model.genres, reference.empty() ? nullptr : &reference);
    if (!out.partial && acc.seconds > 0 && acc.seconds < kShortestSeconds) {
        out.trust.unsure = true;
        out.trust.kind = QStringLiteral("too-short");
        out.trust.reason = QStringLiteral("%1 s of audio is too little to tell a genre from").arg(acc.seconds, 0, 'f', 2);
    }
    if (acc.samples > 0 && std::sqrt(acc.sumSquares / double(acc.samples)) < kSilenceRms) {
        out.trust.unsure = true;
        out.trust.kind = QStringLiteral("silence");
        out.trust.reason = QStringLiteral("the file is (nearly) silent: there is no music to tell a genre from");
    }
    if (out.trust.kind == QLatin1String("silence") || out.trust.kind == QLatin1String("too-short")) out.soundsLike = {}; // nothing to hear a style in
}

FilePrediction Predictor::predictFile(const QString &audioPath, PredictionTiming *timing, const std::atomic_bool *cancel,
                                      const PartialPrediction &onPartial, int keepAudioRate) const {
    std::shared_ptr<Audio> kept;
    const WindowSource fromFile = [&](const std::vector<WindowPass> &modelPasses) {
        std::vector<WindowPass> passes = modelPasses;
        if (keepAudioRate > 0) {
            kept = std::make_shared<Audio>();
            kept->sampleRate = keepAudioRate;
            passes.push_back({keepAudioRate, 0, [&](const Audio &whole, bool, double) { kept->samples = whole.samples; }});
        }
        // The distinct rates, decoded side by side; each pass cuts its rate's stream into its windows.
        std::vector<int> rates;
        for (const WindowPass &p : passes)
            if (std::find(rates.begin(), rates.end(), p.sampleRate) == rates.end()) rates.push_back(p.sampleRate);
        struct Cutter {
            const WindowPass *pass = nullptr;
            Audio buffer;
            bool first = true;
            double decodedSeconds = 0;
        };
        std::vector<Cutter> cutters(passes.size());
        for (size_t i = 0; i < passes.size(); ++i) {
            cutters[i].pass = &passes[i];
            cutters[i].buffer.sampleRate = passes[i].sampleRate;
        }
        double totalSeconds = 0;
        DecodeOptions options;
        options.cancel = cancel;
        options.onHeader = [&](const AudioInfo &info) { totalSeconds = info.seconds(); };
        auto flush = [&](Cutter &c, size_t count) {
            Audio w;
            w.sampleRate = c.buffer.sampleRate;
            if (count == c.buffer.samples.size()) w.samples.swap(c.buffer.samples);
            else {
                w.samples.assign(c.buffer.samples.begin(), c.buffer.samples.begin() + qsizetype(count));
                c.buffer.samples.erase(c.buffer.samples.begin(), c.buffer.samples.begin() + qsizetype(count));
            }
            c.decodedSeconds += w.seconds();
            c.pass->onWindow(w, c.first, totalSeconds > 0 ? std::min(0.999, c.decodedSeconds / totalSeconds) : 0.5);
            c.first = false;
        };
        decodeAudioStreamAtRates(audioPath, rates, options, [&](size_t rateIndex, const float *samples, size_t count) {
            for (Cutter &c : cutters) {
                if (c.pass->sampleRate != rates[rateIndex]) continue;
                c.buffer.samples.insert(c.buffer.samples.end(), samples, samples + count);
                const qint64 windowSamples = c.pass->windowSamples;
                const bool longFile = totalSeconds * c.pass->sampleRate > 2.0 * double(windowSamples);
                for (qint64 limit = (c.first && longFile) ? windowSamples / 2 : windowSamples;
                     windowSamples > 0 && qint64(c.buffer.samples.size()) >= limit; limit = windowSamples) {
                    if (cancel && cancel->load()) throw Cancelled(QStringLiteral("%1: prediction was cancelled").arg(audioPath));
                    flush(c, size_t(limit));
                }
            }
            return true;
        });
        for (Cutter &c : cutters) {
            if (c.first || !c.buffer.samples.empty()) {
                if (c.buffer.samples.empty()) throw Error(QStringLiteral("%1: the file holds no audio samples").arg(audioPath));
                flush(c, c.buffer.samples.size());
            }
        }
    };
    // A first answer for a long file, from excerpts spread over it: only worth its cost (less than
    // a 30 s clip's, see kSpreadPatches) when someone is waiting for partial answers. A file that cannot seek, or whose
    // excerpts fail, simply has none; the full pass below reports any real damage.
    std::vector<SpreadExcerpt> spread;
    double fileSeconds = 0;
    if (onPartial) {
        try {
            fileSeconds = probeAudio(audioPath).seconds();
            spread = spreadExcerpts([&](int rate, const std::vector<double> &starts,
                                        qint64 samples) { return decodeExcerpts(audioPath, rate, starts, double(samples) / rate, cancel); },
                                    fileSeconds);
        } catch (const Error &) {
            spread.clear();
        }
    }
    FilePrediction out = predictFrom(fromFile, audioPath, timing, onPartial, spread, fileSeconds);
    out.audio = std::move(kept);
    return out;
}

FilePrediction Predictor::predictAudio(const std::function<Audio(int sampleRate)> &audioAtRate, const QString &name) const {
    const WindowSource fromMemory = [&](const std::vector<WindowPass> &passes) {
        for (const WindowPass &pass : passes) {
            const Audio audio = audioAtRate(pass.sampleRate);
            if (audio.sampleRate != pass.sampleRate)
                throw Error(QStringLiteral("%1: audio at %2 Hz where %3 Hz is needed").arg(name).arg(audio.sampleRate).arg(pass.sampleRate));
            if (audio.samples.empty()) throw Error(QStringLiteral("%1: no audio samples").arg(name));
            pass.onWindow(audio, true, 1.0);
        }
    };
    return predictFrom(fromMemory, name, nullptr, {});
}

std::vector<float> Predictor::embeddingOfFile(const QString &audioPath) const {
    if (!m_embedder) return {};
    return m_kind->embeddingOfFile(*m_embedder, audioPath);
}

std::vector<float> Predictor::penultimateOfFile(const QString &audioPath, double maxSeconds) const {
    const ModelConfig &cfg = m_model.config;
    Matrix features;
    if (m_kind->hearsFeatures()) {
        DecodeOptions decode;
        decode.targetRate = m_model.spec.sampleRate;
        decode.maxSeconds = maxSeconds;
        features = melFeatures(decodeAudio(audioPath, decode), m_model.spec);
    }
    std::vector<float> embedding;
    if (m_kind->takesClipEmbedding())
        embedding = m_model.normalization.normalizeEmbedding(m_embedder ? embeddingOfFile(audioPath) : m_kind->embeddingOfFeatures(features));
    torch::NoGradGuard noGrad;
    GenreNet net = m_model.model;
    if (!m_kind->readsSegments()) {
        const torch::Tensor z = net->penultimate(InputKind::embeddingBatch({embedding}, cfg)).to(torch::kCPU).contiguous();
        return std::vector<float>(z.data_ptr<float>(), z.data_ptr<float>() + z.numel());
    }
    const std::vector<int> starts = InputKind::segmentStartsOf(features, cfg);
    std::vector<double> sum;
    for (size_t first = 0; first < starts.size(); first += kBatch) {
        const size_t count = std::min(starts.size() - first, size_t(kBatch));
        const std::vector<int> batchStarts(starts.begin() + qsizetype(first), starts.begin() + qsizetype(first + count));
        const std::vector<const Matrix *> matrices(count, &features);
        const torch::Tensor z =
            net->penultimate(m_kind->segmentBatch(matrices, batchStarts, embedding, cfg, m_model.normalization)).sum(0).to(torch::kCPU).contiguous();
        if (sum.empty()) sum.assign(size_t(z.numel()), 0.0);
        for (int64_t i = 0; i < z.numel(); ++i) sum[size_t(i)] += z.data_ptr<float>()[i];
    }
    std::vector<float> out(sum.size());
    for (size_t i = 0; i < sum.size(); ++i) out[i] = float(sum[i] / double(starts.size()));
    return out;
}

FilePrediction Predictor::predictFeatures(const Matrix &features, const FeatureSpec &spec, const QString &name,
                                          const std::vector<float> &embedding) const {
    const QString difference = spec.differenceFrom(m_model.spec);
    if (!difference.isEmpty()) throw Error(QStringLiteral("%1: the features were made differently from the model's: %2").arg(name, difference));
    if (features.rows != m_model.spec.nMels || features.cols < 1)
        throw Error(QStringLiteral("%1: features of %2 x %3 do not fit the model (%4 bands)")
                        .arg(name)
                        .arg(features.rows)
                        .arg(features.cols)
                        .arg(m_model.spec.nMels));
    if (m_embedder && embedding.empty())
        throw Error(QStringLiteral("%1: this model needs the file's musicnn embedding (%2)").arg(name, m_kind->musicnn()->toString()));
    if (!m_kind->hearsFeatures())
        throw Error(QStringLiteral("%1: this %2 model predicts from musicnn embeddings, not from features").arg(name, m_model.config.name));
    Accumulator acc;
    acc.embedding = embedding;
    if (m_kind->embeddingFromFeatures()) acc.embedding = m_kind->embeddingOfFeatures(features);
    scoreSpectrogramWindow(features, acc.embedding, 0.0, acc);
    FilePrediction out;
    out.file = name;
    finish(acc, out);
    out.seconds = features.cols * double(m_model.spec.hop) / m_model.spec.sampleRate;
    return out;
}

} // namespace gtzan
