#include "app/gui/JobList.h"
#include <QGridLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>
#include <set>

namespace gtzan {
namespace gui {

JobList::JobList(gtzan::TaskRunner &runner, QWidget *parent)
    : QWidget(parent), m_runner(runner), m_layout(new QVBoxLayout(this)), m_empty(new QLabel(tr("No background jobs."))) {
    setObjectName(QStringLiteral("jobList"));
    m_layout->addWidget(m_empty);
    connect(&m_runner, &gtzan::TaskRunner::jobsChanged, this, &JobList::refresh);
    refresh();
}

QPushButton *JobList::cancelButton(int row) const {
    if (row < 0 || row >= int(m_order.size())) return nullptr;
    return m_rows.at(m_order[size_t(row)]).cancel;
}

JobList::Row JobList::makeRow(gtzan::TaskRunner::TaskId id) {
    Row row;
    row.box = new QWidget(this);
    auto *grid = new QGridLayout(row.box);
    grid->setContentsMargins(0, 0, 0, 0);
    row.title = new QLabel;
    QFont bold = row.title->font();
    bold.setBold(true);
    row.title->setFont(bold);
    row.bar = new QProgressBar;
    row.bar->setRange(0, 1000);
    row.bar->setTextVisible(false);
    row.bar->setMinimumWidth(160);
    row.text = new QLabel;
    row.text->setWordWrap(true);
    row.text->setMinimumWidth(320);
    row.cancel = new QPushButton(tr("Cancel"));
    row.cancel->setObjectName(QStringLiteral("cancelJob"));
    grid->addWidget(row.title, 0, 0);
    grid->addWidget(row.bar, 0, 1);
    grid->addWidget(row.cancel, 0, 2);
    grid->addWidget(row.text, 1, 0, 1, 3);
    grid->setColumnStretch(0, 1);
    connect(row.cancel, &QPushButton::clicked, this, [this, id] { m_runner.cancel(id); });
    return row;
}

void JobList::refresh() {
    const std::vector<gtzan::JobInfo> jobs = m_runner.jobs();
    std::set<gtzan::TaskRunner::TaskId> present;
    m_order.clear();
    int index = 1; // after the "no jobs" line
    for (const gtzan::JobInfo &job : jobs) {
        present.insert(job.id);
        m_order.push_back(job.id);
        auto it = m_rows.find(job.id);
        if (it == m_rows.end()) it = m_rows.emplace(job.id, makeRow(job.id)).first;
        const Row &row = it->second;
        m_layout->insertWidget(index++, row.box); // moves it when the order changed
        const bool queued = job.state == gtzan::JobInfo::State::Queued;
        row.title->setText(queued ? tr("%1 (waiting)").arg(job.title) : job.title);
        if (job.cancelling) {
            row.bar->setRange(0, 0);
            row.text->setText(tr("Cancelling..."));
        } else if (queued) {
            row.bar->setRange(0, 1000);
            row.bar->setValue(0);
            row.text->setText(tr("Starts when the job before it ends."));
        } else {
            if (job.fraction < 0) {
                row.bar->setRange(0, 0);
            } else {
                row.bar->setRange(0, 1000);
                row.bar->setValue(int(1000 * std::min(1.0, job.fraction)));
            }
            row.text->setText(job.text);
        }
        row.cancel->setEnabled(!job.cancelling);
    }
    for (auto it = m_rows.begin(); it != m_rows.end();) {
        if (present.count(it->first)) {
            ++it;
            continue;
        }
        // Later: this may run inside the row's own Cancel click.
        it->second.box->hide();
        it->second.box->deleteLater();
        it = m_rows.erase(it);
    }
    m_empty->setVisible(jobs.empty());
    adjustSize();
}

} // namespace gui
} // namespace gtzan
