#include "model/SegmentInput.h"
#include "common/Error.h"
#include <algorithm>
#include <cstring>

namespace gtzan {

ModelInput segmentInput(const std::vector<const Matrix *> &features, const std::vector<int> &startFrames,
                        const std::vector<const std::vector<float> *> &embeddings, const ModelConfig &config, const InputNormalization &norm) {
    ModelInput in;
    const int64_t b = int64_t(startFrames.size());
    if (config.usesSpectrogram()) {
        const int bands = config.nMels, frames = config.frames;
        in.spectrogram = torch::zeros({b, bands, frames});
        float *out = in.spectrogram.data_ptr<float>();
        const float scale = 1.0f / norm.std;
        for (int64_t i = 0; i < b; ++i) {
            const Matrix &m = *features[size_t(i)];
            const int start = std::clamp(startFrames[size_t(i)], 0, m.cols);
            const int n = std::min(frames, m.cols - start);
            for (int r = 0; r < bands; ++r) {
                const float *src = m.row(r) + start;
                float *dst = out + (i * bands + r) * frames;
                for (int c = 0; c < n; ++c) dst[c] = (src[c] - norm.mean) * scale;
            }
        }
    }
    if (config.usesEmbedding()) {
        const int d = config.embeddingDim;
        in.embedding = torch::empty({b, d});
        float *out = in.embedding.data_ptr<float>();
        for (int64_t i = 0; i < b; ++i) {
            const std::vector<float> &e = *embeddings[size_t(i)];
            if (int(e.size()) != d) throw Error(QStringLiteral("an embedding of %1 values where the model takes %2").arg(e.size()).arg(d));
            std::memcpy(out + i * d, e.data(), sizeof(float) * size_t(d));
        }
    }
    return in;
}

} // namespace gtzan
