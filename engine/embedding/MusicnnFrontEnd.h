#pragma once
#include "dsp/FeatureSpec.h"
#include <torch/torch.h>

namespace gtzan {

// musicnn's input features, (frames x nMels) float32: power mel spectrogram, float16 round trip,
// log10(10000 x + 1), as FeatureSpec::musicnn() describes (Slaney mel scale and area norm).
//
// Why not melFeatures()? Its FFTW spectrum agrees with the reference to ~1e-6 relative, but the
// float16 round trip turns such differences into whole half-precision steps (~5e-4 relative) in
// about 0.1% of the cells, and the network amplifies those to ~3e-3 in max_pool, over the 1e-3
// the golden test allows. The reference front end is LibTorch's STFT and matmul (torchaudio);
// doing the same here (also for the filterbank, see the .cpp) reproduces it bit for bit.
torch::Tensor musicnnLogMel(const float *samples, size_t n, const FeatureSpec &spec);

} // namespace gtzan
