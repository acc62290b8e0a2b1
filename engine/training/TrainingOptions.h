#pragma once
#include <QJsonObject>
#include <QMetaType>
#include <QString>
#include <cstdint>

namespace gtzan {

// How to train (the reference's defaults: Adam 1e-4, batch 32, validation batch 16, 3 seeds).
struct TrainingOptions {
    int epochs = 30;
    int batchSize = 32;
    int validationBatchSize = 16;
    double learningRate = 1e-4;
    int earlyStopPatience = 0; // stop a run after this many epochs without a better validation; 0 = never
    int seeds = 3;             // independent runs; run k uses seed firstSeed + k
    uint64_t firstSeed = 1;
    QString augment = QStringLiteral("none"); // none | offline | online: recorded in the model file

    QJsonObject toJson() const;
    void validate() const; // throws gtzan::Error
};

// After every training batch.
struct BatchReport {
    int run = 0, runs = 1;
    int epoch = 0, epochs = 1;   // epoch counts from 1
    int batch = 0, batches = 1;  // batch counts from 1
    double loss = 0;             // this batch's mean cross-entropy
    double runningAccuracy = 0;  // segment accuracy over the epoch so far
    double samplesPerSecond = 0; // over the epoch so far
};

// After every epoch (validation figures are -1 without a validation set).
struct EpochReport {
    int run = 0, runs = 1;
    int epoch = 0, epochs = 1;
    double trainLoss = 0, trainAccuracy = 0;
    double validationLoss = -1, validationAccuracy = -1, validationClipAccuracy = -1;
    double epochSeconds = 0;   // this epoch's training pass (batches, without validation)
    double networkSeconds = 0; // of which forward, backward and optimiser step
    double elapsedSeconds = 0; // since the start of all runs
    double etaSeconds = 0;     // to the end of all runs at the pace so far
    bool improved = false;     // these weights are the run's best so far (and are kept)

    QJsonObject toJson() const;
};

} // namespace gtzan

Q_DECLARE_METATYPE(gtzan::BatchReport)
Q_DECLARE_METATYPE(gtzan::EpochReport)
