#include "app/gui/ConfusionInspector.h"
#include "app/gui/SaliencyControls.h"
#include "widgets/AudioPlayer.h"
#include "widgets/ClipInspector.h"
#include "widgets/ConfusionMatrixView.h"
#include "widgets/WaveformView.h"
#include <QCheckBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

using gtzan::ClipVerdict;

namespace {
QTableWidgetItem *item(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter) {
    auto *i = new QTableWidgetItem(text);
    i->setTextAlignment(align);
    i->setFlags(i->flags() & ~Qt::ItemIsEditable);
    return i;
}
QTableWidgetItem *number(double v, int decimals) { return item(QString::number(v, 'f', decimals), Qt::AlignRight | Qt::AlignVCenter); }
} // namespace

ConfusionInspector::ConfusionInspector(QWidget *parent)
    : QWidget(parent), m_title(new QLabel), m_matrix(new ConfusionMatrixView), m_percent(new QCheckBox(tr("Row %"))), m_metrics(new QTableWidget),
      m_clips(new QTableWidget), m_inspector(new ClipInspector), m_saliency(new SaliencyControls(m_inspector)) {
    m_matrix->setObjectName(QStringLiteral("confusionMatrix"));
    m_clips->setObjectName(QStringLiteral("cellClips"));
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_title, 1);
    bar->addWidget(m_percent);
    auto *png = new QPushButton(tr("Export PNG..."));
    auto *csv = new QPushButton(tr("Export CSV..."));
    bar->addWidget(png);
    bar->addWidget(csv);
    connect(m_percent, &QCheckBox::toggled, m_matrix, &ConfusionMatrixView::setShowPercent);
    connect(png, &QPushButton::clicked, this, &ConfusionInspector::exportPng);
    connect(csv, &QPushButton::clicked, this, &ConfusionInspector::exportCsv);

    m_metrics->setColumnCount(5);
    m_metrics->setHorizontalHeaderLabels({tr("Genre"), tr("Precision"), tr("Recall"), tr("F1"), tr("Clips")});
    m_metrics->verticalHeader()->setVisible(false);
    m_metrics->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_metrics->setSelectionMode(QAbstractItemView::NoSelection);

    m_clips->setColumnCount(5);
    m_clips->setHorizontalHeaderLabels({tr("Clip"), tr("True"), tr("Predicted"), tr("P(predicted)"), tr("P(true)")});
    m_clips->verticalHeader()->setVisible(false);
    m_clips->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_clips->horizontalHeader()->setStretchLastSection(true);
    m_clips->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_clips->setSelectionMode(QAbstractItemView::SingleSelection);
    connect(m_clips, &QTableWidget::itemSelectionChanged, this, &ConfusionInspector::openSelectedClip);

    auto *side = new QSplitter(Qt::Vertical);
    side->addWidget(m_metrics);
    side->addWidget(m_clips);
    auto *top = new QSplitter(Qt::Horizontal);
    top->addWidget(m_matrix);
    top->addWidget(side);
    top->setStretchFactor(0, 1);
    top->setStretchFactor(1, 1);
    auto *all = new QSplitter(Qt::Vertical);
    all->addWidget(top);
    auto *clipSide = new QWidget;
    auto *clipLayout = new QVBoxLayout(clipSide);
    clipLayout->setContentsMargins(0, 0, 0, 0);
    clipLayout->addWidget(m_inspector, 1);
    clipLayout->addWidget(m_saliency);
    all->addWidget(clipSide);
    all->setStretchFactor(0, 1);
    all->setStretchFactor(1, 1);
    // The matrix gets the larger share and never less than room for readable counts (its page
    // scrolls on a small screen); the spectrogram below keeps its own readable minimum.
    all->setSizes({480, 360});
    m_matrix->setMinimumSize(320, 320);
    // Here the spectrogram is what matters (what the model read, what it attended to): the
    // waveform gives it its room.
    m_inspector->waveform()->hide();
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(all, 1);

    connect(m_matrix, &ConfusionMatrixView::cellClicked, this, &ConfusionInspector::showCell);
    connect(m_inspector, &ClipInspector::opened, this, [this] {
        if (m_autoPlay) m_inspector->player()->play();
    });
    connect(m_inspector, &ClipInspector::failed, this, [this](const QString &, const QString &m) { Q_EMIT message(m); });
    clear();
}

void ConfusionInspector::clear() {
    m_evaluation = {};
    m_title->setText(tr("No evaluation shown"));
    m_matrix->clear();
    m_metrics->setRowCount(0);
    m_clips->setRowCount(0);
    m_saliency->setModel(QString(), {});
}

void ConfusionInspector::setEvaluation(const gtzan::Evaluation &e, const QString &title, const QString &modelPath) {
    m_evaluation = e;
    m_saliency->setModel(modelPath, e.genres);
    m_title->setText(tr("%1 — test accuracy %2% on %3 clips, macro F1 %4")
                         .arg(title)
                         .arg(100.0 * e.accuracy, 0, 'f', 1)
                         .arg(e.clips.size())
                         .arg(e.macroF1, 0, 'f', 3));
    m_matrix->setMatrix(e.genres, e.confusion);
    m_metrics->setRowCount(int(e.perClass.size()));
    for (int k = 0; k < int(e.perClass.size()); ++k) {
        const gtzan::ClassMetrics &m = e.perClass[size_t(k)];
        m_metrics->setItem(k, 0, item(k < e.genres.size() ? e.genres[k] : QString::number(k)));
        m_metrics->setItem(k, 1, number(m.precision, 3));
        m_metrics->setItem(k, 2, number(m.recall, 3));
        m_metrics->setItem(k, 3, number(m.f1, 3));
        m_metrics->setItem(k, 4, item(QString::number(m.support), Qt::AlignRight | Qt::AlignVCenter));
    }
    m_clips->setRowCount(0);
}

void ConfusionInspector::showCell(int t, int p) {
    m_matrix->setSelectedCell(t, p);
    QSignalBlocker block(m_clips);
    m_clips->setRowCount(0);
    for (const ClipVerdict &v : m_evaluation.clips) {
        if (v.trueLabel != t || v.predicted != p) continue;
        const int row = m_clips->rowCount();
        m_clips->insertRow(row);
        auto *id = item(v.id);
        id->setData(Qt::UserRole, v.path);
        id->setToolTip(v.path);
        m_clips->setItem(row, 0, id);
        m_clips->setItem(row, 1, item(m_evaluation.genres.value(v.trueLabel)));
        m_clips->setItem(row, 2, item(m_evaluation.genres.value(v.predicted)));
        const auto prob = [&](int k) { return k >= 0 && k < int(v.probabilities.size()) ? double(v.probabilities[size_t(k)]) : 0.0; };
        m_clips->setItem(row, 3, number(prob(v.predicted), 3));
        m_clips->setItem(row, 4, number(prob(v.trueLabel), 3));
    }
    Q_EMIT message(tr("%1 -> %2: %n clip(s)", nullptr, m_clips->rowCount()).arg(m_evaluation.genres.value(t), m_evaluation.genres.value(p)));
}

QStringList ConfusionInspector::listedClipIds() const {
    QStringList ids;
    for (int r = 0; r < m_clips->rowCount(); ++r) ids << m_clips->item(r, 0)->text();
    return ids;
}

void ConfusionInspector::openSelectedClip() {
    const QList<QTableWidgetItem *> selected = m_clips->selectedItems();
    if (selected.isEmpty()) return;
    const QString path = m_clips->item(selected.first()->row(), 0)->data(Qt::UserRole).toString();
    if (!QFileInfo::exists(path)) {
        Q_EMIT message(tr("%1 is not there any more").arg(path));
        return;
    }
    m_inspector->openFile(path);
}

void ConfusionInspector::exportPng() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export confusion matrix"), QStringLiteral("confusion.png"), tr("PNG (*.png)"));
    if (path.isEmpty()) return;
    QString error;
    Q_EMIT message(m_matrix->savePng(path, &error) ? tr("Saved %1").arg(path) : error);
}

void ConfusionInspector::exportCsv() {
    const QString path = QFileDialog::getSaveFileName(this, tr("Export confusion matrix"), QStringLiteral("confusion.csv"), tr("CSV (*.csv)"));
    if (path.isEmpty()) return;
    QString error;
    Q_EMIT message(m_matrix->saveCsv(path, &error) ? tr("Saved %1").arg(path) : error);
}

} // namespace gui
} // namespace gtzan
