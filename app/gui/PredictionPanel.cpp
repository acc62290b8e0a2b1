#include "app/gui/PredictionPanel.h"
#include "app/gui/SaliencyControls.h"
#include "common/ClockText.h"
#include "common/Error.h"
#include "tasks/TaskRunner.h"
#include "training/Evaluation.h"
#include "widgets/ClipInspector.h"
#include "widgets/ConfusionMatrixView.h"
#include "widgets/GenreColors.h"
#include "widgets/GenreProbabilityChart.h"
#include "widgets/ReliabilityDiagram.h"
#include "widgets/ScrollPage.h"
#include "widgets/SegmentTimeline.h"
#include "widgets/TaggramView.h"
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>
#include <algorithm>
#include <memory>

namespace gtzan {
namespace gui {

using widgets::ConfusionMatrixView;
namespace genrecolors = widgets::genrecolors;

const QString PredictionPanel::kStarterModel = QStringLiteral(":/models/starter.gtzm");
const QString PredictionPanel::kSmallStarterModel = QStringLiteral(":/models/starter-cnn1d.gtzm");

namespace {
const char *kModelKey = "prediction/model"; // empty: the starter model
// Task kinds. One batch at a time: a predictor serves one batch at a time, and a batch waits for
// the model's warm-up (which pays for FFT plans and LibTorch's lazy set-up off the first file).
const QString kBatchTask = QStringLiteral("predict");
const QString kWarmUpTask = QStringLiteral("warm-up");

gtzan::TaskRunner &tasks() { return gtzan::TaskRunner::instance(); }
enum Column { ColFile, ColGenre, ColConfidence, ColDuration, ColError, ColCount };

QString sentenceCase(QString s) {
    if (!s.isEmpty()) s[0] = s[0].toUpper();
    return s;
}

} // namespace

PredictionPanel::PredictionPanel(QWidget *parent)
    : QWidget(parent), m_modelLabel(new QLabel), m_modelInfo(new QLabel), m_cancelButton(new QPushButton(tr("Cancel"))),
      m_exportButton(new QPushButton(tr("Export CSV..."))), m_progress(new QProgressBar), m_table(new QTableWidget(0, ColCount)),
      m_detailTitle(new QLabel), m_chart(new GenreProbabilityChart), m_timeline(new SegmentTimeline), m_tagsLabel(new QLabel),
      m_taggram(new TaggramView), m_inspector(new ClipInspector), m_saliency(new SaliencyControls(m_inspector)) {
    m_clock.start();
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
    for (QWidget *w : std::initializer_list<QWidget *>{addFiles, addFolder, clear, m_exportButton, m_cancelButton, m_progress}) buttons->addWidget(w);
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

    m_table->setHorizontalHeaderLabels({tr("File"), tr("Genre"), tr("Confidence"), tr("Duration"), tr("Error")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->setVisible(false);
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(ColFile, 140);
    m_table->setColumnWidth(ColGenre, 70);
    m_table->setColumnWidth(ColConfidence, 78);
    m_table->setColumnWidth(ColDuration, 60);
    m_table->setMinimumWidth(250);

    m_detailTitle->setWordWrap(true);
    m_detailTitle->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *detailBox = new QWidget;
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    detailLayout->addWidget(m_detailTitle);
    // The genre chart and musicnn's tags side by side: the window's minimum height stays as it was.
    auto *tagsColumn = new QVBoxLayout;
    tagsColumn->addWidget(m_tagsLabel);
    tagsColumn->addWidget(m_taggram, 1);
    auto *chartRow = new QHBoxLayout;
    chartRow->addWidget(m_chart, 1);
    chartRow->addLayout(tagsColumn, 1);
    detailLayout->addLayout(chartRow, 1);
    detailLayout->addWidget(new QLabel(tr("Genre of each segment along the file (hover for its probabilities):")));
    detailLayout->addWidget(m_timeline);
    m_tagsLabel->setWordWrap(true);
    m_tagsLabel->setObjectName(QStringLiteral("tagsLabel"));
    // The list and the selected file's chart and timeline on top; the inspector below, full width.
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_table);
    top->addWidget(detailBox);
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
    connect(openModel, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a model file"), QString(), tr("Model files (*.gtzm);;All files (*)"));
        // A file that does not load: said in a box (the previous model stays in use).
        if (!path.isEmpty() && !setModelPath(path)) QMessageBox::warning(this, tr("Model not loaded"), m_lastModelError);
    });
    connect(starter, &QPushButton::clicked, this, [this] { setModelPath(QString()); });
    connect(smallStarter, &QPushButton::clicked, this, [this] { setModelPath(kSmallStarterModel); });
    connect(details, &QPushButton::clicked, this, &PredictionPanel::showModelDetails);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });

    // The remembered model, else the starter; a remembered file that no longer loads falls back
    // and says why (a damaged file must never keep the window from starting).
    const QString remembered = QSettings().value(QString::fromLatin1(kModelKey)).toString();
    if (!remembered.isEmpty() && !setModelPath(remembered)) {
        const QString why = m_lastModelError;
        setModelPath(QString());
        m_startupNote = tr("The model used last time could not be loaded, so the starter model is used: %1").arg(why);
        QSettings().setValue(QString::fromLatin1(kModelKey), remembered); // kept until the user picks another model
    } else if (remembered.isEmpty()) {
        setModelPath(QString());
    }
    clearList();
    updateModelLabel();
}

// A batch stops between files or windows on its own; nothing of it reaches this panel any more.
PredictionPanel::~PredictionPanel() { tasks().cancelAll(this); }

bool PredictionPanel::isBusy() const { return !m_pending.isEmpty() || tasks().isRunning(this, kBatchTask) || tasks().isRunning(this, kWarmUpTask); }

void PredictionPanel::addPaths(const QStringList &paths) {
    const QStringList files = gtzan::expandPredictionInputs(paths);
    if (files.isEmpty()) {
        Q_EMIT message(tr("No audio files in %1").arg(paths.join(QStringLiteral(", "))));
        return;
    }
    if (m_pending.isEmpty() && !tasks().isRunning(this, kBatchTask)) m_batchTotal = m_batchDone = 0;
    const qint64 now = m_clock.nsecsElapsed();
    for (const QString &f : files) {
        Row r;
        r.entry.file = f;
        r.queuedAtMs = now;
        m_rows.push_back(r);
        const int row = int(m_rows.size()) - 1;
        m_table->insertRow(row);
        updateRowCells(row);
        m_pending << row;
    }
    m_batchTotal += int(files.size());
    m_progress->setFormat(tr("%v / %m files"));
    m_progress->setRange(0, m_batchTotal);
    m_progress->setValue(m_batchDone);
    Q_EMIT message(tr("Files to predict: %1").arg(files.size()));
    startNext();
}

void PredictionPanel::startNext() {
    // After the warm-up, and after a cancelled batch has really stopped (its task is running until then).
    if (m_pending.isEmpty() || !m_predictor || tasks().isRunning(this, kBatchTask) || tasks().isRunning(this, kWarmUpTask)) return;
    const QList<int> rows = m_pending;
    m_pending.clear();
    m_running = rows;
    QStringList files;
    for (int r : rows) files << m_rows[size_t(r)].entry.file;
    m_cancelButton->setEnabled(true);
    const std::shared_ptr<const gtzan::Predictor> predictor = m_predictor;
    // `this` only travels into the posted callbacks, which run on this thread while the panel exists.
    tasks().start<void>(
        this, kBatchTask,
        [this, predictor, rows, files](gtzan::TaskContext &task) {
            gtzan::predictBatch(
                *predictor, files,
                // Each result goes to the GUI thread as soon as it is there.
                [this, &task, rows](int i, const gtzan::PredictionEntry &e) { task.post([this, row = rows[i], e] { applyEntry(row, e); }); },
                task.cancelFlag(),
                // A long file: its first answer now, refined window by window.
                [this, &task, rows](int i, const gtzan::FilePrediction &soFar, double fraction) {
                    task.post([this, row = rows[i], soFar, fraction] { applyPartial(row, soFar, fraction); });
                },
                // The decode that predicts a file also gives the inspector its audio.
                ClipInspector::kDisplayRate);
        },
        [this] { batchEnded(QString()); }, [this](const gtzan::TaskError &e) { batchEnded(e.cancelled ? QString() : e.message); });
}

void PredictionPanel::batchEnded(const QString &error) {
    // predictBatch gives every file an entry; only an escaped failure (memory) leaves some without.
    const QList<int> unfinished = m_running;
    m_running.clear();
    for (int r : unfinished)
        if (!error.isEmpty() && !m_rows[size_t(r)].done) {
            gtzan::PredictionEntry e;
            e.file = m_rows[size_t(r)].entry.file;
            e.error = e.file + QStringLiteral(": ") + error;
            applyEntry(r, e);
        }
    m_cancelButton->setEnabled(false);
    if (m_pending.isEmpty()) {
        m_progress->setRange(0, std::max(1, m_batchTotal));
        m_progress->setValue(m_batchDone);
        Q_EMIT batchFinished();
    }
    startNext();
}

void PredictionPanel::cancelRunningBatch() {
    tasks().cancel(this, kBatchTask);
    m_running.clear();
}

void PredictionPanel::applyPartial(int row, const gtzan::FilePrediction &soFar, double fraction) {
    if (row < 0 || row >= rowCount() || m_rows[size_t(row)].done) return;
    Row &r = m_rows[size_t(row)];
    if (r.firstAnswerMs < 0) r.firstAnswerMs = (m_clock.nsecsElapsed() - r.queuedAtMs) / 1e6;
    r.hasPartial = true;
    r.partial = soFar;
    r.partialFraction = fraction;
    updateRowCells(row);
    if (m_table->currentRow() < 0) selectRow(row);
    else if (m_table->currentRow() == row) showRow(row);
    Q_EMIT partialAnswerShown(row);
}

// Results of a cancelled batch (a cleared list, an older model) never arrive: the runner drops them.
void PredictionPanel::applyEntry(int row, const gtzan::PredictionEntry &e) {
    if (row < 0 || row >= rowCount()) return;
    Row &r = m_rows[size_t(row)];
    r.entry = e;
    r.done = true;
    // The decoded audio of the last few files stays for the inspector; older rows decode again
    // when shown, so memory stays that of a few files whatever the batch.
    if (e.prediction.audio) {
        m_rowsWithAudio.removeAll(row);
        m_rowsWithAudio.append(row);
        while (m_rowsWithAudio.size() > kRowsWithAudio) m_rows[size_t(m_rowsWithAudio.takeFirst())].entry.prediction.audio.reset();
    }
    r.hasPartial = false;
    r.latencyMs = (m_clock.nsecsElapsed() - r.queuedAtMs) / 1e6;
    if (r.firstAnswerMs < 0) r.firstAnswerMs = r.latencyMs;
    updateRowCells(row);
    ++m_batchDone;
    m_progress->setValue(std::min(m_batchDone, m_progress->maximum()));
    if (m_table->currentRow() < 0) selectRow(row);
    else if (m_table->currentRow() == row) showRow(row);
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

QString PredictionPanel::partialSource(const gtzan::FilePrediction &p, double fraction) const {
    const QString percent = QString::number(fraction * 100.0, 'f', 0);
    if (p.spreadExcerpts > 0 && fraction <= 0.0)
        return p.spreadExcerpts == 1 ? tr("a first answer from one excerpt of the file")
                                     : tr("a first answer from %1 excerpts spread over the file").arg(p.spreadExcerpts);
    if (p.spreadExcerpts > 0)
        return p.spreadExcerpts == 1 ? tr("an answer from %1% of the file and one excerpt of the rest").arg(percent)
                                     : tr("an answer from %1% of the file and %2 excerpts of the rest").arg(percent).arg(p.spreadExcerpts);
    return tr("a first answer from %1% of the file").arg(percent);
}

void PredictionPanel::updateRowCells(int row) {
    const Row &r = m_rows[size_t(row)];
    auto set = [this, row](int col, const QString &text, const QString &tip = QString()) {
        auto *item = m_table->item(row, col);
        if (!item) m_table->setItem(row, col, item = new QTableWidgetItem);
        item->setText(text);
        item->setToolTip(tip.isEmpty() ? text : tip);
        return item;
    };
    set(ColFile, QFileInfo(r.entry.file).fileName(), r.entry.file);
    if (!r.done && r.hasPartial) {
        const gtzan::FilePrediction &p = r.partial;
        QTableWidgetItem *genre =
            set(ColGenre, tr("%1...").arg(p.genreName), tr("%1; refining.").arg(sentenceCase(partialSource(p, r.partialFraction))));
        genre->setBackground(QBrush());
        genre->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText));
        set(ColConfidence, QString::number(p.trust.confidence * 100.0, 'f', 1) + QLatin1Char('%'));
        set(ColDuration, gtzan::clockText(p.seconds));
        set(ColError, QString());
        return;
    }
    if (!r.done) {
        set(ColGenre, tr("waiting"));
        set(ColConfidence, QString());
        set(ColDuration, QString());
        set(ColError, QString());
        return;
    }
    if (r.entry.ok) {
        const gtzan::FilePrediction &p = r.entry.prediction;
        if (p.trust.unsure) {
            // No confident colour for an answer the model itself doubts.
            QTableWidgetItem *genre = set(ColGenre, tr("unsure"), tr("Unsure: %1 (most like %2)").arg(p.trust.reason, p.genreName));
            genre->setBackground(QBrush());
            genre->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText));
            QFont f = genre->font();
            f.setItalic(true);
            genre->setFont(f);
        } else {
            QTableWidgetItem *genre = set(ColGenre, p.genreName);
            genre->setIcon(QIcon());
            genre->setForeground(QBrush());
            genre->setFont(QFont());
            // A genre's colour says "confident": only a calibrated model's confidence means that.
            genre->setBackground(m_summary.calibrated ? QBrush(genrecolors::color(p.genreName).lighter(125)) : QBrush());
            if (!m_summary.calibrated)
                genre->setToolTip(tr("%1 (the model is not calibrated: its confidence may not mean what it says)").arg(p.genreName));
        }
        set(ColConfidence, QString::number(double(p.probabilities.at(size_t(p.genre))) * 100.0, 'f', 1) + QLatin1Char('%'));
        set(ColDuration, gtzan::clockText(p.seconds));
        set(ColError, QString());
    } else {
        set(ColGenre, tr("error"))->setForeground(palette().color(QPalette::Disabled, QPalette::WindowText));
        set(ColConfidence, QString());
        set(ColDuration, QString());
        // The row names the file already: the cell keeps the reason, the tooltip the whole message.
        const QString prefix = r.entry.file + QStringLiteral(": ");
        set(ColError, r.entry.error.startsWith(prefix) ? r.entry.error.mid(prefix.size()) : r.entry.error, r.entry.error);
    }
}

void PredictionPanel::selectRow(int row) {
    if (row < 0 || row >= rowCount()) return;
    m_table->setCurrentCell(row, 0);
    m_table->selectRow(row);
}

void PredictionPanel::showRow(int row) {
    auto clearDetails = [this](const QString &title) {
        m_detailTitle->setText(title);
        m_chart->clear();
        m_timeline->clear();
        m_tagsLabel->clear();
        m_taggram->clear();
    };
    if (row < 0 || row >= rowCount()) {
        clearDetails(tr("Drop audio files or a folder here, or use Add files..."));
        return;
    }
    const Row &r = m_rows[size_t(row)];
    const QString name = QFileInfo(r.entry.file).fileName();
    if (!r.done && !r.hasPartial) {
        clearDetails(tr("%1: waiting for its prediction...").arg(name));
        return;
    }
    if (r.done && !r.entry.ok) {
        clearDetails(tr("%1 could not be predicted: %2").arg(name, r.entry.error));
        m_inspector->clear(r.entry.error);
        return;
    }
    const gtzan::FilePrediction &p = r.done ? r.entry.prediction : r.partial;
    QString verdict;
    if (p.trust.unsure && p.trust.kind == QLatin1String("silence"))
        verdict = tr("<b>unsure</b>: the file is (nearly) silent, there is no music to tell a genre from");
    else if (p.trust.unsure && p.trust.kind == QLatin1String("far-from-training"))
        verdict = tr("<b>unsure</b>: this does not sound like any of the %1 GTZAN genres (most like %2, %3%)")
                      .arg(m_summary.genres.size())
                      .arg(p.genreName.toHtmlEscaped())
                      .arg(p.trust.confidence * 100.0, 0, 'f', 0);
    else if (p.trust.unsure)
        verdict = tr("<b>unsure</b>: between %1 and %2 (%3%)")
                      .arg(p.genreName.toHtmlEscaped(), m_summary.genres.value(p.trust.runnerUp).toHtmlEscaped())
                      .arg(p.trust.confidence * 100.0, 0, 'f', 0);
    else if (m_summary.calibrated) verdict = tr("<b>%1</b> (%2%)").arg(p.genreName.toHtmlEscaped()).arg(p.trust.confidence * 100.0, 0, 'f', 0);
    else verdict = tr("%1 (%2%, not calibrated)").arg(p.genreName.toHtmlEscaped()).arg(p.trust.confidence * 100.0, 0, 'f', 0);
    if (p.trust.unsure && p.trust.kind == QLatin1String("too-short"))
        verdict = tr("<b>unsure</b>: %1 s of audio is too little to tell a genre from").arg(p.seconds, 0, 'f', 2);
    if (!p.soundsLike.empty()) {
        const QString style = p.soundsLike.style.toHtmlEscaped();
        verdict += QStringLiteral("; ") + (p.soundsLike.gtzanGenre ? tr("sounds %1: this model was not trained on %1").arg(style)
                                                                   : tr("sounds %1: GTZAN has no such genre").arg(style));
    }
    if (!r.done)
        m_detailTitle->setText(
            tr("<b>%1</b>: %2 &mdash; %3; refining...").arg(name.toHtmlEscaped(), verdict, partialSource(p, r.partialFraction).toHtmlEscaped()));
    else {
        const QString timing = tr("decode %1 ms, features %2 ms, network %3 ms; %4 ms from drop to probabilities")
                                   .arg(r.entry.timing.decodeMs, 0, 'f', 0)
                                   .arg(r.entry.timing.featuresMs, 0, 'f', 0)
                                   .arg(r.entry.timing.networkMs, 0, 'f', 0)
                                   .arg(r.latencyMs, 0, 'f', 0);
        // A long answer (unsure, a style outside the genres) keeps to two lines: the timings go to
        // the tooltip, or the charts below would be squeezed on a laptop's screen.
        const bool longAnswer = p.trust.unsure || !p.soundsLike.empty();
        m_detailTitle->setText(longAnswer ? tr("<b>%1</b>: %2 &mdash; %3").arg(name.toHtmlEscaped(), verdict, gtzan::clockText(p.seconds))
                                          : tr("<b>%1</b>: %2 &mdash; %3, segments: %4; %5")
                                                .arg(name.toHtmlEscaped(), verdict, gtzan::clockText(p.seconds))
                                                .arg(p.segments.size())
                                                .arg(timing));
        m_detailTitle->setToolTip(timing);
    }
    m_chart->setProbabilities(m_summary.genres, p.probabilities);
    m_timeline->setSegments(m_summary.genres, p.segments, p.seconds);
    if (p.tags.empty()) {
        m_tagsLabel->setText(tr("Tags: this model does not use musicnn."));
        m_taggram->clear();
    } else {
        QStringList tags;
        std::vector<int> rows;
        for (const gtzan::TagScore &t : p.tags) {
            tags << tr("%1 %2%").arg(t.tag.toHtmlEscaped()).arg(double(t.probability) * 100.0, 0, 'f', 0);
            rows.push_back(int(p.tagNames.indexOf(t.tag)));
        }
        // Three in the line (a longer list wrapped over the taggram on a laptop), all in the tooltip.
        const QString all = tags.join(QStringLiteral(", "));
        m_tagsLabel->setText(
            tr("musicnn's top tags: %1").arg(tags.mid(0, 3).join(QStringLiteral(", ")) + (tags.size() > 3 ? QStringLiteral(", ...") : QString())));
        m_tagsLabel->setToolTip(tr("musicnn's top tags: %1").arg(all));
        m_taggram->setTaggram(p.taggram, p.tagNames, rows, p.taggramPatchSeconds);
    }
    if (m_inspector->currentPath() != r.entry.file) m_inspector->openDecodedFile(r.entry.file, r.entry.prediction.audio);
}

QString PredictionPanel::detailText() const { return m_detailTitle->text(); }
QString PredictionPanel::progressText() const { return m_progress->text(); }

// Every file not predicted yet, waiting or in the running batch, says so at once; the batch
// stops between files or windows and then lets the next one start.
void PredictionPanel::cancel() {
    QList<int> rows = m_running + m_pending;
    std::sort(rows.begin(), rows.end());
    const bool running = tasks().isRunning(this, kBatchTask);
    cancelRunningBatch();
    m_pending.clear();
    for (int r : rows) {
        if (m_rows[size_t(r)].done) continue;
        gtzan::PredictionEntry e;
        e.file = m_rows[size_t(r)].entry.file;
        e.error = tr("Cancelled before it was predicted.");
        applyEntry(r, e);
    }
    if (!running) Q_EMIT batchFinished();
}

void PredictionPanel::clearList() {
    cancelRunningBatch();
    m_pending.clear();
    m_rows.clear();
    m_rowsWithAudio.clear();
    m_table->setRowCount(0);
    m_batchTotal = m_batchDone = 0;
    m_progress->setFormat(tr("No files yet"));
    m_progress->setRange(0, 1);
    m_progress->setValue(0);
    showRow(-1);
    m_inspector->clear(tr("The selected file is shown and played here."));
}

void PredictionPanel::predictAllAgain() {
    if (m_rows.empty()) return;
    cancelRunningBatch();
    m_pending.clear();
    const qint64 now = m_clock.nsecsElapsed();
    for (int r = 0; r < rowCount(); ++r) {
        m_rows[size_t(r)].done = false;
        m_rows[size_t(r)].queuedAtMs = now;
        m_rows[size_t(r)].latencyMs = -1;
        m_rows[size_t(r)].firstAnswerMs = -1;
        m_rows[size_t(r)].hasPartial = false;
        updateRowCells(r);
        m_pending << r;
    }
    m_batchTotal = rowCount();
    m_batchDone = 0;
    m_progress->setRange(0, m_batchTotal);
    m_progress->setValue(0);
    showRow(m_table->currentRow());
    startNext(); // or when the cancelled job ends
}

bool PredictionPanel::setModelPath(const QString &path) {
    const QString file = path.isEmpty() ? kStarterModel : path;
    std::shared_ptr<const gtzan::Predictor> predictor;
    try {
        predictor = gtzan::loadPredictor(file);
    } catch (const std::exception &ex) {
        // gtzan::Error names the file; anything else (LibTorch, the allocator) is still a refusal.
        const auto *known = dynamic_cast<const gtzan::Error *>(&ex);
        const QString reason =
            known ? known->message() : tr("%1: the model cannot be loaded (%2)").arg(file, QString::fromLocal8Bit(ex.what()).left(200));
        const QString text = m_predictor ? tr("%1. The model in use stays.").arg(reason) : reason;
        m_lastModelError = text;
        Q_EMIT modelFailed(file, text);
        Q_EMIT message(text);
        return false;
    }
    m_predictor = predictor;
    m_summary = gtzan::summarizeModel(*predictor);
    m_modelPath = path;
    m_saliency->setModel(file, m_summary.genres);
    m_startupNote.clear();
    QSettings().setValue(QString::fromLatin1(kModelKey), path);
    updateModelLabel();
    Q_EMIT modelChanged(path);
    if (!tasks().isRunning(this, kBatchTask)) {
        // Off the first dropped file: FFT plans and LibTorch's lazy set-up (about half a second).
        // A newer model's warm-up supersedes this one; the batch starts when it is over.
        tasks().start<void>(
            this, kWarmUpTask, [predictor](gtzan::TaskContext &) { gtzan::warmUpPredictor(*predictor); }, [this] { startNext(); },
            [this](const gtzan::TaskError &) { startNext(); });
    }
    predictAllAgain();
    return true;
}

void PredictionPanel::updateModelLabel() {
    const QString shown = m_modelPath.isEmpty()               ? tr("starter")
                          : m_modelPath == kSmallStarterModel ? tr("small starter (cnn1d)")
                                                              : QFileInfo(m_modelPath).fileName().toHtmlEscaped();
    m_modelLabel->setText(tr("Model: <b>%1</b>").arg(shown));
    m_modelLabel->setToolTip(m_modelPath.isEmpty() ? kStarterModel : m_modelPath);
    m_modelInfo->setText(modelSummaryLine());
    m_modelInfo->setToolTip(QStringLiteral("<p>%1</p>").arg(modelInfoText().toHtmlEscaped()));
}

QString PredictionPanel::modelInfoText() const {
    const gtzan::ModelSummary &s = m_summary;
    const QString name = m_modelPath.isEmpty()               ? tr("Starter model")
                         : m_modelPath == kSmallStarterModel ? tr("Small starter model")
                                                             : QFileInfo(m_modelPath).fileName();
    QString text;
    if (!m_startupNote.isEmpty()) text += m_startupNote + QLatin1Char(' ');
    text += tr("%1: network %2 (%3 parameters), features %4, %5 genres (%6).")
                .arg(name, s.network)
                .arg(s.parameters, 0, 'f', 0)
                .arg(s.preset)
                .arg(s.genres.size())
                .arg(s.genres.join(QStringLiteral(", ")));
    if (!s.musicnnNotice.isEmpty())
        text += QLatin1Char(' ') + tr("Embedding: pretrained musicnn %1%2.")
                                       .arg(s.musicnnNotice, s.hasMusicnnWeights ? tr(", weights carried in the model file") : QString());
    if (s.trainClips >= 0) {
        text += QLatin1Char(' ') + tr("Trained on %1 clips").arg(s.trainClips);
        if (!s.dataFolder.isEmpty()) text += QLatin1Char(' ') + tr("from %1").arg(QDir(s.dataFolder).dirName());
        if (s.crossValidationFolds > 0 && s.crossValidationAccuracy >= 0)
            text += tr(": %1-fold cross-validated clip accuracy %2% (each clip predicted by a model that never saw it); "
                       "%3 of the %4 clips come out unsure.")
                        .arg(s.crossValidationFolds)
                        .arg(s.crossValidationAccuracy * 100.0, 0, 'f', 0)
                        .arg(s.crossValidationUnsure)
                        .arg(s.trainClips);
        else if (s.testClips > 0 && s.testAccuracy >= 0)
            text += tr(", tested on %1 held-out clips (split: %3): clip accuracy %2%.")
                        .arg(s.testClips)
                        .arg(s.testAccuracy * 100.0, 0, 'f', 0)
                        .arg(s.splitLabel.isEmpty() ? tr("not recorded") : s.splitLabel);
        else text += tr(", not tested on held-out clips: its accuracy is unknown.");
        if (s.trainClips < 200)
            text += QLatin1Char(' ') +
                    tr("It has seen very few clips: take its answers as a rough guess, and train a model on the full GTZAN for real use.");
    }
    if (s.calibration.calibrated())
        text +=
            QLatin1Char(' ') +
            (s.calibration.fittedOn == QLatin1String("validation")
                 ? tr("Its confidences are calibrated on %1 validation clips it did not train on").arg(s.calibration.clips)
                 : tr("Its confidences are calibrated on %1 out-of-fold clips").arg(s.calibration.clips)) +
            tr(" (expected calibration error %1 before, %2 after).").arg(s.calibration.before.ece, 0, 'f', 2).arg(s.calibration.after.ece, 0, 'f', 2);
    else
        text += QLatin1Char(' ') + (s.calibrated ? tr("Its confidences are calibrated.")
                                                 : tr("Its confidences are not calibrated: a high percentage may not mean it is usually right."));
    if (s.referenceClips > 0)
        text +=
            QLatin1Char(' ') + (s.musicnnReference ? tr("It says \"unsure\" for sounds unlike all of its %1 training clips, as musicnn hears them.")
                                                   : tr("It says \"unsure\" for sounds unlike all of its %1 training clips."))
                                   .arg(s.referenceClips);
    else text += QLatin1Char(' ') + tr("It cannot tell when a sound is nothing like its training music.");
    if (!s.provenance.isEmpty()) text += QLatin1Char(' ') + tr("Made by: %1").arg(s.provenance);
    return text;
}

// One line: what the network is and how far to trust it (the rest: tooltip, Model details).
QString PredictionPanel::modelSummaryLine() const {
    const gtzan::ModelSummary &s = m_summary;
    QString line = tr("%1, %2 genres").arg(s.network).arg(s.genres.size());
    if (s.crossValidationFolds > 0 && s.crossValidationAccuracy >= 0)
        line +=
            QStringLiteral("; ") + tr("cross-validated accuracy %1% on %2 clips").arg(s.crossValidationAccuracy * 100.0, 0, 'f', 0).arg(s.trainClips);
    else if (s.testClips > 0 && s.testAccuracy >= 0)
        line += QStringLiteral("; ") + tr("test accuracy %1% on %2 held-out clips").arg(s.testAccuracy * 100.0, 0, 'f', 0).arg(s.testClips);
    else if (s.trainClips >= 0) line += QStringLiteral("; ") + tr("accuracy unknown");
    line += QStringLiteral("; ") + (s.calibration.calibrated() ? tr("calibrated on %1 clips").arg(s.calibration.clips)
                                    : s.calibrated             ? tr("calibrated")
                                                               : tr("not calibrated"));
    if (!m_startupNote.isEmpty()) line = m_startupNote + QLatin1Char(' ') + line;
    return line + QStringLiteral(" (") + tr("more in Model details") + QLatin1Char(')');
}

void PredictionPanel::showModelDetails() {
    std::unique_ptr<QDialog> dialog(createModelDetailsDialog());
    dialog->exec();
}

// What the model is beside its confusion matrix (side by side: a tall text above a matrix did not
// fit a laptop's height); the text scrolls, the matrix takes the room there is.
QDialog *PredictionPanel::createModelDetailsDialog() {
    auto *dialog = new QDialog(this);
    dialog->setWindowTitle(tr("Model details"));
    auto *layout = new QVBoxLayout(dialog);
    auto *split = new QSplitter(Qt::Horizontal);
    auto *info = new QTextBrowser;
    info->setObjectName(QStringLiteral("modelDetailsText"));
    info->setPlainText(modelInfoText());
    info->setMinimumWidth(260);
    split->addWidget(info);
    auto *matrixSide = new QWidget;
    auto *matrixLayout = new QVBoxLayout(matrixSide);
    matrixLayout->setContentsMargins(0, 0, 0, 0);
    if (!m_summary.evaluation.isEmpty()) {
        try {
            const gtzan::Evaluation e = gtzan::Evaluation::fromJson(m_summary.evaluation);
            const QString source = m_summary.evaluation.value(QStringLiteral("source")).toString();
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
    if (m_summary.calibration.calibrated()) {
        // Beside the matrix as a second page, not under it: both at once do not fit a laptop's height.
        auto *pages = new QTabWidget;
        pages->setObjectName(QStringLiteral("modelDetailsPages"));
        pages->addTab(matrixSide, tr("Confusion matrix"));
        auto *reliabilitySide = new QWidget;
        auto *reliabilityLayout = new QVBoxLayout(reliabilitySide);
        auto *caption = new QLabel(tr("Reliability on the %1 clips it was calibrated on (bars: how often it was right at that confidence):")
                                       .arg(m_summary.calibration.clips));
        caption->setWordWrap(true);
        reliabilityLayout->addWidget(caption);
        auto *diagram = new widgets::ReliabilityDiagram;
        diagram->setObjectName(QStringLiteral("modelDetailsReliability"));
        diagram->setFigures(m_summary.calibration.before, m_summary.calibration.after);
        reliabilityLayout->addWidget(diagram, 1);
        pages->addTab(reliabilitySide, tr("Reliability"));
        split->addWidget(pages);
    } else split->addWidget(matrixSide);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    // Large enough for the matrix, never larger than the screen's free area.
    const QRect available = screen() ? screen()->availableGeometry() : QRect(0, 0, 1280, 720);
    dialog->resize(std::min(1100, available.width() * 9 / 10), std::min(640, available.height() * 85 / 100));
    return dialog;
}

void PredictionPanel::exportCsv(const QString &path) {
    std::vector<gtzan::PredictionEntry> entries;
    for (const Row &r : m_rows)
        if (r.done) entries.push_back(r.entry);
    try {
        gtzan::writePredictionCsv(path, entries, m_summary.genres);
        Q_EMIT exported(path);
        Q_EMIT message(tr("Predictions of %1 files written to %2").arg(entries.size()).arg(path));
    } catch (const gtzan::Error &e) {
        Q_EMIT exportFailed(e.message());
        Q_EMIT message(e.message());
    }
}

} // namespace gui
} // namespace gtzan
