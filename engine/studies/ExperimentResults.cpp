#include "studies/ExperimentResults.h"
#include <QJsonArray>

namespace gtzan {

namespace {

QJsonObject figureJson(const MeanSd &m) {
    return {{QStringLiteral("mean"), m.n > 0 ? QJsonValue(m.mean) : QJsonValue()},
            {QStringLiteral("sd"), m.n > 1 ? QJsonValue(m.sd) : QJsonValue()},
            {QStringLiteral("n"), m.n}};
}

QJsonValue referenceJson(const std::optional<ReferenceTables::Cell> &cell) {
    if (!cell) return QJsonValue();
    return QJsonArray{(*cell)[0], (*cell)[1], (*cell)[2]};
}

QJsonArray matrixJson(const std::vector<std::vector<double>> &m) {
    QJsonArray rows;
    for (const auto &r : m) {
        QJsonArray row;
        for (double x : r) row.append(x);
        rows.append(row);
    }
    return rows;
}

// A record's accuracy in percent, or nothing when it was not measured.
void addPercent(std::vector<double> &values, const SeedSpread &s) {
    if (s.mean >= 0) values.push_back(s.mean * 100.0);
}

} // namespace

const ResultRow *ExperimentResults::find(const QString &row, const QString &condition) const {
    for (const ResultRow &r : rows)
        if (r.row == row && r.condition == condition) return &r;
    return nullptr;
}

QJsonObject ExperimentResults::toJson() const {
    QJsonArray rowList;
    for (const ResultRow &r : rows)
        rowList.append(QJsonObject{{QStringLiteral("table"), r.table},
                                   {QStringLiteral("model"), r.row},
                                   {QStringLiteral("condition"), r.condition},
                                   {QStringLiteral("seedsPlanned"), r.planned},
                                   {QStringLiteral("train"), figureJson(r.train)},
                                   {QStringLiteral("validation"), figureJson(r.validation)},
                                   {QStringLiteral("test"), figureJson(r.test)},
                                   {QStringLiteral("reference"), referenceJson(r.reference)}});
    QJsonObject o{{QStringLiteral("format"), QStringLiteral("gtzan-experiment-results")},
                  {QStringLiteral("version"), 1},
                  {QStringLiteral("protocol"), protocol},
                  {QStringLiteral("unit"), QStringLiteral("percent")},
                  {QStringLiteral("plannedRuns"), plannedRuns},
                  {QStringLiteral("finishedRuns"), finishedRuns},
                  {QStringLiteral("trainingSeconds"), trainingSeconds},
                  {QStringLiteral("runs"), runs},
                  {QStringLiteral("rows"), rowList}};
    if (bestRow >= 0) {
        const ResultRow &b = rows[size_t(bestRow)];
        o.insert(QStringLiteral("best"), QJsonObject{{QStringLiteral("model"), b.row},
                                                     {QStringLiteral("condition"), b.condition},
                                                     {QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
                                                     {QStringLiteral("confusion"), matrixJson(b.confusion)}});
    }
    return o;
}

ExperimentResults collectResults(const ExperimentPlan &plan, const std::map<QString, RunRecord> &finished, const std::map<QString, QString> &failures,
                                 const ReferenceTables &reference) {
    ExperimentResults res;
    res.protocol = plan.protocol;
    res.plannedRuns = int(plan.runs.size());
    struct Gathered {
        std::vector<double> train, validation, test;
        std::vector<std::vector<double>> confusionSum;
        int withConfusion = 0;
    };
    std::vector<Gathered> gathered;
    for (const PlannedRun &p : plan.runs) {
        size_t index = 0;
        while (index < res.rows.size() && !(res.rows[index].row == p.row && res.rows[index].condition == p.condition)) ++index;
        if (index == res.rows.size()) {
            ResultRow row;
            row.table = p.table;
            row.row = p.row;
            row.condition = p.condition;
            row.reference = reference.cell(p.table, p.row, p.condition);
            res.rows.push_back(row);
            gathered.emplace_back();
        }
        ++res.rows[index].planned;
        Gathered &g = gathered[index];
        QJsonObject runJson{{QStringLiteral("id"), p.id},
                            {QStringLiteral("table"), p.table},
                            {QStringLiteral("model"), p.row},
                            {QStringLiteral("condition"), p.condition},
                            {QStringLiteral("seed"), QString::number(p.seed)},
                            {QStringLiteral("runFile"), QStringLiteral("runs/%1.json").arg(p.id)}};
        const auto it = finished.find(p.id);
        if (it == finished.end()) {
            const auto failure = failures.find(p.id);
            runJson.insert(QStringLiteral("state"), failure == failures.end() ? QStringLiteral("waiting") : QStringLiteral("failed"));
            if (failure != failures.end()) runJson.insert(QStringLiteral("error"), failure->second);
            res.runs.append(runJson);
            continue;
        }
        const RunRecord &r = it->second;
        ++res.finishedRuns;
        res.trainingSeconds += r.seconds;
        addPercent(g.train, r.train);
        addPercent(g.validation, r.validation);
        addPercent(g.test, r.test);
        const auto percentOrNull = [](const SeedSpread &s) { return s.mean >= 0 ? QJsonValue(s.mean * 100.0) : QJsonValue(); };
        runJson.insert(QStringLiteral("state"), QStringLiteral("done"));
        runJson.insert(QStringLiteral("train"), percentOrNull(r.train));
        runJson.insert(QStringLiteral("validation"), percentOrNull(r.validation));
        runJson.insert(QStringLiteral("test"), percentOrNull(r.test));
        runJson.insert(QStringLiteral("seconds"), r.seconds);
        runJson.insert(QStringLiteral("modelPath"), r.modelPath);
        res.runs.append(runJson);
        if (r.hasEvaluation && !r.evaluation.confusion.empty()) {
            if (res.genres.isEmpty()) res.genres = r.evaluation.genres;
            const auto &c = r.evaluation.confusion;
            if (r.evaluation.genres == res.genres) {
                if (g.confusionSum.empty()) g.confusionSum.assign(c.size(), std::vector<double>(c.size(), 0.0));
                for (size_t i = 0; i < c.size() && i < g.confusionSum.size(); ++i)
                    for (size_t j = 0; j < c[i].size() && j < g.confusionSum[i].size(); ++j) g.confusionSum[i][j] += c[i][j];
                ++g.withConfusion;
            }
        }
    }
    double bestTest = -1;
    for (size_t i = 0; i < res.rows.size(); ++i) {
        ResultRow &row = res.rows[i];
        const Gathered &g = gathered[i];
        row.train = meanAndSampleSd(g.train);
        row.validation = meanAndSampleSd(g.validation);
        row.test = meanAndSampleSd(g.test);
        if (g.withConfusion > 0) {
            row.confusion = g.confusionSum;
            for (auto &r : row.confusion)
                for (double &x : r) x /= g.withConfusion;
        }
        // Ties go to the row planned first (the simpler model).
        if (row.test.n > 0 && row.test.mean > bestTest && !row.confusion.empty()) {
            bestTest = row.test.mean;
            res.bestRow = int(i);
        }
    }
    return res;
}

QString percentText(const MeanSd &figure) {
    if (figure.n <= 0) return QStringLiteral("–");
    if (figure.n < 2) return QString::number(figure.mean, 'f', 1);
    return QStringLiteral("%1 ± %2").arg(figure.mean, 0, 'f', 1).arg(figure.sd, 0, 'f', 1);
}

} // namespace gtzan
