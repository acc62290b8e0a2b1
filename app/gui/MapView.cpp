#include "app/gui/MapView.h"
#include "app/gui/ClipPlayback.h"
#include "app/gui/JobText.h"
#include "app/gui/ModelDescription.h"
#include "app/gui/TaskControls.h"
#include "dataset/DatasetScan.h"
#include "embedding/EmbeddingCache.h"
#include "faults/KnownFaults.h"
#include "tasks/TaskRunner.h"
#include "widgets/FlowLayout.h"
#include "widgets/GenreColors.h"
#include "widgets/PlotPlaceholder.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/ScrollPage.h"
#include <QCheckBox>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPainterPath>
#include <QSet>
#include <QSpinBox>
#include <QSplitter>
#include <QVBoxLayout>
#include <cmath>

namespace gtzan {
namespace gui {

namespace {
const QString kMapTask = QStringLiteral("map");
const QString kPlaceTask = QStringLiteral("place");
gtzan::TaskRunner &tasks() { return gtzan::TaskRunner::instance(); }
constexpr double kHoverPixels = 9.0;
} // namespace

MapView::MapView(QWidget *parent)
    : QWidget(parent), m_embedding(new QComboBox), m_method(new QComboBox), m_colour(new QComboBox), m_seed(new QSpinBox),
      m_select(new QCheckBox(tr("Select"))), m_task(new TaskControls(tr("Make map"))), m_plot(new QCustomPlot), m_hover(new QLabel),
      m_selection(new QListWidget), m_playback(new ClipPlayback(this)) {
    setObjectName(QStringLiteral("mapView"));
    m_embedding->setObjectName(QStringLiteral("mapEmbeddingBox"));
    m_embedding->addItem(tr("musicnn MSD (max_pool)"), QStringLiteral("msd|max_pool"));
    m_embedding->addItem(tr("musicnn MTT (max_pool)"), QStringLiteral("mtt|max_pool"));
    m_embedding->addItem(tr("musicnn MSD (penultimate)"), QStringLiteral("msd|penultimate"));
    m_embedding->addItem(tr("Trained model file..."), QStringLiteral("model"));
    m_method->setObjectName(QStringLiteral("mapMethodBox"));
    m_method->addItem(tr("t-SNE"), QStringLiteral("tsne"));
    m_method->addItem(tr("PCA"), QStringLiteral("pca"));
    m_colour->setObjectName(QStringLiteral("mapColourBox"));
    m_colour->addItem(tr("Genre"), QStringLiteral("genre"));
    m_colour->addItem(tr("Prediction"), QStringLiteral("prediction"));
    m_colour->addItem(tr("Right or wrong"), QStringLiteral("correct"));
    m_colour->addItem(tr("Known faults"), QStringLiteral("faults"));
    m_colour->addItem(tr("Replicas"), QStringLiteral("replicas"));
    m_colour->setToolTip(tr("Prediction and Right or wrong need a map made from a trained model; Replicas, the Faults tab's Find replicas"));
    m_seed->setObjectName(QStringLiteral("mapSeedBox"));
    m_seed->setRange(0, 1000000);
    m_seed->setValue(1);
    m_seed->setToolTip(tr("t-SNE's random start: the same seed gives the same map"));
    m_select->setObjectName(QStringLiteral("mapSelectBox"));
    m_select->setToolTip(tr("Draw a lasso around points to list their clips (else dragging pans)"));
    m_task->startButton()->setObjectName(QStringLiteral("mapMakeButton"));
    m_hover->setObjectName(QStringLiteral("mapHover"));
    m_selection->setObjectName(QStringLiteral("mapSelection"));

    auto *choices = new QWidget;
    auto *row = new widgets::FlowLayout(choices); // wraps in a narrow window
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Embedding")));
    row->addWidget(m_embedding);
    row->addWidget(new QLabel(tr("Method")));
    row->addWidget(m_method);
    row->addWidget(new QLabel(tr("Seed")));
    row->addWidget(m_seed);
    row->addWidget(new QLabel(tr("Colour")));
    row->addWidget(m_colour);
    row->addWidget(m_select);
    auto *side = new QWidget;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->addWidget(new QLabel(tr("Selected clips (double-click plays)")));
    sideLayout->addWidget(m_selection, 1);
    auto *split = new QSplitter(Qt::Horizontal);
    split->addWidget(m_plot);
    split->addWidget(side);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    auto *layout = widgets::scrollPageLayout(this); // scrolls rather than outgrow a laptop screen
    layout->addWidget(choices);
    layout->addWidget(m_task);
    layout->addWidget(split, 1);
    layout->addWidget(m_hover);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->legend->setVisible(true);
    // The legend beside the map, not over it: points in a corner must stay visible.
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    m_plot->plotLayout()->addElement(0, 1, m_plot->legend);
    m_plot->plotLayout()->setColumnStretchFactor(1, 0.001);
    m_plot->legend->setMargins(QMargins(6, 6, 6, 6));
    m_plot->xAxis->setTickLabels(false);
    m_plot->yAxis->setTickLabels(false);
    widgets::setPlotPlaceholder(m_plot, true, tr("No map yet: choose an embedding and press Make map"));
    m_hover->setText(tr("Hover over a point to name its clip; click it to hear it."));

    connect(m_task, &TaskControls::startRequested, this, &MapView::makeMap);
    connect(m_task, &TaskControls::cancelRequested, this, &MapView::cancel);
    connect(m_colour, &QComboBox::currentIndexChanged, this, [this] { draw(); });
    connect(m_embedding, &QComboBox::activated, this, [this](int i) {
        if (m_embedding->itemData(i).toString() != QLatin1String("model")) return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Model for the map"), QString(), ModelDescription::fileDialogFilter());
        if (path.isEmpty()) {
            m_embedding->setCurrentIndex(0);
            return;
        }
        m_embedding->insertItem(i, tr("Model %1 (penultimate)").arg(QFileInfo(path).fileName()), path);
        m_embedding->setCurrentIndex(i);
    });
    connect(m_select, &QCheckBox::toggled, this, [this](bool on) { m_plot->setInteraction(QCP::iRangeDrag, !on); });
    // The lasso: pressed, dragged around the points, released; drawn as a closed curve meanwhile.
    connect(m_plot, &QCustomPlot::mousePress, this, [this](QMouseEvent *e) {
        if (!m_select->isChecked() || !m_state) return;
        m_lasso = QPolygonF() << e->pos();
    });
    connect(m_plot, &QCustomPlot::mouseMove, this, [this](QMouseEvent *e) {
        if (m_select->isChecked() && !m_lasso.isEmpty() && (e->buttons() & Qt::LeftButton)) {
            m_lasso << e->pos();
            if (!m_lassoCurve) {
                m_lassoCurve = new QCPCurve(m_plot->xAxis, m_plot->yAxis);
                m_lassoCurve->setPen(QPen(QColor(30, 30, 30), 1.5, Qt::DashLine));
                m_lassoCurve->removeFromLegend();
                m_lassoCurve->setSelectable(QCP::stNone);
            }
            m_lassoCurve->addData(m_plot->xAxis->pixelToCoord(e->pos().x()), m_plot->yAxis->pixelToCoord(e->pos().y()));
            m_plot->replot(QCustomPlot::rpQueuedReplot);
            return;
        }
        const QString text = hoverTextAt(e->pos());
        if (!text.isEmpty()) m_hover->setText(text);
    });
    connect(m_plot, &QCustomPlot::mouseRelease, this, [this](QMouseEvent *e) {
        if (m_select->isChecked()) {
            if (m_lasso.size() > 2) selectInside(m_lasso);
            m_lasso.clear();
            if (m_lassoCurve) m_plot->removePlottable(m_lassoCurve);
            m_lassoCurve = nullptr;
            m_plot->replot();
            return;
        }
        const int i = pointAt(e->pos());
        if (i >= 0) m_playback->play(m_state->map.points[size_t(i)].path, 0);
    });
    connect(m_selection, &QListWidget::itemDoubleClicked, this,
            [this](QListWidgetItem *item) { m_playback->play(item->data(Qt::UserRole).toString(), 0); });
    connect(m_playback, &ClipPlayback::message, this, &MapView::message);
    m_task->startButton()->setEnabled(false);
    m_task->setStatus(tr("Open a data set folder in the browser to map it."));
}

MapView::~MapView() { tasks().cancelAll(this); }

const gtzan::FolderMap *MapView::map() const { return m_state ? &m_state->map : nullptr; }

bool MapView::isBusy() const { return tasks().isRunning(this, kMapTask) || tasks().isRunning(this, kPlaceTask) || !m_toPlace.isEmpty(); }

void MapView::setFolder(const QString &folder) {
    if (folder == m_folder) return;
    cancel();
    m_folder = folder;
    m_state.reset();
    m_placed.clear();
    m_selection->clear();
    draw();
    m_task->startButton()->setEnabled(!folder.isEmpty());
    m_task->setStatus(folder.isEmpty() ? tr("Open a data set folder in the browser to map it.")
                                       : tr("Make map places every clip of %1 by its embedding.").arg(QDir::toNativeSeparators(folder)));
}

void MapView::cancel() {
    tasks().cancel(this, kMapTask);
    tasks().cancel(this, kPlaceTask);
    m_toPlace.clear();
}

void MapView::makeMap() {
    if (m_folder.isEmpty()) return;
    QString embedding = m_embedding->currentData().toString(), layer = QStringLiteral("max_pool");
    if (embedding == QLatin1String("model")) return; // the file dialog did not give one
    if (embedding.contains(QLatin1Char('|'))) {
        layer = embedding.section(QLatin1Char('|'), 1);
        embedding = embedding.section(QLatin1Char('|'), 0, 0);
    }
    gtzan::FolderMapOptions options;
    options.projection.method = gtzan::projectionMethodFromName(m_method->currentData().toString());
    options.projection.seed = unsigned(m_seed->value());
    options.cacheDir = gtzan::EmbeddingCache::defaultDir();
    const QString folder = m_folder;
    m_task->setRunning(true);
    m_task->setProgress(-1, tr("Loading the embedding..."));
    // A map is something to look at now: waiting behind a training of many minutes would look like
    // a hang, so it is refused with the running job's name instead of queued.
    tasks().start<std::shared_ptr<const State>>(
        this, kMapTask, gtzan::JobOptions::heavy(tr("Folder map"), gtzan::WhenBusy::Refuse),
        [folder, embedding, layer, options](gtzan::TaskContext &task) mutable {
            options.cancel = task.cancelFlag();
            options.progress = [&task](const QString &stage, double f) {
                // Embedding is most of the work once nothing is cached; projecting the rest.
                task.progress(stage == QLatin1String("embedding") ? 0.8 * f : 0.8 + 0.2 * f, stage);
            };
            const gtzan::MapSource source = gtzan::MapSource::fromChoice(embedding, layer);
            gtzan::FolderMap map = gtzan::mapFolder(folder, source, options);
            map.seed = options.projection.seed;
            return std::make_shared<const State>(State{source, std::move(map)});
        },
        [this](const std::shared_ptr<const State> &state) {
            m_task->setRunning(false);
            m_state = state;
            m_placed.clear();
            draw();
            const gtzan::FolderMap &m = state->map;
            m_task->setStatus(tr("%1 clips from %2, %3: genres sit apart with a silhouette of %4 (-1..1; above 0: clips of a genre are "
                                 "nearer each other). Embeddings %5 s, map %6 s.%7")
                                  .arg(m.points.size())
                                  .arg(m.source, m_method->currentText())
                                  .arg(m.silhouette, 0, 'f', 2)
                                  .arg(m.embedSeconds, 0, 'f', 1)
                                  .arg(m.projectSeconds, 0, 'f', 1)
                                  .arg(m.problems.isEmpty() ? QString() : tr(" Left off: %1.").arg(m.problems.join(QStringLiteral("; ")))));
            Q_EMIT mapReady();
        },
        [this](const gtzan::TaskError &e) {
            m_task->setRunning(false);
            m_task->setStatus(e.cancelled || e.refused ? JobText::ofError(e) : tr("No map: %1").arg(e.message));
        },
        [this](double f, const QString &stage) {
            m_task->setProgress(f, stage == QLatin1String("embedding") ? tr("Embedding the clips... %1%").arg(qRound(100 * f))
                                                                       : tr("Projecting... %1%").arg(qRound(100 * f)));
        });
}

void MapView::placeFiles(const QStringList &paths) {
    if (!m_state) return;
    m_toPlace << paths;
    if (!tasks().isRunning(this, kPlaceTask)) placeNext();
}

void MapView::placeNext() {
    if (m_toPlace.isEmpty() || !m_state) {
        m_toPlace.clear();
        Q_EMIT filesPlaced();
        return;
    }
    const QString path = m_toPlace.takeFirst();
    const std::shared_ptr<const State> state = m_state;
    tasks().start<PlacedPoint>(
        this, kPlaceTask,
        [state, path](gtzan::TaskContext &) {
            const gtzan::EmbeddingCache cache(gtzan::EmbeddingCache::defaultDir());
            const auto xy = gtzan::placeOnMap(state->map.projection, state->source.embeddingOfFile(path, &cache));
            return PlacedPoint{path, xy.first, xy.second};
        },
        [this](const PlacedPoint &p) {
            m_placed.push_back(p);
            draw();
            placeNext();
        },
        [this, path](const gtzan::TaskError &e) {
            if (!e.cancelled) Q_EMIT message(tr("%1 cannot be placed on the map: %2").arg(QFileInfo(path).fileName(), e.message));
            placeNext();
        });
}

void MapView::setReplicaNotes(const QHash<QString, QString> &noteByPath) {
    m_replicaNotes = noteByPath;
    if (m_colour->currentData().toString() == QLatin1String("replicas")) draw();
}

void MapView::draw() {
    m_plot->clearPlottables(); // the graphs and a lasso in progress
    m_lassoCurve = nullptr;
    m_lasso.clear();
    m_plot->clearItems();
    m_genreGraphs.clear();
    m_graphPoints.clear();
    if (!m_state) {
        widgets::setPlotPlaceholder(m_plot, true, tr("No map yet: choose an embedding and press Make map"));
        m_plot->replot();
        return;
    }
    widgets::setPlotPlaceholder(m_plot, false);
    const gtzan::FolderMap &map = m_state->map;
    const QString mode = m_colour->currentData().toString();
    const bool predicted = !map.points.empty() && !map.points.front().predicted.isEmpty();
    // Rings over grey points: the known faults, the replicas, or (right or wrong) the wrong ones.
    const bool rings = mode == QLatin1String("faults") || mode == QLatin1String("replicas") || (mode == QLatin1String("correct") && predicted);
    const bool byPrediction = mode == QLatin1String("prediction") && predicted;
    if ((mode == QLatin1String("prediction") || mode == QLatin1String("correct")) && !predicted)
        Q_EMIT message(tr("Prediction and Right or wrong need a map made from a trained model (Embedding: Trained model file...)"));
    QSet<QString> ringed;
    QString ringName;
    if (mode == QLatin1String("faults")) {
        for (const gtzan::KnownFault &f : gtzan::knownFaults()) ringed.insert(f.clip);
        ringName = tr("Known fault");
    } else if (mode == QLatin1String("replicas")) {
        for (const gtzan::FolderMapPoint &p : map.points)
            if (m_replicaNotes.contains(p.path)) ringed.insert(p.clip);
        ringName = m_replicaNotes.isEmpty() ? tr("Replica (run Find replicas on the Faults tab)") : tr("Replica");
    } else if (mode == QLatin1String("correct")) {
        for (const gtzan::FolderMapPoint &p : map.points)
            if (!p.predicted.isEmpty() && p.predicted != p.genre) ringed.insert(p.clip);
        ringName = tr("Wrong");
    }
    for (int k = 0; k < map.genres.size(); ++k) {
        QCPGraph *g = m_plot->addGraph();
        const QColor c = rings ? QColor(170, 170, 170) : widgets::genrecolors::color(map.genres[k]);
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssDisc, c, c, 8));
        g->setName(map.genres[k]);
        g->setSelectable(QCP::stMultipleDataRanges);
        g->selectionDecorator()->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(Qt::black, 2), Qt::NoBrush, 11),
                                                 QCPScatterStyle::spAll);
        if (rings) g->removeFromLegend();
        m_genreGraphs.push_back(g);
        m_graphPoints.emplace_back();
    }
    // Data is added in key order per graph; the index map follows the same order.
    std::vector<std::vector<std::pair<double, int>>> byGraph(m_genreGraphs.size());
    for (size_t i = 0; i < map.points.size(); ++i) {
        // Coloured by prediction: each point joins the graph of the genre the model gave it.
        const int k = byPrediction ? int(map.genres.indexOf(map.points[i].predicted)) : map.points[i].label;
        if (k >= 0 && k < int(byGraph.size())) byGraph[size_t(k)].push_back({map.points[i].x, int(i)});
    }
    for (size_t k = 0; k < byGraph.size(); ++k) {
        std::sort(byGraph[k].begin(), byGraph[k].end());
        QVector<double> x, y;
        for (const auto &e : byGraph[k]) {
            x << map.points[size_t(e.second)].x;
            y << map.points[size_t(e.second)].y;
            m_graphPoints[k].push_back(e.second);
        }
        m_genreGraphs[k]->setData(x, y, true);
    }
    if (rings) {
        QCPGraph *g = m_plot->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        g->setScatterStyle(QCPScatterStyle(QCPScatterStyle::ssCircle, QPen(QColor(220, 30, 30), 2.5), Qt::NoBrush, 12));
        g->setSelectable(QCP::stNone);
        for (const gtzan::FolderMapPoint &p : map.points)
            if (ringed.contains(p.clip)) g->addData(p.x, p.y);
        g->setName(tr("%1 (%2 here)").arg(ringName).arg(g->dataCount()));
    }
    if (!m_placed.empty()) {
        QCPGraph *g = m_plot->addGraph();
        g->setLineStyle(QCPGraph::lsNone);
        // A filled five-pointed star: nothing else on the map looks like it.
        QPainterPath star;
        for (int k = 0; k < 10; ++k) {
            const double r = k % 2 ? 4.5 : 11.0, a = M_PI / 2 + k * M_PI / 5;
            const QPointF pt(r * std::cos(a), -r * std::sin(a));
            if (k == 0) star.moveTo(pt);
            else star.lineTo(pt);
        }
        star.closeSubpath();
        QCPScatterStyle style(star, QPen(Qt::black, 1.5), QBrush(QColor(255, 215, 0)));
        g->setScatterStyle(style);
        g->setName(tr("Your files"));
        g->setSelectable(QCP::stNone);
        for (const PlacedPoint &p : m_placed) {
            g->addData(p.x, p.y);
            auto *label = new QCPItemText(m_plot);
            label->position->setCoords(p.x, p.y);
            label->setPositionAlignment(Qt::AlignLeft | Qt::AlignBottom);
            label->setPadding(QMargins(10, 0, 0, 8));
            label->setText(QFileInfo(p.path).fileName());
            label->setFont(QFont(font().family(), font().pointSize(), QFont::Bold));
            label->setBrush(QColor(255, 255, 255, 200));
        }
    }
    m_plot->rescaleAxes();
    m_plot->xAxis->scaleRange(1.08, m_plot->xAxis->range().center());
    m_plot->yAxis->scaleRange(1.08, m_plot->yAxis->range().center());
    m_plot->replot();
}

int MapView::pointAt(const QPoint &pixel) const {
    if (!m_state) return -1;
    int best = -1;
    double bestDistance = kHoverPixels;
    const auto &points = m_state->map.points;
    for (size_t i = 0; i < points.size(); ++i) {
        const double dx = m_plot->xAxis->coordToPixel(points[i].x) - pixel.x(), dy = m_plot->yAxis->coordToPixel(points[i].y) - pixel.y();
        const double d = std::hypot(dx, dy);
        if (d < bestDistance) bestDistance = d, best = int(i);
    }
    return best;
}

QString MapView::hoverTextAt(const QPoint &pixel) const {
    for (const PlacedPoint &p : m_placed)
        if (std::hypot(m_plot->xAxis->coordToPixel(p.x) - pixel.x(), m_plot->yAxis->coordToPixel(p.y) - pixel.y()) < kHoverPixels)
            return tr("%1 (your file)").arg(QFileInfo(p.path).fileName());
    const int i = pointAt(pixel);
    if (i < 0) return QString();
    const gtzan::FolderMapPoint &p = m_state->map.points[size_t(i)];
    if (!p.predicted.isEmpty()) return tr("%1 (%2, the model says %3); click to hear it").arg(p.clip, p.genre, p.predicted);
    return tr("%1 (%2); click to hear it").arg(p.clip, p.genre);
}

void MapView::selectInside(const QPolygonF &pixels) {
    if (!m_state) return;
    for (size_t k = 0; k < m_genreGraphs.size(); ++k) {
        QCPDataSelection selection;
        for (size_t j = 0; j < m_graphPoints[k].size(); ++j) {
            const gtzan::FolderMapPoint &p = m_state->map.points[size_t(m_graphPoints[k][j])];
            const QPointF at(m_plot->xAxis->coordToPixel(p.x), m_plot->yAxis->coordToPixel(p.y));
            if (pixels.containsPoint(at, Qt::OddEvenFill)) selection.addDataRange(QCPDataRange(int(j), int(j) + 1), false);
        }
        selection.simplify();
        m_genreGraphs[k]->setSelection(selection);
    }
    m_plot->replot();
    showSelection();
}

QStringList MapView::selectedClips() const {
    QStringList out;
    for (size_t k = 0; k < m_genreGraphs.size(); ++k) {
        const QCPDataSelection sel = m_genreGraphs[k]->selection();
        for (const QCPDataRange &r : sel.dataRanges())
            for (int j = r.begin(); j < r.end(); ++j)
                if (j >= 0 && j < int(m_graphPoints[k].size())) out << m_state->map.points[size_t(m_graphPoints[k][size_t(j)])].clip;
    }
    out.sort();
    return out;
}

void MapView::showSelection() {
    m_selection->clear();
    if (!m_state) return;
    QHash<QString, QString> pathOf;
    for (const gtzan::FolderMapPoint &p : m_state->map.points) pathOf.insert(p.clip, p.path);
    for (const QString &clip : selectedClips()) {
        auto *item = new QListWidgetItem(clip, m_selection);
        item->setData(Qt::UserRole, pathOf.value(clip));
    }
}

} // namespace gui
} // namespace gtzan
