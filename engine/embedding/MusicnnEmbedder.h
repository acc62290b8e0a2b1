#pragma once
#include "audio/Audio.h"
#include "common/Matrix.h"
#include "dsp/FeatureSpec.h"
#include "embedding/MusicnnLayer.h"
#include <QString>
#include <QStringList>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace at {
class Tensor;
}

namespace gtzan {

// Per-patch outputs of one clip: each matrix has one row per 3 s patch.
struct MusicnnPatchOutputs {
    Matrix taggram;     // patches x 50
    Matrix penultimate; // patches x 200
    Matrix maxPool;     // patches x 753
    Matrix meanPool;    // patches x 753
    const Matrix &layer(MusicnnLayer l) const;
    Matrix &layer(MusicnnLayer l);
    int patches() const { return taggram.rows; }
};

// The mean of a (patches x size) matrix over its rows: a clip embedding.
std::vector<float> meanOverPatches(const Matrix &perPatch);

// Pretrained musicnn, ready to embed audio: the front end (FeatureSpec::musicnn(), 187-frame
// patches) and the network with a Keras .h5's weights. Cheap to copy (shared, immutable);
// its const methods may be called from several threads at once.
class MusicnnEmbedder {
public:
    static constexpr int kPatchFrames = 187;

    // Reads MSD_musicnn.h5 / MTT_musicnn.h5 (see musicnnModelPath()). Throws gtzan::Error when the
    // file is missing, not HDF5, damaged, or not musicnn's weights.
    static MusicnnEmbedder load(const QString &h5Path);

    // Where weights carried inside a model file came from (see ModelFile.h): the .h5's base name,
    // the SHA-1 of that .h5 (so embedding caches are shared with the .h5 it came from) and the
    // 50 tag names, kept with the weights so a file needs nothing beside it.
    struct Identity {
        QString name;     // "MSD_musicnn"
        QString sha1;     // of the original .h5 file, hex
        QStringList tags; // 50 names
    };
    // The network's state tensors (parameters, then batch-norm statistics) with their names, in a
    // stable order: what a model file stores.
    std::vector<std::pair<std::string, at::Tensor>> weightTensors() const;
    // Rebuilds an embedder from weightTensors() values. Checks them as strictly as the .h5 reader:
    // count, names, shapes, dtype, storage size and finiteness. Throws gtzan::Error saying which
    // tensor is wrong (the caller prefixes the file's name).
    static MusicnnEmbedder fromWeights(const Identity &identity, const std::vector<std::pair<std::string, at::Tensor>> &weights);
    Identity identity() const;

    const QString &modelPath() const;
    QString modelName() const;           // the .h5's base name: "MSD_musicnn"
    const QString &modelId() const;      // SHA-1 of the weight file (hex): part of every cache key
    const QStringList &tagNames() const; // the 50 taggram names
    static FeatureSpec featureSpec() { return FeatureSpec::musicnn(); }

    // The network's input: (96 bands x frames) log10(10000 x + 1) mel of 16 kHz audio, computed as
    // the reference does (see MusicnnFrontEnd.h; melFeatures(audio, featureSpec()) agrees to ~5e-4).
    Matrix logMel(const Audio &audio16k) const;
    // All outputs of every non-overlapping 187-frame patch of a log-mel (96 x frames). A clip
    // shorter than one patch is zero-padded to one patch (as musicnn does).
    MusicnnPatchOutputs patchOutputsOfLogMel(const Matrix &logMel) const;
    MusicnnPatchOutputs patchOutputs(const Audio &audio16k) const;
    // The clip embedding: the layer's output averaged over the clip's patches.
    std::vector<float> clipEmbedding(const Audio &audio16k, MusicnnLayer layer) const;

private:
    MusicnnPatchOutputs patchOutputsOfFrames(const at::Tensor &framesByBands) const; // (frames x 96)
    struct Impl;
    std::shared_ptr<const Impl> m_impl;
};

} // namespace gtzan
