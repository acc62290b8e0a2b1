#include "widgets/ClipTableModel.h"
#include <QApplication>
#include <QFileInfo>
#include <QStyle>

namespace gtzan {
namespace widgets {

ClipTableModel::ClipTableModel(QObject *parent) : QAbstractTableModel(parent) {}

void ClipTableModel::setScan(const gtzan::DatasetScan &scan) {
    beginResetModel();
    m_rows.clear();
    for (const gtzan::ScannedClip &c : scan.clips) m_rows.push_back({c, QString(), QString(), false, QString(), QString()});
    for (const gtzan::ScannedClip &c : scan.leftOut) m_rows.push_back({c, QString(), c.problem, true, QString(), QString()});
    // Problems the scan found about a kept clip (e.g. a wrong duration) name it by id first.
    for (const QString &p : scan.problems)
        for (Row &r : m_rows)
            if (r.problem.isEmpty() && p.startsWith(r.clip.record.id + QLatin1Char(':'))) r.problem = p.mid(r.clip.record.id.size() + 2);
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return a.clip.record.id < b.clip.record.id; });
    endResetModel();
}

void ClipTableModel::setSplit(const gtzan::DatasetSplit &split) {
    QHash<QString, QString> side;
    for (const auto &c : split.train) side.insert(c.id, tr("train"));
    for (const auto &c : split.validation) side.insert(c.id, tr("validation"));
    for (const auto &c : split.test) side.insert(c.id, tr("test"));
    for (Row &r : m_rows) r.split = side.value(r.clip.record.id, tr("—"));
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0, Split), index(rowCount() - 1, Split));
}

void ClipTableModel::clearSplit() {
    for (Row &r : m_rows) r.split.clear();
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0, Split), index(rowCount() - 1, Split));
}

QString ClipTableModel::Row::faultText() const {
    if (knownFault.isEmpty()) return replica;
    return replica.isEmpty() ? knownFault : knownFault + QStringLiteral("; ") + replica;
}

void ClipTableModel::setKnownFaults(const std::vector<gtzan::KnownFault> &faults) {
    QHash<QString, const gtzan::KnownFault *> byId;
    for (const gtzan::KnownFault &f : faults) byId.insert(f.clip, &f);
    for (Row &r : m_rows) {
        const gtzan::KnownFault *f = byId.value(r.clip.record.id, nullptr);
        r.knownFault = f ? tr("known fault: left out by the fault-filtered split (%1)").arg(f->source) : QString();
    }
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

void ClipTableModel::setReplicaNotes(const QHash<QString, QString> &noteByPath) {
    for (Row &r : m_rows) r.replica = noteByPath.value(r.clip.record.path);
    if (!m_rows.empty()) Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int ClipTableModel::faultCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.knownFault.isEmpty() || !r.replica.isEmpty(); }));
}

void ClipTableModel::markProblem(const QString &path, const QString &problem, bool unreadable) {
    const int row = rowOfPath(path);
    if (row < 0) return;
    m_rows[size_t(row)].problem = problem;
    m_rows[size_t(row)].unreadable = unreadable;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ClipTableModel::rowOfPath(const QString &path) const {
    for (size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].clip.record.path == path) return int(i);
    return -1;
}

int ClipTableModel::problemCount() const {
    return int(std::count_if(m_rows.begin(), m_rows.end(), [](const Row &r) { return !r.problem.isEmpty(); }));
}

int ClipTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int ClipTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QVariant ClipTableModel::data(const QModelIndex &index, int role) const {
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const Row &r = m_rows[size_t(index.row())];
    const gtzan::ScannedClip &c = r.clip;
    switch (role) {
    case PathRole: return c.record.path;
    case IdRole: return c.record.id;
    case GenreRole: return c.record.genre;
    case ProblemRole: return r.problem;
    case UnreadableRole: return r.unreadable;
    case FaultRole: return r.faultText();
    case Qt::ToolTipRole:
        if ((index.column() == Faults || (index.column() == Name && r.problem.isEmpty())) && !r.faultText().isEmpty()) return r.faultText();
        return r.problem.isEmpty() ? c.record.path : r.problem;
    case Qt::DecorationRole:
        // The error badge; the fault badge (information: the clip plays, but do not trust it for evaluation).
        if (index.column() == Name && !r.problem.isEmpty())
            return QApplication::style()->standardIcon(r.unreadable ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning);
        if ((index.column() == Faults || index.column() == Name) && !r.faultText().isEmpty())
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxInformation);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Duration || index.column() == Rate) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::DisplayRole:
        switch (Column(index.column())) {
        case Name: return QFileInfo(c.record.path).fileName();
        case Genre: return c.record.genre;
        case Duration: return c.seconds > 0 ? QStringLiteral("%1 s").arg(c.seconds, 0, 'f', 2) : QStringLiteral("—");
        case Rate: return c.sampleRate > 0 ? QStringLiteral("%1 Hz").arg(c.sampleRate) : QStringLiteral("—");
        case Split: return r.split;
        case Problems: return r.problem;
        case Faults: return r.faultText();
        case ColumnCount: break;
        }
        return {};
    default: return {};
    }
}

QVariant ClipTableModel::headerData(int section, Qt::Orientation o, int role) const {
    if (o != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (Column(section)) {
    case Name: return tr("Name");
    case Genre: return tr("Genre");
    case Duration: return tr("Duration");
    case Rate: return tr("Rate");
    case Split: return tr("Split");
    case Problems: return tr("Problems");
    case Faults: return tr("Faults");
    case ColumnCount: break;
    }
    return {};
}

void ClipFilterModel::setGenre(const QString &genre) {
    m_genre = genre;
    invalidateFilter();
}

void ClipFilterModel::setText(const QString &text) {
    m_text = text.trimmed();
    invalidateFilter();
}

void ClipFilterModel::setFaultFilter(FaultFilter filter) {
    m_faults = filter;
    invalidateFilter();
}

bool ClipFilterModel::filterAcceptsRow(int row, const QModelIndex &parent) const {
    const QModelIndex i = sourceModel()->index(row, 0, parent);
    const bool faulty = !i.data(ClipTableModel::FaultRole).toString().isEmpty();
    if ((m_faults == FaultFilter::HideFaults && faulty) || (m_faults == FaultFilter::OnlyFaults && !faulty)) return false;
    if (!m_genre.isEmpty() && i.data(ClipTableModel::GenreRole).toString() != m_genre) return false;
    if (!m_text.isEmpty() && !i.data(ClipTableModel::IdRole).toString().contains(m_text, Qt::CaseInsensitive)) return false;
    return true;
}

} // namespace widgets
} // namespace gtzan
