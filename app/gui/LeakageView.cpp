#include "app/gui/LeakageView.h"
#include "app/gui/TaskControls.h"
#include "common/DataLocations.h"
#include "dataset/FeatureCache.h"
#include "models/ModelConfig.h"
#include "tasks/TaskRunner.h"
#include "widgets/PlotPalette.h"
#include "widgets/QCustomPlotInclude.h"
#include <QComboBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const QString kRunTask = QStringLiteral("leakage");
const QColor kArmColors[] = {QColor(214, 39, 40), QColor(255, 127, 14), QColor(44, 160, 44)};
} // namespace

LeakageView::LeakageView(QWidget *parent)
    : QWidget(parent), m_controls(new TaskControls(tr("Run &leakage experiment"))), m_run(this, m_controls, kRunTask), m_model(new QComboBox),
      m_epochs(new QSpinBox), m_plot(new QCustomPlot), m_figures(new QLabel) {
    setObjectName(QStringLiteral("leakageView"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Why do papers report over 90% on GTZAN, when the artist-filtered split tops out near 80%? Train the same "
                                "model three ways and compare: (a) segments split at random, so slices of one song train and test; (b) "
                                "clips split at random; (c) the fault-filtered split, which keeps artists apart and leaves out replicas."));
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *options = new QHBoxLayout;
    for (const QString &name : gtzan::modelNames()) {
        gtzan::ModelConfig c;
        c.name = name;
        if (c.usesSpectrogram() && !c.usesEmbedding()) m_model->addItem(name);
    }
    m_model->setObjectName(QStringLiteral("leakageModel"));
    m_model->setCurrentIndex(std::max(0, m_model->findText(gtzan::ModelConfig().name))); // cnn1d, the set-up panel's default
    m_epochs->setObjectName(QStringLiteral("leakageEpochs"));
    m_epochs->setRange(1, 500);
    m_epochs->setValue(12);
    options->addWidget(new QLabel(tr("Model:")));
    options->addWidget(m_model);
    options->addWidget(new QLabel(tr("Epochs:")));
    options->addWidget(m_epochs);
    options->addStretch(1);
    layout->addLayout(options);
    layout->addWidget(m_controls);
    m_plot->setObjectName(QStringLiteral("leakagePlot"));
    m_plot->setMinimumHeight(220);
    m_plot->yAxis->setRange(0, 1);
    m_plot->yAxis->setLabel(tr("test accuracy"));
    QSharedPointer<QCPAxisTickerText> ticker(new QCPAxisTickerText);
    ticker->addTick(1, tr("(a) segments"));
    ticker->addTick(2, tr("(b) clips"));
    ticker->addTick(3, tr("(c) fault-filtered"));
    m_plot->xAxis->setTicker(ticker);
    m_plot->xAxis->setRange(0.4, 3.6);
    widgets::plotpalette::style(m_plot);
    layout->addWidget(m_plot, 1);
    m_figures->setObjectName(QStringLiteral("leakageFigures"));
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);
    connect(m_controls, &TaskControls::startRequested, this, &LeakageView::run);
    m_controls->setStatus(tr("Open a data set folder first."));
}

LeakageView::~LeakageView() { gtzan::TaskRunner::instance().cancelAll(this); }

void LeakageView::setFolder(const QString &folder) {
    m_folder = folder;
    m_controls->setStatus(tr("Folder: %1").arg(folder));
}

void LeakageView::run() {
    if (m_folder.isEmpty()) {
        m_controls->setStatus(tr("Open a data set folder first."));
        return;
    }
    gtzan::LeakageRequest request;
    request.recipe.dataFolder = m_folder;
    request.recipe.genreSet = QStringLiteral("all");
    request.recipe.model.name = m_model->currentText();
    request.recipe.options.epochs = m_epochs->value();
    request.recipe.options.seeds = 1;
    request.recipe.cacheDir = gtzan::FeatureCache::defaultDir();
    request.filteredSplitFolder = QDir(gtzan::sharedDataDir()).filePath(QStringLiteral("data/splits/fault-filtered"));
    m_arms.clear();
    m_plot->clearPlottables();
    m_plot->replot();
    m_figures->clear();
    const int epochs = request.recipe.options.epochs;
    m_run.start<gtzan::LeakageReport>(
        tr("Leakage experiment"),
        [request, epochs, self = this](gtzan::TaskContext &task) {
            gtzan::LeakageCallbacks callbacks;
            callbacks.say = [&task](const QString &line) { task.progress(-1, line); };
            callbacks.onEpoch = [&task, epochs](int arm, const gtzan::EpochReport &e) {
                task.progress((arm + double(e.epoch) / epochs) / 3.0, QObject::tr("(%1) epoch %2 of %3: train accuracy %4")
                                                                          .arg(QChar(u'a' + arm))
                                                                          .arg(e.epoch)
                                                                          .arg(epochs)
                                                                          .arg(e.trainAccuracy, 0, 'f', 3));
            };
            callbacks.onArmFinished = [&task, self](int arm, const gtzan::LeakageArm &result) {
                task.post([self, arm, result] { self->showArm(arm, result); });
            };
            return gtzan::runLeakageExperiment(request, callbacks, task.cancelFlag());
        },
        [this](const gtzan::LeakageReport &report) { showResult(report); });
}

void LeakageView::showArm(int arm, const gtzan::LeakageArm &result) {
    m_arms.push_back(result);
    if (result.ran) {
        auto *bar = new QCPBars(m_plot->xAxis, m_plot->yAxis);
        bar->setWidth(0.6);
        bar->setBrush(kArmColors[arm % 3]);
        bar->setPen(QPen(kArmColors[arm % 3].darker(130)));
        bar->addData(arm + 1, result.testAccuracy);
        auto *label = new QCPItemText(m_plot);
        label->position->setCoords(arm + 1, result.testAccuracy + 0.04);
        label->setText(QString::number(result.testAccuracy, 'f', 3));
        label->setColor(palette().color(QPalette::WindowText));
    }
    m_plot->replot();
    QStringList lines;
    for (size_t i = 0; i < m_arms.size(); ++i) {
        const gtzan::LeakageArm &a = m_arms[i];
        lines << (a.ran ? tr("(%1) %2: test accuracy %3 on %4 test %5 (%6 training)")
                              .arg(QChar(u'a' + int(i)))
                              .arg(a.splitName)
                              .arg(a.testAccuracy, 0, 'f', 3)
                              .arg(a.testItems)
                              .arg(a.items)
                              .arg(a.trainItems)
                        : tr("(%1) %2: not run: %3").arg(QChar(u'a' + int(i))).arg(a.splitName, a.notRunBecause));
    }
    m_figures->setText(lines.join(QLatin1Char('\n')));
}

void LeakageView::showResult(const gtzan::LeakageReport &report) {
    m_result = report;
    m_figures->setText(m_figures->text() + QStringLiteral("\n\n") + gtzan::LeakageReport::explanation());
    m_controls->setStatus(tr("Done: %1 on %2.").arg(report.model, report.dataFolder));
    Q_EMIT message(tr("Leakage experiment finished"));
}

} // namespace gui
} // namespace gtzan
