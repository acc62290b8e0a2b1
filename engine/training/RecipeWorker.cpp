#include "training/RecipeWorker.h"
#include "common/Error.h"
#include "training/ModelFile.h"
#include "training/TrainingPreparation.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>

namespace gtzan {

namespace {

RunRecord recordOf(const TrainingRecipe &recipe, const TrainingOutcome &out, double seconds) {
    RunRecord r;
    r.finished = QDateTime::currentDateTime();
    r.id = r.finished.toString(Qt::ISODateWithMs);
    r.recipe = recipe;
    r.seconds = seconds;
    r.keptRun = out.bestRun;
    r.note = out.note;
    std::vector<double> train, validation, test;
    for (const RunResult &run : out.runs) {
        r.history.push_back(run.history);
        for (const EpochReport &e : run.history)
            if (e.epoch == run.bestEpoch) train.push_back(e.trainAccuracy);
        if (run.bestValidationAccuracy >= 0) validation.push_back(run.bestValidationAccuracy);
        if (run.hasTest) test.push_back(run.test.accuracy);
    }
    r.train = SeedSpread::of(train);
    r.validation = SeedSpread::of(validation);
    r.test = SeedSpread::of(test);
    if (out.hasModel() && out.runs[size_t(out.bestRun)].hasTest) {
        r.hasEvaluation = true;
        r.evaluation = out.runs[size_t(out.bestRun)].test;
    }
    return r;
}

} // namespace

RecipeWorker::RecipeWorker(TrainingRecipe recipe, QString modelPath, QObject *parent)
    : QObject(parent), m_recipe(std::move(recipe)), m_modelPath(std::move(modelPath)) {
    qRegisterMetaType<gtzan::BatchReport>();
    qRegisterMetaType<gtzan::EpochReport>();
    qRegisterMetaType<gtzan::RunRecord>();
}

void RecipeWorker::run() {
    try {
        QElapsedTimer clock;
        clock.start();
        PrepareCallbacks prepare;
        prepare.say = [this](const QString &line) { Q_EMIT message(line); };
        prepare.progress = [this](const QString &side, int done, int total) { Q_EMIT preparing(side, done, total); };
        const PreparedTraining prepared = prepareTraining(m_recipe, prepare, &m_cancel);
        Q_EMIT trainingStarted(int(prepared.split.train.size()), int(prepared.split.validation.size()), int(prepared.split.test.size()));
        TrainingCallbacks callbacks;
        callbacks.onBatch = [this](const BatchReport &r) { Q_EMIT batchFinished(r); };
        callbacks.onEpoch = [this](const EpochReport &r) { Q_EMIT epochFinished(r); };
        const TrainingOutcome out = trainModels(prepared.data, m_recipe.model, m_recipe.options, callbacks, &m_cancel);
        RunRecord record = recordOf(m_recipe, out, clock.elapsed() / 1000.0);
        if (out.hasModel() && !out.cancelled && !m_modelPath.isEmpty()) {
            QDir().mkpath(QFileInfo(m_modelPath).absolutePath());
            saveModelFile(m_modelPath, buildTrainedModel(m_recipe, prepared, out));
            record.modelPath = m_modelPath;
        }
        Q_EMIT finished(record, out.cancelled);
    } catch (const Error &e) {
        if (m_cancel.load()) Q_EMIT finished(RunRecord{}, true);
        else Q_EMIT failed(e.message());
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace gtzan
