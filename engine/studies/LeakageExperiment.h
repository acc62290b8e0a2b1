#pragma once
#include "dataset/ClipFeatures.h"
#include "training/Evaluation.h"
#include "training/TrainingOptions.h"
#include "training/TrainingRecipe.h"
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// GTZAN's leakage, shown: the same model trained and tested three ways (Sturm 2013; Kereliuk,
// Sturm & Larsen 2015). A split that puts slices of one recording, or one artist, on both sides
// measures memory of the recording, not knowledge of the genre.
//  (a) "segments": every clip cut into segments first, the segments split at random: slices of
//      one clip train and test;
//  (b) "clips": the clips split at random (stratified, seeded), then cut: a clip is on one side;
//  (c) "filtered": the artist-filtered / fault-filtered split (its list folder), where the
//      folder holds its clips.
struct LeakageArm {
    QString key;       // "segments", "clips", "filtered"
    QString splitName; // "random segment-level", "random clip-level", "fault-filtered"
    bool ran = false;
    QString notRunBecause; // when !ran
    int trainItems = 0, testItems = 0;
    QString items; // what was split and tested: "segments" or "clips"
    double testAccuracy = -1;
    Evaluation test;
    double seconds = 0;
    QJsonObject toJson() const;
};

struct LeakageReport {
    QString dataFolder;
    QString model;
    std::vector<LeakageArm> arms; // (a), (b), (c), in that order
    QJsonObject toJson() const;
    // Two or three sentences for a person: what each arm shares across the split, and what the
    // difference between the figures means.
    static QString explanation();
};

struct LeakageRequest {
    TrainingRecipe recipe;       // data, model, features, options; its split and augmentation are the experiment's
    double testFraction = 0.2;   // (a) and (b)
    QString filteredSplitFolder; // (c): train*/valid*/test* lists; empty or missing: (c) is not run
};

struct LeakageCallbacks {
    std::function<void(const QString &line)> say;                         // progress for a person
    std::function<void(int arm, const EpochReport &)> onEpoch;            // arm 0..2
    std::function<void(int arm, const LeakageArm &result)> onArmFinished; // as each arm ends
};

// Runs the three trainings (each options.seeds runs; the figure is their mean test accuracy).
// The model must take segments of a spectrogram (segmentSeconds > 0, not an embedding-only
// model). Throws gtzan::Error (also when cancelled).
LeakageReport runLeakageExperiment(const LeakageRequest &request, const LeakageCallbacks &callbacks = {}, const std::atomic_bool *cancel = nullptr);

// Every clip of `clips` (originals only) cut into non-overlapping segments of segmentFrames, each
// a ClipFeatures of its own ("blues/blues.00000#3"), for a split that does not respect clips.
std::vector<ClipFeatures> clipsAsSegments(const std::vector<ClipFeatures> &clips, int segmentFrames);

} // namespace gtzan
