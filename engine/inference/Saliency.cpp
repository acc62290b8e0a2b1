#include "inference/Saliency.h"
#include "audio/AudioDecoder.h"
#include "augment/SeededRandom.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include "common/SortedSearch.h"
#include "dataset/ClipFeatures.h"
#include "dsp/MelFilterbank.h"
#include "dsp/MelSpectrogram.h"
#include "dsp/Rhythm.h"
#include "dsp/SpectralMask.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "inference/Predictor.h"
#include "model/InputKind.h"
#include "model/InputNormalization.h"
#include "model/PredictionTrust.h"
#include <algorithm>
#include <cmath>
#include <numeric>

namespace gtzan {

QString saliencyMethodName(SaliencyMethod m) { return m == SaliencyMethod::GradCam ? QStringLiteral("gradcam") : QStringLiteral("occlusion"); }

SaliencyMethod saliencyMethodFromName(const QString &n) {
    if (n == QLatin1String("gradcam")) return SaliencyMethod::GradCam;
    if (n == QLatin1String("occlusion")) return SaliencyMethod::Occlusion;
    throw Error(QStringLiteral("Unknown saliency method \"%1\" (known: gradcam, occlusion)").arg(n));
}

bool saliencyMethodApplies(SaliencyMethod m, const Predictor &p) { return m == SaliencyMethod::Occlusion || p.inputKind()->readsSegments(); }

namespace {

// One clip as a model sees it: the grid it reads, cut into units scored on their own (the
// network's segments, or musicnn's patches), and the two questions occlusion and the deletion
// check ask of the model.
struct ClipView {
    Matrix grid;
    float nothing = 0; // the grid value that carries no information
    QString gridName;
    int sampleRate = 0, hop = 0;
    std::vector<double> rowHz;
    std::vector<int> unitStart, unitLength;        // frames
    std::shared_ptr<std::vector<float>> embedding; // fusion: the clip embedding, normalised, held fixed
    // All classes' clip probabilities for a whole (possibly masked) grid.
    std::function<std::vector<float>(const Matrix &grid)> clipProbabilities;
    // The genre's clip probability with unit u's frames replaced by each variant (bands x length).
    std::function<std::vector<float>(int u, const std::vector<Matrix> &variants, int genre)> withUnitReplaced;
};

Matrix columns(const Matrix &m, int start, int length) {
    Matrix out(m.rows, length);
    for (int r = 0; r < m.rows; ++r) std::copy(m.row(r) + start, m.row(r) + start + length, out.row(r));
    return out;
}

// Spectrogram networks (and fusion, whose embedding stays fixed): the model's own features.
ClipView spectrogramView(const Predictor &predictor, const QString &path, const SaliencyOptions &o) {
    const TrainedModel &tm = predictor.model();
    ClipView v;
    DecodeOptions decode;
    decode.targetRate = tm.spec.sampleRate;
    decode.maxSeconds = o.maxSeconds;
    decode.cancel = o.cancel;
    const Audio audio = decodeAudio(path, decode);
    v.grid = melFeatures(audio, tm.spec);
    v.gridName = QStringLiteral("model features");
    v.sampleRate = tm.spec.sampleRate;
    v.hop = tm.spec.hop;
    // "Nothing" is silence: the clip's own floor (top_db below its peak), as for musicnn's log-mel
    // and as the sonified clip hears it. (The normalised mean, the padding value, is a sound of
    // its own: an average level in every band.)
    v.nothing = *std::min_element(v.grid.data.begin(), v.grid.data.end());
    const MelFilterbank bank(tm.spec.sampleRate, tm.spec.nFft, tm.spec.nMels, tm.spec.fmin, tm.spec.fmax);
    for (int m = 0; m < bank.nMels(); ++m) v.rowHz.push_back(bank.centreHz(m));
    const ModelConfig cfg = tm.config;
    const std::shared_ptr<const InputKind> kind = predictor.inputKind();
    for (int s : InputKind::segmentStartsOf(v.grid, cfg)) {
        v.unitStart.push_back(s);
        v.unitLength.push_back(std::min(cfg.frames, v.grid.cols - s));
    }
    auto embedding = std::make_shared<std::vector<float>>();
    if (kind->takesClipEmbedding())
        *embedding = tm.normalization.normalizeEmbedding(predictor.musicnn() ? predictor.embeddingOfFile(path) : kind->embeddingOfFeatures(v.grid));
    v.embedding = embedding;
    const double temperature = tm.trust.temperature;
    GenreNet net = tm.model;
    // Logits of windows (each matrix from frame 0), in batches.
    auto logitsOf = [cfg, kind, embedding, net, norm = tm.normalization](const std::vector<const Matrix *> &ms,
                                                                         const std::vector<int> &starts) mutable {
        torch::NoGradGuard noGrad;
        std::vector<std::vector<float>> out;
        const size_t batch = 32;
        for (size_t first = 0; first < ms.size(); first += batch) {
            const size_t count = std::min(batch, ms.size() - first);
            const std::vector<const Matrix *> part(ms.begin() + long(first), ms.begin() + long(first + count));
            const std::vector<int> partStarts(starts.begin() + long(first), starts.begin() + long(first + count));
            const torch::Tensor z = net->forward(kind->segmentBatch(part, partStarts, *embedding, cfg, norm)).to(torch::kCPU).contiguous();
            for (size_t j = 0; j < count; ++j) out.emplace_back(z[long(j)].data_ptr<float>(), z[long(j)].data_ptr<float>() + z.size(1));
        }
        return out;
    };
    const std::vector<int> starts = v.unitStart;
    v.clipProbabilities = [=](const Matrix &grid) mutable {
        return calibratedMean(logitsOf(std::vector<const Matrix *>(starts.size(), &grid), starts), temperature);
    };
    // Each segment's own probabilities, unmasked: a replaced segment changes only its own share.
    auto baseSegments = std::make_shared<std::vector<std::vector<float>>>();
    for (const std::vector<float> &z : logitsOf(std::vector<const Matrix *>(starts.size(), &v.grid), starts))
        baseSegments->push_back(calibratedProbabilities(z.data(), z.size(), temperature));
    v.withUnitReplaced = [=](int u, const std::vector<Matrix> &variants, int genre) mutable {
        double others = 0;
        for (size_t s = 0; s < baseSegments->size(); ++s)
            if (int(s) != u) others += (*baseSegments)[s][size_t(genre)];
        std::vector<const Matrix *> ms;
        for (const Matrix &m : variants) ms.push_back(&m);
        std::vector<float> out;
        for (const std::vector<float> &z : logitsOf(ms, std::vector<int>(ms.size(), 0)))
            out.push_back(float((others + calibratedProbabilities(z.data(), z.size(), temperature)[size_t(genre)]) / double(baseSegments->size())));
        return out;
    };
    return v;
}

// Models on a musicnn clip embedding: musicnn's log-mel, its 3 s patches the units.
ClipView musicnnView(const Predictor &predictor, const QString &path, const SaliencyOptions &o) {
    const TrainedModel &tm = predictor.model();
    const MusicnnEmbedder *embedder = predictor.musicnn();
    const std::optional<MusicnnEmbeddingSource> &source = predictor.inputKind()->musicnn();
    if (!embedder || !source)
        throw Error(
            QStringLiteral("this model's input (%1) cannot be explained: occlusion needs musicnn's patches or the model's own spectrogram segments")
                .arg(predictor.inputKind()->name()));
    const FeatureSpec mspec = MusicnnEmbedder::featureSpec();
    ClipView v;
    DecodeOptions decode;
    decode.targetRate = mspec.sampleRate;
    decode.maxSeconds = o.maxSeconds;
    decode.cancel = o.cancel;
    v.grid = embedder->logMel(decodeAudio(path, decode));
    v.gridName = QStringLiteral("musicnn log-mel");
    v.sampleRate = mspec.sampleRate;
    v.hop = mspec.hop;
    v.nothing = 0; // log10(1 + 10000 x) of silence
    const MelFilterbank bank(mspec.sampleRate, mspec.nFft, mspec.nMels, mspec.fmin, mspec.fmax);
    for (int m = 0; m < bank.nMels(); ++m) v.rowHz.push_back(bank.centreHz(m));
    const int patch = MusicnnEmbedder::kPatchFrames;
    const int patches = std::max(1, v.grid.cols / patch);
    for (int p = 0; p < patches; ++p) {
        v.unitStart.push_back(p * patch);
        v.unitLength.push_back(std::min(patch, v.grid.cols - p * patch));
    }
    const MusicnnLayer layer = source->layer;
    const double temperature = tm.trust.temperature;
    GenreNet net = tm.model;
    // A rhythm model's figures (tempo, onsets) of the excerpt stay as they are: the map is about
    // what musicnn heard.
    std::vector<float> figures;
    if (source->rhythm) {
        DecodeOptions at;
        at.targetRate = rhythmSampleRate();
        at.maxSeconds = o.maxSeconds;
        at.cancel = o.cancel;
        figures = rhythmFeatures(analyseRhythm(decodeAudio(path, at)));
    }
    const std::shared_ptr<const InputKind> kind = predictor.inputKind();
    auto probabilitiesOf = [=, norm = tm.normalization, cfg = tm.config](const std::vector<std::vector<float>> &embeddings) mutable {
        torch::NoGradGuard noGrad;
        std::vector<std::vector<float>> normalised;
        for (const std::vector<float> &e : embeddings) normalised.push_back(norm.normalizeEmbedding(kind->withRhythm(e, figures)));
        const torch::Tensor z = net->forward(InputKind::embeddingBatch(normalised, cfg)).to(torch::kCPU).contiguous();
        std::vector<std::vector<float>> out;
        for (size_t i = 0; i < embeddings.size(); ++i)
            out.push_back(calibratedProbabilities(z[long(i)].data_ptr<float>(), size_t(z.size(1)), temperature));
        return out;
    };
    v.clipProbabilities = [=](const Matrix &grid) mutable {
        return probabilitiesOf({meanOverPatches(embedder->patchOutputsOfLogMel(grid).layer(layer))}).front();
    };
    const Matrix rows = embedder->patchOutputsOfLogMel(v.grid).layer(layer);
    const std::vector<float> mean = meanOverPatches(rows);
    v.withUnitReplaced = [=](int u, const std::vector<Matrix> &variants, int genre) mutable {
        // The variants side by side, each a full patch: musicnn scores them in one call.
        Matrix joined(v.grid.rows, patch * int(variants.size()), 0.0f);
        for (size_t k = 0; k < variants.size(); ++k)
            for (int r = 0; r < joined.rows; ++r)
                std::copy(variants[k].row(r), variants[k].row(r) + variants[k].cols, joined.row(r) + k * size_t(patch));
        const Matrix replaced = embedder->patchOutputsOfLogMel(joined).layer(layer);
        std::vector<std::vector<float>> embeddings;
        for (int k = 0; k < replaced.rows && k < int(variants.size()); ++k) {
            std::vector<float> e = mean;
            // musicnn's part only: a rhythm model's figures are joined after it (probabilitiesOf).
            for (int c = 0; c < rows.cols; ++c) e[size_t(c)] += (replaced.at(k, c) - rows.at(std::min(u, rows.rows - 1), c)) / float(rows.rows);
            embeddings.push_back(std::move(e));
        }
        std::vector<float> out;
        for (const std::vector<float> &p : probabilitiesOf(embeddings)) out.push_back(p[size_t(genre)]);
        return out;
    };
    return v;
}

// The occlusion grid: blocks of about bands / bandBlocks x blockSeconds inside each unit. The
// deletion check masks whole blocks too, so the top and the random masks have the same shape
// (scattered single cells would be a perturbation no music has, and would hurt more than any
// map's choice of where).
struct Block {
    int r0, r1, c0, c1; // c in grid frames
};
std::vector<Block> blocksOf(const ClipView &v, const SaliencyOptions &o) {
    const int bands = v.grid.rows;
    const int bandBlocks = std::clamp(o.bandBlocks, 1, bands);
    const int blockFrames = std::max(1, int(std::lround(o.blockSeconds * v.sampleRate / std::max(1, v.hop))));
    std::vector<Block> out;
    for (size_t u = 0; u < v.unitStart.size(); ++u)
        for (int b = 0; b < bandBlocks; ++b)
            for (int c0 = 0; c0 < v.unitLength[u]; c0 += blockFrames)
                out.push_back({b * bands / bandBlocks, (b + 1) * bands / bandBlocks, v.unitStart[u] + c0,
                               v.unitStart[u] + std::min(v.unitLength[u], c0 + blockFrames)});
    return out;
}

void occlusion(ClipView &v, int genre, float base, const SaliencyOptions &o, Matrix &map) {
    const std::vector<Block> all = blocksOf(v, o);
    for (size_t u = 0; u < v.unitStart.size(); ++u) {
        throwIfCancelled(o.cancel);
        const int start = v.unitStart[u], length = v.unitLength[u];
        const Matrix original = columns(v.grid, start, length);
        std::vector<Block> blocks;
        std::vector<Matrix> variants;
        for (const Block &b : all) {
            if (b.c0 < start || b.c0 >= start + length) continue;
            Matrix m = original;
            for (int r = b.r0; r < b.r1; ++r) std::fill(m.row(r) + (b.c0 - start), m.row(r) + (b.c1 - start), v.nothing);
            blocks.push_back(b);
            variants.push_back(std::move(m));
        }
        const std::vector<float> p = v.withUnitReplaced(int(u), variants, genre);
        for (size_t i = 0; i < blocks.size() && i < p.size(); ++i) {
            const float drop = std::max(0.0f, base - p[i]);
            for (int r = blocks[i].r0; r < blocks[i].r1; ++r)
                for (int c = blocks[i].c0; c < blocks[i].c1; ++c) map.at(r, c) = drop;
        }
        if (o.progress) o.progress(double(u + 1) / double(v.unitStart.size()));
    }
}

void gradCam(const Predictor &predictor, const ClipView &v, int genre, const SaliencyOptions &o, Matrix &map) {
    const TrainedModel &tm = predictor.model();
    const ModelConfig cfg = tm.config;
    GenreNet net = tm.model;
    for (size_t u = 0; u < v.unitStart.size(); ++u) {
        throwIfCancelled(o.cancel);
        const ModelInput in = predictor.inputKind()->segmentBatch({&v.grid}, {v.unitStart[u]}, *v.embedding, cfg, tm.normalization);
        torch::Tensor a;
        {
            torch::NoGradGuard noGrad;
            a = net->featureMap(in);
        }
        torch::AutoGradMode withGrad(true);
        a = a.detach().requires_grad_(true);
        const torch::Tensor score = net->logitsFromFeatureMap(a, in).select(1, genre).sum();
        const torch::Tensor grad = torch::autograd::grad({score}, {a}).front();
        std::vector<int64_t> spatial;
        for (int64_t dim = 2; dim < a.dim(); ++dim) spatial.push_back(dim);
        const torch::Tensor weights = grad.mean(spatial, true);
        torch::Tensor cam = torch::relu((weights * a).sum(1, true)).detach(); // 1 x 1 x T' or 1 x 1 x H' x W'
        namespace F = torch::nn::functional;
        if (cam.dim() == 3) {
            cam = F::interpolate(cam, F::InterpolateFuncOptions().size(std::vector<int64_t>{cfg.frames}).mode(torch::kLinear).align_corners(false));
            cam = cam.reshape({1, cfg.frames}).expand({cfg.nMels, cfg.frames});
        } else {
            cam = F::interpolate(
                cam, F::InterpolateFuncOptions().size(std::vector<int64_t>{cfg.nMels, cfg.frames}).mode(torch::kBilinear).align_corners(false));
            cam = cam.reshape({cfg.nMels, cfg.frames});
        }
        cam = cam.to(torch::kCPU).contiguous();
        const float *c = cam.data_ptr<float>();
        for (int r = 0; r < map.rows; ++r)
            for (int f = 0; f < v.unitLength[u]; ++f) map.at(r, v.unitStart[u] + f) = c[size_t(r) * size_t(cfg.frames) + size_t(f)];
        if (o.progress) o.progress(double(u + 1) / double(v.unitStart.size()));
    }
}

// The genre's probability drop with `share` of the blocks set to nothing: the most salient ones
// (top: highest mean saliency) or random ones, chosen within each unit. The clip's answer is a
// mean over units, so a mask that took its share from a few units would hurt less than one
// spread over all of them for that reason alone; per unit, both masks touch every unit alike.
double deletionDrop(ClipView &v, const Matrix &map, const std::vector<Block> &blocks, int genre, float base, double share, bool top, unsigned seed) {
    SeededRandom rng(seed);
    Matrix masked = v.grid;
    for (size_t u = 0; u < v.unitStart.size(); ++u) {
        std::vector<std::pair<double, size_t>> ranked;
        for (size_t i = 0; i < blocks.size(); ++i) {
            if (blocks[i].c0 < v.unitStart[u] || blocks[i].c0 >= v.unitStart[u] + v.unitLength[u]) continue;
            double sum = 0;
            for (int r = blocks[i].r0; r < blocks[i].r1; ++r)
                for (int c = blocks[i].c0; c < blocks[i].c1; ++c) sum += map.at(r, c);
            ranked.push_back({sum / std::max(1, (blocks[i].r1 - blocks[i].r0) * (blocks[i].c1 - blocks[i].c0)), i});
        }
        if (ranked.empty()) continue;
        const size_t k = std::max<size_t>(1, std::min(ranked.size(), size_t(std::lround(share * double(ranked.size())))));
        // Shuffled first, so ties among equally salient blocks are broken at random too.
        for (size_t i = ranked.size(); i > 1; --i) std::swap(ranked[i - 1], ranked[size_t(rng.below(i))]);
        if (top) std::stable_sort(ranked.begin(), ranked.end(), [](const auto &a, const auto &b) { return a.first > b.first; });
        for (size_t i = 0; i < k; ++i) {
            const Block &b = blocks[ranked[i].second];
            for (int r = b.r0; r < b.r1; ++r) std::fill(masked.row(r) + b.c0, masked.row(r) + b.c1, v.nothing);
        }
    }
    return double(base) - double(v.clipProbabilities(masked)[size_t(genre)]);
}

} // namespace

SaliencyMap computeSaliency(const Predictor &predictor, const QString &path, const SaliencyOptions &o) {
    const TrainedModel &tm = predictor.model();
    if (!saliencyMethodApplies(o.method, predictor))
        throw Error(QStringLiteral("Grad-CAM needs a convolutional network; %1 reads only a musicnn embedding: use occlusion").arg(tm.config.name));
    if (o.genre >= int(tm.genres.size())) throw Error(QStringLiteral("The model has no genre %1").arg(o.genre));
    if (!(o.deletionShare > 0 && o.deletionShare < 1) || o.blockSeconds <= 0 || o.bandBlocks < 1 || o.maxSeconds <= 0)
        throw Error(QStringLiteral("The saliency settings are out of range"));
    ClipView v = predictor.inputKind()->readsSegments() ? spectrogramView(predictor, path, o) : musicnnView(predictor, path, o);
    if (v.grid.cols == 0 || v.unitStart.empty()) throw Error(QStringLiteral("%1 is too short to explain").arg(path));
    SaliencyMap out;
    out.method = o.method;
    out.gridName = v.gridName;
    out.sampleRate = v.sampleRate;
    out.hop = v.hop;
    out.rowHz = v.rowHz;
    const std::vector<float> probabilities = v.clipProbabilities(v.grid);
    out.genre = o.genre >= 0 ? o.genre : int(std::max_element(probabilities.begin(), probabilities.end()) - probabilities.begin());
    out.genreName = tm.genres.value(out.genre);
    out.probability = probabilities[size_t(out.genre)];
    out.map = Matrix(v.grid.rows, v.grid.cols, 0.0f);
    if (o.method == SaliencyMethod::Occlusion) occlusion(v, out.genre, out.probability, o, out.map);
    else gradCam(predictor, v, out.genre, o, out.map);
    const float peak = *std::max_element(out.map.data.begin(), out.map.data.end());
    if (peak > 0)
        for (float &x : out.map.data) x /= peak;
    for (size_t u = 0; u < v.unitStart.size(); ++u) {
        double sum = 0;
        for (int r = 0; r < out.map.rows; ++r)
            for (int c = v.unitStart[u]; c < v.unitStart[u] + v.unitLength[u]; ++c) sum += out.map.at(r, c);
        out.segmentStartSeconds.push_back(v.unitStart[u] * out.secondsPerFrame());
        out.segmentSaliency.push_back(float(sum / std::max(1, out.map.rows * v.unitLength[u])));
    }
    throwIfCancelled(o.cancel);
    const std::vector<Block> blocks = blocksOf(v, o);
    out.deletionTop = deletionDrop(v, out.map, blocks, out.genre, out.probability, o.deletionShare, true, o.seed);
    out.deletionRandom = deletionDrop(v, out.map, blocks, out.genre, out.probability, o.deletionShare, false, o.seed);
    out.grid = std::move(v.grid);
    return out;
}

Audio sonifySaliency(const Audio &audio, const SaliencyMap &map) {
    Audio out;
    out.sampleRate = audio.sampleRate;
    if (map.map.empty() || map.rowHz.empty()) {
        out.samples.assign(audio.samples.size(), 0.0f);
        return out;
    }
    const double spf = map.secondsPerFrame();
    out.samples = applySpectralGain(audio.samples, audio.sampleRate, 2048, [&](double seconds, double hz) {
        const int frame = int(std::lround(seconds / spf));
        if (frame < 0 || frame >= map.map.cols) return 0.0f;
        return map.map.at(std::min(nearestIndex(map.rowHz, hz), map.map.rows - 1), frame);
    });
    return out;
}

} // namespace gtzan
