#include "studies/RobustnessSweep.h"
#include "common/Error.h"
#include "model/TrainedModel.h"
#include <QFileInfo>
#include <QJsonArray>
#include <cmath>

namespace gtzan {

QString perturbationName(Perturbation p) {
    switch (p) {
    case Perturbation::Tempo: return QStringLiteral("tempo");
    case Perturbation::Pitch: return QStringLiteral("pitch");
    case Perturbation::Noise: return QStringLiteral("noise");
    case Perturbation::Gain: break;
    }
    return QStringLiteral("gain");
}

Perturbation perturbationFromName(const QString &name) {
    for (Perturbation p : {Perturbation::Tempo, Perturbation::Pitch, Perturbation::Noise, Perturbation::Gain})
        if (perturbationName(p) == name.trimmed().toLower()) return p;
    throw Error(QStringLiteral("unknown perturbation \"%1\" (tempo, pitch, noise or gain)").arg(name));
}

QString perturbationUnit(Perturbation p) {
    switch (p) {
    case Perturbation::Tempo: return QStringLiteral("%");
    case Perturbation::Pitch: return QStringLiteral("semitones");
    case Perturbation::Noise: return QStringLiteral("dB SNR");
    case Perturbation::Gain: break;
    }
    return QStringLiteral("dB");
}

std::vector<double> defaultSweepSteps(Perturbation p) {
    switch (p) {
    case Perturbation::Tempo: return {-8, -6, -4, -2, 2, 4, 6, 8};
    case Perturbation::Pitch: return {-2, -1, 1, 2};
    case Perturbation::Noise: return {40, 30, 20, 10};
    case Perturbation::Gain: break;
    }
    return {-12, -6, 6, 12};
}

AugmentationChain perturbationChain(Perturbation p, double strength, uint64_t seed) {
    if (!std::isfinite(strength)) throw Error(QStringLiteral("a sweep step must be a number"));
    AugmentationChain chain;
    chain.name = QStringLiteral("sweep-%1").arg(perturbationName(p));
    chain.seed = seed;
    AugmentStep step;
    step.probability = 1.0;
    switch (p) {
    case Perturbation::Tempo:
        if (std::abs(strength) > 50) throw Error(QStringLiteral("a tempo step must be within ±50 %, not %1").arg(strength));
        step.kind = AugmentKind::Stretch;
        step.min = step.max = 1.0 + strength / 100.0;
        break;
    case Perturbation::Pitch:
        if (std::abs(strength) > 12) throw Error(QStringLiteral("a pitch step must be within ±12 semitones, not %1").arg(strength));
        step.kind = AugmentKind::Pitch;
        step.min = step.max = strength;
        break;
    case Perturbation::Noise:
        if (strength < -20 || strength > 120) throw Error(QStringLiteral("a noise step is an SNR from -20 to 120 dB, not %1").arg(strength));
        step.kind = AugmentKind::Noise;
        step.min = step.max = strength;
        break;
    case Perturbation::Gain:
        if (std::abs(strength) > 40) throw Error(QStringLiteral("a gain step must be within ±40 dB, not %1").arg(strength));
        step.kind = AugmentKind::Gain;
        step.min = step.max = strength;
        break;
    }
    if (strength == 0 && p != Perturbation::Noise) return AugmentationChain{}; // no change at all
    chain.steps.push_back(step);
    return chain;
}

QJsonObject SweepReport::toJson() const {
    QJsonArray a;
    for (const SweepPoint &pt : points) {
        QJsonObject o{{QStringLiteral("accuracy"), pt.accuracy}, {QStringLiteral("clips"), pt.clips}};
        if (pt.none) o.insert(QStringLiteral("strength"), QJsonValue::Null);
        else o.insert(QStringLiteral("strength"), pt.strength);
        o.insert(QStringLiteral("none"), pt.none);
        a.append(o);
    }
    return {{QStringLiteral("perturbation"), perturbationName(perturbation)},
            {QStringLiteral("unit"), perturbationUnit(perturbation)},
            {QStringLiteral("model"), modelName},
            {QStringLiteral("data"), folder},
            {QStringLiteral("points"), a}};
}

QString SweepReport::toCsv() const {
    QString csv = QStringLiteral("perturbation,strength,unit,accuracy,clips\n");
    for (const SweepPoint &pt : points)
        csv +=
            QStringLiteral("%1,%2,%3,%4,%5\n")
                .arg(perturbationName(perturbation), pt.none ? QStringLiteral("none") : QString::number(pt.strength), perturbationUnit(perturbation))
                .arg(pt.accuracy, 0, 'f', 4)
                .arg(pt.clips);
    return csv;
}

SweepReport runRobustnessSweep(const TrainedModel &model, const QString &folder, Perturbation perturbation, const std::vector<double> &steps,
                               const SweepOptions &options) {
    if (steps.empty()) throw Error(QStringLiteral("the sweep has no steps"));
    std::vector<AugmentationChain> chains; // checked before the first evaluation
    for (double s : steps) chains.push_back(perturbationChain(perturbation, s, options.seed));
    SweepReport report;
    report.perturbation = perturbation;
    report.folder = folder;
    report.modelName = model.config.name;
    const int points = int(steps.size()) + 1;
    for (int i = 0; i < points; ++i) {
        FolderEvaluationOptions eval;
        eval.splitFile = options.splitFile;
        eval.cacheDir = options.cacheDir;
        eval.cancel = options.cancel;
        if (i > 0) eval.perturbation = chains[size_t(i - 1)];
        if (options.progress) eval.progress = [&, i](const QString &stage, int done, int total) { options.progress(i, points, stage, done, total); };
        const FolderEvaluation result = evaluateModelOnFolder(model, folder, eval);
        if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("the sweep was cancelled"));
        SweepPoint pt;
        pt.none = i == 0;
        pt.strength = i == 0 ? 0 : steps[size_t(i - 1)];
        pt.accuracy = result.evaluation.accuracy;
        pt.clips = result.clips;
        pt.evaluation = result.evaluation;
        report.points.push_back(std::move(pt));
    }
    return report;
}

} // namespace gtzan
