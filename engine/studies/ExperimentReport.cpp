#include "studies/ExperimentReport.h"
#include "Version.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "studies/ExperimentFolder.h"
#include "tensor/TorchRuntime.h"
#include <QDateTime>
#include <QJsonDocument>
#include <QSysInfo>
#include <QThread>
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {

QString esc(const QString &s) { return s.toHtmlEscaped(); }

const char *const kSides[] = {"train", "validation", "test"};

const MeanSd &side(const ResultRow &r, int k) { return k == 0 ? r.train : k == 1 ? r.validation : r.test; }

// Our figure, the reference's and the difference, for one side of one cell.
QString cellHtml(const ResultRow *row, const QString &rowName, const QString &condition, int k, const std::optional<ReferenceTables::Cell> &ref) {
    QString html;
    const QString key = esc(QStringLiteral("%1|%2|%3").arg(rowName, condition, QLatin1String(kSides[k])));
    if (!row) {
        html += QStringLiteral("<td class=\"none\">%1</td>")
                    .arg(ref ? QStringLiteral("<span class=\"ref\">ref %1</span>").arg((*ref)[size_t(k)], 0, 'f', 1) : QStringLiteral("·"));
        return html;
    }
    const MeanSd &m = side(*row, k);
    html += QStringLiteral("<td><span class=\"ours\" data-cell=\"%1\">%2</span>").arg(key, esc(percentText(m)));
    if (ref) {
        html += QStringLiteral("<br><span class=\"ref\">ref %1</span>").arg((*ref)[size_t(k)], 0, 'f', 1);
        if (m.n > 0) {
            const double d = m.mean - (*ref)[size_t(k)];
            html += QStringLiteral(" <span class=\"%1\">%2%3</span>")
                        .arg(d >= 0 ? QStringLiteral("up") : QStringLiteral("down"), d >= 0 ? QStringLiteral("+") : QStringLiteral("−"))
                        .arg(std::abs(d), 0, 'f', 1);
        }
    }
    return html + QStringLiteral("</td>");
}

QString tableHtml(const QString &table, const QStringList &rowNames, const QStringList &conditions, const ExperimentResults &results,
                  const ReferenceTables &reference) {
    QString html = QStringLiteral("<table class=\"results\" id=\"%1\"><thead><tr><th rowspan=\"2\">model</th>").arg(table);
    for (const QString &c : conditions) html += QStringLiteral("<th colspan=\"3\">%1</th>").arg(esc(c));
    html += QStringLiteral("</tr><tr>");
    for (int i = 0; i < conditions.size(); ++i) html += QStringLiteral("<th>train</th><th>val</th><th>test</th>");
    html += QStringLiteral("</tr></thead><tbody>");
    for (const QString &rowName : rowNames) {
        html += QStringLiteral("<tr><th class=\"rowname\">%1</th>").arg(esc(rowName));
        for (const QString &c : conditions) {
            const ResultRow *row = results.find(rowName, c);
            const auto ref = reference.cell(table, rowName, c);
            for (int k = 0; k < 3; ++k) html += cellHtml(row, rowName, c, k, ref);
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</tbody></table>");
}

QString confusionHtml(const QString &id, const QStringList &genres, const std::vector<std::vector<double>> &m, int decimals) {
    double peak = 0;
    for (const auto &r : m)
        for (double x : r) peak = std::max(peak, x);
    QString html = QStringLiteral("<table class=\"confusion\" id=\"%1\"><tr><th>true \\ predicted</th>").arg(id);
    for (const QString &g : genres) html += QStringLiteral("<th>%1</th>").arg(esc(g.left(4)));
    html += QStringLiteral("</tr>");
    for (size_t i = 0; i < m.size(); ++i) {
        html += QStringLiteral("<tr><th>%1</th>").arg(esc(i < size_t(genres.size()) ? genres[int(i)] : QString()));
        for (size_t j = 0; j < m[i].size(); ++j) {
            const double share = peak > 0 ? m[i][j] / peak : 0;
            const QString colour = i == j ? QStringLiteral("40,140,80") : QStringLiteral("200,60,50");
            html += QStringLiteral("<td style=\"background: rgba(%1,%2)\">%3</td>")
                        .arg(colour)
                        .arg(m[i][j] > 0 ? 0.12 + 0.7 * share : 0.0, 0, 'f', 2)
                        .arg(m[i][j] > 0 ? QString::number(m[i][j], 'f', decimals) : QStringLiteral("·"));
        }
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

double accuracyOf(const std::vector<std::vector<double>> &m) {
    double diag = 0, all = 0;
    for (size_t i = 0; i < m.size(); ++i)
        for (size_t j = 0; j < m[i].size(); ++j) (i == j ? diag : all) += m[i][j];
    return diag + all > 0 ? 100.0 * diag / (diag + all) : 0;
}

// One run's curves: training (segment) accuracy and validation accuracy per epoch, 0..100 %.
QString curvesSvg(const std::vector<EpochReport> &epochs) {
    const double w = 220, h = 110, left = 26, bottom = 16, top = 6, right = 6;
    const double plotW = w - left - right, plotH = h - top - bottom;
    const int n = int(epochs.size());
    const auto x = [&](int i) { return left + (n > 1 ? plotW * i / (n - 1) : plotW / 2); };
    const auto y = [&](double accuracy) { return top + plotH * (1.0 - std::clamp(accuracy, 0.0, 1.0)); };
    QString svg = QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%2\" viewBox=\"0 0 %1 %2\">").arg(w).arg(h);
    svg += QStringLiteral("<rect x=\"%1\" y=\"%2\" width=\"%3\" height=\"%4\" fill=\"#fafafa\" stroke=\"#ccc\"/>")
               .arg(left)
               .arg(top)
               .arg(plotW)
               .arg(plotH);
    for (int pct : {0, 50, 100})
        svg += QStringLiteral("<text x=\"2\" y=\"%1\" font-size=\"9\" fill=\"#666\">%2</text>").arg(y(pct / 100.0) + 3, 0, 'f', 1).arg(pct);
    svg += QStringLiteral("<text x=\"%1\" y=\"%2\" font-size=\"9\" fill=\"#666\">epoch 1–%3</text>").arg(left).arg(h - 3).arg(n);
    const auto line = [&](bool validation, const char *colour) {
        QString points;
        for (int i = 0; i < n; ++i) {
            const double a = validation ? epochs[size_t(i)].validationAccuracy : epochs[size_t(i)].trainAccuracy;
            if (a < 0) continue;
            points += QStringLiteral("%1,%2 ").arg(x(i), 0, 'f', 1).arg(y(a), 0, 'f', 1);
        }
        if (!points.isEmpty())
            svg += QStringLiteral("<polyline fill=\"none\" stroke=\"%1\" stroke-width=\"1.5\" points=\"%2\"/>")
                       .arg(QLatin1String(colour), points.trimmed());
    };
    line(false, "#1f77b4");
    line(true, "#d62728");
    for (int i = 0; i < n; ++i)
        if (epochs[size_t(i)].improved && epochs[size_t(i)].validationAccuracy >= 0)
            svg += QStringLiteral("<circle cx=\"%1\" cy=\"%2\" r=\"2\" fill=\"#d62728\"/>")
                       .arg(x(i), 0, 'f', 1)
                       .arg(y(epochs[size_t(i)].validationAccuracy), 0, 'f', 1);
    return svg + QStringLiteral("</svg>");
}

QStringList rowsOf(const ExperimentPlan &plan, const QString &table) {
    QStringList rows;
    for (const PlannedRun &r : plan.runs)
        if (r.table == table && !rows.contains(r.row)) rows.append(r.row);
    return rows;
}

const char *const kStyle = R"(
body { font-family: "DejaVu Sans", Arial, sans-serif; margin: 24px 32px; color: #222; max-width: 1500px; }
h1 { font-size: 22px; margin-bottom: 4px; } h2 { font-size: 17px; margin-top: 28px; border-bottom: 1px solid #ddd; }
table { border-collapse: collapse; font-size: 12px; margin: 8px 0; }
th, td { border: 1px solid #ddd; padding: 3px 6px; text-align: center; vertical-align: top; }
th.rowname { text-align: left; white-space: nowrap; } thead th { background: #f2f2f2; }
.ours { font-weight: bold; } .ref { color: #777; } .up { color: #2a7d3f; } .down { color: #b23a2e; }
td.none { background: #fafafa; color: #bbb; }
.meta td, .meta th { text-align: left; } .curves { display: flex; flex-wrap: wrap; gap: 10px; }
.curve { font-size: 11px; border: 1px solid #eee; padding: 4px; } .side { display: flex; gap: 32px; flex-wrap: wrap; }
.legend span { margin-right: 14px; } .note { background: #fff8e5; border: 1px solid #f0dca0; padding: 8px 12px; font-size: 13px; }
)";

} // namespace

QByteArray experimentReportHtml(const ExperimentPlan &plan, const ExperimentResults &results, const std::map<QString, RunRecord> &finished,
                                const ReportContext &context, const ReferenceTables &reference) {
    QString h;
    h +=
        QStringLiteral(
            "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>GTZAN Explorer: %1 protocol</title><style>%2</style></head><body>")
            .arg(esc(plan.protocol), QLatin1String(kStyle));
    h += QStringLiteral("<h1>The reference report reproduced: %1 protocol</h1>").arg(esc(plan.protocol));
    h += QStringLiteral("<p>%1 of %2 planned runs finished (%3 seeds, %4 epochs each). Accuracies in percent; ours as mean ± sd over the "
                        "finished seeds, the reference's (%5) in grey, then ours minus the reference's.</p>")
             .arg(results.finishedRuns)
             .arg(results.plannedRuns)
             .arg(plan.seeds)
             .arg(plan.epochs)
             .arg(esc(reference.source().section(QLatin1Char(':'), 0, 0)));

    const TrainingRecipe *first = plan.runs.empty() ? nullptr : &plan.runs.front().recipe;
    h += QStringLiteral("<table class=\"meta\">");
    const auto meta = [&](const QString &k, const QString &v) { h += QStringLiteral("<tr><th>%1</th><td>%2</td></tr>").arg(esc(k), esc(v)); };
    meta(QStringLiteral("data"), QStringLiteral("%1 (%2 clips of 8 genres; digest %3)")
                                     .arg(plan.dataFolder)
                                     .arg(context.dataIdentity.value(QStringLiteral("clips")).toInt())
                                     .arg(context.dataIdentity.value(QStringLiteral("digest")).toString().left(12)));
    if (first) {
        meta(QStringLiteral("split"),
             first->splitLabel() +
                 QStringLiteral(", %1 validation clip(s) per genre carved from train (seeded per run)").arg(first->validationPerGenre));
        meta(QStringLiteral("features"), QStringLiteral("%1 mel spectrogram; whole clips in the original and augmentation columns, 4 s "
                                                        "segments in the segmentation columns (a test clip's verdict aggregates its segments)")
                                             .arg(first->featurePreset));
        meta(QStringLiteral("training"), QStringLiteral("Adam, lr %1, batch %2 (validation and test %3), %4 epochs, the best-validation "
                                                        "checkpoint; augmentation columns: one offline copy per training clip (%5 chain)")
                                             .arg(first->options.learningRate)
                                             .arg(first->options.batchSize)
                                             .arg(first->options.validationBatchSize)
                                             .arg(first->options.epochs)
                                             .arg(first->augmentChain));
    }
    meta(QStringLiteral("program"), QStringLiteral("GTZAN Explorer %1").arg(context.programVersion));
    meta(QStringLiteral("machine"), context.machine);
    meta(QStringLiteral("training time"), QStringLiteral("%1 over %2 runs (%3 per run)")
                                              .arg(clockText(results.trainingSeconds))
                                              .arg(results.finishedRuns)
                                              .arg(clockText(results.finishedRuns ? results.trainingSeconds / results.finishedRuns : 0)));
    meta(QStringLiteral("generated"), context.generated);
    h += QStringLiteral("</table>");

    const QStringList t1 = rowsOf(plan, QStringLiteral("table1")), t2 = rowsOf(plan, QStringLiteral("table2"));
    if (!t1.isEmpty()) {
        h += QStringLiteral("<h2>Table 1: models and conditions</h2>");
        h += tableHtml(QStringLiteral("table1"), t1, experimentConditions(), results, reference);
    }
    if (!t2.isEmpty()) {
        h += QStringLiteral("<h2>Table 2: VGG and ResNet, augmentation + segmentation</h2>");
        h += tableHtml(QStringLiteral("table2"), t2, {QStringLiteral("augmentation+segmentation")}, results, reference);
    }

    h += QStringLiteral("<h2>Table 3: the best model's confusion matrix</h2><div class=\"side\">");
    if (results.bestRow >= 0) {
        const ResultRow &best = results.rows[size_t(results.bestRow)];
        h += QStringLiteral("<div><p><b>Ours</b>: %1, %2 (test %3 %, mean over %4 seed(s); clip counts)</p>%5</div>")
                 .arg(esc(best.row), esc(best.condition), esc(percentText(best.test)))
                 .arg(best.test.n)
                 .arg(confusionHtml(QStringLiteral("confusion-ours"), results.genres, best.confusion, 1));
    } else {
        h += QStringLiteral("<div><p><b>Ours</b>: no run with a test evaluation has finished yet.</p></div>");
    }
    h += QStringLiteral("<div><p><b>Reference</b>: fusion resnet34+MSD, augmentation+segmentation (accuracy %1 %)</p>%2</div></div>")
             .arg(accuracyOf(reference.confusion()), 0, 'f', 0)
             .arg(confusionHtml(QStringLiteral("confusion-reference"), reference.confusionGenres(), reference.confusion(), 1));

    h += QStringLiteral("<h2>Curves of every run</h2><p class=\"legend\"><span style=\"color:#1f77b4\">━ training accuracy (segments)</span>"
                        "<span style=\"color:#d62728\">━ validation accuracy</span> ● a new best (the kept weights)</p><div class=\"curves\">");
    for (const PlannedRun &p : plan.runs) {
        const auto it = finished.find(p.id);
        if (it == finished.end() || it->second.history.empty()) continue;
        h += QStringLiteral("<div class=\"curve\">%1<br>%2</div>")
                 .arg(esc(QStringLiteral("%1, %2, seed %3").arg(p.row, p.condition).arg(p.seed)), curvesSvg(it->second.history.front()));
    }
    h += QStringLiteral("</div>");

    h +=
        QStringLiteral("<h2>What differs from the reference</h2><div class=\"note\"><ul>"
                       "<li><b>The split.</b> The reference drew its validation clips with a StratifiedShuffleSplit; here they are drawn per seed "
                       "from the training side with the same count per genre, and the test side is the fixed list above. %1</li>"
                       "<li><b>No ImageNet.</b> The reference fine-tuned ImageNet-pretrained VGG and ResNet (Table 2 and the ResNet34 fusion); here "
                       "every network starts from random weights, so those rows are expected to fall short.</li>"
                       "<li><b>CPU and the numbers.</b> Training ran on %2; the reference used a GPU and librosa 0.8 features. Our mel "
                       "spectrogram follows its settings (window 1024, hop 512), but no two feature pipelines agree to the last bit.</li>"
                       "<li><b>Few seeds.</b> With %3 seed(s) a spread of several points is the noise of the experiment, not a difference of method; "
                       "the reference's own figures come from 3.</li></ul></div>")
            .arg(plan.protocol == QLatin1String("quick")
                     ? QStringLiteral("The quick protocol runs on the 50-clip sample: 3 training, 1 validation and 1 test clip per genre, a few "
                                      "epochs. Its figures show that the pipeline works, not what it reaches on GTZAN.")
                     : QStringLiteral("The test list is the reference's size (150 clips) but not necessarily its clips."),
                 esc(context.machine))
            .arg(plan.seeds);
    h += QStringLiteral("</body></html>\n");
    return h.toUtf8();
}

ReportContext reportContextFor(const ExperimentPlan &plan) {
    ReportContext c;
    c.dataIdentity = experimentDataIdentity(plan.dataFolder);
    c.programVersion = QStringLiteral(GTZAN_VERSION);
    c.machine = QStringLiteral("%1, %2 cores, LibTorch on %3")
                    .arg(QSysInfo::prettyProductName())
                    .arg(std::max(1, QThread::idealThreadCount()))
                    .arg(QLatin1String(activeDeviceName()));
    c.generated = QDateTime::currentDateTime().toString(Qt::ISODate);
    return c;
}

ExperimentResults writeExperimentReport(const ExperimentPlan &plan, const ExperimentFolder &folder, QStringList *problems) {
    const std::map<QString, RunRecord> finished = folder.finishedRuns(plan, problems);
    std::map<QString, QString> failures;
    for (const PlannedRun &r : plan.runs)
        if (!finished.count(r.id)) {
            const QString why = folder.failureOf(r.id);
            if (!why.isEmpty()) failures[r.id] = why;
        }
    const ExperimentResults results = collectResults(plan, finished, failures);
    const QByteArray html = experimentReportHtml(plan, results, finished, reportContextFor(plan));
    writeExperimentFile(folder.resultsPath(), QJsonDocument(results.toJson()).toJson(QJsonDocument::Indented), QStringLiteral("the results"),
                        ExperimentFileMode::Export);
    writeExperimentFile(folder.reportPath(), html, QStringLiteral("the report"), ExperimentFileMode::Export);
    return results;
}

} // namespace gtzan
