#pragma once
#include "dsp/FeatureSpec.h"
#include "model/InputNormalization.h"
#include "model/PredictionTrust.h"
#include "models/ModelConfig.h"
#include <QJsonObject>
#include <QStringList>
#include <memory>

namespace gtzan {

class GenreNetImpl;    // models/GenreNet.h: LibTorch, which this header keeps out of the GUI and the CLI
class MusicnnEmbedder; // embedding/MusicnnEmbedder.h

// Everything a model file holds: the network and all it takes to use and explain it.
struct TrainedModel {
    ModelConfig config;
    QStringList genres; // class k of the network is genres[k]
    FeatureSpec spec;   // the features the network was trained on
    InputNormalization normalization;
    QString embeddingSource;     // embed_mlp / fusion: "band-mean-std" or "provided"; else empty
    QJsonObject dataset;         // data set and split identity (folder, split files, clip counts)
    QJsonObject training;        // options, per-run history, mean and spread over seeds
    QJsonObject evaluation;      // Evaluation::toJson of the test set (or of the cross-validation); empty when none
    QJsonObject crossValidation; // k-fold figures when the model was cross-validated; empty otherwise
    TrustRules trust;            // calibration and the "unsure" rules (defaults for older files)
    // musicnn-embedding models: the pretrained weights the embedding was computed with, carried in
    // the model file so prediction needs no .h5 beside it. Null for other models (and for files
    // written before format version 2, which find the .h5 through musicnnModelPath()).
    std::shared_ptr<const MusicnnEmbedder> musicnn;
    // The network (a GenreNet's module: GenreNet(model) wraps it for LibTorch's calls); null when
    // there is none, e.g. a training cancelled before its first epoch.
    std::shared_ptr<GenreNetImpl> model;
};

} // namespace gtzan
