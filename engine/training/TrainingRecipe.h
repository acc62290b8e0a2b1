#pragma once
#include "models/ModelConfig.h"
#include "training/TrainingOptions.h"
#include <QJsonObject>
#include <QString>

namespace gtzan {

// Everything that defines a training run short of the weights: the data, the split, the
// features, the augmentation, the network and how to train it. The CLI (gtzan-cli train) and the
// GUI's training dashboard both fill one of these and hand it to prepareTraining() /
// buildTrainedModel() (TrainingPreparation.h), so both run the same code. A plain struct on
// purpose: add a field, its toJson/fromJson line and (if needed) a validate() check.
// Deliberately free of torch headers (GUI code includes it).
struct TrainingRecipe {
    // How the clips are split into train / (validation) / test.
    enum class SplitKind {
        LastPerGenre, // the last testPerGenre clips of each genre (id order) are test (0: no test)
        Fraction,     // stratified, seeded (options.firstSeed) test share testFraction
        Files,        // trainSplitFile + testSplitFile (+ validationSplitFile)
        Folder        // a folder with train*.txt, test*.txt, optional valid*.txt (../shared/data/splits/*)
    };

    QString dataFolder;                          // GTZAN folder (genres/, genres_original/ or genre folders)
    QString genreSet = QStringLiteral("gct634"); // a name genreSet() knows: gct634 (8) or all (10)
    SplitKind splitKind = SplitKind::LastPerGenre;
    int testPerGenre = 0;
    double testFraction = 0;
    QString trainSplitFile, validationSplitFile, testSplitFile;
    QString splitFolder;
    int validationPerGenre = 0;                       // carved from train (seeded) unless the split has a validation side
    QString featurePreset = QStringLiteral("gct634"); // FeatureSpec::preset name
    double segmentSeconds = 4.0;                      // 0: whole clips
    // The augmentation mode (none | offline | online) is options.augment; this is the chain it uses.
    QString augmentChain = QStringLiteral("gct634"); // AugmentationChain::preset name
    ModelConfig model;                               // name (+ backbone); shapes are completed from the data
    TrainingOptions options;                         // options.firstSeed also seeds the split and the augmentation draws
    // The clip embedding of embed_mlp / fusion: "none" (per-band mean and sd), "msd" or "mtt"
    // (pretrained musicnn, the layer below averaged over the clip's patches; cached in
    // <cacheDir>/musicnn, or the user's embedding cache when cacheDir is empty).
    QString embedding = QStringLiteral("none");
    QString embeddingLayer = QStringLiteral("max_pool"); // a musicnnLayerNames() name
    // Tempo and onset figures (aubio, rhythmFeatures) appended to the musicnn embedding: the
    // reference report's suggestion against country taken for pop. Needs embedding msd or mtt.
    bool rhythm = false;
    // k-fold cross-validation after training (0: none; else 2..20 folds): meant for a model
    // trained on every clip (no test side), whose honest accuracy and calibration come from
    // out-of-fold predictions (CrossValidation.h).
    int crossValidationFolds = 0;
    QString cacheDir; // feature cache; empty: none
    // A note kept in the model file on how it was made (e.g. the command), shown in the model
    // information.
    QString provenance;
    // Leave wall-clock times out of the model file and record clip paths relative to the data
    // folder's parent: the same recipe gives the same file, from the window or the CLI, anywhere.
    bool reproducible = false;
    int threads = 0; // LibTorch threads; <= 0: leave as configured

    QJsonObject toJson() const;                           // the recipe's one JSON form (gtzan-cli train --recipe, the Train tab's Save recipe...)
    static TrainingRecipe fromJson(const QJsonObject &o); // missing fields keep their defaults; throws gtzan::Error on bad values
    void validate() const;                                // throws gtzan::Error naming what is wrong

    static QString splitKindName(SplitKind kind);            // "last-per-genre", "fraction", "files", "folder"
    static SplitKind splitKindFromName(const QString &name); // throws gtzan::Error
    // For tables: "cnn1d", "gct634 4 s" / "gct634 whole clips", "none" / "offline gct634".
    QString modelLabel() const;
    // The split every accuracy of this recipe comes from, for a person: "random clip-level
    // (stratified, 20% test, seed 1)", "fault-filtered (artist-filtered lists: fault-filtered)",
    // "split lists: gct634-8genre", "split files: test.txt", "last 2 clips of each genre".
    QString splitLabel() const;
    QString featuresLabel() const;
    QString augmentationLabel() const;
};

} // namespace gtzan
