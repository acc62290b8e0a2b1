#pragma once
#include "dsp/FeatureSpec.h"
#include "models/GenreNet.h"
#include "training/InputNormalization.h"
#include <QJsonObject>
#include <QStringList>

namespace gtzan {

// Everything a model file holds: the network and all it takes to use and explain it.
struct TrainedModel {
    ModelConfig config;
    QStringList genres;                 // class k of the network is genres[k]
    FeatureSpec spec;                   // the features the network was trained on
    InputNormalization normalization;
    QString embeddingSource;            // embed_mlp / fusion: "band-mean-std" or "provided"; else empty
    QJsonObject dataset;                // data set and split identity (folder, split files, clip counts)
    QJsonObject training;               // options, per-run history, mean and spread over seeds
    QJsonObject evaluation;             // Evaluation::toJson of the test set; empty when none
    GenreNet model{nullptr};
};

} // namespace gtzan
