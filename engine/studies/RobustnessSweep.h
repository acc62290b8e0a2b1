#pragma once
#include "training/FolderEvaluation.h"
#include <QJsonObject>
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

struct TrainedModel;

// Is it a "horse" (Sturm 2014)? A model's accuracy on a folder against the strength of one
// perturbation of the audio, through the augmentation engine: a system that knows genre should
// not care about a 4 % tempo change; one that learned a confound may swing widely.
enum class Perturbation { Tempo, Pitch, Noise, Gain };

struct SweepPoint {
    double strength = 0; // tempo: %, pitch: semitones, noise: SNR dB, gain: dB; the "none" point: 0 (noise: no noise)
    bool none = false;   // the unperturbed evaluation
    double accuracy = 0;
    int clips = 0;
    Evaluation evaluation;
};

struct SweepReport {
    Perturbation perturbation = Perturbation::Tempo;
    QString modelName, folder;
    std::vector<SweepPoint> points; // the "none" point first, then the steps in the order given
    QJsonObject toJson() const;
    QString toCsv() const; // "perturbation,strength,unit,accuracy,clips", one line per point
};

QString perturbationName(Perturbation p);               // "tempo", "pitch", "noise", "gain"
Perturbation perturbationFromName(const QString &name); // throws gtzan::Error
QString perturbationUnit(Perturbation p);               // "%", "semitones", "dB SNR", "dB"
std::vector<double> defaultSweepSteps(Perturbation p);  // tempo ±2/4/6/8 %, pitch ±1/2, noise 40/30/20/10 dB, gain ±6/12 dB
// The chain that applies one step to every clip (seeded, so noise is the same on every run).
// Strength 0 of tempo, pitch and gain is no perturbation at all (an empty chain).
AugmentationChain perturbationChain(Perturbation p, double strength, uint64_t seed = 1);

struct SweepOptions {
    QString splitFile; // evaluate only the clips it lists (e.g. a test split)
    QString cacheDir;  // the unperturbed point's feature cache; perturbed features are cached by their draw
    uint64_t seed = 1;
    const std::atomic_bool *cancel = nullptr;
    std::function<void(int point, int points, const QString &stage, int done, int total)> progress;
};

// Evaluates `model` on `folder` unperturbed, then at every step (evaluateModelOnFolder with the
// step's chain). Throws gtzan::Error (bad steps, cancelled, no clips).
SweepReport runRobustnessSweep(const TrainedModel &model, const QString &folder, Perturbation perturbation, const std::vector<double> &steps,
                               const SweepOptions &options = {});

} // namespace gtzan
