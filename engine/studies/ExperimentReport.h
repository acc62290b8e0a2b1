#pragma once
#include "studies/ExperimentPlan.h"
#include "studies/ExperimentResults.h"
#include "training/RunHistory.h"
#include <QByteArray>
#include <QJsonObject>
#include <map>

namespace gtzan {

// What the report says about where and with what it was made.
struct ReportContext {
    QJsonObject dataIdentity; // experimentDataIdentity()
    QString programVersion;
    QString machine;   // "Debian GNU/Linux 12 (bookworm), 2 cores, LibTorch CPU"
    QString generated; // when, ISO 8601
};

// The experiment's report as one self-contained HTML page (no scripts, no external files; the
// curves are inline SVG): Tables 1 and 2 in the reference's layout (ours as mean ± sd, the
// reference's figure and the difference), the best model's mean confusion matrix beside Table 3,
// every run's curves, the split, the data set, the program and machine, the time, and what
// differs from the reference. Every figure of ours is a cell with data-cell="row|condition|side"
// whose text is percentText() of results.json's figure.
QByteArray experimentReportHtml(const ExperimentPlan &plan, const ExperimentResults &results, const std::map<QString, RunRecord> &finished,
                                const ReportContext &context, const ReferenceTables &reference = ReferenceTables::gct634());

// This program, this machine, now (the data identity is read from the folder).
ReportContext reportContextFor(const ExperimentPlan &plan);

class ExperimentFolder;
// What the CLI and the Experiments view call after (or instead of) training: gathers the runs the
// folder holds, writes results.json and report.html atomically and returns the results.
// `problems` gets a line per run file that was not taken. Throws gtzan::Error when it cannot write.
ExperimentResults writeExperimentReport(const ExperimentPlan &plan, const ExperimentFolder &folder, QStringList *problems = nullptr);

} // namespace gtzan
