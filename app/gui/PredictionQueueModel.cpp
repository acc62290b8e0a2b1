#include "app/gui/PredictionQueueModel.h"
#include "common/ClockText.h"
#include "widgets/GenreColors.h"
#include <QBrush>
#include <QFileInfo>
#include <QFont>
#include <QGuiApplication>
#include <QPalette>

namespace gtzan {
namespace gui {

namespace {
QString sentenceCase(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}
QString percent(double p) { return QString::number(p * 100.0, 'f', 1) + QLatin1Char('%'); }
} // namespace

PredictionQueueModel::PredictionQueueModel(QObject *parent) : QAbstractTableModel(parent) { m_clock.start(); }

int PredictionQueueModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : count(); }

int PredictionQueueModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant PredictionQueueModel::headerData(int section, Qt::Orientation orientation, int role) const {
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case File: return tr("File");
    case Genre: return tr("Genre");
    case Confidence: return tr("Confidence");
    case Duration: return tr("Duration");
    case Error: return tr("Error");
    default: return QVariant();
    }
}

QVariant PredictionQueueModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= count()) return QVariant();
    const Row &r = m_rows[size_t(index.row())];
    switch (role) {
    case Qt::DisplayRole: return display(r, index.column());
    case Qt::ToolTipRole: return toolTip(r, index.column());
    case Qt::ForegroundRole:
        if (index.column() == Genre && muted(r)) return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::WindowText);
        return QVariant();
    case Qt::BackgroundRole:
        if (index.column() == Genre && r.state == State::Done && !r.entry.prediction.trust.unsure && m_calibrated)
            return QBrush(widgets::genrecolors::color(r.entry.prediction.genreName).lighter(125));
        return QVariant();
    case Qt::FontRole:
        if (index.column() == Genre && r.state == State::Done && r.entry.prediction.trust.unsure) {
            QFont f;
            f.setItalic(true);
            return f;
        }
        return QVariant();
    default: return QVariant();
    }
}

bool PredictionQueueModel::muted(const Row &r) const {
    return r.state == State::Partial || r.state == State::Failed || (r.state == State::Done && r.entry.prediction.trust.unsure);
}

QVariant PredictionQueueModel::display(const Row &r, int column) const {
    if (column == File) return QFileInfo(r.entry.file).fileName();
    switch (r.state) {
    case State::Waiting:
    case State::Running: return column == Genre ? tr("waiting") : QString();
    case State::Partial:
        if (column == Genre) return tr("%1...").arg(r.partial.genreName);
        if (column == Confidence) return percent(r.partial.trust.confidence);
        if (column == Duration) return gtzan::clockText(r.partial.seconds);
        return QString();
    case State::Done: {
        const gtzan::FilePrediction &p = r.entry.prediction;
        if (column == Genre) return p.trust.unsure ? tr("unsure") : p.genreName;
        if (column == Confidence) return percent(double(p.probabilities.at(size_t(p.genre))));
        if (column == Duration) return gtzan::clockText(p.seconds);
        return QString();
    }
    case State::Failed: {
        if (column == Genre) return tr("error");
        if (column != Error) return QString();
        // The row names the file already: the cell keeps the reason, the tooltip the whole message.
        const QString prefix = r.entry.file + QStringLiteral(": ");
        return r.entry.error.startsWith(prefix) ? r.entry.error.mid(prefix.size()) : r.entry.error;
    }
    }
    return QVariant();
}

QVariant PredictionQueueModel::toolTip(const Row &r, int column) const {
    if (column == File) return r.entry.file;
    if (column == Error && r.state == State::Failed) return r.entry.error;
    if (column == Genre && r.state == State::Partial) return tr("%1; refining.").arg(sentenceCase(partialSource(r.partial, r.partialFraction)));
    if (column == Genre && r.state == State::Done) {
        const gtzan::FilePrediction &p = r.entry.prediction;
        if (p.trust.unsure) return tr("Unsure: %1 (most like %2)").arg(p.trust.reason, p.genreName);
        if (!m_calibrated) return tr("%1 (the model is not calibrated: its confidence may not mean what it says)").arg(p.genreName);
    }
    return display(r, column);
}

QString PredictionQueueModel::partialSource(const gtzan::FilePrediction &p, double fraction) {
    const QString done = QString::number(fraction * 100.0, 'f', 0);
    if (p.spreadExcerpts > 0 && fraction <= 0.0)
        return p.spreadExcerpts == 1 ? tr("a first answer from one excerpt of the file")
                                     : tr("a first answer from %1 excerpts spread over the file").arg(p.spreadExcerpts);
    if (p.spreadExcerpts > 0)
        return p.spreadExcerpts == 1 ? tr("an answer from %1% of the file and one excerpt of the rest").arg(done)
                                     : tr("an answer from %1% of the file and %2 excerpts of the rest").arg(done).arg(p.spreadExcerpts);
    return tr("a first answer from %1% of the file").arg(done);
}

int PredictionQueueModel::finishedCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return r.finished(); }));
}

std::vector<gtzan::PredictionEntry> PredictionQueueModel::finishedEntries() const {
    std::vector<gtzan::PredictionEntry> entries;
    for (const Row &r : m_rows)
        if (r.finished()) entries.push_back(r.entry);
    return entries;
}

QList<int> PredictionQueueModel::addFiles(const QStringList &files) {
    QList<int> rows;
    if (files.isEmpty()) return rows;
    const qint64 now = m_clock.nsecsElapsed();
    beginInsertRows(QModelIndex(), count(), count() + int(files.size()) - 1);
    for (const QString &f : files) {
        Row r;
        r.entry.file = f;
        r.queuedAtNs = now;
        rows << count();
        m_rows.push_back(r);
    }
    endInsertRows();
    return rows;
}

void PredictionQueueModel::clear() {
    beginResetModel();
    m_rows.clear();
    m_rowsWithAudio.clear();
    endResetModel();
}

void PredictionQueueModel::setRunning(const QList<int> &rows) {
    for (int r : rows) {
        if (r < 0 || r >= count() || m_rows[size_t(r)].state != State::Waiting) continue;
        m_rows[size_t(r)].state = State::Running;
        rowChanged(r);
    }
}

void PredictionQueueModel::setPartial(int row, const gtzan::FilePrediction &soFar, double fraction) {
    if (row < 0 || row >= count() || m_rows[size_t(row)].finished()) return;
    Row &r = m_rows[size_t(row)];
    if (r.firstAnswerMs < 0) r.firstAnswerMs = (m_clock.nsecsElapsed() - r.queuedAtNs) / 1e6;
    r.state = State::Partial;
    r.partial = soFar;
    r.partialFraction = fraction;
    rowChanged(row);
}

void PredictionQueueModel::setResult(int row, const gtzan::PredictionEntry &entry) {
    if (row < 0 || row >= count()) return;
    Row &r = m_rows[size_t(row)];
    r.entry = entry;
    r.state = entry.ok ? State::Done : State::Failed;
    r.partial = gtzan::FilePrediction();
    if (entry.prediction.audio) {
        m_rowsWithAudio.removeAll(row);
        m_rowsWithAudio.append(row);
        while (m_rowsWithAudio.size() > kRowsWithAudio) m_rows[size_t(m_rowsWithAudio.takeFirst())].entry.prediction.audio.reset();
    }
    r.latencyMs = (m_clock.nsecsElapsed() - r.queuedAtNs) / 1e6;
    if (r.firstAnswerMs < 0) r.firstAnswerMs = r.latencyMs;
    rowChanged(row);
}

void PredictionQueueModel::requeueAll() {
    if (m_rows.empty()) return;
    const qint64 now = m_clock.nsecsElapsed();
    for (Row &r : m_rows) {
        r.state = State::Waiting;
        r.partial = gtzan::FilePrediction();
        r.queuedAtNs = now;
        r.latencyMs = -1;
        r.firstAnswerMs = -1;
    }
    Q_EMIT dataChanged(index(0, 0), index(count() - 1, ColumnCount - 1));
}

void PredictionQueueModel::setCalibrated(bool calibrated) {
    if (calibrated == m_calibrated) return;
    m_calibrated = calibrated;
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0, Genre), index(count() - 1, Genre));
}

void PredictionQueueModel::rowChanged(int row) { Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1)); }

} // namespace gui
} // namespace gtzan
