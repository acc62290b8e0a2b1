#include "embedding/MusicnnEmbedder.h"
#include "common/Error.h"
#include "embedding/Hdf5File.h"
#include "embedding/MusicnnFrontEnd.h"
#include "embedding/MusicnnModels.h"
#include "embedding/MusicnnNetwork.h"
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <algorithm>

namespace gtzan {

namespace {
// Patches per forward pass. The timbral convolution's output takes about 9 MB per patch; two
// patches keep it under glibc's mmap threshold, so its memory is reused instead of being mapped
// and page-faulted afresh on every pass (measured: 2 patches 3.0 s, 10 patches 4.3 s per 30 s
// clip on the busy 2-core machine). It also bounds memory for long files.
constexpr int kPatchesPerPass = 2;

Matrix toMatrix(const torch::Tensor &t) {
    const torch::Tensor c = t.contiguous().to(torch::kFloat32);
    Matrix m(int(c.size(0)), int(c.size(1)));
    std::copy(c.data_ptr<float>(), c.data_ptr<float>() + c.numel(), m.data.begin());
    return m;
}

QString sha1OfFile(const QString &path) {
    QFile f(path);
    QCryptographicHash hash(QCryptographicHash::Sha1);
    if (!f.open(QIODevice::ReadOnly) || !hash.addData(&f)) throw Error(QStringLiteral("%1: cannot be read").arg(path));
    return QString::fromLatin1(hash.result().toHex());
}
} // namespace

struct MusicnnEmbedder::Impl {
    QString path;
    QString id;
    QStringList tags;
    mutable MusicnnNet net;   // forward() is not const in LibTorch; in eval mode it changes nothing
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

Matrix &MusicnnPatchOutputs::layer(MusicnnLayer l) {
    return const_cast<Matrix &>(static_cast<const MusicnnPatchOutputs *>(this)->layer(l));
}

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
        const Hdf5File file(h5Path);   // throws for missing / foreign / damaged files
        impl->net->loadKeras(file);
    }
    impl->id = sha1OfFile(h5Path);
    impl->tags = musicnnTagNames(h5Path, musicnnLayerSize(MusicnnLayer::Taggram));
    MusicnnEmbedder e;
    e.m_impl = std::move(impl);
    return e;
}

const QString &MusicnnEmbedder::modelPath() const { return m_impl->path; }
QString MusicnnEmbedder::modelName() const { return QFileInfo(m_impl->path).completeBaseName(); }
const QString &MusicnnEmbedder::modelId() const { return m_impl->id; }
const QStringList &MusicnnEmbedder::tagNames() const { return m_impl->tags; }

namespace {
torch::Tensor logMelTensor(const Audio &audio16k) {
    const FeatureSpec spec = MusicnnEmbedder::featureSpec();
    if (audio16k.sampleRate != spec.sampleRate)
        throw Error(QStringLiteral("musicnn needs audio at %1 Hz, got %2 Hz").arg(spec.sampleRate).arg(audio16k.sampleRate));
    return musicnnLogMel(audio16k.samples.data(), audio16k.samples.size(), spec);
}
} // namespace

Matrix MusicnnEmbedder::logMel(const Audio &audio16k) const {
    return toMatrix(logMelTensor(audio16k).t());
}

MusicnnPatchOutputs MusicnnEmbedder::patchOutputsOfLogMel(const Matrix &logMel) const {
    if (logMel.rows != MusicnnNetImpl::kMelBands || logMel.cols < 1)
        throw Error(QStringLiteral("musicnn needs a 96-band log-mel, got %1 x %2").arg(logMel.rows).arg(logMel.cols));
    const torch::Tensor bandsByFrames = torch::from_blob(const_cast<float *>(logMel.data.data()), {logMel.rows, logMel.cols}, torch::kFloat32);
    return patchOutputsOfFrames(bandsByFrames.t());
}

MusicnnPatchOutputs MusicnnEmbedder::patchOutputsOfFrames(const torch::Tensor &framesByBands) const {
    c10::InferenceMode inference;   // no autograd bookkeeping (version counters, views) at all
    // Non-overlapping 187-frame patches, time first; a clip shorter than one patch is zero-padded.
    torch::Tensor frames = framesByBands;
    if (frames.size(0) < kPatchFrames) frames = torch::constant_pad_nd(frames, {0, 0, 0, kPatchFrames - frames.size(0)}, 0.0);
    const int64_t patches = frames.size(0) / kPatchFrames;
    const torch::Tensor batch = frames.narrow(0, 0, patches * kPatchFrames).reshape({patches, kPatchFrames, frames.size(1)}).contiguous();

    std::vector<torch::Tensor> tag, pen, mx, mn;
    for (int64_t start = 0; start < patches; start += kPatchesPerPass) {
        const MusicnnOutputs o = m_impl->net->forward(batch.narrow(0, start, std::min<int64_t>(kPatchesPerPass, patches - start)));
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

MusicnnPatchOutputs MusicnnEmbedder::patchOutputs(const Audio &audio16k) const {
    return patchOutputsOfFrames(logMelTensor(audio16k));
}

std::vector<float> MusicnnEmbedder::clipEmbedding(const Audio &audio16k, MusicnnLayer layer) const {
    return meanOverPatches(patchOutputs(audio16k).layer(layer));
}

} // namespace gtzan
