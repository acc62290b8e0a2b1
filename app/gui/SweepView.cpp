#include "app/gui/SweepView.h"
#include "app/gui/ModelDescription.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/TaskControls.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "dataset/FeatureCache.h"
#include "model/ModelFile.h"
#include "model/TrainedModel.h"
#include "tasks/TaskRunner.h"
#include "widgets/PlotPalette.h"
#include "widgets/QCustomPlotInclude.h"
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const QString kRunTask = QStringLiteral("sweep");

QString stepsText(const std::vector<double> &steps) {
    QStringList parts;
    for (double s : steps) parts << QString::number(s);
    return parts.join(QStringLiteral(", "));
}
} // namespace

SweepView::SweepView(QWidget *parent)
    : QWidget(parent), m_controls(new TaskControls(tr("Run &sweep"))), m_run(this, m_controls, kRunTask), m_kind(new QComboBox),
      m_steps(new QLineEdit), m_model(new QLineEdit), m_plot(new QCustomPlot) {
    setObjectName(QStringLiteral("sweepView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Is it a \"horse\"? Sturm (2014) named genre classifiers after Clever Hans, the horse that seemed to "
                                "count but read its trainer's face: a system that scores well for reasons that are not the music's genre. "
                                "A model that knows genre should not care about a 4% change of tempo; Sturm showed that changes of at most "
                                "6% swing some systems' accuracy widely. Evaluate a model on this folder with every clip perturbed, step by step."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *modelRow = new QHBoxLayout;
    m_model->setObjectName(QStringLiteral("sweepModel"));
    m_model->setReadOnly(true);
    auto *browse = new QPushButton(tr("Model file..."));
    auto *starter = new QPushButton(tr("Starter"));
    modelRow->addWidget(new QLabel(tr("Model:")));
    modelRow->addWidget(m_model, 1);
    modelRow->addWidget(browse);
    modelRow->addWidget(starter);
    layout->addLayout(modelRow);
    auto *options = new QHBoxLayout;
    m_kind->setObjectName(QStringLiteral("sweepKind"));
    for (gtzan::Perturbation p : {gtzan::Perturbation::Tempo, gtzan::Perturbation::Pitch, gtzan::Perturbation::Noise, gtzan::Perturbation::Gain})
        m_kind->addItem(tr("%1 (%2)").arg(gtzan::perturbationName(p), gtzan::perturbationUnit(p)), int(p));
    m_steps->setObjectName(QStringLiteral("sweepSteps"));
    m_steps->setToolTip(tr("Strengths, separated by commas"));
    options->addWidget(new QLabel(tr("Perturbation:")));
    options->addWidget(m_kind);
    options->addWidget(new QLabel(tr("Steps:")));
    options->addWidget(m_steps, 1);
    layout->addLayout(options);
    layout->addWidget(m_controls);
    m_plot->setObjectName(QStringLiteral("sweepPlot"));
    m_plot->setMinimumHeight(240);
    m_plot->yAxis->setRange(0, 1.05);
    m_plot->yAxis->setLabel(tr("accuracy"));
    widgets::plotpalette::style(m_plot);
    layout->addWidget(m_plot, 1);
    auto *exports = new QHBoxLayout;
    auto *png = new QPushButton(tr("Export PNG..."));
    auto *csv = new QPushButton(tr("Export CSV..."));
    exports->addStretch(1);
    exports->addWidget(png);
    exports->addWidget(csv);
    layout->addLayout(exports);

    const auto fillSteps = [this] { m_steps->setText(stepsText(gtzan::defaultSweepSteps(gtzan::Perturbation(m_kind->currentData().toInt())))); };
    connect(m_kind, QOverload<int>::of(&QComboBox::currentIndexChanged), this, fillSteps);
    fillSteps();
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Model to sweep"), QString(), ModelDescription::fileDialogFilter());
        if (!path.isEmpty()) setModelPath(path);
    });
    connect(starter, &QPushButton::clicked, this, [this] { setModelPath(QString()); });
    connect(png, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export sweep chart"), QStringLiteral("sweep.png"), tr("PNG (*.png)"));
        QString error;
        if (!path.isEmpty()) Q_EMIT message(savePng(path, &error) ? tr("Saved %1").arg(path) : error);
    });
    connect(csv, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export sweep points"), QStringLiteral("sweep.csv"), tr("CSV (*.csv)"));
        QString error;
        if (!path.isEmpty()) Q_EMIT message(saveCsv(path, &error) ? tr("Saved %1").arg(path) : error);
    });
    connect(m_controls, &TaskControls::startRequested, this, &SweepView::run);
    setModelPath(QString());
    m_controls->setStatus(tr("Open a data set folder first."));
}

SweepView::~SweepView() { gtzan::TaskRunner::instance().cancelAll(this); }

void SweepView::setFolder(const QString &folder) {
    m_folder = folder;
    m_controls->setStatus(tr("Folder: %1").arg(folder));
}

void SweepView::setModelPath(const QString &path) {
    m_modelPath = path.isEmpty() ? PredictionPanel::kStarterModel : path;
    m_model->setText(path.isEmpty() ? tr("the starter model (embed_mlp on musicnn MSD)") : path);
}

void SweepView::run() {
    if (m_folder.isEmpty()) {
        m_controls->setStatus(tr("Open a data set folder first."));
        return;
    }
    const auto kind = gtzan::Perturbation(m_kind->currentData().toInt());
    std::vector<double> steps;
    for (const QString &part : m_steps->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const double v = part.trimmed().toDouble(&ok);
        if (!ok) {
            m_controls->setStatus(tr("\"%1\" is not a number: give the steps as numbers separated by commas.").arg(part.trimmed()));
            return;
        }
        steps.push_back(v);
    }
    try {
        if (steps.empty()) throw gtzan::Error(tr("Give at least one step."));
        for (double s : steps) (void)gtzan::perturbationChain(kind, s);
    } catch (const gtzan::Error &e) {
        m_controls->setStatus(e.message());
        return;
    }
    const QString folder = m_folder, modelPath = m_modelPath;
    m_run.start<gtzan::SweepReport>(
        tr("Robustness sweep"),
        [folder, modelPath, kind, steps](gtzan::TaskContext &task) {
            const gtzan::TrainedModel model = gtzan::loadModelFile(modelPath);
            gtzan::SweepOptions options;
            options.cacheDir = gtzan::FeatureCache::defaultDir();
            options.cancel = task.cancelFlag();
            options.progress = [&task, kind, steps](int point, int points, const QString &stage, int done, int total) {
                const QString what = point == 0 ? QObject::tr("unperturbed")
                                                : QStringLiteral("%1 %2 %3")
                                                      .arg(gtzan::perturbationName(kind))
                                                      .arg(steps[size_t(point - 1)])
                                                      .arg(gtzan::perturbationUnit(kind));
                task.progress((point + (total ? double(done) / total : 0)) / points,
                              QObject::tr("Point %1 of %2 (%3): %4 %5 of %6").arg(point + 1).arg(points).arg(what, stage).arg(done).arg(total));
            };
            return gtzan::runRobustnessSweep(model, folder, kind, steps, options);
        },
        [this](const gtzan::SweepReport &report) { showResult(report); });
}

void SweepView::showResult(const gtzan::SweepReport &report) {
    m_result = report;
    m_plot->clearGraphs();
    m_plot->clearItems();
    QVector<double> xs, ys;
    std::vector<std::pair<double, double>> sorted;
    double plain = 0;
    for (const gtzan::SweepPoint &p : report.points) {
        if (p.none) plain = p.accuracy;
        else sorted.push_back({p.strength, p.accuracy});
    }
    // Tempo, pitch and gain have their "none" at 0 on the axis; noise's is off the axis (no noise).
    if (report.perturbation != gtzan::Perturbation::Noise) sorted.push_back({0.0, plain});
    std::sort(sorted.begin(), sorted.end());
    for (const auto &[x, y] : sorted) {
        xs << x;
        ys << y;
    }
    QCPGraph *g = m_plot->addGraph();
    g->setName(tr("accuracy"));
    g->setPen(QPen(QColor(31, 119, 180), 2));
    g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, 7));
    g->setData(xs, ys, true);
    auto *line = new QCPItemStraightLine(m_plot);
    line->point1->setCoords(0, plain);
    line->point2->setCoords(1, plain);
    line->setPen(QPen(QColor(150, 150, 150), 1.2, Qt::DashLine));
    m_plot->xAxis->setLabel(tr("%1 (%2)").arg(gtzan::perturbationName(report.perturbation), gtzan::perturbationUnit(report.perturbation)));
    if (!xs.isEmpty()) {
        const double span = std::max(1.0, xs.last() - xs.first());
        m_plot->xAxis->setRange(xs.first() - 0.08 * span, xs.last() + 0.08 * span);
    }
    if (report.perturbation == gtzan::Perturbation::Noise) m_plot->xAxis->setRangeReversed(true); // louder noise to the right
    else m_plot->xAxis->setRangeReversed(false);
    m_plot->replot();
    QStringList figures;
    for (const gtzan::SweepPoint &p : report.points)
        figures << (p.none ? tr("none %1").arg(p.accuracy, 0, 'f', 3) : QStringLiteral("%1: %2").arg(p.strength).arg(p.accuracy, 0, 'f', 3));
    m_controls->setStatus(tr("%1 on %2 clips (dashed: unperturbed). %3")
                              .arg(report.modelName)
                              .arg(report.points.front().clips)
                              .arg(figures.join(QStringLiteral(", "))));
}

bool SweepView::savePng(const QString &path, QString *error) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || !m_plot->toPixmap().save(&f, "PNG") || !gtzan::commitExport(f)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

bool SweepView::saveCsv(const QString &path, QString *error) const {
    QSaveFile f(path);
    if (m_result.points.empty()) {
        if (error) *error = tr("Run the sweep first: there is nothing to export.");
        return false;
    }
    if (!f.open(QIODevice::WriteOnly) || f.write(m_result.toCsv().toUtf8()) < 0 || !gtzan::commitExport(f)) {
        if (error) *error = tr("Cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return true;
}

} // namespace gui
} // namespace gtzan
