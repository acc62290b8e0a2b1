#include "app/gui/PredictionPanel.h"
#include "app/gui/ModelDescription.h"
#include "app/gui/ModelDetailsDialog.h"
#include "app/gui/PredictionCsvExport.h"
#include "app/gui/PredictionDetails.h"
#include "app/gui/PredictionRunner.h"
#include "app/gui/SaliencyControls.h"
#include "common/Error.h"
#include "widgets/ClipInspector.h"
#include "widgets/ScrollPage.h"
#include <QDialog>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace gtzan {
namespace gui {

const QString PredictionPanel::kStarterModel = QStringLiteral(":/models/starter.gtzm");
const QString PredictionPanel::kSmallStarterModel = QStringLiteral(":/models/starter-cnn1d.gtzm");

namespace {
const char *kModelKey = "prediction/model"; // empty: the starter model
using Column = PredictionQueueModel::Column;
} // namespace

PredictionPanel::PredictionPanel(QWidget *parent)
    : QWidget(parent), m_queue(new PredictionQueueModel(this)), m_runner(new PredictionRunner(m_queue, this)), m_modelLabel(new QLabel),
      m_modelInfo(new QLabel), m_cancelButton(new QPushButton(tr("Cancel"))), m_exportButton(new QPushButton(tr("Export CSV..."))),
      m_exportLabelsButton(new QPushButton(tr("Export labels..."))), m_progress(new QProgressBar), m_table(new QTableView),
      m_details(new PredictionDetails), m_inspector(new ClipInspector), m_saliency(new SaliencyControls(m_inspector)) {
    setObjectName(QStringLiteral("predictionPanel"));

    auto *addFiles = new QPushButton(tr("Add files..."));
    auto *addFolder = new QPushButton(tr("Add folder..."));
    auto *clear = new QPushButton(tr("Clear list"));
    auto *openModel = new QPushButton(tr("Open model..."));
    auto *starter = new QPushButton(tr("Use starter model"));
    auto *smallStarter = new QPushButton(tr("Small starter (cnn1d)"));
    smallStarter->setToolTip(tr("A small spectrogram network (cnn1d) trained on 30 clips: fast, but far less accurate than the starter."));
    auto *details = new QPushButton(tr("Model details..."));
    details->setToolTip(tr("The model's cross-validated or test confusion matrix and how it was made."));
    m_cancelButton->setEnabled(false);
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    m_progress->setTextVisible(true);
    m_progress->setFormat(tr("No files yet"));
    m_progress->setMaximumWidth(220);
    auto *buttons = new QHBoxLayout;
    for (QWidget *w : std::initializer_list<QWidget *>{addFiles, addFolder, clear, m_exportButton, m_exportLabelsButton, m_cancelButton, m_progress})
        buttons->addWidget(w);
    buttons->addStretch(1);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_modelLabel);
    modelRow->addWidget(openModel);
    modelRow->addWidget(starter);
    modelRow->addWidget(smallStarter);
    modelRow->addWidget(details);
    modelRow->addStretch(1);
    // The whole text took four lines of a laptop's height: here one summary line, the whole text
    // in its tooltip and in Model details.
    m_modelInfo->setWordWrap(true);
    m_modelInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_modelInfo->setObjectName(QStringLiteral("modelInfo"));

    m_table->setModel(m_queue);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(Column::File, 140);
    m_table->setColumnWidth(Column::Genre, 70);
    m_table->setColumnWidth(Column::Confidence, 78);
    m_table->setColumnWidth(Column::Duration, 60);
    m_table->setMinimumWidth(250);

    // The list and the selected file's chart and timeline on top; the inspector below, full width.
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_table);
    top->addWidget(m_details);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    top->setSizes({500, 650});
    auto *split = new QSplitter(Qt::Vertical);
    split->addWidget(top);
    auto *clipSide = new QWidget;
    auto *clipLayout = new QVBoxLayout(clipSide);
    clipLayout->setContentsMargins(0, 0, 0, 0);
    clipLayout->addWidget(m_inspector, 1);
    clipLayout->addWidget(m_saliency);
    split->addWidget(clipSide);
    split->setStretchFactor(0, 1);
    split->setStretchFactor(1, 1);
    auto *layout = widgets::scrollPageLayout(this); // scrolls rather than outgrow a laptop screen
    layout->addLayout(buttons);
    layout->addLayout(modelRow);
    layout->addWidget(m_modelInfo);
    layout->addWidget(split, 1);

    connect(addFiles, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Predict the genre of audio files"), QString(),
                                                                tr("Audio (*.wav *.au *.aif *.aiff *.flac *.ogg *.opus *.mp3);;All files (*)"));
        if (!files.isEmpty()) addPaths(files);
    });
    connect(addFolder, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Predict every audio file in a folder"));
        if (!dir.isEmpty()) addPaths({dir});
    });
    connect(clear, &QPushButton::clicked, this, &PredictionPanel::clearList);
    connect(m_cancelButton, &QPushButton::clicked, this, &PredictionPanel::cancel);
    connect(m_exportButton, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the predictions"), QStringLiteral("predictions.csv"), tr("CSV (*.csv)"));
        if (!path.isEmpty()) exportCsv(path);
    });
    m_exportLabelsButton->setToolTip(tr("The selected file's segment genres as a label track for Audacity (File > Import > Labels) or an "
                                        "annotation layer for Sonic Visualiser (File > Import Annotation Layer)"));
    connect(m_exportLabelsButton, &QPushButton::clicked, this, [this] {
        const int row = currentRow();
        if (row < 0 || !done(row) || !entry(row).ok) {
            Q_EMIT message(tr("Select a file with an answer to export its labels"));
            return;
        }
        const QString audacity = tr("Audacity labels (*.txt)"), sonicVisualiser = tr("Sonic Visualiser annotation layer (*.csv)");
        QString filter = audacity;
        const QString suggested = gtzan::labelFilePath(QString(), entry(row).file, QStringLiteral("genres"), gtzan::LabelFormat::Audacity);
        QString path = QFileDialog::getSaveFileName(this, tr("Export the segment genres as labels"), suggested,
                                                    audacity + QStringLiteral(";;") + sonicVisualiser, &filter);
        if (path.isEmpty()) return;
        const gtzan::LabelFormat format = filter == sonicVisualiser ? gtzan::LabelFormat::SonicVisualiser : gtzan::LabelFormat::Audacity;
        if (QFileInfo(path).suffix().isEmpty()) path += gtzan::labelFileSuffix(format);
        exportLabels(path, format);
    });
    connect(openModel, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a model file"), QString(), ModelDescription::fileDialogFilter());
        // A file that does not load: said in a box (the previous model stays in use).
        if (!path.isEmpty()) setModelPath(path, OnFailure::Warn);
    });
    connect(starter, &QPushButton::clicked, this, [this] { setModelPath(QString()); });
    connect(smallStarter, &QPushButton::clicked, this, [this] { setModelPath(kSmallStarterModel); });
    connect(details, &QPushButton::clicked, this, &PredictionPanel::showModelDetails);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) { showRow(current.row()); });
    // The row shown in detail follows its answer as it comes (a partial one refined, the final one).
    connect(m_queue, &QAbstractItemModel::dataChanged, this, [this](const QModelIndex &from, const QModelIndex &to) {
        const int shown = currentRow();
        if (shown >= from.row() && shown <= to.row()) showRow(shown);
    });
    connect(m_queue, &QAbstractItemModel::modelReset, this, [this] { showRow(-1); });
    connect(m_runner, &PredictionRunner::modelLoaded, this, &PredictionPanel::onModelLoaded);
    connect(m_runner, &PredictionRunner::modelFailed, this, &PredictionPanel::onModelFailed);
    connect(m_runner, &PredictionRunner::answered, this, &PredictionPanel::onAnswered);
    connect(m_runner, &PredictionRunner::partialAnswer, this, &PredictionPanel::onPartialAnswer);
    connect(m_runner, &PredictionRunner::batchRunning, m_cancelButton, &QPushButton::setEnabled);
    connect(m_runner, &PredictionRunner::batchFinished, this, [this] {
        updateProgress();
        Q_EMIT batchFinished();
    });

    // The remembered model, else the starter; a remembered file that no longer loads falls back
    // and says why (a damaged file must never keep the window from starting): onModelFailed.
    clearList();
    setModelPath(QSettings().value(QString::fromLatin1(kModelKey)).toString());
    m_startingUp = true; // until this first load has answered
    updateModelLabel();
}

PredictionPanel::~PredictionPanel() = default; // the runner cancels its tasks

bool PredictionPanel::isBusy() const { return m_runner->isBusy(); }

bool PredictionPanel::isLoadingModel() const { return m_runner->isLoading(); }

int PredictionPanel::currentRow() const { return m_table->currentIndex().isValid() ? m_table->currentIndex().row() : -1; }

void PredictionPanel::addPaths(const QStringList &paths) {
    const QStringList files = gtzan::expandPredictionInputs(paths);
    if (files.isEmpty()) {
        Q_EMIT message(tr("No audio files in %1").arg(paths.join(QStringLiteral(", "))));
        return;
    }
    if (!m_runner->isBusy()) m_batchTotal = m_batchDone = 0;
    m_batchTotal += int(files.size());
    m_progress->setFormat(tr("%v / %m files"));
    updateProgress();
    const QList<int> rows = m_queue->addFiles(files);
    Q_EMIT message(tr("Files to predict: %1").arg(files.size()));
    m_runner->enqueue(rows);
}

void PredictionPanel::updateProgress() {
    m_progress->setRange(0, std::max(1, m_batchTotal));
    m_progress->setValue(std::min(m_batchDone, m_progress->maximum()));
}

void PredictionPanel::onPartialAnswer(int row) {
    if (currentRow() < 0) selectRow(row);
    Q_EMIT partialAnswerShown(row);
}

// Answers of a cancelled batch (a cleared list, an older model) never arrive: the runner drops them.
void PredictionPanel::onAnswered(int row) {
    const PredictionQueueModel::Row &r = m_queue->row(row);
    const gtzan::PredictionEntry &e = r.entry;
    ++m_batchDone;
    updateProgress();
    if (currentRow() < 0) selectRow(row);
    if (e.ok && e.prediction.trust.unsure)
        Q_EMIT message(tr("%1: unsure, %2 (most like %3), %4 ms from drop to probabilities")
                           .arg(QFileInfo(e.file).fileName(), e.prediction.trust.reason, e.prediction.genreName)
                           .arg(r.latencyMs, 0, 'f', 0));
    else if (e.ok)
        Q_EMIT message(tr("%1: %2 (%3%), %4 ms from drop to probabilities")
                           .arg(QFileInfo(e.file).fileName(), e.prediction.genreName)
                           .arg(double(e.prediction.probabilities.at(size_t(e.prediction.genre))) * 100.0, 0, 'f', 1)
                           .arg(r.latencyMs, 0, 'f', 0));
    else Q_EMIT message(e.error);
    Q_EMIT filePredicted(row);
}

void PredictionPanel::selectRow(int row) {
    if (row < 0 || row >= rowCount()) return;
    m_table->setCurrentIndex(m_queue->index(row, 0));
    m_table->selectRow(row);
}

void PredictionPanel::showRow(int row) {
    if (row < 0 || row >= rowCount()) {
        m_details->clear(tr("Drop audio files or a folder here, or use Add files..."));
        return;
    }
    const PredictionQueueModel::Row &r = m_queue->row(row);
    m_details->showRow(r);
    if (r.state == PredictionQueueModel::State::Failed) m_inspector->clear(r.entry.error);
    else if (r.finished() || r.state == PredictionQueueModel::State::Partial)
        if (m_inspector->currentPath() != r.entry.file) m_inspector->openDecodedFile(r.entry.file, r.entry.prediction.audio);
}

QString PredictionPanel::detailText() const { return m_details->text(); }
QString PredictionPanel::progressText() const { return m_progress->text(); }

// Every file not predicted yet, waiting or in the running batch, says so at once; the batch
// stops between files or windows and then lets the next one start.
void PredictionPanel::cancel() {
    const bool running = m_runner->isBatchRunning();
    for (int r : m_runner->stop()) {
        gtzan::PredictionEntry e;
        e.file = m_queue->row(r).entry.file;
        e.error = tr("Cancelled before it was predicted.");
        m_queue->setResult(r, e);
        onAnswered(r);
    }
    if (!running) Q_EMIT batchFinished();
}

void PredictionPanel::clearList() {
    m_runner->stop();
    m_queue->clear();
    m_batchTotal = m_batchDone = 0;
    m_progress->setFormat(tr("No files yet"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    showRow(-1);
    m_inspector->clear(tr("The selected file is shown and played here."));
}

void PredictionPanel::setModelPath(const QString &path, OnFailure onFailure) {
    m_startingUp = false; // a person's choice now, not the remembered one
    m_requestedPath = path;
    m_onFailure = onFailure;
    m_runner->loadModel(path.isEmpty() ? kStarterModel : path);
    updateModelLabel();
}

void PredictionPanel::onModelLoaded(const QString &file, const gtzan::ModelSummary &summary) {
    const bool first = m_startingUp;
    m_startingUp = false;
    m_summary = summary;
    m_details->setModel(summary);
    m_modelPath = m_requestedPath;
    m_queue->setCalibrated(summary.calibrated);
    m_saliency->setModel(file, m_summary.genres);
    // A fallback at start keeps the remembered choice until the person picks another model.
    if (!first || m_startupNote.isEmpty()) {
        m_startupNote.clear();
        QSettings().setValue(QString::fromLatin1(kModelKey), m_modelPath);
    }
    updateModelLabel();
    Q_EMIT modelChanged(m_modelPath);
    m_batchTotal = rowCount();
    m_batchDone = 0;
    updateProgress();
    m_runner->predictAllAgain();
    showRow(currentRow());
}

void PredictionPanel::onModelFailed(const QString &file, const QString &reason) {
    // The engine's errors name the file; anything else (LibTorch, the allocator) gets its name here.
    const QString named = reason.contains(file) ? reason : tr("%1: the model cannot be loaded (%2)").arg(file, reason.left(200));
    const QString text = m_runner->predictor() ? tr("%1. The model in use stays.").arg(named) : named;
    m_lastModelError = text;
    if (m_startingUp && !m_requestedPath.isEmpty()) {
        // The model remembered from last time no longer loads: the starter, and why.
        m_startupNote = tr("The model used last time could not be loaded, so the starter model is used: %1").arg(named);
        m_requestedPath.clear();
        m_runner->loadModel(kStarterModel); // still starting up: its success keeps the remembered choice
    } else {
        m_startingUp = false;
        m_requestedPath = m_modelPath;
        updateModelLabel();
    }
    Q_EMIT modelFailed(file, text);
    Q_EMIT message(text);
    if (m_onFailure == OnFailure::Warn) QMessageBox::warning(this, tr("Model not loaded"), text);
}

void PredictionPanel::updateModelLabel() {
    const bool ready = bool(m_runner->predictor());
    // Until the first model is in, the one asked for; then the one in use, whatever loads meanwhile.
    const QString path = ready ? m_modelPath : m_requestedPath;
    const QString shown = path.isEmpty()               ? tr("starter")
                          : path == kSmallStarterModel ? tr("small starter (cnn1d)")
                                                       : QFileInfo(path).fileName().toHtmlEscaped();
    m_modelLabel->setText(ready && m_requestedPath != m_modelPath ? tr("Model: <b>%1</b> (loading another...)").arg(shown)
                                                                  : tr("Model: <b>%1</b>").arg(shown));
    m_modelLabel->setToolTip(path.isEmpty() ? kStarterModel : path);
    m_modelInfo->setText(ready ? modelSummaryLine() : tr("Loading the model..."));
    m_modelInfo->setToolTip(ready ? QStringLiteral("<p>%1</p>").arg(modelInfoText().toHtmlEscaped()) : QString());
}

QString PredictionPanel::modelInfoText() const {
    const QString name = m_modelPath.isEmpty()               ? tr("Starter model")
                         : m_modelPath == kSmallStarterModel ? tr("Small starter model")
                                                             : QFileInfo(m_modelPath).fileName();
    return ModelDescription::infoText(m_summary, name, m_startupNote);
}

QString PredictionPanel::modelSummaryLine() const { return ModelDescription::summaryLine(m_summary, m_startupNote); }

void PredictionPanel::showModelDetails() {
    std::unique_ptr<QDialog> dialog(createModelDetailsDialog());
    dialog->exec();
}

QDialog *PredictionPanel::createModelDetailsDialog() {
    // The starter is exported from its embedded copy (loadModelFile reads :/ paths too).
    const QString path = m_modelPath.isEmpty() ? kStarterModel : m_modelPath;
    return new ModelDetailsDialog(m_summary, modelInfoText(), this, path);
}

void PredictionPanel::exportCsv(const QString &path) {
    try {
        const int written = exportPredictionCsv(*m_queue, m_summary.genres, path);
        Q_EMIT exported(path);
        Q_EMIT message(tr("Predictions of %1 files written to %2").arg(written).arg(path));
    } catch (const gtzan::Error &e) {
        Q_EMIT exportFailed(e.message());
        Q_EMIT message(e.message());
    }
}

void PredictionPanel::exportLabels(const QString &path, gtzan::LabelFormat format) {
    const int row = currentRow();
    if (row < 0 || !done(row) || !entry(row).ok) {
        Q_EMIT exportFailed(tr("Select a file with an answer to export its labels"));
        return;
    }
    try {
        gtzan::writeLabelFile(path, gtzan::genreLabels(entry(row).prediction, m_summary.genres, format));
        Q_EMIT exported(path);
        Q_EMIT message(tr("Segment genres of %1 written to %2").arg(QFileInfo(entry(row).file).fileName(), path));
    } catch (const gtzan::Error &e) {
        Q_EMIT exportFailed(e.message());
        Q_EMIT message(e.message());
    }
}

} // namespace gui
} // namespace gtzan
