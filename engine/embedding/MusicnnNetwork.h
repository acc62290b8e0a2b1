#pragma once
#include <array>
#include <torch/torch.h>
#include <vector>

namespace gtzan {

class Hdf5File;

// The four outputs of musicnn for a batch of patches, each (batch x size).
struct MusicnnOutputs {
    torch::Tensor taggram;     // 50, sigmoid tag probabilities
    torch::Tensor penultimate; // 200
    torch::Tensor maxPool;     // 753
    torch::Tensor meanPool;    // 753
};

// musicnn (Pons & Serra 2019) exactly as ../shared/models/musicnn/SPEC.md describes it, in
// LibTorch's (batch, channel, time, freq) layout. Inference only: call eval() (load does).
class MusicnnNetImpl : public torch::nn::Module {
public:
    static constexpr int kPatchFrames = 187;
    static constexpr int kMelBands = 96;

    MusicnnNetImpl();
    // patches: (batch, 187, 96) log-mel, time first, as the Keras model takes them.
    MusicnnOutputs forward(const torch::Tensor &patches);
    // Copies the weights of a Keras HDF5 file (MSD_musicnn.h5 / MTT_musicnn.h5) into the module,
    // transposing kernels to LibTorch's layout. Throws gtzan::Error when the file is not a musicnn
    // weight file or a shape does not match.
    void loadKeras(const Hdf5File &file);
    // Derives what forward() runs on from the weights now in place (the front end's folded
    // kernels, see frontBranch in the .cpp) and switches to eval mode. loadKeras calls it; call it
    // after copying weights in any other way.
    void prepareInference();

    // A front-end convolution whose decreasing-BN channels have their kernel and bias negated.
    struct FoldedConv {
        torch::Tensor weight, bias;
        torch::Tensor sign; // (1, C, 1): +1 or -1, undoes the negation after the max
        std::vector<int64_t> padding;
    };

private:
    std::array<FoldedConv, 5> m_folded; // timbral38, timbral67, temporal128, temporal64, temporal32
    torch::nn::BatchNorm2d m_bnInput{nullptr};
    torch::nn::Conv2d m_timbral38{nullptr}, m_timbral67{nullptr};
    torch::nn::Conv2d m_temporal128{nullptr}, m_temporal64{nullptr}, m_temporal32{nullptr};
    torch::nn::BatchNorm2d m_bnTimbral38{nullptr}, m_bnTimbral67{nullptr};
    torch::nn::BatchNorm2d m_bnTemporal128{nullptr}, m_bnTemporal64{nullptr}, m_bnTemporal32{nullptr};
    torch::nn::Conv1d m_mid1{nullptr}, m_mid2{nullptr}, m_mid3{nullptr};
    torch::nn::BatchNorm1d m_bnMid1{nullptr}, m_bnMid2{nullptr}, m_bnMid3{nullptr};
    torch::nn::BatchNorm1d m_bnFlatpool{nullptr};
    torch::nn::Linear m_dense{nullptr};
    torch::nn::BatchNorm1d m_bnDense{nullptr};
    torch::nn::Linear m_dense1{nullptr};
};
TORCH_MODULE(MusicnnNet);

} // namespace gtzan
