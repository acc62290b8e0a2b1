#include "widgets/ClipInspector.h"
#include "audio/AudioDecoder.h"
#include "augment/AugmentationPreview.h"
#include "augment/MaskRegions.h"
#include "dsp/ProgressiveDisplaySpectrogram.h"
#include "dsp/Rhythm.h"
#include "tasks/TaskRunner.h"
#include "widgets/AudioPlayer.h"
#include "widgets/CompareView.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/SpectrogramControls.h"
#include "widgets/SpectrogramView.h"
#include "widgets/TimePlotInteraction.h"
#include "widgets/TransportBar.h"
#include "widgets/WaveformView.h"
#include <QCheckBox>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QShortcut>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <QtNumeric>
#include <algorithm>
#include <cmath>
#include <optional>

namespace gtzan {
namespace widgets {

namespace {
const QString kClipTask = QStringLiteral("clip"); // one kind: the requests of a clip run one after the other

gtzan::TaskRunner &tasks() { return gtzan::TaskRunner::instance(); }

// Clips up to this long are rendered around the playhead first when B's stretch or pitch changes.
constexpr double kQuickRenderSeconds = 90.0;

// Enough envelope points for a sharp waveform on any screen, few enough to plot at once.
constexpr int kEnvelopeBuckets = 6000;

// Decode / augment and the display data, all on the worker.
gtzan::DisplaySpectrogram spectrogramWithMasks(const gtzan::Audio &a, const gtzan::DisplaySpectrogramSpec &spec, const gtzan::AugmentationDraw *draw,
                                               QVector<QRectF> *masks) {
    gtzan::DisplaySpectrogram s = gtzan::computeDisplaySpectrogram(a, spec);
    if (draw && draw->hasMasks()) {
        // SpecAugment works on features: shown on the spectrogram as the engine applies it,
        // outlined where it fell.
        gtzan::applyMaskDraw(*draw, s.db);
        const gtzan::MaskRegions regions = gtzan::maskRegions(*draw, s.db.rows, s.db.cols);
        const double spf = s.secondsPerFrame();
        for (const auto &r : regions.rows)
            masks->append(QRectF(QPointF(-0.5 * spf, r.first - 0.5), QPointF((s.db.cols - 0.5) * spf, r.second + 0.5)));
        for (const auto &c : regions.cols)
            masks->append(QRectF(QPointF((c.first - 0.5) * spf, -0.5), QPointF((c.second + 0.5) * spf, s.db.rows - 0.5)));
    }
    return s;
}
// Decodes a file for the inspector. A long one (a 10-minute song, a two-hour recording) is shown
// while it decodes: its waveform so far within a fraction of a second, then every second the
// waveform and a preview of the spectrogram as far as decoded (ProgressiveDisplaySpectrogram),
// posted to the inspector; the exact pictures follow when the whole file is there. A short clip
// decodes before the first preview is due and is shown once, as before.
std::shared_ptr<const gtzan::Audio> decodeShowingProgress(ClipInspector *self, gtzan::TaskContext &task, const QString &path,
                                                          const gtzan::DisplaySpectrogramSpec &spec) {
    constexpr qint64 kFirstPreviewMs = 150, kNextPreviewMs = 1000;
    auto audio = std::make_shared<gtzan::Audio>();
    audio->sampleRate = ClipInspector::kDisplayRate;
    double expectedSeconds = 0, fraction = 0;
    std::unique_ptr<gtzan::ProgressiveDisplaySpectrogram> preview;
    QElapsedTimer clock;
    clock.start();
    qint64 nextPreviewMs = kFirstPreviewMs;
    gtzan::DecodeOptions decode;
    decode.targetRate = ClipInspector::kDisplayRate;
    decode.cancel = task.cancelFlag(); // the next clip is wanted: stop at the next chunk
    decode.onHeader = [&](const gtzan::AudioInfo &info) { expectedSeconds = info.seconds(); };
    decode.progress = [&](double f) { fraction = f; };
    gtzan::decodeAudioStream(path, decode, [&](const float *samples, size_t count) {
        audio->samples.insert(audio->samples.end(), samples, samples + count);
        if (clock.elapsed() < nextPreviewMs) return true;
        nextPreviewMs = clock.elapsed() + kNextPreviewMs;
        ClipInspector::Preview p;
        p.decodedSeconds = audio->seconds();
        p.expectedSeconds = std::max(expectedSeconds, p.decodedSeconds);
        p.fraction = fraction > 0 ? fraction : p.decodedSeconds / std::max(1e-9, p.expectedSeconds);
        const int buckets = std::max(64, int(kEnvelopeBuckets * p.decodedSeconds / p.expectedSeconds));
        p.envelope = gtzan::waveformEnvelope(audio->samples.data(), audio->samples.size(), buckets);
        if (gtzan::ProgressiveDisplaySpectrogram::supports(spec)) {
            if (!preview) preview = std::make_unique<gtzan::ProgressiveDisplaySpectrogram>(spec, audio->sampleRate, p.expectedSeconds);
            if (preview->update(audio->samples)) p.spectrogram = preview->preview();
        }
        task.post([self, p = std::move(p)] { self->showPreview(p); });
        return true;
    });
    return audio;
}

} // namespace

ClipInspector::ClipInspector(QWidget *parent)
    : QWidget(parent), m_waveform(new WaveformView), m_spectrogram(new SpectrogramView), m_compare(new CompareView), m_pages(new QStackedWidget),
      m_controls(new SpectrogramControls), m_player(new AudioPlayer(this)), m_transport(new TransportBar(m_player)),
      m_beatClicks(new QCheckBox(tr("Beat clicks"))), m_title(new QLabel), m_progress(new QProgressBar) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("clipTitle"));
    m_title->setTextFormat(Qt::PlainText);
    m_title->setWordWrap(true);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    auto *titleRow = new QHBoxLayout;
    titleRow->addWidget(m_title, 1);
    m_progress->setObjectName(QStringLiteral("openProgress"));
    m_progress->setRange(0, 100);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(m_title->fontMetrics().height());
    m_progress->setTextVisible(false);
    m_progress->hide();
    titleRow->addWidget(m_progress);
    layout->addLayout(titleRow);
    auto *single = new QWidget;
    auto *singleLayout = new QVBoxLayout(single);
    singleLayout->setContentsMargins(0, 0, 0, 0);
    singleLayout->addWidget(m_waveform, 1);
    singleLayout->addWidget(m_spectrogram, 3);
    // Never squeezed below what can be read (a laptop's height with everything else shown).
    m_spectrogram->setMinimumHeight(150); // its plot keeps about 130 px beside the read-out line
    m_waveform->setMinimumHeight(64);     // room for three amplitude labels
    m_pages->addWidget(single);
    // The compare view joins the stack only in compare mode: a stack asks for the room of its
    // largest page, and three spectrograms would make every inspector (Predict's too) taller.
    m_compare->setParent(this);
    m_compare->hide();
    layout->addWidget(m_pages, 1);
    layout->addWidget(m_controls);
    auto *playRow = new QHBoxLayout;
    playRow->addWidget(m_transport, 1);
    m_beatClicks->setObjectName(QStringLiteral("beatClicksBox"));
    m_beatClicks->setToolTip(tr("Hear aubio's beats as clicks over the music (Ctrl+B)"));
    // Three inspectors live in one window (Explore, Confusion, Predict): the key acts on the one
    // that has the focus, not window-wide (which would make it ambiguous and dead in all three).
    auto *beatKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+B")), this);
    beatKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(beatKey, &QShortcut::activated, m_beatClicks, &QCheckBox::toggle);
    playRow->addWidget(m_beatClicks);
    // Ctrl+0 (as a double-click on a view) shows the whole clip and every band again.
    auto *resetKey = new QShortcut(QKeySequence(QStringLiteral("Ctrl+0")), this);
    resetKey->setContext(Qt::WidgetWithChildrenShortcut);
    connect(resetKey, &QShortcut::activated, this, [this] {
        m_waveform->timeInteraction()->resetZoom();
        m_spectrogram->timeInteraction()->resetZoom();
    });
    layout->addLayout(playRow);
    TimePlotInteraction::linkTimeAxes(m_waveform->plot(), m_spectrogram->plot());
    // The waveform's plot area lines up with the spectrogram's (which has a colour bar beside it).
    m_waveform->plot()->axisRect()->setAutoMargins(QCP::msTop | QCP::msBottom);
    connect(m_spectrogram->plot(), &QCustomPlot::afterReplot, this, &ClipInspector::alignWaveformMargins);
    connect(m_waveform, &WaveformView::seekRequested, m_player, &AudioPlayer::seek);
    connect(m_spectrogram, &SpectrogramView::seekRequested, m_player, &AudioPlayer::seek);
    connect(m_compare, &CompareView::seekRequested, m_player, &AudioPlayer::seek);
    connect(m_player, &AudioPlayer::positionChanged, this, [this](double s) {
        if (m_compareMode) {
            m_compare->setPlayhead(s);
            return;
        }
        m_waveform->setPlayhead(s);
        m_spectrogram->setPlayhead(s);
    });
    connect(m_player, &AudioPlayer::errorOccurred, this,
            [this](const QString &message) { m_title->setText(title() + QStringLiteral("  —  ") + message); });
    connect(m_controls, &SpectrogramControls::specChanged, this, &ClipInspector::refresh);
    connect(m_beatClicks, &QCheckBox::toggled, this, [this](bool on) {
        const View &view = m_views[int(m_version)];
        if (!view.audio) return;
        if (on && view.beats.empty()) refresh(); // the beats come with the next display job
        else setPlayerAudio(view);
    });
    connect(m_controls, &SpectrogramControls::colorMapChanged, m_spectrogram, &SpectrogramView::setColorMap);
    connect(m_controls, &SpectrogramControls::dynamicRangeChanged, m_spectrogram, &SpectrogramView::setDynamicRange);
    connect(m_controls, &SpectrogramControls::colorMapChanged, m_compare, &CompareView::setColorMap);
    connect(m_controls, &SpectrogramControls::dynamicRangeChanged, m_compare, &CompareView::setDynamicRange);
    clear(tr("Select a clip to see and hear it."));
}

// A decode in flight stops at its next chunk; nothing of it reaches this object any more.
ClipInspector::~ClipInspector() { tasks().cancelAll(this); }

// Busy until the result is drawn: the worker may be done while its result still waits in the event queue.
bool ClipInspector::isBusy() const { return tasks().isRunning(this, kClipTask) || !m_queue.isEmpty(); }

void ClipInspector::alignWaveformMargins() {
    QCPAxisRect *spec = m_spectrogram->plot()->axisRect();
    const QMargins want(spec->left(), 0, m_spectrogram->plot()->width() - spec->right(), 0);
    QMargins have = m_waveform->plot()->axisRect()->margins();
    if (have.left() == want.left() && have.right() == want.right()) return;
    have.setLeft(want.left());
    have.setRight(want.right());
    m_waveform->plot()->axisRect()->setMargins(have);
    m_waveform->plot()->replot(QCustomPlot::rpQueuedReplot);
}

QString ClipInspector::title() const {
    if (!m_views[1].audio) return m_titleText;
    return m_titleText + (m_version == Version::Augmented ? tr("   [B: augmented]") : tr("   [A: original]"));
}

void ClipInspector::clear(const QString &message) {
    tasks().cancel(this, kClipTask); // for a clip no longer shown
    m_queue.clear();
    m_player->setAudio(gtzan::Audio());
    m_views[0] = View();
    m_views[1] = View();
    m_version = Version::Original;
    m_path.clear();
    m_waveform->clear();
    m_spectrogram->clear();
    m_compare->clear(tr("Switch an augmentation on to compare the original with the augmented clip."));
    m_compareShown = false;
    m_titleText = message;
    m_title->setText(message);
}

void ClipInspector::openFile(const QString &path) {
    m_openClock.start();
    m_firstPictureMs = -1;
    m_loadingPath = path;
    m_previewShown = false;
    m_player->stop();
    m_titleText = tr("%1 — decoding...").arg(QFileInfo(path).fileName());
    m_title->setText(m_titleText);
    Request r;
    r.kind = JobKind::Open;
    r.path = path;
    submit(r, true);
}

void ClipInspector::openDecodedFile(const QString &path, std::shared_ptr<const gtzan::Audio> audio) {
    if (!audio || audio->sampleRate != kDisplayRate) {
        openFile(path);
        return;
    }
    m_openClock.start();
    m_player->stop();
    Request r;
    r.kind = JobKind::Open;
    r.path = path;
    r.decoded = std::move(audio);
    submit(r, true);
}

void ClipInspector::showAudio(const gtzan::Audio &audio, const QString &title) {
    m_views[0] = View();
    m_views[0].audio = std::make_shared<const gtzan::Audio>(audio);
    m_views[1] = View();
    m_version = Version::Original;
    m_path.clear();
    m_titleText = title;
    m_title->setText(title);
    m_player->setAudio(audio);
    Request r;
    r.kind = JobKind::Display;
    submit(r, true);
    if (!m_draw.isIdentity()) setAugmentation(m_draw, false);
}

void ClipInspector::setAugmentation(const gtzan::AugmentationDraw &draw, bool showResult) {
    m_draw = draw;
    if (draw.isIdentity()) {
        for (int i = m_queue.size() - 1; i >= 0; --i)
            if (m_queue[i].kind == JobKind::Augment) m_queue.removeAt(i);
        m_views[1] = View();
        if (m_version == Version::Augmented) showVersion(Version::Original);
        else m_title->setText(title());
        if (m_compareMode) showCompare();
        return;
    }
    if (!m_views[0].audio && m_queue.isEmpty()) return; // no clip yet: applied when one opens
    Request r;
    r.kind = JobKind::Augment;
    r.draw = draw;
    r.show = showResult;
    submit(r);
}

void ClipInspector::showVersion(Version v) {
    if (v == Version::Augmented && !m_views[1].audio) return;
    if (v == m_version) return;
    m_version = v;
    setPlayerAudio(m_views[int(v)]); // what is shown is what plays
    display(v);
    Q_EMIT versionChanged(v);
}

void ClipInspector::refresh() {
    for (Version v : {Version::Original, Version::Augmented}) {
        if (v != m_version && !m_compareMode) continue;
        if (!m_views[int(v)].audio) continue;
        Request r;
        r.kind = JobKind::Display;
        r.version = v;
        submit(r);
    }
}

QList<FigurePanel> ClipInspector::figurePlots() const {
    if (!m_views[0].audio) return {};
    if (m_compareMode) {
        if (!m_compareShown) return {};
        const QStringList c = m_compare->captions();
        return {{m_compare->waveform()->plot(), c.value(0)},
                {m_compare->original()->plot(), c.value(1)},
                {m_compare->augmented()->plot(), c.value(2)},
                {m_compare->difference()->plot(), c.value(3)}};
    }
    return {{m_waveform->plot(), QString()}, {m_spectrogram->plot(), QString()}};
}

bool ClipInspector::ready(Version v) const {
    const View &view = m_views[int(v)];
    return view.audio && view.settings == settingsKey() && !view.spectrogram.db.empty();
}

void ClipInspector::setCompareMode(bool on) {
    if (on == m_compareMode) return;
    m_compareMode = on;
    if (on) {
        m_pages->addWidget(m_compare);
        m_pages->setCurrentWidget(m_compare);
    } else {
        m_pages->setCurrentIndex(0);
        m_pages->removeWidget(m_compare);
        m_compare->setParent(this);
        m_compare->hide();
    }
    m_compareShown = false;
    if (on) showCompare();
    else display(m_version);
}

void ClipInspector::showCompare() {
    m_compareShown = false;
    if (!m_views[0].audio) return;
    if (!m_views[1].audio) {
        m_compare->clear(tr("Switch an augmentation on to compare the original with the augmented clip."));
        return;
    }
    if (!ready(Version::Original) || !ready(Version::Augmented)) {
        refresh(); // one of them was computed with other settings
        return;
    }
    const auto version = [](const View &v) {
        CompareView::Version out;
        out.envelope = v.envelope;
        out.sampleRate = v.audio->sampleRate;
        out.seconds = v.audio->seconds();
        out.spectrogram = v.spectrogram;
        out.masks = v.masks;
        return out;
    };
    m_compare->setVersions(version(m_views[0]), version(m_views[1]), m_draw.hasMasks());
    m_compare->setPlayhead(m_player->position());
    m_compareShown = true;
    m_title->setText(title());
    Q_EMIT spectrogramShown();
}

QString ClipInspector::settingsKey() const {
    const gtzan::DisplaySpectrogramSpec s = m_controls->spec();
    return QStringLiteral("%1/%2/%3/%4").arg(gtzan::frequencyAxisName(s.axis)).arg(s.nFft).arg(s.hop).arg(s.nMels);
}

void ClipInspector::display(Version v) {
    if (m_compareMode) {
        showCompare();
        return;
    }
    const View &view = m_views[int(v)];
    if (view.settings != settingsKey() || view.spectrogram.db.empty()) {
        refresh(); // computed with other settings: ask the engine again
        return;
    }
    QElapsedTimer draw;
    draw.start();
    m_title->setText(title());
    m_waveform->setEnvelope(view.envelope, view.audio->sampleRate, view.audio->seconds());
    m_spectrogram->setSpectrogram(view.spectrogram);
    m_spectrogram->setMaskRects(view.masks);
    // A and B on the original's scales: switching to B shows a gain or noise as it is, instead of
    // each version filling the colour bar and the amplitude axis on its own.
    const View &original = m_views[0];
    const bool shared = m_views[1].audio && ready(Version::Original) && original.spectrogram.decibels;
    m_spectrogram->setLevelTop(shared ? double(*std::max_element(original.spectrogram.db.data.begin(), original.spectrogram.db.data.end()))
                                      : qQNaN());
    const float peak = m_views[1].audio && original.audio ? gtzan::envelopePeak(original.envelope) : 0.0f;
    m_waveform->setFixedPeak(peak);
    m_lastDrawMs = double(draw.nsecsElapsed()) / 1e6;
    Q_EMIT spectrogramShown();
}

void ClipInspector::submit(const Request &r, bool newClip) {
    if (newClip) m_queue.clear();
    // A newer request of the same kind (for the same version) replaces a waiting one.
    for (int i = m_queue.size() - 1; i >= 0; --i)
        if (m_queue[i].kind == r.kind && (r.kind != JobKind::Display || m_queue[i].version == r.version)) m_queue.removeAt(i);
    m_queue.append(r);
    if (newClip || !tasks().isRunning(this, kClipTask)) launchNext();
}

void ClipInspector::launchNext() {
    if (m_queue.isEmpty()) return;
    const Request r = m_queue.takeFirst();
    const gtzan::DisplaySpectrogramSpec spec = m_controls->spec();
    const QString settings = settingsKey();
    std::shared_ptr<const gtzan::Audio> audio;
    if (r.kind == JobKind::Display) audio = m_views[int(r.version)].audio;
    if (r.kind == JobKind::Augment) audio = m_views[0].audio;
    if (r.kind != JobKind::Open && !audio) {
        launchNext();
        return;
    }
    const gtzan::AugmentationDraw draw = r.kind == JobKind::Display && r.version == Version::Augmented ? m_draw : r.draw;
    const bool wantBeats = m_beatClicks->isChecked();
    // Where B will be heard when its new sound can first be there (the player's buffer ahead).
    const double heardAt = m_version == Version::Augmented && m_player->state() == AudioPlayer::State::Playing ? m_player->position() + 0.3 : -1.0;
    tasks().start<Job>(
        this, kClipTask,
        [self = this, r, audio, spec, settings, draw, wantBeats, heardAt](gtzan::TaskContext &task) {
            QElapsedTimer clock;
            clock.start();
            Job job;
            std::shared_ptr<const gtzan::Audio> shown = audio;
            if (r.kind == JobKind::Open && r.decoded) shown = r.decoded;
            else if (r.kind == JobKind::Open) shown = decodeShowingProgress(self, task, r.path, spec);
            if (r.kind == JobKind::Augment) {
                // B playing: the four seconds from the playhead first (a stretch or pitch shift of
                // a 30 s clip takes about half a second), then the whole clip. Only for clips whose
                // whole render surely lands within those seconds: a long file keeps playing its
                // previous B until its whole render is there, rather than fall silent.
                if (heardAt >= 0 && audio->seconds() <= kQuickRenderSeconds)
                    if (std::optional<gtzan::Audio> soon = gtzan::renderAugmentationAround(draw, *audio, heardAt, 4.0)) {
                        auto part = std::make_shared<const gtzan::Audio>(std::move(*soon));
                        task.post([self, part, draw] { self->hearAugmentedEarly(part, draw); });
                    }
                shown = std::make_shared<const gtzan::Audio>(gtzan::applyWaveformDraw(draw, *audio));
                // The sound first: B playing while a slider moves switches to the new sound now,
                // before the pictures (which take longer) are ready.
                task.post([self, shown, draw] { self->hearAugmentedEarly(shown, draw); });
            }
            task.throwIfCancelled();
            const bool masked = r.kind == JobKind::Augment || (r.kind == JobKind::Display && r.version == Version::Augmented);
            job.view.audio = shown;
            job.view.envelope = gtzan::waveformEnvelope(shown->samples.data(), shown->samples.size(), kEnvelopeBuckets);
            job.view.spectrogram = spectrogramWithMasks(*shown, spec, masked ? &draw : nullptr, &job.view.masks);
            job.view.beats = job.view.spectrogram.beatSeconds;
            if (wantBeats && job.view.beats.empty()) job.view.beats = gtzan::analyseRhythm(*shown, {}, task.cancelFlag()).beatSeconds;
            job.view.settings = settings;
            job.workerMs = double(clock.nsecsElapsed()) / 1e6;
            return job;
        },
        [this, r](const Job &job) { showJob(r, job); },
        [this, r](const gtzan::TaskError &e) {
            launchNext();
            if (!e.cancelled) jobFailed(r, e.message); // cancelled: for a clip no longer shown
        });
}

void ClipInspector::showPreview(const Preview &p) {
    m_waveform->setEnvelope(p.envelope, kDisplayRate, p.expectedSeconds);
    if (!p.spectrogram.db.empty()) m_spectrogram->setSpectrogram(p.spectrogram);
    // The previous clip's spectrogram is not this one's. (A short clip is drawn whole before any
    // preview is due: browsing clip by clip never flashes an empty view.)
    else if (!m_previewShown) m_spectrogram->clear();
    m_progress->setValue(int(std::lround(p.fraction * 100)));
    m_progress->show();
    m_title->setText(tr("%1 — decoding: %2 of %3 s shown...")
                         .arg(QFileInfo(m_loadingPath).fileName())
                         .arg(p.decodedSeconds, 0, 'f', 0)
                         .arg(p.expectedSeconds, 0, 'f', 0));
    m_previewShown = true;
    if (m_firstPictureMs < 0) m_firstPictureMs = double(m_openClock.nsecsElapsed()) / 1e6;
    Q_EMIT previewShown();
}

void ClipInspector::jobFailed(const Request &r, const QString &error) {
    if (r.kind == JobKind::Open) {
        m_progress->hide();
        clear(tr("%1 cannot be shown: %2").arg(QFileInfo(r.path).fileName(), error));
        Q_EMIT failed(r.path, error);
    } else if (r.kind == JobKind::Augment) {
        m_title->setText(title() + QStringLiteral("  —  ") + error);
        Q_EMIT augmentationFailed(error);
    } else {
        m_title->setText(title() + QStringLiteral("  —  ") + error);
    }
}

void ClipInspector::showJob(const Request &r, const Job &job) {
    launchNext(); // the next request starts while this result is drawn
    m_lastWorkerMs = job.workerMs;
    switch (r.kind) {
    case JobKind::Open: {
        m_views[0] = job.view;
        m_views[1] = View();
        m_version = Version::Original;
        m_path = r.path;
        setPlayerAudio(m_views[0], true);
        const gtzan::Audio &a = *m_views[0].audio;
        m_titleText = tr("%1 — %2 s at %3 Hz").arg(QFileInfo(r.path).fileName()).arg(a.seconds(), 0, 'f', 2).arg(a.sampleRate);
        display(Version::Original);
        m_progress->hide();
        m_lastOpenMs = double(m_openClock.nsecsElapsed()) / 1e6;
        if (m_firstPictureMs < 0) m_firstPictureMs = m_lastOpenMs;
        Q_EMIT opened(r.path);
        if (!m_draw.isIdentity()) setAugmentation(m_draw, false); // B for the new clip, ready for A/B
        break;
    }
    case JobKind::Display: {
        const bool newBeats = m_views[int(r.version)].beats != job.view.beats;
        m_views[int(r.version)] = job.view;
        if (m_version == r.version) {
            if (newBeats && m_beatClicks->isChecked()) setPlayerAudio(m_views[int(r.version)]);
            display(r.version);
        } else if (m_compareMode) {
            showCompare();
        }
        break;
    }
    case JobKind::Augment:
        if (m_draw.isIdentity()) return; // switched off meanwhile
        m_views[1] = job.view;
        if (r.show && m_version != Version::Augmented) {
            showVersion(Version::Augmented);
        } else if (m_version == Version::Augmented) {
            setPlayerAudio(m_views[1]);
            display(Version::Augmented);
        } else if (m_compareMode) {
            showCompare();
        } else {
            m_title->setText(title());
        }
        break;
    }
}

// Another version of the clip that plays (A/B, a new augmentation, beat clicks) switches in
// without stopping: the sound goes on from the same time (AudioPlayer::switchAudio), which is what
// lets an instructor move a slider while B plays. A new clip starts from a stopped player.
void ClipInspector::setPlayerAudio(const View &view, bool newClip) {
    if (!view.audio) return;
    const bool clicks = m_beatClicks->isChecked() && !view.beats.empty();
    const gtzan::Audio heard = clicks ? gtzan::withBeatClicks(*view.audio, view.beats) : gtzan::Audio();
    const gtzan::Audio &audio = clicks ? heard : *view.audio;
    if (newClip) m_player->setAudio(audio);
    else m_player->switchAudio(audio);
}

void ClipInspector::hearAugmentedEarly(const std::shared_ptr<const gtzan::Audio> &audio, const gtzan::AugmentationDraw &draw) {
    if (m_version != Version::Augmented || m_beatClicks->isChecked() || draw.toJson() != m_draw.toJson()) return;
    if (m_player->state() != AudioPlayer::State::Playing) return; // a stopped player gets it with the pictures
    m_player->switchAudio(*audio);
}

void ClipInspector::playInstead(const gtzan::Audio &audio) {
    m_player->setAudio(audio);
    m_player->play();
}

void ClipInspector::restoreShownAudio() { setPlayerAudio(m_views[int(m_version)], true); }

} // namespace widgets
} // namespace gtzan
