#include "training/RunHistory.h"
#include "common/Error.h"
#include "common/Statistics.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLockFile>
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
    const MeanSd m = meanAndSampleSd(v);
    s.mean = m.mean;
    s.sd = m.sd;
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
    const QJsonArray seedRuns = o.value(QStringLiteral("history")).toArray();
    if (seedRuns.size() > RunHistory::kMaxSeedRuns) throw Error(QStringLiteral("%1 seed runs").arg(seedRuns.size()));
    for (const QJsonValue &run : seedRuns) {
        const QJsonArray epochList = run.toArray();
        if (epochList.size() > RunHistory::kMaxEpochs) throw Error(QStringLiteral("%1 epochs in one run").arg(epochList.size()));
        std::vector<EpochReport> epochs;
        for (const QJsonValue &e : epochList) epochs.push_back(epochFromJson(e.toObject()));
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

QString RunHistory::defaultPath() { return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/run-history.json"); }

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

std::vector<RunRecord> RunHistory::parse(const QByteArray &json, const QString &path) {
    const auto damaged = [&](const QString &why) { return Error(QStringLiteral("the run history %1 is damaged (%2)").arg(path, why)); };
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &pe);
    if (pe.error != QJsonParseError::NoError) throw damaged(QStringLiteral("%1 at byte %2").arg(pe.errorString()).arg(pe.offset));
    if (!doc.isObject()) throw damaged(QStringLiteral("not a JSON object"));
    const QJsonObject top = doc.object();
    const QJsonValue format = top.value(QStringLiteral("format"));
    if (!format.isUndefined() && format.toString() != QLatin1String("gtzan-run-history")) throw damaged(QStringLiteral("not a run history"));
    const QJsonValue version = top.value(QStringLiteral("version"));
    if (!version.isUndefined() && version.toInt(-1) != 1)
        throw damaged(QStringLiteral("format version %1, this program reads version 1").arg(version.toVariant().toString()));
    const QJsonValue runsValue = top.value(QStringLiteral("runs"));
    if (!runsValue.isArray()) throw damaged(QStringLiteral("\"runs\" is not a list"));
    const QJsonArray runs = runsValue.toArray();
    if (runs.size() > kMaxRuns) throw damaged(QStringLiteral("%1 runs").arg(runs.size()));
    std::vector<RunRecord> records;
    QSet<QString> ids;
    for (int i = 0; i < runs.size(); ++i) {
        try {
            if (!runs[i].isObject()) throw Error(QStringLiteral("not a JSON object"));
            RunRecord r = RunRecord::fromJson(runs[i].toObject());
            if (ids.contains(r.id)) throw Error(QStringLiteral("a second run with the id %1").arg(r.id));
            ids.insert(r.id);
            records.push_back(std::move(r));
        } catch (const Error &e) {
            throw damaged(QStringLiteral("run %1: %2").arg(i + 1).arg(e.message()));
        }
    }
    return records;
}

QByteArray RunHistory::readFile() const {
    QFile f(m_path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("cannot read the run history %1: %2").arg(m_path, f.errorString()));
    return f.readAll();
}

void RunHistory::rememberPersisted() {
    m_persistedIds.clear();
    for (const RunRecord &r : m_records) m_persistedIds.insert(r.id);
    m_removedIds.clear();
}

void RunHistory::load() {
    if (!QFile::exists(m_path)) {
        m_records.clear();
        rememberPersisted();
        return;
    }
    try {
        m_records = parse(readFile(), m_path);
    } catch (const Error &e) {
        throw Error(e.message() + QStringLiteral("; it was left as it is"));
    }
    rememberPersisted();
}

QString RunHistory::setAside(const QString &why) const {
    const QString stamp = QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString aside = QStringLiteral("%1.damaged-%2").arg(m_path, stamp);
    for (int n = 2; QFileInfo::exists(aside); ++n) aside = QStringLiteral("%1.damaged-%2-%3").arg(m_path, stamp).arg(n);
    if (!QFile::rename(m_path, aside)) throw Error(QStringLiteral("%1; it could not be moved aside to %2, so it was left as it is").arg(why, aside));
    return QStringLiteral("%1. It was kept as %2 and a new history was started.").arg(why, aside);
}

QString RunHistory::loadOrSetAside() {
    if (!QFile::exists(m_path)) {
        load();
        return {};
    }
    const QByteArray bytes = readFile(); // unreadable (permissions): throws, the file stays
    try {
        m_records = parse(bytes, m_path);
        rememberPersisted();
        return {};
    } catch (const Error &e) {
        QLockFile lock(m_path + QStringLiteral(".lock"));
        lock.tryLock(5000); // set aside even without it: the file is unusable either way
        const QString message = setAside(e.message());
        m_records.clear();
        rememberPersisted();
        return message;
    }
}

std::vector<RunRecord> RunHistory::mergedWith(std::vector<RunRecord> onDisk) const {
    QSet<QString> mine;
    for (const RunRecord &r : m_records) mine.insert(r.id);
    std::vector<RunRecord> merged;
    for (const RunRecord &r : m_records) {
        const bool inFile = std::any_of(onDisk.begin(), onDisk.end(), [&](const RunRecord &d) { return d.id == r.id; });
        // Saved before but gone from the file: another window or the CLI deleted it.
        if (!inFile && m_persistedIds.contains(r.id)) continue;
        merged.push_back(r);
    }
    for (RunRecord &d : onDisk) {
        if (mine.contains(d.id) || m_removedIds.contains(d.id)) continue; // ours wins; our deletions hold
        // Added elsewhere: in finish-time order among ours (ids are finish times).
        const auto at = std::find_if(merged.begin(), merged.end(), [&](const RunRecord &r) { return r.id > d.id; });
        merged.insert(at, std::move(d));
    }
    return merged;
}

QString RunHistory::save() {
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QDir().mkpath(dir)) throw Error(QStringLiteral("cannot write the run history %1: cannot create %2").arg(m_path, dir));
    // One writer at a time, and each merges what the previous one wrote.
    QLockFile lock(m_path + QStringLiteral(".lock"));
    if (!lock.tryLock(10000)) throw Error(QStringLiteral("cannot write the run history %1: another program has held its lock for 10 s").arg(m_path));
    QString notice;
    std::vector<RunRecord> onDisk;
    if (QFile::exists(m_path)) {
        try {
            onDisk = parse(readFile(), m_path);
        } catch (const Error &e) {
            notice = setAside(e.message()); // never overwrite it: it may hold runs worth repairing
            m_persistedIds.clear();         // its runs are unknown, not deleted: keep all of ours
        }
    }
    std::vector<RunRecord> merged = mergedWith(std::move(onDisk));
    QJsonArray runs;
    for (const RunRecord &r : merged) runs.append(r.toJson());
    QSaveFile f(m_path);
    if (!f.open(QIODevice::WriteOnly)) throw Error(QStringLiteral("cannot write the run history %1: %2").arg(m_path, f.errorString()));
    f.write(QJsonDocument(QJsonObject{{QStringLiteral("format"), QStringLiteral("gtzan-run-history")},
                                      {QStringLiteral("version"), 1},
                                      {QStringLiteral("runs"), runs}})
                .toJson(QJsonDocument::Compact));
    if (!f.commit()) throw Error(QStringLiteral("cannot write the run history %1: %2").arg(m_path, f.errorString()));
    m_records = std::move(merged);
    rememberPersisted();
    return notice;
}

void RunHistory::add(RunRecord record) {
    m_removedIds.remove(record.id);
    m_records.push_back(std::move(record));
}

bool RunHistory::remove(const QString &id) {
    const int i = indexOf(id);
    if (i < 0) return false;
    m_records.erase(m_records.begin() + i);
    m_removedIds.insert(id);
    return true;
}

void RunHistory::insert(size_t index, RunRecord record) {
    m_removedIds.remove(record.id);
    m_records.insert(m_records.begin() + std::min(index, m_records.size()), std::move(record));
}

} // namespace gtzan
