#include "app/gui/TaskControls.h"
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

TaskControls::TaskControls(const QString &startText, QWidget *parent)
    : QWidget(parent), m_start(new QPushButton(startText)), m_cancel(new QPushButton(tr("Cancel"))), m_bar(new QProgressBar), m_status(new QLabel) {
    auto *column = new QVBoxLayout(this);
    column->setContentsMargins(0, 0, 0, 0);
    auto *row = new QHBoxLayout;
    m_start->setObjectName(QStringLiteral("startButton"));
    m_cancel->setObjectName(QStringLiteral("cancelButton"));
    m_cancel->setEnabled(false);
    m_bar->setRange(0, 1000);
    m_bar->setTextVisible(false);
    m_bar->setVisible(false);
    m_status->setObjectName(QStringLiteral("taskStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    row->addWidget(m_start);
    row->addWidget(m_cancel);
    row->addWidget(m_bar, 1);
    column->addLayout(row);
    column->addWidget(m_status);
    connect(m_start, &QPushButton::clicked, this, &TaskControls::startRequested);
    connect(m_cancel, &QPushButton::clicked, this, &TaskControls::cancelRequested);
}

void TaskControls::setRunning(bool running) {
    m_start->setEnabled(!running);
    m_cancel->setEnabled(running);
    m_bar->setVisible(running);
    if (running) setProgress(-1, QString());
}

void TaskControls::setProgress(double fraction, const QString &text) {
    if (fraction < 0) {
        m_bar->setRange(0, 0);
    } else {
        m_bar->setRange(0, 1000);
        m_bar->setValue(int(1000 * std::min(1.0, fraction)));
    }
    if (!text.isEmpty()) m_status->setText(text);
}

void TaskControls::setStatus(const QString &text) { m_status->setText(text); }

} // namespace gui
} // namespace gtzan
