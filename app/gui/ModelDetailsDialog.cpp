#include "app/gui/ModelDetailsDialog.h"
#include "common/Error.h"
#include "model/ModelFile.h"
#include "model/PyTorchExport.h"
#include "model/ScriptedModelSidecar.h"
#include "tasks/TaskRunner.h"
#include "training/Evaluation.h"
#include "widgets/ConfusionMatrixView.h"
#include "widgets/ReliabilityDiagram.h"
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

using widgets::ConfusionMatrixView;

// Side by side: a tall text above a matrix did not fit a laptop's height; the text scrolls, the
// matrix takes the room there is.
ModelDetailsDialog::ModelDetailsDialog(const gtzan::ModelSummary &summary, const QString &infoText, QWidget *parent, const QString &modelPath)
    : QDialog(parent), m_modelPath(modelPath) {
    setWindowTitle(tr("Model details"));
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(Qt::Horizontal);
    auto *info = new QTextBrowser;
    info->setObjectName(QStringLiteral("modelDetailsText"));
    info->setPlainText(infoText);
    info->setMinimumWidth(260);
    split->addWidget(info);
    auto *matrixSide = new QWidget;
    auto *matrixLayout = new QVBoxLayout(matrixSide);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    if (!summary.evaluation.isEmpty()) {
        try {
            const gtzan::Evaluation e = gtzan::Evaluation::fromJson(summary.evaluation);
            const QString source = summary.evaluation.value(QStringLiteral("source")).toString();
            auto *caption = new QLabel(source.isEmpty() ? tr("Confusion matrix on the held-out test clips:")
                                                        : tr("Confusion matrix of the %1 (rows: true genre, columns: predicted):").arg(source));
            caption->setWordWrap(true);
            matrixLayout->addWidget(caption);
            auto *matrix = new ConfusionMatrixView;
            matrix->setObjectName(QStringLiteral("modelDetailsMatrix"));
            matrix->setMatrix(e.genres, e.confusion);
            // Ten genres stay readable at 36 px a row; it grows with the dialog.
            matrix->setMinimumSize(380, 360);
            matrixLayout->addWidget(matrix, 1);
        } catch (const gtzan::Error &err) {
            matrixLayout->addWidget(new QLabel(tr("Its evaluation cannot be shown: %1").arg(err.message())));
        }
    } else {
        matrixLayout->addWidget(new QLabel(tr("This model file holds no evaluation.")));
    }
    if (summary.calibration.calibrated()) {
        // Beside the matrix as a second page, not under it: both at once do not fit a laptop's height.
        auto *pages = new QTabWidget;
        pages->setObjectName(QStringLiteral("modelDetailsPages"));
        pages->addTab(matrixSide, tr("Confusion matrix"));
        auto *reliabilitySide = new QWidget;
        auto *reliabilityLayout = new QVBoxLayout(reliabilitySide);
        auto *caption = new QLabel(
            tr("Reliability on the %1 clips it was calibrated on (bars: how often it was right at that confidence):").arg(summary.calibration.clips));
        caption->setWordWrap(true);
        reliabilityLayout->addWidget(caption);
        auto *diagram = new widgets::ReliabilityDiagram;
        diagram->setObjectName(QStringLiteral("modelDetailsReliability"));
        diagram->setFigures(summary.calibration.before, summary.calibration.after);
        reliabilityLayout->addWidget(diagram, 1);
        pages->addTab(reliabilitySide, tr("Reliability"));
        split->addWidget(pages);
    } else split->addWidget(matrixSide);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    if (!m_modelPath.isEmpty()) {
        m_export = buttons->addButton(tr("Export to &PyTorch..."), QDialogButtonBox::ActionRole);
        m_export->setObjectName(QStringLiteral("exportToPyTorch"));
        m_export->setToolTip(tr("Writes the network as a PyTorch module, its weights and a predict.py for a notebook (docs/notebooks.md)"));
        connect(m_export, &QPushButton::clicked, this, [this] { exportToPyTorch(); });
        // A TorchScript model is PyTorch already.
        if (gtzan::isScriptedModelPath(m_modelPath)) {
            m_export->setEnabled(false);
            m_export->setToolTip(tr("This is a TorchScript model: the .pt file is the PyTorch model"));
        }
    }
    layout->addWidget(buttons);
    // Large enough for the matrix, never larger than the screen's free area.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    resize(std::min(1100, available.width() * 9 / 10), std::min(640, available.height() * 85 / 100));
}

void ModelDetailsDialog::exportToPyTorch(const QString &given) {
    QString dir = given;
    if (dir.isEmpty()) {
        QSettings settings;
        const QString last = settings.value(QStringLiteral("export/pytorchParent"), QDir::homePath()).toString();
        const QString parentDir = QFileDialog::getExistingDirectory(this, tr("Folder to export the model into"), last);
        if (parentDir.isEmpty()) return;
        settings.setValue(QStringLiteral("export/pytorchParent"), parentDir);
        const QString stem = m_modelPath.startsWith(QLatin1Char(':')) ? QStringLiteral("starter") : QFileInfo(m_modelPath).completeBaseName();
        dir = QDir(parentDir).filePath(stem + QStringLiteral("-pytorch"));
    }
    m_export->setEnabled(false);
    m_export->setText(tr("Exporting..."));
    const QString modelPath = m_modelPath;
    auto done = [this](bool ok, const QString &message) {
        m_export->setEnabled(true);
        m_export->setText(tr("Export to &PyTorch..."));
        Q_EMIT exportFinished(ok, message);
        if (isVisible()) { // tests drive a dialog that is not shown, and read exportFinished
            if (ok) QMessageBox::information(this, tr("Exported to PyTorch"), message);
            else QMessageBox::warning(this, tr("Export to PyTorch"), message);
        }
    };
    gtzan::TaskRunner::instance().start<QStringList>(
        this, QStringLiteral("exportPyTorch"),
        [modelPath, dir](gtzan::TaskContext &) { return gtzan::exportToPyTorch(gtzan::loadModelFile(modelPath), dir); },
        [done, dir](QStringList files) {
            done(true, tr("Wrote %n file(s) into %1.\n\nIn a terminal: python3 %2 clip.wav", nullptr, int(files.size()))
                           .arg(QDir::toNativeSeparators(dir), QDir::toNativeSeparators(QDir(dir).filePath(QStringLiteral("predict.py")))));
        },
        [done](const gtzan::TaskError &e) { done(false, tr("The model was not exported: %1").arg(e.message)); });
}

} // namespace gui
} // namespace gtzan
