#pragma once
#include "studies/ExperimentPlan.h"
#include "training/RunHistory.h"
#include <QJsonObject>
#include <QString>
#include <map>
#include <memory>

class QLockFile;

namespace gtzan {

// What a run's file holds: the run history's record (recipe, seed, curves, accuracies, the test
// evaluation with its confusion matrix, the model path, the time) under the plan's run id.
struct ExperimentRunFile {
    QString runId;
    RunRecord record;
    // runIdentity(record.recipe) as it was when the run was written: the recipe's split lists may
    // since have moved with the data, and their paths no longer lead to them.
    QJsonObject identity;
};

// Every file of an experiment's folder is written through this: atomically (QSaveFile: a kill
// leaves the old file or none), its folder created. The report and results.json are exports a
// person shares (the usual mode, common/ExportFile.h); the run files keep QSaveFile's own.
// Throws gtzan::Error naming `what` and the path.
enum class ExperimentFileMode { Private, Export };
void writeExperimentFile(const QString &path, const QByteArray &bytes, const QString &what, ExperimentFileMode mode = ExperimentFileMode::Private);

// Writes OUT/runs/<id>.json atomically (QSaveFile): a kill leaves the old file or none, never half
// of one. Throws gtzan::Error when it cannot write.
void writeExperimentRun(const QString &path, const QString &runId, const RunRecord &record);
// Throws gtzan::Error naming the file when it is unreadable or damaged.
ExperimentRunFile readExperimentRun(const QString &path);

// The output folder of one experiment:
//   experiment.json   the plan's identity and the data set's, written when the experiment starts
//   runs/<id>.json    one per finished run; runs/<id>.gtzm its model; runs/<id>.failed.txt why it failed
//   cache/            features and embeddings shared by the runs (unless another cache is given)
//   results.json, report.html
// A folder belongs to one experiment: planning another protocol, seed count, epoch count or data
// folder into it is refused, naming the difference, rather than mixed in.
class ExperimentFolder {
public:
    explicit ExperimentFolder(const QString &path);
    ~ExperimentFolder();
    ExperimentFolder(const ExperimentFolder &) = delete;
    ExperimentFolder &operator=(const ExperimentFolder &) = delete;

    const QString &path() const { return m_path; }
    QString manifestPath() const;
    QString runsDir() const;
    QString runFilePath(const QString &id) const;
    // OUT/recipes/<id>.json: the run's recipe, which `reproduce --plan`'s line trains (--recipe).
    QString recipeFilePath(const QString &id) const;
    QString modelPath(const QString &id) const;
    QString failurePath(const QString &id) const;
    QString cacheDir() const;
    QString resultsPath() const;
    QString reportPath() const;

    // Creates the folder and writes the manifest, or, when one is there, checks that it is this
    // plan and this data (a digest of the clips' names and sizes). Throws gtzan::Error otherwise.
    void claim(const ExperimentPlan &plan);
    // For --report-only and the window's first look: checks the manifest when there is one (throws
    // as claim() does) but writes nothing. Returns false when the folder holds no experiment yet.
    bool matches(const ExperimentPlan &plan) const;

    // Holds OUT/experiment.lock while this object lives, so that two windows or commands never
    // train into one folder at once. Throws gtzan::Error naming the holder when it is taken.
    void lockForRunning();

    // The plan's runs that have a file here. A file whose recipe is not the plan's, or that cannot
    // be read, is not taken; `problems` says why, one line per file.
    std::map<QString, RunRecord> finishedRuns(const ExperimentPlan &plan, QStringList *problems = nullptr) const;
    // Why a run failed last time, empty when it did not.
    QString failureOf(const QString &id) const;
    void recordFailure(const QString &id, const QString &why) const;
    void clearFailure(const QString &id) const;

private:
    QJsonObject manifestFor(const ExperimentPlan &plan) const;
    void checkManifest(const ExperimentPlan &plan) const;

    QString m_path;
    std::unique_ptr<QLockFile> m_lock;
};

// The data set as the manifest records it: the clip count and a digest of the genre set's clips'
// ids and byte sizes (headers only, nothing decoded).
QJsonObject experimentDataIdentity(const QString &dataFolder);

} // namespace gtzan
