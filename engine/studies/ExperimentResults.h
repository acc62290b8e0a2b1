#pragma once
#include "common/Statistics.h"
#include "studies/ExperimentPlan.h"
#include "studies/ReferenceTables.h"
#include "training/RunHistory.h"
#include <QJsonArray>
#include <QJsonObject>
#include <map>
#include <optional>
#include <vector>

namespace gtzan {

// One cell of the tables: a model under a condition, over the seeds that have finished.
// Accuracies in percent, as the reference gives them.
struct ResultRow {
    QString table, row, condition;
    int planned = 0;                // seeds planned
    MeanSd train, validation, test; // n = seeds finished
    std::optional<ReferenceTables::Cell> reference;
    std::vector<std::vector<double>> confusion; // mean over the finished seeds (clips); empty when none has a test evaluation
};

struct ExperimentResults {
    QString protocol;
    int plannedRuns = 0, finishedRuns = 0;
    QStringList genres;          // of the confusion matrices
    std::vector<ResultRow> rows; // in the plan's order of cells
    int bestRow = -1;            // the row with the highest mean test accuracy; -1: none yet
    double trainingSeconds = 0;  // sum of the finished runs' wall times
    QJsonArray runs;             // per planned run: id, cell, seed, state, accuracies, seconds, model and run file

    const ResultRow *find(const QString &row, const QString &condition) const;
    // {protocol, plannedRuns, finishedRuns, runs: [...], rows: [{table, model, condition, train, validation,
    //  test: {mean, sd, n}, reference: [train, validation, test] | null}], best: {...}, trainingSeconds}
    QJsonObject toJson() const;
};

// Gathers the finished runs (ExperimentFolder::finishedRuns) into the tables' cells.
ExperimentResults collectResults(const ExperimentPlan &plan, const std::map<QString, RunRecord> &finished,
                                 const std::map<QString, QString> &failures = {}, const ReferenceTables &reference = ReferenceTables::gct634());

// The figure as the report and the tables print it: "61.3 ± 4.2" (sd left out for n < 2), "–" for none.
QString percentText(const MeanSd &figure);

} // namespace gtzan
