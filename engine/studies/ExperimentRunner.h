#pragma once
#include "studies/ExperimentFolder.h"
#include "studies/ExperimentPlan.h"
#include "training/RunHistory.h"
#include "training/TrainingOptions.h"
#include <atomic>
#include <functional>

namespace gtzan {

enum class PlannedRunState { Waiting, Running, Done, Failed };
QString plannedRunStateName(PlannedRunState state); // "waiting", "running", "done", "failed"

// Where a whole experiment stands, after every epoch and every run.
struct ExperimentProgress {
    int total = 0, done = 0, failed = 0; // done counts runs finished earlier too
    QString runningId;                   // empty between runs
    double fraction = 0;                 // 0..1 of the planned work, the running run's epochs included
    double elapsedSeconds = 0;           // of this session
    double etaSeconds = -1;              // to the end, at the pace of the runs timed so far; -1: not known yet
};

// From the thread that runs the experiment; a window forwards them to its own (TaskContext::post).
struct ExperimentCallbacks {
    std::function<void(const QString &line)> say;
    std::function<void(const QString &runId, PlannedRunState state, const QString &detail)> runState;
    std::function<void(const QString &runId, const RunRecord &record)> runFinished; // its file is written
    std::function<void(const QString &runId, const EpochReport &epoch)> onEpoch;
    std::function<void(const ExperimentProgress &progress)> progress;
};

struct ExperimentOutcome {
    int planned = 0, trained = 0, skipped = 0, failed = 0;
    bool cancelled = false;
    double seconds = 0;
    bool complete() const { return !cancelled && failed == 0 && trained + skipped == planned; }
};

// The state of every planned run as the folder shows it now (done, failed, else waiting).
std::map<QString, PlannedRunState> plannedRunStates(const ExperimentPlan &plan, const ExperimentFolder &folder);

// Trains every planned run that has no file in `folder` yet, one after the other on this thread
// (each with the recipe's threads), writing runs/<id>.json as each finishes. The folder must be
// claimed (ExperimentFolder::claim) and is locked for the duration. A run that fails is noted
// (runs/<id>.failed.txt) and the next one goes on; a cancel stops within the running batch and
// loses only that run. Throws gtzan::Error when the folder is taken or cannot be written.
ExperimentOutcome runExperiment(const ExperimentPlan &plan, ExperimentFolder &folder, const ExperimentCallbacks &callbacks = {},
                                const std::atomic_bool *cancel = nullptr);

} // namespace gtzan
