#include "app/gui/SaliencyControls.h"
#include "app/gui/TaskControls.h"
#include "audio/Audio.h"
#include "common/Error.h"
#include "inference/Predictor.h"
#include "tasks/TaskRunner.h"
#include "widgets/ClipInspector.h"
#include "widgets/FlowLayout.h"
#include "widgets/SaliencyStrip.h"
#include "widgets/SpectrogramView.h"
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QShortcut>
#include <QSlider>
#include <QVBoxLayout>

namespace gtzan {
namespace gui {

namespace {
const QString kExplainTask = QStringLiteral("saliency");
const QString kListenTask = QStringLiteral("sonify");
gtzan::TaskRunner &tasks() { return gtzan::TaskRunner::instance(); }
} // namespace

SaliencyControls::SaliencyControls(widgets::ClipInspector *inspector, QWidget *parent)
    : QWidget(parent), m_inspector(inspector), m_method(new QComboBox), m_genre(new QComboBox), m_opacity(new QSlider(Qt::Horizontal)),
      m_listen(new QPushButton(tr("Play what it listened to"))), m_task(new TaskControls(tr("Explain"))), m_strip(new widgets::SaliencyStrip) {
    setObjectName(QStringLiteral("saliencyControls"));
    m_method->setObjectName(QStringLiteral("saliencyMethodBox"));
    m_method->addItem(tr("Occlusion"), QStringLiteral("occlusion"));
    m_method->addItem(tr("Grad-CAM"), QStringLiteral("gradcam"));
    m_method->setToolTip(tr("Occlusion silences blocks of the input one at a time and measures the drop (every model); Grad-CAM weighs the "
                            "last convolutional block by its gradients (convolutional models)"));
    m_genre->setObjectName(QStringLiteral("saliencyGenreBox"));
    m_genre->setToolTip(tr("The genre to explain: what in this clip makes it that genre"));
    m_opacity->setObjectName(QStringLiteral("saliencyOpacity"));
    m_opacity->setRange(0, 100);
    m_opacity->setValue(75);
    m_opacity->setMaximumWidth(120);
    m_opacity->setToolTip(tr("Opacity of the saliency over the spectrogram"));
    m_listen->setObjectName(QStringLiteral("saliencyListenButton"));
    m_listen->setCheckable(true);
    m_listen->setEnabled(false);
    m_listen->setToolTip(tr("Play the clip gated by the map: what drove the answer stays, the rest falls silent"));
    m_task->startButton()->setObjectName(QStringLiteral("saliencyExplainButton"));
    m_task->startButton()->setToolTip(tr("Show what the model listened to for this clip (Ctrl+E)"));
    // The choices and the task wrap onto more rows in a narrow window (as the spectrogram settings
    // do), so they never make the window wider than a laptop screen.
    auto *choices = new QWidget;
    auto *row = new widgets::FlowLayout(choices);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Saliency:")));
    row->addWidget(m_method);
    row->addWidget(m_genre);
    row->addWidget(new QLabel(tr("Opacity")));
    row->addWidget(m_opacity);
    row->addWidget(m_listen);
    row->addWidget(m_task);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addWidget(choices);
    // The check's figures need the whole width to be read: the task's status line moves out of
    // its row (Qt moves a widget that is already in a layout) to a line of its own.
    layout->addWidget(m_task->statusLabel());
    layout->addWidget(m_strip);
    m_strip->setVisible(false);

    connect(m_task, &TaskControls::startRequested, this, &SaliencyControls::explain);
    connect(m_task, &TaskControls::cancelRequested, this, &SaliencyControls::cancel);
    connect(m_opacity, &QSlider::valueChanged, this, [this](int v) { m_inspector->spectrogram()->setOverlayOpacity(v / 100.0); });
    connect(m_listen, &QPushButton::clicked, this, &SaliencyControls::toggleListening);
    connect(m_inspector, &widgets::ClipInspector::opened, this, &SaliencyControls::clearMap);
    auto *shortcut = new QShortcut(QKeySequence(QStringLiteral("Ctrl+E")), this);
    shortcut->setContext(Qt::WidgetWithChildrenShortcut);
    connect(shortcut, &QShortcut::activated, this, &SaliencyControls::explain);
    setModel(QString(), {});
}

SaliencyControls::~SaliencyControls() { tasks().cancelAll(this); }

void SaliencyControls::setModel(const QString &modelPath, const QStringList &genres) {
    if (modelPath != m_modelPath) clearMap();
    m_modelPath = modelPath;
    const QString chosen = m_genre->currentData().toString();
    m_genre->clear();
    m_genre->addItem(tr("Predicted genre"), QString());
    for (const QString &g : genres) m_genre->addItem(g, g);
    m_genre->setCurrentIndex(std::max(0, m_genre->findData(chosen)));
    const bool usable = !modelPath.isEmpty();
    m_task->startButton()->setEnabled(usable);
    m_task->setStatus(usable ? tr("Explain shows what the model listened to in this clip.") : tr("No model to explain."));
}

bool SaliencyControls::isBusy() const { return tasks().isRunning(this, kExplainTask) || tasks().isRunning(this, kListenTask); }

void SaliencyControls::cancel() { tasks().cancel(this, kExplainTask); }

void SaliencyControls::clearMap() {
    tasks().cancel(this, kExplainTask);
    tasks().cancel(this, kListenTask);
    m_map.reset();
    m_inspector->spectrogram()->clearSaliencyOverlay();
    m_strip->clear();
    m_strip->setVisible(false);
    if (m_listening) m_inspector->restoreShownAudio();
    m_listening = false;
    m_listen->setChecked(false);
    m_listen->setEnabled(false);
}

void SaliencyControls::explain() {
    const QString file = m_inspector->currentPath();
    if (m_modelPath.isEmpty() || file.isEmpty()) {
        m_task->setStatus(file.isEmpty() ? tr("Open a clip first.") : tr("No model to explain."));
        return;
    }
    clearMap();
    gtzan::SaliencyOptions options;
    try {
        options.method = gtzan::saliencyMethodFromName(m_method->currentData().toString());
    } catch (const gtzan::Error &) {
        return;
    }
    const QString modelPath = m_modelPath, genre = m_genre->currentData().toString();
    m_task->setRunning(true);
    m_task->setProgress(-1, tr("Loading the model..."));
    tasks().start<std::shared_ptr<const gtzan::SaliencyMap>>(
        this, kExplainTask,
        [modelPath, file, genre, options](gtzan::TaskContext &task) mutable {
            // Its own Predictor: a Predictor is for one thread, and this one runs on the pool.
            const gtzan::Predictor predictor = gtzan::Predictor::fromFile(modelPath);
            if (!genre.isEmpty()) options.genre = int(predictor.model().genres.indexOf(genre));
            options.cancel = task.cancelFlag();
            options.progress = [&task](double f) { task.progress(f, QString()); };
            return std::make_shared<const gtzan::SaliencyMap>(gtzan::computeSaliency(predictor, file, options));
        },
        [this](const std::shared_ptr<const gtzan::SaliencyMap> &map) {
            m_task->setRunning(false);
            m_map = map;
            m_inspector->spectrogram()->setOverlayOpacity(m_opacity->value() / 100.0);
            m_inspector->spectrogram()->setSaliencyOverlay(map->map, map->rowHz, map->secondsPerFrame());
            m_strip->setSegments(map->segmentStartSeconds, map->segmentSaliency, map->map.cols * map->secondsPerFrame());
            m_strip->setVisible(true);
            m_listen->setEnabled(m_inspector->originalAudio() != nullptr);
            const bool passes = map->deletionTop > map->deletionRandom;
            m_task->setStatus(tr("%1 for %2 (p %3) on the %4. Masking its top 10% drops p by %5, 10% at random by %6: %7")
                                  .arg(m_method->currentText(), map->genreName)
                                  .arg(double(map->probability), 0, 'f', 2)
                                  .arg(map->gridName)
                                  .arg(map->deletionTop, 0, 'f', 2)
                                  .arg(map->deletionRandom, 0, 'f', 2)
                                  .arg(passes ? tr("the map passes the check.") : tr("the map fails the check; do not read much into it.")));
            Q_EMIT explained();
        },
        [this](const gtzan::TaskError &e) {
            m_task->setRunning(false);
            m_task->setStatus(e.cancelled ? tr("Cancelled.") : tr("Cannot explain this clip: %1").arg(e.message));
            if (!e.cancelled) Q_EMIT failed(e.message);
        },
        [this](double fraction, const QString &) { m_task->setProgress(fraction, tr("Explaining... %1%").arg(qRound(100 * fraction))); });
}

void SaliencyControls::toggleListening() {
    if (!m_listen->isChecked()) {
        m_listening = false;
        m_inspector->restoreShownAudio();
        return;
    }
    const std::shared_ptr<const gtzan::Audio> audio = m_inspector->originalAudio();
    const std::shared_ptr<const gtzan::SaliencyMap> map = m_map;
    if (!audio || !map) {
        m_listen->setChecked(false);
        return;
    }
    tasks().start<std::shared_ptr<const gtzan::Audio>>(
        this, kListenTask, [audio, map](gtzan::TaskContext &) { return std::make_shared<const gtzan::Audio>(gtzan::sonifySaliency(*audio, *map)); },
        [this](const std::shared_ptr<const gtzan::Audio> &gated) {
            m_listening = true;
            m_inspector->playInstead(*gated);
        },
        [this](const gtzan::TaskError &e) {
            m_listen->setChecked(false);
            if (!e.cancelled) m_task->setStatus(tr("Cannot play it: %1").arg(e.message));
        });
}

} // namespace gui
} // namespace gtzan
