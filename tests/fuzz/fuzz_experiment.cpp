// libFuzzer harness: an experiment's run files (OUT/runs/<id>.json, written by gtzan-cli train
// --run-json on any machine of a cluster and read back by reproduce --report-only), through
// studies/ExperimentFolder.h readExperimentRun, then the tables and the report built from the
// run (ExperimentResults, ExperimentReport); the same bytes as the reference tables' layout
// (ReferenceTables::fromJson). Only gtzan::Error may escape.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "studies/ExperimentFolder.h"
#include "studies/ExperimentReport.h"
#include "studies/ExperimentResults.h"
#include "studies/ReferenceTables.h"
#include <QJsonDocument>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(data), int(size));
    try {
        const gtzan::ExperimentRunFile run = gtzan::readExperimentRun(fuzzsupport::writeInput(data, size, QStringLiteral(".json")));
        gtzan::ExperimentPlan plan;
        plan.protocol = QStringLiteral("quick");
        plan.seeds = 1;
        plan.epochs = 1;
        gtzan::PlannedRun planned;
        planned.id = run.runId;
        planned.table = QStringLiteral("table1");
        planned.row = QStringLiteral("cnn2d");
        planned.condition = QStringLiteral("segmentation");
        planned.recipe = run.record.recipe;
        plan.runs.push_back(planned);
        const std::map<QString, gtzan::RunRecord> finished{{run.runId, run.record}};
        const gtzan::ExperimentResults results = gtzan::collectResults(plan, finished);
        (void)results.toJson();
        (void)gtzan::experimentReportHtml(plan, results, finished, gtzan::ReportContext{});
    } catch (const gtzan::Error &) {}
    const QJsonDocument doc = QJsonDocument::fromJson(bytes);
    if (doc.isObject()) try {
            const gtzan::ReferenceTables t = gtzan::ReferenceTables::fromJson(doc.object());
            (void)t.cell(QStringLiteral("table1"), QStringLiteral("cnn2d"), QStringLiteral("original"));
            (void)t.cell(QStringLiteral("table2"), QStringLiteral("vgg16"), QStringLiteral("augmentation+segmentation"));
        } catch (const gtzan::Error &) {}
    return 0;
}
