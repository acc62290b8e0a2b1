#include "app/gui/FolderEvaluationDialog.h"
#include "tasks/TaskRunner.h"
#include "widgets/ConfusionMatrixView.h"
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const QString kTaskKind = QStringLiteral("evaluate on folder");
}

FolderEvaluationDialog::FolderEvaluationDialog(const QString &modelPath, const QString &folder, QWidget *parent)
    : QDialog(parent), m_modelPath(modelPath), m_folder(folder), m_summary(new QLabel), m_progress(new QProgressBar),
      m_matrix(new ConfusionMatrixView), m_buttons(new QDialogButtonBox(QDialogButtonBox::Cancel | QDialogButtonBox::Close)) {
    setObjectName(QStringLiteral("folderEvaluationDialog"));
    setWindowTitle(tr("Evaluate %1 on %2").arg(QFileInfo(modelPath).fileName(), QFileInfo(folder).fileName()));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setRange(0, 0);
    m_matrix->setMinimumSize(360, 300);
    m_matrix->setVisible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(m_matrix, 1);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Close)->setEnabled(false);
    connect(m_buttons->button(QDialogButtonBox::Cancel), &QPushButton::clicked, this,
            [this] { gtzan::TaskRunner::instance().cancel(this, kTaskKind); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, [this] {
        if (!isRunning()) reject(); // Escape while running cancels first (below)
        else gtzan::TaskRunner::instance().cancel(this, kTaskKind);
    });
    connect(m_buttons->button(QDialogButtonBox::Close), &QPushButton::clicked, this, &QDialog::accept);
    start();
}

bool FolderEvaluationDialog::isRunning() const { return gtzan::TaskRunner::instance().isRunning(this, kTaskKind); }

QString FolderEvaluationDialog::summaryText() const { return m_summary->text(); }

void FolderEvaluationDialog::start() {
    m_summary->setText(tr("Evaluating %1 on the clips of %2...").arg(QFileInfo(m_modelPath).fileName(), m_folder));
    const QString model = m_modelPath, folder = m_folder;
    auto finishedRunning = [this] {
        m_progress->setVisible(false);
        m_buttons->button(QDialogButtonBox::Cancel)->setEnabled(false);
        m_buttons->button(QDialogButtonBox::Close)->setEnabled(true);
    };
    gtzan::TaskRunner::instance().start<gtzan::FolderEvaluation>(
        this, kTaskKind,
        [model, folder](gtzan::TaskContext &task) {
            gtzan::FolderEvaluationOptions options;
            options.cancel = task.cancelFlag();
            options.progress = [&task](const QString &stage, int done, int total) {
                task.progress(total > 0 ? double(done) / total : 0.0, QStringLiteral("%1 %2/%3").arg(stage).arg(done).arg(total));
            };
            return gtzan::evaluateModelFileOnFolder(model, folder, options);
        },
        [this, finishedRunning](gtzan::FolderEvaluation result) {
            finishedRunning();
            const gtzan::Evaluation &ev = result.evaluation;
            QString text = tr("<b>Clip accuracy %1%</b> on %2 clips (macro F1 %3; by vote %4%, segments %5%).")
                               .arg(ev.accuracy * 100.0, 0, 'f', 1)
                               .arg(result.clips)
                               .arg(ev.macroF1, 0, 'f', 3)
                               .arg(ev.accuracyByVote * 100.0, 0, 'f', 1)
                               .arg(ev.segmentAccuracy * 100.0, 0, 'f', 1);
            if (!result.problems.isEmpty())
                text += QStringLiteral("<br>") +
                        tr("%1 clip(s) left out: %2").arg(result.problems.size()).arg(result.problems.join(QStringLiteral("; ")).toHtmlEscaped());
            m_summary->setText(text);
            m_matrix->setMatrix(ev.genres, ev.confusion);
            m_matrix->setVisible(true);
            m_result = std::move(result);
            Q_EMIT evaluationFinished(true);
        },
        [this, finishedRunning](const gtzan::TaskError &error) {
            finishedRunning();
            m_summary->setText(error.cancelled ? tr("The evaluation was cancelled.")
                                               : tr("The evaluation failed: %1").arg(error.message.toHtmlEscaped()));
            Q_EMIT evaluationFinished(false);
        },
        [this](double fraction, const QString &text) {
            m_progress->setRange(0, 1000);
            m_progress->setValue(int(fraction * 1000));
            m_progress->setFormat(text);
        });
}

} // namespace gui
} // namespace gtzan
