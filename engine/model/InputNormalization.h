#pragma once
#include "dataset/ClipFeatures.h"
#include <QJsonObject>
#include <vector>

namespace gtzan {

// Standardisation fitted on the training clips and stored in the model file, so prediction feeds
// the network exactly what training did: one mean/std for all spectrogram values (dB levels keep
// their relations), one per embedding dimension.
struct InputNormalization {
    float mean = 0.0f;
    float std = 1.0f;
    std::vector<float> embeddingMean;
    std::vector<float> embeddingStd;

    // withSpectrogram false (embedding-only networks): the spectrogram part stays 0 / 1, so the
    // file does not depend on features the network never sees.
    static InputNormalization fit(const std::vector<ClipFeatures> &clips, bool withEmbedding, bool withSpectrogram = true);
    // An embedding as the network sees it: (e - embeddingMean) / embeddingStd per dimension
    // (unchanged when the normalisation has no embedding part of that length).
    std::vector<float> normalizeEmbedding(std::vector<float> e) const;
    QJsonObject toJson() const;
    static InputNormalization fromJson(const QJsonObject &o); // throws gtzan::Error
};

// The clip's embedding: clip.embedding when present, else the mean and standard deviation of
// each band of its features (2 x bands values), the stand-in until musicnn embeddings exist.
std::vector<float> clipEmbedding(const ClipFeatures &clip);
QString clipEmbeddingSource(const ClipFeatures &clip); // "provided" or "band-mean-std"

} // namespace gtzan
