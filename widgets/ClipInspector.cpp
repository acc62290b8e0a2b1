#include "ClipInspector.h"
#include "AudioPlayer.h"
#include "SpectrogramControls.h"
#include "SpectrogramView.h"
#include "TimePlotInteraction.h"
#include "TransportBar.h"
#include "WaveformView.h"
#include "audio/AudioDecoder.h"
#include "common/Error.h"
#include <QFileInfo>
#include <QLabel>
#include <QVBoxLayout>
#include <QtConcurrent>

namespace {
// Enough envelope points for a sharp waveform on any screen, few enough to plot at once.
constexpr int kEnvelopeBuckets = 6000;
} // namespace

ClipInspector::ClipInspector(QWidget *parent)
    : QWidget(parent), m_waveform(new WaveformView), m_spectrogram(new SpectrogramView), m_controls(new SpectrogramControls),
      m_player(new AudioPlayer(this)), m_transport(new TransportBar(m_player)), m_title(new QLabel) {
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_title->setObjectName(QStringLiteral("clipTitle"));
    m_title->setTextFormat(Qt::PlainText);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    layout->addWidget(m_waveform, 1);
    layout->addWidget(m_spectrogram, 3);
    layout->addWidget(m_controls);
    layout->addWidget(m_transport);
    TimePlotInteraction::linkTimeAxes(m_waveform->plot(), m_spectrogram->plot());
    connect(m_waveform, &WaveformView::seekRequested, m_player, &AudioPlayer::seek);
    connect(m_spectrogram, &SpectrogramView::seekRequested, m_player, &AudioPlayer::seek);
    connect(m_player, &AudioPlayer::positionChanged, this, [this](double s) {
        m_waveform->setPlayhead(s);
        m_spectrogram->setPlayhead(s);
    });
    connect(m_player, &AudioPlayer::errorOccurred, this, [this](const QString &message) { m_title->setText(m_titleText + QStringLiteral("  —  ") + message); });
    connect(m_controls, &SpectrogramControls::specChanged, this, &ClipInspector::refresh);
    connect(m_controls, &SpectrogramControls::colorMapChanged, m_spectrogram, &SpectrogramView::setColorMap);
    connect(m_controls, &SpectrogramControls::dynamicRangeChanged, m_spectrogram, &SpectrogramView::setDynamicRange);
    connect(&m_watcher, &QFutureWatcher<Job>::finished, this, &ClipInspector::finishJob);
    clear(tr("Select a clip to see and hear it."));
}

ClipInspector::~ClipInspector() { m_watcher.waitForFinished(); }

bool ClipInspector::isBusy() const { return m_watcher.isRunning() || m_pending; }

void ClipInspector::clear(const QString &message) {
    ++m_generation;
    m_player->setAudio(gtzan::Audio());
    m_original.reset();
    m_augmented.reset();
    m_path.clear();
    m_waveform->clear();
    m_spectrogram->clear();
    m_titleText = message;
    m_title->setText(message);
}

void ClipInspector::openFile(const QString &path) {
    m_openClock.start();
    m_player->stop();
    m_titleText = tr("%1 — decoding...").arg(QFileInfo(path).fileName());
    m_title->setText(m_titleText);
    startJob(path, nullptr, true);
}

void ClipInspector::showAudio(const gtzan::Audio &audio, const QString &title) {
    m_original = std::make_shared<const gtzan::Audio>(audio);
    m_augmented.reset();
    m_masks.clear();
    m_version = Version::Original;
    m_path.clear();
    m_titleText = title;
    m_title->setText(title);
    m_player->setAudio(audio);
    startJob(QString(), m_original, false);
}

void ClipInspector::setAugmented(const gtzan::Audio &audio, const QVector<QRectF> &maskRects) {
    m_augmented = audio.samples.empty() ? nullptr : std::make_shared<const gtzan::Audio>(audio);
    m_masks = maskRects;
    if (!m_augmented && m_version == Version::Augmented) {
        showVersion(Version::Original);
        return;
    }
    if (m_version == Version::Augmented) {
        m_player->setAudio(*m_augmented);
        refresh();
    }
}

void ClipInspector::showVersion(Version v) {
    if (v == Version::Augmented && !m_augmented) return;
    const bool changed = v != m_version;
    m_version = v;
    if (changed && shownAudio()) {
        m_player->setAudio(*shownAudio());   // what is shown is what plays
        refresh();
    }
}

std::shared_ptr<const gtzan::Audio> ClipInspector::shownAudio() const {
    return m_version == Version::Augmented && m_augmented ? m_augmented : m_original;
}

void ClipInspector::refresh() {
    if (shownAudio()) startJob(QString(), shownAudio(), false);
}

void ClipInspector::startJob(const QString &path, std::shared_ptr<const gtzan::Audio> audio, bool fromFile) {
    ++m_generation;
    if (m_watcher.isRunning()) {
        // Only the newest request matters; it starts when the running one ends.
        m_pending = true;
        m_pendingPath = path;
        m_pendingAudio = std::move(audio);
        m_pendingFromFile = fromFile;
        return;
    }
    launch(path, std::move(audio), fromFile);
}

void ClipInspector::launch(const QString &path, std::shared_ptr<const gtzan::Audio> audio, bool fromFile) {
    const gtzan::DisplaySpectrogramSpec spec = m_controls->spec();
    const quint64 generation = m_generation;
    m_watcher.setFuture(QtConcurrent::run([path, audio, fromFile, spec, generation] {
        QElapsedTimer clock;
        clock.start();
        Job job;
        job.path = path;
        job.generation = generation;
        job.fromFile = fromFile;
        try {
            job.audio = fromFile ? std::make_shared<const gtzan::Audio>(gtzan::decodeAudio(path, kDisplayRate)) : audio;
            const gtzan::Audio &a = *job.audio;
            job.envelope = gtzan::waveformEnvelope(a.samples.data(), a.samples.size(), kEnvelopeBuckets);
            job.spectrogram = gtzan::computeDisplaySpectrogram(a, spec);
        } catch (const gtzan::Error &e) {
            job.error = e.message();
        } catch (const std::exception &e) {
            job.error = QString::fromLocal8Bit(e.what());
        }
        job.workerMs = double(clock.nsecsElapsed()) / 1e6;
        return job;
    }));
}

void ClipInspector::finishJob() {
    const Job job = m_watcher.result();
    if (m_pending) {
        // This result is stale: a newer request waited for it to end.
        m_pending = false;
        launch(m_pendingPath, std::move(m_pendingAudio), m_pendingFromFile);
        return;
    }
    if (job.generation != m_generation) return;   // superseded (e.g. by clear())
    if (!job.error.isEmpty()) {
        if (job.fromFile) {
            clear(tr("%1 cannot be shown: %2").arg(QFileInfo(job.path).fileName(), job.error));
            Q_EMIT failed(job.path, job.error);
        } else {
            m_title->setText(m_titleText + QStringLiteral("  —  ") + job.error);
        }
        return;
    }
    if (job.fromFile) {
        m_original = job.audio;
        m_augmented.reset();
        m_masks.clear();
        m_version = Version::Original;
        m_path = job.path;
        m_player->setAudio(*m_original);
        const gtzan::Audio &a = *m_original;
        m_titleText = tr("%1 — %2 s at %3 Hz").arg(QFileInfo(job.path).fileName()).arg(a.seconds(), 0, 'f', 2).arg(a.sampleRate);
    }
    QElapsedTimer draw;
    draw.start();
    const gtzan::Audio &a = *job.audio;
    const bool augmented = m_version == Version::Augmented && job.audio == m_augmented;
    m_title->setText(m_titleText + (augmented ? tr("  [B: augmented]") : (m_augmented ? tr("  [A: original]") : QString())));
    m_waveform->setEnvelope(job.envelope, a.sampleRate, a.seconds());
    m_spectrogram->setSpectrogram(job.spectrogram);
    m_spectrogram->setMaskRects(augmented ? m_masks : QVector<QRectF>());
    m_lastWorkerMs = job.workerMs;
    m_lastDrawMs = double(draw.nsecsElapsed()) / 1e6;
    if (job.fromFile) {
        m_lastOpenMs = double(m_openClock.nsecsElapsed()) / 1e6;
        Q_EMIT opened(job.path);
    }
    Q_EMIT spectrogramShown();
}
