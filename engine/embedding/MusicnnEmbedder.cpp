#include "embedding/MusicnnEmbedder.h"
#include "common/Error.h"
#include "common/FileDigest.h"
#include "embedding/Hdf5File.h"
#include "embedding/MusicnnFrontEnd.h"
#include "embedding/MusicnnModels.h"
#include "embedding/MusicnnNetwork.h"
#include "tensor/ModelState.h"
#include "tensor/TensorChecks.h"
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <algorithm>
#include <exception>
#include <thread>

namespace gtzan {

namespace {
// Patches per forward pass: one, so the work splits evenly over the workers below and every
// patch goes through the same single-threaded kernels whatever the thread count (results do not
// depend on it). Small passes also keep the timbral convolution's output (about 9 MB per patch)
// under glibc's mmap threshold, so its memory is reused instead of page-faulted afresh.
constexpr int kPatchesPerPass = 1;

Matrix toMatrix(const torch::Tensor &t) {
    const torch::Tensor c = t.contiguous().to(torch::kFloat32);
    Matrix m(int(c.size(0)), int(c.size(1)));
    std::copy(c.data_ptr<float>(), c.data_ptr<float>() + c.numel(), m.data.begin());
    return m;
}

} // namespace

struct MusicnnEmbedder::Impl {
    QString path; // the .h5 it was read from; empty when the weights came from a model file
    QString name; // "MSD_musicnn"
    QString id;
    QStringList tags;
    mutable MusicnnNet net; // forward() is not const in LibTorch; in eval mode it changes nothing
};

const Matrix &MusicnnPatchOutputs::layer(MusicnnLayer l) const {
    switch (l) {
    case MusicnnLayer::Taggram: return taggram;
    case MusicnnLayer::Penultimate: return penultimate;
    case MusicnnLayer::MaxPool: return maxPool;
    case MusicnnLayer::MeanPool: break;
    }
    return meanPool;
}

Matrix &MusicnnPatchOutputs::layer(MusicnnLayer l) { return const_cast<Matrix &>(static_cast<const MusicnnPatchOutputs *>(this)->layer(l)); }

std::vector<float> meanOverPatches(const Matrix &perPatch) {
    std::vector<double> sum(size_t(perPatch.cols), 0.0);
    for (int r = 0; r < perPatch.rows; ++r)
        for (int c = 0; c < perPatch.cols; ++c) sum[size_t(c)] += perPatch.at(r, c);
    std::vector<float> mean(sum.size());
    for (size_t c = 0; c < sum.size(); ++c) mean[c] = perPatch.rows ? float(sum[c] / perPatch.rows) : 0.0f;
    return mean;
}

MusicnnEmbedder MusicnnEmbedder::load(const QString &h5Path) {
    auto impl = std::make_shared<Impl>();
    impl->path = h5Path;
    {
        const Hdf5File file(h5Path); // throws for missing / foreign / damaged files
        impl->net->loadKeras(file);
    }
    impl->id = sha1OfFile(h5Path);
    impl->name = QFileInfo(h5Path).completeBaseName();
    impl->tags = musicnnTagNames(h5Path, musicnnLayerSize(MusicnnLayer::Taggram));
    MusicnnEmbedder e;
    e.m_impl = std::move(impl);
    return e;
}

const QString &MusicnnEmbedder::modelPath() const { return m_impl->path; }
QString MusicnnEmbedder::modelName() const { return m_impl->name; }
const QString &MusicnnEmbedder::modelId() const { return m_impl->id; }
const QStringList &MusicnnEmbedder::tagNames() const { return m_impl->tags; }

MusicnnEmbedder::Identity MusicnnEmbedder::identity() const { return Identity{m_impl->name, m_impl->id, m_impl->tags}; }

std::vector<std::pair<std::string, torch::Tensor>> MusicnnEmbedder::weightTensors() const { return stateTensors(*m_impl->net); }

MusicnnEmbedder MusicnnEmbedder::fromWeights(const Identity &identity, const std::vector<std::pair<std::string, torch::Tensor>> &weights) {
    static const QRegularExpression hex40(QStringLiteral("^[0-9a-f]{40}$"));
    if (identity.name.isEmpty() || identity.name.size() > 64 || !identity.name.contains(QLatin1String("musicnn")))
        throw Error(QStringLiteral("the musicnn weights have no proper name (\"%1\")").arg(identity.name.left(64)));
    if (!hex40.match(identity.sha1).hasMatch()) throw Error(QStringLiteral("the musicnn weights' source checksum is not a SHA-1"));
    const int tagCount = musicnnLayerSize(MusicnnLayer::Taggram);
    if (identity.tags.size() != tagCount)
        throw Error(QStringLiteral("the musicnn weights name %1 tags, the network has %2").arg(identity.tags.size()).arg(tagCount));
    auto impl = std::make_shared<Impl>();
    impl->name = identity.name;
    impl->id = identity.sha1;
    impl->tags = identity.tags;
    auto own = stateTensors(*impl->net);
    if (own.size() != weights.size())
        throw Error(QStringLiteral("it holds %1 musicnn weight tensors, the network has %2").arg(weights.size()).arg(own.size()));
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < own.size(); ++i) {
        const QString name = QString::fromStdString(own[i].first);
        if (weights[i].first != own[i].first)
            throw Error(QStringLiteral("musicnn weight tensor %1 is \"%2\", the network expects \"%3\"")
                            .arg(i)
                            .arg(QString::fromStdString(weights[i].first).left(80), name));
        checkTensorFits(weights[i].second, own[i].second, QStringLiteral("musicnn weight \"%1\"").arg(name));
        own[i].second.copy_(weights[i].second);
    }
    impl->net->prepareInference();
    MusicnnEmbedder e;
    e.m_impl = std::move(impl);
    return e;
}

namespace {
// Runs the calling thread's LibTorch ops on one thread until destroyed. The front end's ops are
// small: on busy cores an OpenMP team's barriers cost ten times the work (measured: 12 ms on one
// thread, 130-320 ms on two under load 5-7).
class SingleThreadedTorch {
public:
    SingleThreadedTorch() : m_threads(std::max(1, at::get_num_threads())) {
        if (m_threads > 1) at::set_num_threads(1);
    }
    ~SingleThreadedTorch() {
        if (m_threads > 1) at::set_num_threads(m_threads);
    }
    SingleThreadedTorch(const SingleThreadedTorch &) = delete;
    SingleThreadedTorch &operator=(const SingleThreadedTorch &) = delete;

private:
    int m_threads;
};

torch::Tensor logMelTensor(const Audio &audio16k) {
    const SingleThreadedTorch oneThread;
    const FeatureSpec spec = MusicnnEmbedder::featureSpec();
    if (audio16k.sampleRate != spec.sampleRate)
        throw Error(QStringLiteral("musicnn needs audio at %1 Hz, got %2 Hz").arg(spec.sampleRate).arg(audio16k.sampleRate));
    return musicnnLogMel(audio16k.samples.data(), audio16k.samples.size(), spec);
}
} // namespace

Matrix MusicnnEmbedder::logMel(const Audio &audio16k) const { return toMatrix(logMelTensor(audio16k).t()); }

MusicnnPatchOutputs MusicnnEmbedder::patchOutputsOfLogMel(const Matrix &logMel) const {
    if (logMel.rows != MusicnnNetImpl::kMelBands || logMel.cols < 1)
        throw Error(QStringLiteral("musicnn needs a 96-band log-mel, got %1 x %2").arg(logMel.rows).arg(logMel.cols));
    const torch::Tensor bandsByFrames = torch::from_blob(const_cast<float *>(logMel.data.data()), {logMel.rows, logMel.cols}, torch::kFloat32);
    return patchOutputsOfFrames(bandsByFrames.t());
}

MusicnnPatchOutputs MusicnnEmbedder::patchOutputsOfFrames(const torch::Tensor &framesByBands) const {
    c10::InferenceMode inference; // no autograd bookkeeping (version counters, views) at all
    // Non-overlapping 187-frame patches, time first; a clip shorter than one patch is zero-padded.
    torch::Tensor frames = framesByBands;
    if (frames.size(0) < kPatchFrames) frames = torch::constant_pad_nd(frames, {0, 0, 0, kPatchFrames - frames.size(0)}, 0.0);
    const int64_t patches = frames.size(0) / kPatchFrames;
    const torch::Tensor batch = frames.narrow(0, 0, patches * kPatchFrames).reshape({patches, kPatchFrames, frames.size(1)}).contiguous();

    // The patches are spread over as many workers as LibTorch has threads, each worker
    // single-threaded: on 2 busy cores one OpenMP team per op waits at a barrier for every
    // small op (measured under load 7: 1 thread 2.1 s, 2 OpenMP threads 7.1 s per 30 s clip),
    // while independent patches need no synchronisation at all.
    // Worker w takes passes w, w + threads, ...: the same passes whatever the thread count.
    const int configuredThreads = std::max(1, at::get_num_threads());
    const int64_t passes = (patches + kPatchesPerPass - 1) / kPatchesPerPass;
    const int threads = int(std::min<int64_t>(configuredThreads, passes));
    std::vector<MusicnnOutputs> results(static_cast<size_t>(passes));
    auto runPasses = [&](int worker) {
        c10::InferenceMode workerInference; // thread-local, like the intra-op thread count
        for (int64_t pass = worker; pass < passes; pass += threads) {
            const int64_t start = pass * kPatchesPerPass;
            results[size_t(pass)] = m_impl->net->forward(batch.narrow(0, start, std::min<int64_t>(kPatchesPerPass, patches - start)));
        }
    };
    if (threads == 1) {
        const SingleThreadedTorch oneThread;
        runPasses(0);
    } else {
        std::vector<std::exception_ptr> errors(static_cast<size_t>(threads));
        std::vector<std::thread> workers;
        for (int w = 0; w < threads; ++w)
            workers.emplace_back([&, w] {
                try {
                    at::set_num_threads(1); // this worker's OpenMP team (and the default of threads started now)
                    runPasses(w);
                } catch (...) {
                    errors[size_t(w)] = std::current_exception();
                }
            });
        for (std::thread &t : workers) t.join();
        at::set_num_threads(configuredThreads); // restore the default for threads started later
        for (const std::exception_ptr &e : errors)
            if (e) std::rethrow_exception(e);
    }
    std::vector<torch::Tensor> tag, pen, mx, mn;
    for (const MusicnnOutputs &o : results) {
        tag.push_back(o.taggram);
        pen.push_back(o.penultimate);
        mx.push_back(o.maxPool);
        mn.push_back(o.meanPool);
    }
    MusicnnPatchOutputs out;
    out.taggram = toMatrix(torch::cat(tag));
    out.penultimate = toMatrix(torch::cat(pen));
    out.maxPool = toMatrix(torch::cat(mx));
    out.meanPool = toMatrix(torch::cat(mn));
    return out;
}

MusicnnPatchOutputs MusicnnEmbedder::patchOutputs(const Audio &audio16k) const { return patchOutputsOfFrames(logMelTensor(audio16k)); }

std::vector<float> MusicnnEmbedder::clipEmbedding(const Audio &audio16k, MusicnnLayer layer) const {
    return meanOverPatches(patchOutputs(audio16k).layer(layer));
}

} // namespace gtzan
