#include "embedding/MusicnnNetwork.h"
#include "common/Error.h"
#include "embedding/Hdf5File.h"
#include <QRegularExpression>

namespace gtzan {

namespace F = torch::nn::functional;

namespace {
constexpr double kEpsilon = 0.001; // Keras BatchNormalization's default, used by every BN in musicnn

torch::nn::BatchNorm2d bn2d(int channels) { return torch::nn::BatchNorm2d(torch::nn::BatchNorm2dOptions(channels).eps(kEpsilon)); }
torch::nn::BatchNorm1d bn1d(int channels) { return torch::nn::BatchNorm1d(torch::nn::BatchNorm1dOptions(channels).eps(kEpsilon)); }

// TensorFlow "same" padding in time for a stride-1 kernel of k frames: (k-1)/2 before, the rest after.
torch::Tensor padSameInTime(const torch::Tensor &x, int k) {
    const int before = (k - 1) / 2;
    return F::pad(x, F::PadFuncOptions({0, 0, before, k - 1 - before}));
}

// Conv + ReLU + BN, then the max over all remaining frequency positions: (B, C, T).
// BN(ReLU(.)) is never materialised at full size (it would be the network's largest tensors, and
// as costly to fill as the convolution itself): in eval mode BN is a per-channel affine map,
// increasing where gamma >= 0 and decreasing elsewhere, and ReLU is increasing, so the maximum of
// BN(ReLU(z)) over frequency is BN(ReLU(max z)) in the first channels and BN(ReLU(min z)) in the
// others. And min z = -max(-z), where -z is the convolution with that channel's kernel and bias
// negated (exactly so: IEEE rounding is symmetric), so one convolution with the folded kernels
// (MusicnnNetImpl::prepareInference), one max over frequency and a sign flip give those values
// to the last bit, with no min, no select, and the conv output read once.
torch::Tensor frontBranch(const MusicnnNetImpl::FoldedConv &conv, torch::nn::BatchNorm2d &bn, const torch::Tensor &x) {
    const torch::Tensor z = torch::conv2d(x, conv.weight, conv.bias, /*stride=*/1, conv.padding); // (B, C, T, F)
    return bn(torch::relu(z.amax(3).mul_(conv.sign)).unsqueeze(3)).squeeze(3);
}

// Reads the Keras variables of one layer: model_weights/<layer>/<layer>/<var>[_N]:0.
class KerasWeights {
public:
    explicit KerasWeights(const Hdf5File &file) : m_file(file) {
        if (!file.hasObject(QStringLiteral("model_weights")))
            throw Error(QStringLiteral("%1: not a Keras weight file (it has no \"model_weights\" group)").arg(file.path()));
    }

    torch::Tensor read(const QString &layer, const QString &var, const std::vector<int64_t> &expectedShape) const {
        const QString group = QStringLiteral("model_weights/%1/%1").arg(layer);
        if (!m_file.hasObject(group))
            throw Error(QStringLiteral("%1: not a musicnn weight file: it lacks the layer \"%2\"").arg(m_file.path(), layer));
        static const QRegularExpression suffix(QStringLiteral("(_\\d+)?:\\d+$"));
        for (const QString &child : m_file.childNames(group)) {
            QString base = child;
            base.remove(suffix);
            if (base != var) continue;
            Hdf5Array a = m_file.readFloats(group + QLatin1Char('/') + child);
            if (a.shape != expectedShape) {
                QStringList got, want;
                for (auto d : a.shape) got << QString::number(d);
                for (auto d : expectedShape) want << QString::number(d);
                throw Error(QStringLiteral("%1: the weights \"%2/%3\" have shape (%4), musicnn needs (%5)")
                                .arg(m_file.path(), layer, var, got.join(QStringLiteral(", ")), want.join(QStringLiteral(", "))));
            }
            return torch::from_blob(a.data.data(), a.shape, torch::kFloat32).clone();
        }
        throw Error(QStringLiteral("%1: not a musicnn weight file: the layer \"%2\" has no \"%3\"").arg(m_file.path(), layer, var));
    }

private:
    const Hdf5File &m_file;
};

void copyInto(torch::Tensor &target, const torch::Tensor &source) {
    TORCH_CHECK(target.sizes() == source.sizes(), "internal: musicnn weight shape mismatch");
    target.copy_(source);
}

template <typename BN> void loadBatchNorm(BN &bn, const KerasWeights &w, const QString &layer, int64_t channels) {
    const std::vector<int64_t> shape{channels};
    copyInto(bn->weight, w.read(layer, QStringLiteral("gamma"), shape));
    copyInto(bn->bias, w.read(layer, QStringLiteral("beta"), shape));
    copyInto(bn->running_mean, w.read(layer, QStringLiteral("moving_mean"), shape));
    copyInto(bn->running_var, w.read(layer, QStringLiteral("moving_variance"), shape));
}

// Keras Conv2D kernel (H, W, in, out) -> LibTorch (out, in, H, W).
void loadConv2d(torch::nn::Conv2d &conv, const KerasWeights &w, const QString &layer, int64_t h, int64_t wd, int64_t out) {
    copyInto(conv->weight, w.read(layer, QStringLiteral("kernel"), {h, wd, 1, out}).permute({3, 2, 0, 1}));
    copyInto(conv->bias, w.read(layer, QStringLiteral("bias"), {out}));
}

// The mid-end's Keras Conv2D kernel (7, C_in, 1, 64) slides over (time, channel-as-width) with
// a full-width kernel: a Conv1d over time whose weight is (64, C_in, 7).
void loadMidend(torch::nn::Conv1d &conv, const KerasWeights &w, const QString &layer, int64_t in) {
    copyInto(conv->weight, w.read(layer, QStringLiteral("kernel"), {7, in, 1, 64}).squeeze(2).permute({2, 1, 0}));
    copyInto(conv->bias, w.read(layer, QStringLiteral("bias"), {64}));
}

// Keras Dense kernel (in, out) -> LibTorch (out, in).
void loadDense(torch::nn::Linear &dense, const KerasWeights &w, const QString &layer, int64_t in, int64_t out) {
    copyInto(dense->weight, w.read(layer, QStringLiteral("kernel"), {in, out}).t());
    copyInto(dense->bias, w.read(layer, QStringLiteral("bias"), {out}));
}
} // namespace

MusicnnNetImpl::MusicnnNetImpl() {
    using torch::nn::Conv1dOptions;
    using torch::nn::Conv2dOptions;
    m_bnInput = register_module("bn_input", bn2d(1));
    // Timbral: time padded by 3 on both sides, "valid" in frequency.
    m_timbral38 = register_module("timbral38", torch::nn::Conv2d(Conv2dOptions(1, 204, {7, 38}).padding({3, 0})));
    m_timbral67 = register_module("timbral67", torch::nn::Conv2d(Conv2dOptions(1, 204, {7, 67}).padding({3, 0})));
    // Temporal: "same" padding in time, applied by hand in forward (asymmetric for even kernels).
    m_temporal128 = register_module("temporal128", torch::nn::Conv2d(Conv2dOptions(1, 51, {128, 1})));
    m_temporal64 = register_module("temporal64", torch::nn::Conv2d(Conv2dOptions(1, 51, {64, 1})));
    m_temporal32 = register_module("temporal32", torch::nn::Conv2d(Conv2dOptions(1, 51, {32, 1})));
    m_bnTimbral38 = register_module("bn_timbral38", bn2d(204));
    m_bnTimbral67 = register_module("bn_timbral67", bn2d(204));
    m_bnTemporal128 = register_module("bn_temporal128", bn2d(51));
    m_bnTemporal64 = register_module("bn_temporal64", bn2d(51));
    m_bnTemporal32 = register_module("bn_temporal32", bn2d(51));
    m_mid1 = register_module("midend_conv1", torch::nn::Conv1d(Conv1dOptions(561, 64, 7).padding(3)));
    m_mid2 = register_module("midend_conv2", torch::nn::Conv1d(Conv1dOptions(64, 64, 7).padding(3)));
    m_mid3 = register_module("midend_conv3", torch::nn::Conv1d(Conv1dOptions(64, 64, 7).padding(3)));
    m_bnMid1 = register_module("bn_midend_conv1", bn1d(64));
    m_bnMid2 = register_module("bn_midend_conv2", bn1d(64));
    m_bnMid3 = register_module("bn_midend_conv3", bn1d(64));
    m_bnFlatpool = register_module("bn_flatpool", bn1d(1506));
    m_dense = register_module("dense", torch::nn::Linear(1506, 200));
    m_bnDense = register_module("bn_dense", bn1d(200));
    m_dense1 = register_module("dense_1", torch::nn::Linear(200, 50));
}

MusicnnOutputs MusicnnNetImpl::forward(const torch::Tensor &patches) {
    TORCH_CHECK(patches.dim() == 3 && patches.size(2) == kMelBands, "musicnn takes (batch, frames, 96) patches");
    const torch::Tensor x = m_bnInput(patches.unsqueeze(1)); // (B, 1, T, 96)

    TORCH_CHECK(m_folded[0].weight.defined(), "internal: musicnn's prepareInference() was not called after loading");
    const torch::Tensor front =
        torch::cat({frontBranch(m_folded[0], m_bnTimbral38, x), frontBranch(m_folded[1], m_bnTimbral67, x),
                    frontBranch(m_folded[2], m_bnTemporal128, padSameInTime(x, 128)), frontBranch(m_folded[3], m_bnTemporal64, padSameInTime(x, 64)),
                    frontBranch(m_folded[4], m_bnTemporal32, padSameInTime(x, 32))},
                   1); // (B, 561, T)

    const torch::Tensor c1 = m_bnMid1(torch::relu(m_mid1(front)));
    const torch::Tensor c2 = m_bnMid2(torch::relu(m_mid2(c1))) + c1;
    const torch::Tensor c3 = m_bnMid3(torch::relu(m_mid3(c2))) + c2;
    const torch::Tensor h = torch::cat({front, c1, c2, c3}, 1); // (B, 753, T)

    MusicnnOutputs out;
    out.maxPool = h.amax(2);
    out.meanPool = h.mean(2);
    // Keras concatenates max and mean on a last axis and flattens: [max_0, mean_0, max_1, ...].
    const torch::Tensor flat = torch::stack({out.maxPool, out.meanPool}, 2).reshape({h.size(0), 2 * h.size(1)});
    out.penultimate = m_bnDense(torch::relu(m_dense(m_bnFlatpool(flat))));
    out.taggram = torch::sigmoid(m_dense1(out.penultimate));
    return out;
}

void MusicnnNetImpl::prepareInference() {
    torch::NoGradGuard noGrad;
    auto fold = [](const torch::nn::Conv2d &conv, const torch::nn::BatchNorm2d &bn) {
        const torch::Tensor sign = (bn->weight >= 0).to(torch::kFloat32) * 2 - 1; // +1 / -1 per channel
        FoldedConv f;
        f.weight = (conv->weight * sign.view({-1, 1, 1, 1})).contiguous();
        f.bias = conv->bias * sign;
        f.sign = sign.view({1, -1, 1});
        const auto &padding = conv->options.padding();
        const auto *explicitPadding = c10::get_if<torch::ExpandingArray<2>>(&padding);
        TORCH_CHECK(explicitPadding, "internal: musicnn's front-end convolutions have explicit padding");
        f.padding = {(**explicitPadding)[0], (**explicitPadding)[1]};
        return f;
    };
    m_folded = {fold(m_timbral38, m_bnTimbral38), fold(m_timbral67, m_bnTimbral67), fold(m_temporal128, m_bnTemporal128),
                fold(m_temporal64, m_bnTemporal64), fold(m_temporal32, m_bnTemporal32)};
    eval();
}

void MusicnnNetImpl::loadKeras(const Hdf5File &file) {
    const KerasWeights w(file);
    torch::NoGradGuard noGrad;
    loadBatchNorm(m_bnInput, w, QStringLiteral("batch_normalization"), 1);
    loadConv2d(m_timbral38, w, QStringLiteral("conv2d"), 7, 38, 204);
    loadConv2d(m_timbral67, w, QStringLiteral("conv2d_1"), 7, 67, 204);
    loadConv2d(m_temporal128, w, QStringLiteral("conv2d_2"), 128, 1, 51);
    loadConv2d(m_temporal64, w, QStringLiteral("conv2d_3"), 64, 1, 51);
    loadConv2d(m_temporal32, w, QStringLiteral("conv2d_4"), 32, 1, 51);
    loadBatchNorm(m_bnTimbral38, w, QStringLiteral("batch_normalization_1"), 204);
    loadBatchNorm(m_bnTimbral67, w, QStringLiteral("batch_normalization_2"), 204);
    loadBatchNorm(m_bnTemporal128, w, QStringLiteral("batch_normalization_3"), 51);
    loadBatchNorm(m_bnTemporal64, w, QStringLiteral("batch_normalization_4"), 51);
    loadBatchNorm(m_bnTemporal32, w, QStringLiteral("batch_normalization_5"), 51);
    loadMidend(m_mid1, w, QStringLiteral("midend_conv1"), 561);
    loadMidend(m_mid2, w, QStringLiteral("midend_conv2"), 64);
    loadMidend(m_mid3, w, QStringLiteral("midend_conv3"), 64);
    loadBatchNorm(m_bnMid1, w, QStringLiteral("bn_midend_conv1"), 64);
    loadBatchNorm(m_bnMid2, w, QStringLiteral("bn_midend_conv2"), 64);
    loadBatchNorm(m_bnMid3, w, QStringLiteral("bn_midend_conv3"), 64);
    loadBatchNorm(m_bnFlatpool, w, QStringLiteral("bn_flatpool"), 1506);
    loadDense(m_dense, w, QStringLiteral("dense"), 1506, 200);
    loadBatchNorm(m_bnDense, w, QStringLiteral("bn_dense"), 200);
    loadDense(m_dense1, w, QStringLiteral("dense_1"), 200, 50);
    // Non-finite weights would silently poison every embedding.
    for (const auto &p : parameters())
        if (!torch::isfinite(p).all().item<bool>())
            throw Error(QStringLiteral("%1: the weights contain NaN or infinite values (damaged file?)").arg(file.path()));
    prepareInference();
}

} // namespace gtzan
