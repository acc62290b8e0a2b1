#pragma once
#include "training/Evaluation.h"
#include "training/TrainingOptions.h"
#include "training/TrainingRecipe.h"
#include <QDateTime>
#include <QJsonObject>
#include <QSet>
#include <QString>
#include <QStringList>
#include <vector>

namespace gtzan {

// Mean and sample standard deviation over seeds; mean < 0: not measured.
struct SeedSpread {
    double mean = -1, sd = 0;
    static SeedSpread of(const std::vector<double> &values); // ignores negative values
    QJsonObject toJson() const;
    static SeedSpread fromJson(const QJsonValue &v);
};

// One finished training as the dashboard's history keeps it (no weights: those are in modelPath).
struct RunRecord {
    QString id; // unique, sortable: the finish time, ISO 8601 with ms
    QDateTime finished;
    TrainingRecipe recipe;
    SeedSpread train, validation, test;            // clip accuracy over seeds (train: segment accuracy at the kept epoch)
    double seconds = 0;                            // wall time of all runs, preparation included
    int keptRun = -1;                              // index into history of the run whose model was kept
    std::vector<std::vector<EpochReport>> history; // per seed run, per epoch
    bool hasEvaluation = false;
    Evaluation evaluation; // the kept run's test evaluation, per-clip predictions included
    QString modelPath;     // the saved .gtzm
    QString note;

    QJsonObject toJson() const;
    static RunRecord fromJson(const QJsonObject &o); // throws gtzan::Error
};

// The run history, one JSON file shared by every window and the CLI. Saving merges: under a
// lock it re-reads the file and keeps the runs others added (and the deletions they made) beside
// this object's own adds and deletions, then writes atomically, so two windows never lose a run.
// A damaged file is never overwritten: load() refuses it, loadOrSetAside() and save() move it
// aside to <path>.damaged-<time> and start anew, and say so.
class RunHistory {
public:
    static QString defaultPath(); // <AppDataLocation>/run-history.json
    // More would be no history a person keeps, only a damaged or crafted file.
    static constexpr int kMaxRuns = 100000;
    static constexpr int kMaxSeedRuns = 1000;
    static constexpr int kMaxEpochs = 100000;

    explicit RunHistory(QString path = defaultPath()) : m_path(std::move(path)) {}
    const QString &path() const { return m_path; }
    const std::vector<RunRecord> &records() const { return m_records; }
    const RunRecord *find(const QString &id) const;

    // A missing file is an empty history. Throws gtzan::Error when the file cannot be read or is
    // damaged, and then leaves both the file and the entries in memory untouched.
    void load();
    // As load(), but a damaged file is renamed to <path>.damaged-<time> and the history starts
    // empty. Returns the message for the person (where the old file went), empty when all was well.
    // Still throws when the file cannot be read at all (then it stays where it is).
    QString loadOrSetAside();
    // Merges with the file as it is now and writes it (see above); records() then holds the
    // merged list. Returns a message when a damaged file on disk had to be set aside first.
    // Throws gtzan::Error when it cannot write.
    QString save();
    void add(RunRecord record);                  // in memory; call save()
    bool remove(const QString &id);              // in memory; save() removes it from the file too
    void insert(size_t index, RunRecord record); // undo of remove
    int indexOf(const QString &id) const;

    // The runs of a history file's bytes; throws gtzan::Error naming `pathForMessages` when damaged.
    static std::vector<RunRecord> parse(const QByteArray &json, const QString &pathForMessages);

private:
    QByteArray readFile() const;                // throws when unreadable
    QString setAside(const QString &why) const; // renames the file; returns the message
    std::vector<RunRecord> mergedWith(std::vector<RunRecord> onDisk) const;
    void rememberPersisted();

    QString m_path;
    std::vector<RunRecord> m_records;
    QSet<QString> m_persistedIds; // in the file when this object last read or wrote it
    QSet<QString> m_removedIds;   // removed here since then
};

// Where the dashboard saves finished models: <AppDataLocation>/models.
QString trainedModelsDir();

} // namespace gtzan
