#pragma once
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gtzan {

// What it takes to rebuild a network: its zoo name and the shapes it was built for.
// Stored in every model file so loading can rebuild the architecture and check the weights.
struct ModelConfig {
    // What validate() accepts: GTZAN has 10 genres, musicnn's largest layer 753 values, a 600 s
    // segment at 16 kHz and hop 512 about 19 k frames; these leave room for other data sets.
    static constexpr int kMaxClasses = 256;
    static constexpr int kMaxBands = 512;
    static constexpr int kMaxFrames = 32768;
    static constexpr int kMaxEmbeddingDim = 65536;

    QString name = QStringLiteral("cnn1d"); // a name from modelNames()
    int numClasses = 8;
    int nMels = 96;                                // input bands (channels of the 1D nets, image height of the 2D nets)
    int frames = 125;                              // input frames of one segment
    int embeddingDim = 0;                          // length of the clip embedding (embed_mlp, fusion); 0 = none
    QString backbone = QStringLiteral("resnet34"); // fusion only: the spectrogram network

    bool usesSpectrogram() const;
    bool usesEmbedding() const; // takes a clip embedding (embed_mlp, fusion)
    bool usesBackbone() const;  // wraps another spectrogram network, `backbone` (fusion)
    // A TorchScript model from elsewhere ("torchscript": spectrogram segments in, logits out). It
    // is valid but not in modelNames(): nothing here trains one.
    bool isScripted() const;
    static inline const QString kScriptedName = QStringLiteral("torchscript");
    // What the named model takes, without building a config: for set-up panels and the CLI.
    static ModelConfig named(const QString &modelName);

    QJsonObject toJson() const;
    static ModelConfig fromJson(const QJsonObject &o); // throws gtzan::Error on a missing/invalid field
    void validate() const;                             // throws gtzan::Error when inconsistent
};

// Every name the zoo builds, in a stable order.
QStringList modelNames();

} // namespace gtzan
