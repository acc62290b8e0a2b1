#pragma once
#include "training/Evaluation.h"
#include "training/TrainingOptions.h"
#include "training/TrainingRecipe.h"
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <vector>

namespace gtzan {

// Mean and sample standard deviation over seeds; mean < 0: not measured.
struct SeedSpread {
    double mean = -1, sd = 0;
    static SeedSpread of(const std::vector<double> &values);   // ignores negative values
    QJsonObject toJson() const;
    static SeedSpread fromJson(const QJsonValue &v);
};

// One finished training as the dashboard's history keeps it (no weights: those are in modelPath).
struct RunRecord {
    QString id;                         // unique, sortable: the finish time, ISO 8601 with ms
    QDateTime finished;
    TrainingRecipe recipe;
    SeedSpread train, validation, test; // clip accuracy over seeds (train: segment accuracy at the kept epoch)
    double seconds = 0;                 // wall time of all runs, preparation included
    int keptRun = -1;                   // index into history of the run whose model was kept
    std::vector<std::vector<EpochReport>> history;   // per seed run, per epoch
    bool hasEvaluation = false;
    Evaluation evaluation;              // the kept run's test evaluation, per-clip predictions included
    QString modelPath;                  // the saved .gtzm
    QString note;

    QJsonObject toJson() const;
    static RunRecord fromJson(const QJsonObject &o);   // throws gtzan::Error
};

// The run history, one JSON file (written atomically). Loading a damaged file throws and
// leaves both the file and the entries in memory untouched.
class RunHistory {
public:
    static QString defaultPath();   // <AppDataLocation>/run-history.json

    explicit RunHistory(QString path = defaultPath()) : m_path(std::move(path)) {}
    const QString &path() const { return m_path; }
    const std::vector<RunRecord> &records() const { return m_records; }
    const RunRecord *find(const QString &id) const;

    void load();                    // a missing file is an empty history; throws gtzan::Error when damaged
    void save() const;              // throws gtzan::Error
    void add(RunRecord record);     // in memory; call save()
    bool remove(const QString &id);
    void insert(size_t index, RunRecord record);   // undo of remove
    int indexOf(const QString &id) const;

private:
    QString m_path;
    std::vector<RunRecord> m_records;
};

// Where the dashboard saves finished models: <AppDataLocation>/models.
QString trainedModelsDir();

} // namespace gtzan
