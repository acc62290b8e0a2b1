#include "studies/ExperimentFolder.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "dataset/DatasetScan.h"
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLockFile>
#include <QSaveFile>

namespace gtzan {

namespace {

// A run file holds one run's curves and per-clip verdicts: a few hundred kB. More is no file
// this program wrote.
constexpr qint64 kMaxRunFileBytes = 64 << 20;
constexpr qint64 kMaxManifestBytes = 16 << 20;

const QString kRunFormat = QStringLiteral("gtzan-experiment-run");
const QString kManifestFormat = QStringLiteral("gtzan-experiment");

QByteArray readBounded(const QString &path, qint64 limit, const QString &what) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("cannot read %1 %2: %3").arg(what, path, f.errorString()));
    if (f.size() > limit) throw Error(QStringLiteral("%1 %2 is %3 MB, more than this program writes").arg(what, path).arg(f.size() >> 20));
    return f.readAll();
}

QJsonObject parseObject(const QByteArray &bytes, const QString &path, const QString &what) {
    QJsonParseError err{};
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(QStringLiteral("%1 %2 is damaged (%3)")
                        .arg(what, path, err.error != QJsonParseError::NoError ? err.errorString() : QStringLiteral("not an object")));
    return doc.object();
}

} // namespace

void writeExperimentFile(const QString &path, const QByteArray &bytes, const QString &what, ExperimentFileMode mode) {
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !(mode == ExperimentFileMode::Export ? commitExport(f) : f.commit()))
        throw Error(QStringLiteral("cannot write %1 %2: %3").arg(what, path, f.errorString()));
}

void writeExperimentRun(const QString &path, const QString &runId, const RunRecord &record) {
    const QJsonObject o{{QStringLiteral("format"), kRunFormat},
                        {QStringLiteral("version"), 1},
                        {QStringLiteral("runId"), runId},
                        {QStringLiteral("seed"), QString::number(record.recipe.options.firstSeed)},
                        {QStringLiteral("identity"), runIdentity(record.recipe)},
                        {QStringLiteral("record"), record.toJson()}};
    writeExperimentFile(path, QJsonDocument(o).toJson(QJsonDocument::Indented), QStringLiteral("the run file"));
}

ExperimentRunFile readExperimentRun(const QString &path) {
    const QString what = QStringLiteral("the run file");
    const QJsonObject o = parseObject(readBounded(path, kMaxRunFileBytes, what), path, what);
    if (o.value(QStringLiteral("format")).toString() != kRunFormat) throw Error(QStringLiteral("%1 is not a run file of an experiment").arg(path));
    ExperimentRunFile run;
    run.runId = o.value(QStringLiteral("runId")).toString();
    if (run.runId.isEmpty()) throw Error(QStringLiteral("the run file %1 names no run").arg(path));
    try {
        run.record = RunRecord::fromJson(o.value(QStringLiteral("record")).toObject());
    } catch (const Error &e) {
        throw Error(QStringLiteral("the run file %1 is damaged: %2").arg(path, e.message()));
    }
    const QJsonValue identity = o.value(QStringLiteral("identity"));
    if (!identity.isObject()) throw Error(QStringLiteral("the run file %1 is damaged: it names no recipe identity").arg(path));
    run.identity = identity.toObject();
    return run;
}

QJsonObject experimentDataIdentity(const QString &dataFolder) {
    ScanOptions options;
    options.genres = genreSet(QStringLiteral("gct634"));
    const DatasetScan scan = scanGtzan(dataFolder, options);
    QCryptographicHash digest(QCryptographicHash::Sha1);
    for (const ScannedClip &c : scan.clips) digest.addData(QStringLiteral("%1 %2\n").arg(c.record.id).arg(c.bytes).toUtf8());
    return {{QStringLiteral("clips"), int(scan.clips.size())}, {QStringLiteral("digest"), QString::fromLatin1(digest.result().toHex())}};
}

ExperimentFolder::ExperimentFolder(const QString &path) : m_path(QDir::cleanPath(QFileInfo(path).absoluteFilePath())) {}
ExperimentFolder::~ExperimentFolder() = default;

QString ExperimentFolder::manifestPath() const { return QDir(m_path).filePath(QStringLiteral("experiment.json")); }
QString ExperimentFolder::runsDir() const { return QDir(m_path).filePath(QStringLiteral("runs")); }
QString ExperimentFolder::runFilePath(const QString &id) const { return QDir(runsDir()).filePath(id + QStringLiteral(".json")); }

QString ExperimentFolder::recipeFilePath(const QString &id) const {
    return QDir(m_path).filePath(QStringLiteral("recipes/") + id + QStringLiteral(".json"));
}
QString ExperimentFolder::modelPath(const QString &id) const { return QDir(runsDir()).filePath(id + QStringLiteral(".gtzm")); }
QString ExperimentFolder::failurePath(const QString &id) const { return QDir(runsDir()).filePath(id + QStringLiteral(".failed.txt")); }
QString ExperimentFolder::cacheDir() const { return QDir(m_path).filePath(QStringLiteral("cache")); }
QString ExperimentFolder::resultsPath() const { return QDir(m_path).filePath(QStringLiteral("results.json")); }
QString ExperimentFolder::reportPath() const { return QDir(m_path).filePath(QStringLiteral("report.html")); }

QJsonObject ExperimentFolder::manifestFor(const ExperimentPlan &plan) const {
    return {{QStringLiteral("format"), kManifestFormat},
            {QStringLiteral("version"), 1},
            {QStringLiteral("plan"), plan.identity()},
            {QStringLiteral("data"), experimentDataIdentity(plan.dataFolder)},
            // Where the clips were when the experiment began, for a person; not compared.
            {QStringLiteral("dataFolder"), plan.dataFolder}};
}

// The plan is compared first: it is cheap, and it is what a person changes. The data's digest
// (a scan of the clips' headers) only when the plan is the folder's.
void ExperimentFolder::checkManifest(const ExperimentPlan &plan) const {
    const QString what = QStringLiteral("the experiment file");
    const QJsonObject there = parseObject(readBounded(manifestPath(), kMaxManifestBytes, what), manifestPath(), what);
    if (there.value(QStringLiteral("format")).toString() != kManifestFormat)
        throw Error(QStringLiteral("%1 is not an experiment file; choose another output folder").arg(manifestPath()));
    const QString planDifference = identityDifference(plan.identity(), there.value(QStringLiteral("plan")).toObject());
    if (!planDifference.isEmpty())
        throw Error(QStringLiteral("%1 holds another experiment (%2); resume it with its own settings, or choose another output folder")
                        .arg(m_path, planDifference));
    const QJsonObject dataHere = experimentDataIdentity(plan.dataFolder), dataThere = there.value(QStringLiteral("data")).toObject();
    if (dataHere != dataThere)
        throw Error(QStringLiteral("the data in %1 is not what %2 was trained on (%3 clips now, %4 then, in %5; their names or sizes differ); "
                                   "choose another output folder")
                        .arg(plan.dataFolder, m_path)
                        .arg(dataHere.value(QStringLiteral("clips")).toInt())
                        .arg(dataThere.value(QStringLiteral("clips")).toInt())
                        .arg(there.value(QStringLiteral("dataFolder")).toString(QStringLiteral("a folder not recorded"))));
}

void ExperimentFolder::claim(const ExperimentPlan &plan) {
    if (QFile::exists(manifestPath())) {
        checkManifest(plan);
        return;
    }
    if (!QDir().mkpath(runsDir())) throw Error(QStringLiteral("cannot create %1").arg(runsDir()));
    writeExperimentFile(manifestPath(), QJsonDocument(manifestFor(plan)).toJson(QJsonDocument::Indented), QStringLiteral("the experiment file"));
}

bool ExperimentFolder::matches(const ExperimentPlan &plan) const {
    if (!QFile::exists(manifestPath())) return false;
    checkManifest(plan);
    return true;
}

void ExperimentFolder::lockForRunning() {
    if (!QDir().mkpath(m_path)) throw Error(QStringLiteral("cannot create %1").arg(m_path));
    auto lock = std::make_unique<QLockFile>(QDir(m_path).filePath(QStringLiteral("experiment.lock")));
    lock->setStaleLockTime(0); // a training can hold it for days; a dead holder is found by its pid
    if (!lock->tryLock(0)) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        throw Error(QStringLiteral("%1 is being trained into by another program (%2, process %3 on %4); wait for it, or stop it first")
                        .arg(m_path, app.isEmpty() ? QStringLiteral("unknown") : app)
                        .arg(pid)
                        .arg(host));
    }
    m_lock = std::move(lock);
}

std::map<QString, RunRecord> ExperimentFolder::finishedRuns(const ExperimentPlan &plan, QStringList *problems) const {
    std::map<QString, RunRecord> done;
    for (const PlannedRun &planned : plan.runs) {
        const QString path = runFilePath(planned.id);
        if (!QFile::exists(path)) continue;
        try {
            ExperimentRunFile run = readExperimentRun(path);
            if (run.runId != planned.id) throw Error(QStringLiteral("%1 holds the run %2").arg(path, run.runId));
            const QString key = firstDifferentKey(runIdentity(planned.recipe), run.identity);
            if (!key.isEmpty())
                throw Error(
                    QStringLiteral("%1 was trained with another recipe (%2 differs); it is left out and will be trained again").arg(path, key));
            done.emplace(planned.id, std::move(run.record));
        } catch (const Error &e) {
            if (problems) problems->append(e.message());
        }
    }
    return done;
}

QString ExperimentFolder::failureOf(const QString &id) const {
    QFile f(failurePath(id));
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.read(64 << 10)).trimmed();
}

void ExperimentFolder::recordFailure(const QString &id, const QString &why) const {
    writeExperimentFile(failurePath(id), why.toUtf8() + '\n', QStringLiteral("the failure note"));
}

void ExperimentFolder::clearFailure(const QString &id) const { QFile::remove(failurePath(id)); }

} // namespace gtzan
