#include "app/gui/StudyRun.h"
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>

namespace gtzan {
namespace gui {

StudyRun::StudyRun(QObject *owner, TaskControls *controls, const QString &kind) : m_owner(owner), m_controls(controls), m_kind(kind) {
    QObject::connect(controls, &TaskControls::cancelRequested, owner, [this] { cancel(); });
}

void StudyRun::cancel() const { gtzan::TaskRunner::instance().cancel(m_owner, m_kind); }

void StudyRun::finished(TaskControls *controls, const gtzan::TaskError &error) {
    controls->setRunning(false);
    controls->setStatus(JobText::ofError(error));
}

void StudyRun::showWaiting(gtzan::TaskRunner::TaskId id) const {
    if (const QString waiting = JobText::waiting(id); !waiting.isEmpty()) m_controls->setStatus(waiting);
}

void setUpStudyTable(QTableWidget *table, const QString &objectName, const QStringList &headers) {
    table->setObjectName(objectName);
    table->setColumnCount(int(headers.size()));
    table->setHorizontalHeaderLabels(headers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
}

} // namespace gui
} // namespace gtzan
