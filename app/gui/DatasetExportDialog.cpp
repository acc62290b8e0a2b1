#include "app/gui/DatasetExportDialog.h"
#include "app/gui/TaskControls.h"
#include "common/Error.h"
#include "dataset/FeatureCache.h"
#include "embedding/EmbeddingCache.h"
#include "tasks/TaskRunner.h"
#include <QComboBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>
#include <memory>

namespace gtzan {
namespace gui {

namespace {
const QString kKind = QStringLiteral("dataset export");

// Made on the worker: QCoreApplication::translate is thread-safe; the context is the dialog's.
QString progressText(const gtzan::DatasetExportProgress &p) {
    switch (p.step) {
    case gtzan::DatasetExportProgress::Step::Scanning:
        return QCoreApplication::translate("gtzan::gui::DatasetExportDialog", "Scanning the data set...");
    case gtzan::DatasetExportProgress::Step::Clips:
        return QCoreApplication::translate("gtzan::gui::DatasetExportDialog", "Clips: %1 of %2").arg(p.done).arg(p.total);
    case gtzan::DatasetExportProgress::Step::Writing:
        return QCoreApplication::translate("gtzan::gui::DatasetExportDialog", "Writing the file: %1 of %2 rows").arg(p.done).arg(p.total);
    }
    return {};
}

// The clips are most of the work; writing the archive the last tenth.
double progressFraction(const gtzan::DatasetExportProgress &p) {
    if (p.total <= 0) return -1;
    const double f = double(p.done) / double(p.total);
    return p.step == gtzan::DatasetExportProgress::Step::Writing ? 0.9 + 0.1 * f : 0.9 * f;
}

QWidget *withBrowseButton(QLineEdit *edit, QPushButton *browse) {
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return row;
}
} // namespace

DatasetExportDialog::DatasetExportDialog(const QString &dataFolder, QWidget *parent)
    : QDialog(parent), m_data(new QLineEdit(dataFolder)), m_split(new QLineEdit), m_out(new QLineEdit), m_features(new QComboBox),
      m_embedding(new QComboBox), m_segment(new QDoubleSpinBox), m_controls(new TaskControls(tr("&Export"))) {
    setWindowTitle(tr("Export features for NumPy"));
    auto *layout = new QVBoxLayout(this);
    auto *about = new QLabel(tr("One .npz file that numpy.load reads: the features or musicnn embeddings of every clip, their labels, "
                                "clip ids, genres, split sides and the feature settings. Features come from the feature cache when "
                                "they are there."));
    about->setWordWrap(true);
    layout->addWidget(about);

    m_features->addItem(tr("None"), QString());
    for (const QString &preset : gtzan::FeatureSpec::presetNames()) m_features->addItem(preset, preset);
    m_features->setCurrentIndex(m_features->findData(QStringLiteral("gct634")));
    m_segment->setRange(0, 60);
    m_segment->setDecimals(1);
    m_segment->setSingleStep(1);
    m_segment->setSuffix(tr(" s"));
    m_segment->setSpecialValueText(tr("whole clips"));
    m_segment->setValue(0);
    m_embedding->addItem(tr("None"), QString());
    m_embedding->addItem(tr("musicnn MSD"), QStringLiteral("msd"));
    m_embedding->addItem(tr("musicnn MTT"), QStringLiteral("mtt"));
    m_split->setPlaceholderText(tr("none (the split member stays empty)"));
    m_out->setPlaceholderText(tr("where to write the .npz"));

    auto *chooseData = new QPushButton(tr("Choose..."));
    auto *chooseSplit = new QPushButton(tr("Choose..."));
    auto *chooseOut = new QPushButton(tr("Choose..."));
    connect(chooseData, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("The data set to export"), m_data->text());
        if (!dir.isEmpty()) m_data->setText(dir);
    });
    connect(chooseSplit, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder with train/valid/test lists"), m_split->text());
        if (!dir.isEmpty()) m_split->setText(dir);
    });
    connect(chooseOut, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export to"), m_out->text().isEmpty() ? QStringLiteral("gtzan.npz") : m_out->text(), tr("NumPy archives (*.npz)"));
        if (!path.isEmpty()) m_out->setText(QFileInfo(path).suffix().isEmpty() ? path + QStringLiteral(".npz") : path);
    });

    auto *form = new QFormLayout;
    form->addRow(tr("Data set:"), withBrowseButton(m_data, chooseData));
    form->addRow(tr("Features:"), m_features);
    form->addRow(tr("Segments:"), m_segment);
    form->addRow(tr("Embedding:"), m_embedding);
    form->addRow(tr("Split lists:"), withBrowseButton(m_split, chooseSplit));
    form->addRow(tr("Output file:"), withBrowseButton(m_out, chooseOut));
    layout->addLayout(form);
    // Segments are cut from features: without features there is nothing to cut.
    connect(m_features, &QComboBox::currentIndexChanged, this, [this] { m_segment->setEnabled(!m_features->currentData().toString().isEmpty()); });
    layout->addWidget(m_controls);
    layout->addStretch(1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &DatasetExportDialog::reject);
    layout->addWidget(buttons);
    connect(m_controls, &TaskControls::startRequested, this, &DatasetExportDialog::start);
    connect(m_controls, &TaskControls::cancelRequested, this, [this] { gtzan::TaskRunner::instance().cancel(this, kKind); });
    resize(620, 360);
}

DatasetExportDialog::~DatasetExportDialog() { gtzan::TaskRunner::instance().cancelAll(this); }

gtzan::DatasetExportOptions DatasetExportDialog::options() const {
    gtzan::DatasetExportOptions o;
    o.dataFolder = m_data->text().trimmed();
    o.splitFolder = m_split->text().trimmed();
    o.out = m_out->text().trimmed();
    if (o.dataFolder.isEmpty()) throw gtzan::Error(tr("Choose the data set to export."));
    if (o.out.isEmpty()) throw gtzan::Error(tr("Choose where to write the .npz file."));
    const QString preset = m_features->currentData().toString();
    if (!preset.isEmpty()) {
        o.features = gtzan::FeatureSpec::preset(preset);
        o.segmentSeconds = m_segment->value();
    }
    const QString embedding = m_embedding->currentData().toString();
    if (!embedding.isEmpty()) o.embedding = gtzan::MusicnnEmbeddingSource::fromChoice(embedding, gtzan::MusicnnLayer::MaxPool);
    if (!o.features && !o.embedding) throw gtzan::Error(tr("Choose features, an embedding or both."));
    o.featureCacheDir = gtzan::FeatureCache::defaultDir();
    o.embeddingCacheDir = gtzan::EmbeddingCache::defaultDir();
    return o;
}

void DatasetExportDialog::start() {
    if (m_running) return;
    gtzan::DatasetExportOptions o;
    try {
        o = options();
    } catch (const gtzan::Error &e) {
        m_controls->setStatus(e.message());
        return;
    }
    m_running = true;
    m_controls->setRunning(true);
    m_controls->setProgress(-1, tr("Starting..."));
    const QString out = o.out;
    gtzan::TaskRunner::instance().start<gtzan::DatasetExportSummary>(
        this, kKind, gtzan::JobOptions::heavy(tr("Exporting the data set")),
        [o](gtzan::TaskContext &task) mutable {
            o.cancel = task.cancelFlag();
            auto clock = std::make_shared<QElapsedTimer>();
            clock->start();
            o.progress = [&task, clock](const gtzan::DatasetExportProgress &p) {
                if (clock->elapsed() < 100 && p.done != p.total) return; // ten updates a second are plenty
                clock->restart();
                task.progress(progressFraction(p), progressText(p));
            };
            return gtzan::exportDataset(o);
        },
        [this, out](const gtzan::DatasetExportSummary &s) {
            QStringList what;
            if (!s.featureShape.empty()) what << tr("features %1 x %2 x %3").arg(s.featureShape[0]).arg(s.featureShape[1]).arg(s.featureShape[2]);
            if (!s.embeddingShape.empty()) what << tr("embeddings %1 x %2").arg(s.embeddingShape[0]).arg(s.embeddingShape[1]);
            QString text = tr("Written %1: %2 clips, %3, %4 MB.")
                               .arg(QDir::toNativeSeparators(out))
                               .arg(s.clips)
                               .arg(what.join(QStringLiteral(", ")))
                               .arg(double(s.bytes) / (1 << 20), 0, 'f', 1);
            if (!s.leftOut.isEmpty())
                text += QLatin1Char(' ') + tr("%n clip(s) could not be read and are not in it.", nullptr, int(s.leftOut.size()));
            finished(text);
            Q_EMIT exported(out, s);
        },
        [this](const gtzan::TaskError &e) {
            finished(e.cancelled ? tr("Stopped; nothing was written.")
                     : e.refused ? tr("Busy with %1; try again when it is done.").arg(e.busyWith)
                                 : e.message);
            Q_EMIT failed(e.message, e.cancelled);
        },
        [this](double fraction, const QString &text) { m_controls->setProgress(fraction, text); });
}

void DatasetExportDialog::finished(const QString &message) {
    m_running = false;
    m_controls->setRunning(false);
    m_controls->setStatus(message);
}

void DatasetExportDialog::reject() {
    if (m_running) gtzan::TaskRunner::instance().cancel(this, kKind);
    QDialog::reject();
}

} // namespace gui
} // namespace gtzan
