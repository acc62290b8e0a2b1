#pragma once
#include "training/TrainingRecipe.h"
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace gtzan {

// One training of an experiment: one cell of the reference's tables (a model under a condition)
// with one seed. The recipe trains exactly one seed (options.seeds 1, options.firstSeed = seed).
struct PlannedRun {
    QString id;        // file-name safe and unique in the plan: "t1-cnn2d-segmentation-s2"
    QString table;     // "table1" or "table2": where the reference has this model
    QString row;       // the reference's row name: "cnn2d", "fusion cnn2d+MSD", "vgg16"
    QString condition; // "original", "augmentation", "segmentation", "augmentation+segmentation"
    uint64_t seed = 1;
    TrainingRecipe recipe;
};

// What a person asks for: `gtzan-cli reproduce`'s options and the Experiments view's fields.
struct ExperimentRequest {
    QString protocol = QStringLiteral("quick"); // experimentProtocolNames()
    QString dataFolder;
    int seeds = 0;       // 0: the protocol's own (gct634: 3, quick: 2)
    int epochs = 0;      // 0: the protocol's own (gct634: 30, quick: 20)
    int threads = 0;     // LibTorch threads per run; <= 0: all cores
    QString cacheDir;    // feature and embedding cache shared by the runs; empty: <out>/cache
    QString splitFolder; // gct634: the folder holding train.txt and test.txt; empty: the shared gct634-8genre lists
};

// A protocol turned into runs, in the order they are trained: seed by seed, each seed in the
// reference's row order.
struct ExperimentPlan {
    QString protocol;
    int seeds = 0, epochs = 0;
    QString dataFolder; // absolute, clean
    std::vector<PlannedRun> runs;

    const PlannedRun *find(const QString &id) const;
    // What makes two plans the same experiment: protocol, seeds, epochs and every run's recipe as
    // its identity (runIdentity). Where the data folder is is not part of it (the folder's manifest
    // compares the clips themselves), so a moved or remounted data set resumes its experiment.
    QJsonObject identity() const;
};

QStringList experimentProtocolNames(); // "gct634", "quick"
// The reference's conditions, in its column order.
QStringList experimentConditions();

// Plans the runs of a protocol. Throws gtzan::Error for an unknown protocol, a missing data folder
// or split lists, or seeds / epochs out of range (1..10, 1..1000).
ExperimentPlan planExperiment(const ExperimentRequest &request);

// A recipe as the experiment compares it: its JSON without threads, cache or data folder, and the
// split lists named by their contents' digest rather than their paths. Two runs with equal
// identities (on equal clips) trained the same thing.
QJsonObject runIdentity(const TrainingRecipe &recipe);

// The first difference between two identities, for a person ("seeds: 2 here, 3 in the folder"),
// empty when equal.
QString identityDifference(const QJsonObject &here, const QJsonObject &there);
// The first key whose value differs between two recipes' identities (a key on one side only
// counts), empty when they are equal.
QString firstDifferentKey(const QJsonObject &a, const QJsonObject &b);

} // namespace gtzan
