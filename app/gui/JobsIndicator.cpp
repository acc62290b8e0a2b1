#include "app/gui/JobsIndicator.h"
#include "app/gui/JobList.h"
#include "tasks/TaskRunner.h"
#include <QFrame>
#include <QGuiApplication>
#include <QScreen>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

JobsIndicator::JobsIndicator(gtzan::TaskRunner &runner, QWidget *parent)
    : QToolButton(parent), m_runner(runner), m_popup(new QFrame(this, Qt::Popup)), m_list(new JobList(runner)) {
    setObjectName(QStringLiteral("jobsIndicator"));
    setAutoRaise(true);
    setToolTip(tr("Background jobs: click to see them and to cancel one"));
    m_popup->setObjectName(QStringLiteral("jobListPopup"));
    m_popup->setFrameShape(QFrame::StyledPanel);
    auto *layout = new QVBoxLayout(m_popup);
    layout->addWidget(m_list);
    connect(this, &QToolButton::clicked, this, &JobsIndicator::showList);
    connect(&m_runner, &gtzan::TaskRunner::jobsChanged, this, &JobsIndicator::refresh);
    refresh();
}

void JobsIndicator::refresh() {
    int running = 0, waiting = 0;
    for (const gtzan::JobInfo &job : m_runner.jobs()) (job.state == gtzan::JobInfo::State::Queued ? waiting : running)++;
    // Two forms, not %n: without an English translation file, %n would show "1 job(s)".
    const QString runningText = running == 1 ? tr("1 job running") : tr("%1 jobs running").arg(running);
    setText(waiting == 0 ? runningText : tr("%1, %2 waiting").arg(runningText).arg(waiting));
    setVisible(running + waiting > 0);
    if (m_popup->isVisible()) {
        if (running + waiting == 0) m_popup->hide();
        else m_popup->adjustSize();
    }
}

void JobsIndicator::showList() {
    // Shown first: its layout settles its size only then (before, it was a few pixels narrower).
    m_popup->show();
    m_popup->adjustSize();
    // Above the button (it sits in the status bar at the window's foot), inside the screen.
    const QSize size = m_popup->frameGeometry().size();
    QPoint at = mapToGlobal(QPoint(width() - size.width(), -size.height()));
    if (const QScreen *s = screen()) {
        const QRect area = s->availableGeometry();
        at.setX(std::clamp(at.x(), area.x(), std::max(area.x(), area.x() + area.width() - size.width())));
        at.setY(std::clamp(at.y(), area.y(), std::max(area.y(), area.y() + area.height() - size.height())));
    }
    m_popup->move(at);
}

} // namespace gui
} // namespace gtzan
