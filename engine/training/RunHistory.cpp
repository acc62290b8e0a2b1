#include "training/RunHistory.h"
#include "common/Error.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <algorithm>
#include <cmath>

namespace gtzan {

namespace {

// EpochReport::toJson's fields back (validation figures stay -1 when absent).
EpochReport epochFromJson(const QJsonObject &o) {
    EpochReport e;
    e.run = o.value(QStringLiteral("run")).toInt();
    e.epoch = o.value(QStringLiteral("epoch")).toInt();
    e.trainLoss = o.value(QStringLiteral("trainLoss")).toDouble();
    e.trainAccuracy = o.value(QStringLiteral("trainAccuracy")).toDouble();
    e.validationLoss = o.value(QStringLiteral("validationLoss")).toDouble(-1);
    e.validationAccuracy = o.value(QStringLiteral("validationAccuracy")).toDouble(-1);
    e.validationClipAccuracy = o.value(QStringLiteral("validationClipAccuracy")).toDouble(-1);
    e.epochSeconds = o.value(QStringLiteral("epochSeconds")).toDouble();
    e.networkSeconds = o.value(QStringLiteral("networkSeconds")).toDouble();
    e.elapsedSeconds = o.value(QStringLiteral("elapsedSeconds")).toDouble();
    e.improved = o.value(QStringLiteral("improved")).toBool();
    return e;
}

} // namespace

SeedSpread SeedSpread::of(const std::vector<double> &values) {
    std::vector<double> v;
    for (double x : values)
        if (x >= 0) v.push_back(x);
    SeedSpread s;
    if (v.empty()) return s;
    double sum = 0;
    for (double x : v) sum += x;
    s.mean = sum / double(v.size());
    double sq = 0;
    for (double x : v) sq += (x - s.mean) * (x - s.mean);
    s.sd = v.size() > 1 ? std::sqrt(sq / double(v.size() - 1)) : 0.0;
    return s;
}

QJsonObject SeedSpread::toJson() const { return {{QStringLiteral("mean"), mean}, {QStringLiteral("sd"), sd}}; }

SeedSpread SeedSpread::fromJson(const QJsonValue &v) {
    SeedSpread s;
    s.mean = v.toObject().value(QStringLiteral("mean")).toDouble(-1);
    s.sd = v.toObject().value(QStringLiteral("sd")).toDouble(0);
    return s;
}

QJsonObject RunRecord::toJson() const {
    QJsonArray runs;
    for (const auto &run : history) {
        QJsonArray epochs;
        for (const EpochReport &e : run) epochs.append(e.toJson());
        runs.append(epochs);
    }
    QJsonObject o{{QStringLiteral("id"), id},
                  {QStringLiteral("finished"), finished.toString(Qt::ISODateWithMs)},
                  {QStringLiteral("recipe"), recipe.toJson()},
                  {QStringLiteral("trainAccuracy"), train.toJson()},
                  {QStringLiteral("validationAccuracy"), validation.toJson()},
                  {QStringLiteral("testAccuracy"), test.toJson()},
                  {QStringLiteral("seconds"), seconds},
                  {QStringLiteral("keptRun"), keptRun},
                  {QStringLiteral("history"), runs},
                  {QStringLiteral("modelPath"), modelPath},
                  {QStringLiteral("note"), note}};
    if (hasEvaluation) o.insert(QStringLiteral("evaluation"), evaluation.toJson());
    return o;
}

RunRecord RunRecord::fromJson(const QJsonObject &o) {
    RunRecord r;
    r.id = o.value(QStringLiteral("id")).toString();
    if (r.id.isEmpty()) throw Error(QStringLiteral("a run without an id"));
    r.finished = QDateTime::fromString(o.value(QStringLiteral("finished")).toString(), Qt::ISODateWithMs);
    r.recipe = TrainingRecipe::fromJson(o.value(QStringLiteral("recipe")).toObject());
    r.train = SeedSpread::fromJson(o.value(QStringLiteral("trainAccuracy")));
    r.validation = SeedSpread::fromJson(o.value(QStringLiteral("validationAccuracy")));
    r.test = SeedSpread::fromJson(o.value(QStringLiteral("testAccuracy")));
    r.seconds = o.value(QStringLiteral("seconds")).toDouble();
    r.keptRun = o.value(QStringLiteral("keptRun")).toInt(-1);
    for (const QJsonValue &run : o.value(QStringLiteral("history")).toArray()) {
        std::vector<EpochReport> epochs;
        for (const QJsonValue &e : run.toArray()) epochs.push_back(epochFromJson(e.toObject()));
        r.history.push_back(std::move(epochs));
    }
    const int runs = int(r.history.size());
    for (auto &run : r.history)
        for (EpochReport &e : run) {
            e.runs = runs;
            e.epochs = int(run.size());
        }
    if (o.contains(QStringLiteral("evaluation"))) {
        r.evaluation = Evaluation::fromJson(o.value(QStringLiteral("evaluation")).toObject());
        r.hasEvaluation = true;
    }
    r.modelPath = o.value(QStringLiteral("modelPath")).toString();
    r.note = o.value(QStringLiteral("note")).toString();
    return r;
}

QString RunHistory::defaultPath() {
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/run-history.json");
}

QString trainedModelsDir() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/models"); }

const RunRecord *RunHistory::find(const QString &id) const {
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_records[size_t(i)];
}

int RunHistory::indexOf(const QString &id) const {
    for (size_t i = 0; i < m_records.size(); ++i)
        if (m_records[i].id == id) return int(i);
    return -1;
}

void RunHistory::load() {
    QFile f(m_path);
    if (!f.exists()) {
        m_records.clear();
        return;
    }
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("cannot read the run history %1: %2").arg(m_path, f.errorString()));
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
    if (pe.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(QStringLiteral("the run history %1 is damaged (%2 at byte %3); it was left as it is")
                        .arg(m_path, pe.error != QJsonParseError::NoError ? pe.errorString() : QStringLiteral("not a JSON object"))
                        .arg(pe.offset));
    std::vector<RunRecord> records;
    const QJsonArray runs = doc.object().value(QStringLiteral("runs")).toArray();
    for (int i = 0; i < runs.size(); ++i) {
        try {
            records.push_back(RunRecord::fromJson(runs[i].toObject()));
        } catch (const Error &e) {
            throw Error(QStringLiteral("the run history %1 is damaged (run %2: %3); it was left as it is").arg(m_path).arg(i + 1).arg(e.message()));
        }
    }
    m_records = std::move(records);
}

void RunHistory::save() const {
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    QJsonArray runs;
    for (const RunRecord &r : m_records) runs.append(r.toJson());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) throw Error(QStringLiteral("cannot write the run history %1: %2").arg(m_path, f.errorString()));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("gtzan-run-history")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("runs"), runs}})
                .toJson(QJsonDocument::Compact));
    if (!f.commit()) throw Error(QStringLiteral("cannot write the run history %1: %2").arg(m_path, f.errorString()));
}

void RunHistory::add(RunRecord record) { m_records.push_back(std::move(record)); }

bool RunHistory::remove(const QString &id) {
    const int i = indexOf(id);
    if (i < 0) return false;
    m_records.erase(m_records.begin() + i);
    return true;
}

void RunHistory::insert(size_t index, RunRecord record) {
    m_records.insert(m_records.begin() + std::min(index, m_records.size()), std::move(record));
}

} // namespace gtzan
