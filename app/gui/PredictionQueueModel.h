#pragma once
#include "inference/PredictionBatch.h"
#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QList>
#include <vector>

namespace gtzan {
namespace gui {

// The Predict tab's files as a table model: each row a file, its state (waiting, running, a
// partial answer of a long file, done, failed), its result and how long it took from being added
// to its answer. The table view shows it, the CSV export and the window (which places new files on
// the map) read it; the prediction runner writes into it. Nothing here runs a prediction.
class PredictionQueueModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { File, Genre, Confidence, Duration, Error, ColumnCount };
    enum class State { Waiting, Running, Partial, Done, Failed };
    struct Row {
        gtzan::PredictionEntry entry; // the file from the start; the result once done or failed
        State state = State::Waiting;
        gtzan::FilePrediction partial; // a long file's answer so far (state Partial)
        double partialFraction = 0;
        qint64 queuedAtNs = 0;     // when it was added (or queued again), on the model's clock
        double latencyMs = -1;     // queued -> its result
        double firstAnswerMs = -1; // queued -> its first answer (partial or final)
        bool finished() const { return state == State::Done || state == State::Failed; }
    };
    // Rows whose decoded audio is kept for the inspector: older rows decode again when shown, so
    // memory stays that of a few files whatever the list.
    static constexpr int kRowsWithAudio = 4;

    explicit PredictionQueueModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const Row &row(int r) const { return m_rows.at(size_t(r)); }
    int count() const { return int(m_rows.size()); }
    int finishedCount() const;
    std::vector<gtzan::PredictionEntry> finishedEntries() const; // in list order, for the CSV

    QList<int> addFiles(const QStringList &files); // as waiting; returns their rows
    void clear();
    void setRunning(const QList<int> &rows);
    void setPartial(int row, const gtzan::FilePrediction &soFar, double fraction);
    void setResult(int row, const gtzan::PredictionEntry &entry); // done, or failed when !entry.ok
    void requeueAll();                                            // every row waiting again (another model)

    // A genre's colour says "confident": only a calibrated model's answers get it.
    void setCalibrated(bool calibrated);
    // "a first answer from 10 excerpts spread over the file", ... (translated)
    static QString partialSource(const gtzan::FilePrediction &partial, double fraction);

private:
    QVariant display(const Row &r, int column) const;
    QVariant toolTip(const Row &r, int column) const;
    bool muted(const Row &r) const; // greyed: a partial, unsure or failed answer
    void rowChanged(int row);

    std::vector<Row> m_rows;
    QList<int> m_rowsWithAudio; // oldest first
    QElapsedTimer m_clock;
    bool m_calibrated = false;
};

} // namespace gui
} // namespace gtzan
