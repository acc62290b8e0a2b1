#include "embedding/MusicnnFrontEnd.h"
#include "common/Error.h"
#include "dsp/MelFilterbank.h"
#include <cmath>
#include <map>
#include <mutex>
#include <tuple>

namespace gtzan {

namespace {
// torchaudio.functional.melscale_fbanks(norm="slaney", mel_scale="slaney") in LibTorch ops:
// (nBins x nMels). The engine's MelFilterbank computes the same triangles, but its exp() is the C
// library's, one float ulp off torch's vectorised exp() at 6 of the 98 band edges: enough to
// flip a few float16 roundings. Built once per setting and shared read-only.
torch::Tensor filterbankTensor(const FeatureSpec &spec) {
    using Key = std::tuple<int, int, int, double, double>;
    static std::mutex m;
    static std::map<Key, torch::Tensor> cache;
    std::lock_guard<std::mutex> lock(m);
    torch::Tensor &fb = cache[Key(spec.sampleRate, spec.nFft, spec.nMels, spec.fmin, spec.fmax)];
    if (!fb.defined()) {
        torch::NoGradGuard noGrad;
        constexpr double kFsp = 200.0 / 3.0, kMinLogHz = 1000.0, kMinLogMel = kMinLogHz / kFsp;
        const double logStep = std::log(6.4) / 27.0;
        const torch::Tensor allFreqs = torch::linspace(0, spec.sampleRate / 2, spec.nFft / 2 + 1);
        const torch::Tensor melPts = torch::linspace(hzToMel(spec.fmin), hzToMel(spec.fmax), spec.nMels + 2);
        torch::Tensor fPts = kFsp * melPts;
        const torch::Tensor logPart = melPts >= kMinLogMel;
        fPts.index_put_({logPart}, kMinLogHz * torch::exp(logStep * (melPts.index({logPart}) - kMinLogMel)));
        const torch::Tensor fDiff = fPts.slice(0, 1) - fPts.slice(0, 0, -1);
        const torch::Tensor slopes = fPts.unsqueeze(0) - allFreqs.unsqueeze(1);
        const torch::Tensor down = (-1.0 * slopes.slice(1, 0, -2)) / fDiff.slice(0, 0, -1);
        const torch::Tensor up = slopes.slice(1, 2) / fDiff.slice(0, 1);
        fb = torch::max(torch::zeros(1), torch::min(down, up));
        const torch::Tensor enorm = 2.0 / (fPts.slice(0, 2, spec.nMels + 2) - fPts.slice(0, 0, spec.nMels));
        fb = (fb * enorm.unsqueeze(0)).contiguous();
    }
    return fb;
}
} // namespace

torch::Tensor musicnnLogMel(const float *samples, size_t n, const FeatureSpec &spec) {
    spec.validate();
    if (n == 0) throw Error(QStringLiteral("musicnn was given no audio"));
    if (n <= size_t(spec.nFft / 2)) throw Error(QStringLiteral("musicnn needs more than %1 samples of audio, got %2").arg(spec.nFft / 2).arg(n));
    torch::NoGradGuard noGrad;
    const torch::Tensor wave = torch::from_blob(const_cast<float *>(samples), {1, int64_t(n)}, torch::kFloat32);
    const torch::Tensor window = torch::hann_window(spec.winLength, torch::TensorOptions().dtype(torch::kFloat32));
    // torchaudio.functional.spectrogram: |STFT|^2 (abs, then pow), centred with reflect padding.
    const torch::Tensor stft = torch::stft(wave, spec.nFft, spec.hop, spec.winLength, window, /*center=*/true,
                                           /*pad_mode=*/"reflect", /*normalized=*/false, /*onesided=*/true,
                                           /*return_complex=*/true);
    const torch::Tensor power = stft[0].abs().pow(2.0); // (bins, frames)
    // torchaudio.transforms.MelScale, with the same operand layout so BLAS rounds the same way.
    torch::Tensor mel = torch::matmul(power.transpose(-1, -2), filterbankTensor(spec)); // (frames, mels)
    if (spec.float16RoundTrip) mel = mel.to(torch::kHalf).to(torch::kFloat32);
    switch (spec.scale) {
    case FeatureSpec::Scale::Log10Plus1: mel = torch::log10(10000 * mel + 1); break;
    case FeatureSpec::Scale::Power: break;
    case FeatureSpec::Scale::Decibel: throw Error(QStringLiteral("musicnn's front end does not compute decibels"));
    }
    return mel.contiguous();
}

} // namespace gtzan
