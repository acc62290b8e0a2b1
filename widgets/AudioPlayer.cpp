#include "widgets/AudioPlayer.h"
#include "widgets/PcmSource.h"
#include <QAudioDevice>
#include <QAudioFormat>
#include <QAudioSink>
#include <QMediaDevices>
#include <algorithm>
#include <cmath>

namespace gtzan {
namespace widgets {

AudioPlayer::AudioPlayer(QObject *parent) : QObject(parent), m_source(new PcmSource(this)) {
    m_source->open(QIODevice::ReadOnly);
    m_tick.setInterval(25); // 40 playhead updates per second
    connect(&m_tick, &QTimer::timeout, this, [this] { Q_EMIT positionChanged(position()); });
}

AudioPlayer::~AudioPlayer() { stopSink(); }

namespace {
QByteArray toPcm16(const gtzan::Audio &audio) {
    QByteArray pcm(qsizetype(audio.samples.size() * 2), Qt::Uninitialized);
    auto *out = reinterpret_cast<qint16 *>(pcm.data());
    for (size_t i = 0; i < audio.samples.size(); ++i) out[i] = qint16(std::lround(std::clamp(audio.samples[i], -1.0f, 1.0f) * 32767.0f));
    return pcm;
}
constexpr double kSwitchFadeSeconds = 0.03;
} // namespace

void AudioPlayer::setAudio(const gtzan::Audio &audio) {
    stop();
    m_source->setPcm(toPcm16(audio));
    m_sampleRate = audio.sampleRate;
    m_frames = qint64(audio.samples.size());
    m_pausedAt = 0;
    m_sink.reset(); // the next play makes a sink for this rate
    Q_EMIT positionChanged(0);
}

void AudioPlayer::switchAudio(const gtzan::Audio &audio) {
    const bool sameRate = audio.sampleRate == m_sampleRate;
    if (m_state == State::Stopped || !sameRate || audio.samples.empty()) {
        const double at = m_state == State::Paused && sameRate ? m_pausedAt : -1;
        const bool wasPlaying = m_state == State::Playing;
        const double playingAt = position();
        setAudio(audio);
        if (wasPlaying) { // another rate: a new sink, from the same time
            seek(playingAt);
            play();
        } else if (at >= 0) {
            seek(at);
        }
        return;
    }
    m_frames = qint64(audio.samples.size());
    if (m_state == State::Paused) {
        m_source->setPcm(toPcm16(audio));
        m_pausedAt = std::min(m_pausedAt, duration());
        Q_EMIT positionChanged(m_pausedAt);
        return;
    }
    m_source->switchPcm(toPcm16(audio), qint64(kSwitchFadeSeconds * m_sampleRate));
    Q_EMIT audioSwitched();
}

bool AudioPlayer::hasAudio() const { return m_frames > 0 && m_sampleRate > 0; }
double AudioPlayer::duration() const { return hasAudio() ? double(m_frames) / m_sampleRate : 0.0; }

double AudioPlayer::position() const {
    if (m_state != State::Playing || !m_sink) return m_pausedAt;
    const double p = m_startSeconds + double(m_sink->processedUSecs()) / 1e6;
    if (m_loop && duration() > 0) return std::fmod(p, duration());
    return std::min(p, duration());
}

void AudioPlayer::play() {
    if (!hasAudio() || m_state == State::Playing) return;
    startSinkAt(m_pausedAt >= duration() ? 0.0 : m_pausedAt);
}

void AudioPlayer::pause() {
    if (m_state != State::Playing) return;
    m_pausedAt = position();
    stopSink();
    setState(State::Paused);
}

void AudioPlayer::togglePlayPause() { m_state == State::Playing ? pause() : play(); }

void AudioPlayer::stop() {
    stopSink();
    m_pausedAt = 0;
    setState(State::Stopped);
    Q_EMIT positionChanged(0);
}

void AudioPlayer::seek(double seconds) {
    if (!hasAudio()) return;
    const double s = std::clamp(seconds, 0.0, duration());
    if (m_state == State::Playing) {
        startSinkAt(s); // a fresh run drops what the old one had buffered
    } else {
        m_pausedAt = s;
        if (m_state == State::Stopped) setState(State::Paused);
    }
    Q_EMIT positionChanged(s);
}

void AudioPlayer::setVolume(double linear) {
    m_volume = std::clamp(linear, 0.0, 1.0);
    if (m_sink) m_sink->setVolume(m_volume);
}

void AudioPlayer::setLoop(bool loop) {
    m_loop = loop;
    m_source->setLoop(loop);
}

void AudioPlayer::startSinkAt(double seconds) {
    stopSink();
    QAudioFormat format;
    format.setSampleRate(m_sampleRate);
    format.setChannelCount(1);
    format.setSampleFormat(QAudioFormat::Int16);
    const QAudioDevice device = QMediaDevices::defaultAudioOutput();
    if (device.isNull() || !device.isFormatSupported(format)) {
        m_error = device.isNull() ? tr("There is no audio output device, so nothing can be played.")
                                  : tr("The audio output \"%1\" cannot play %2 Hz mono.").arg(device.description()).arg(m_sampleRate);
        setState(State::Stopped);
        Q_EMIT errorOccurred(m_error);
        return;
    }
    m_sink = std::make_unique<QAudioSink>(device, format);
    m_sink->setVolume(m_volume);
    connect(m_sink.get(), &QAudioSink::stateChanged, this, [this](QAudio::State s) { onSinkState(int(s)); });
    m_source->setFramePosition(qint64(std::llround(seconds * m_sampleRate)));
    m_startSeconds = seconds;
    m_error.clear();
    m_sink->start(m_source);
    if (m_sink->error() != QAudio::NoError) {
        m_error = tr("The audio output refused to start (error %1).").arg(int(m_sink->error()));
        stopSink();
        setState(State::Stopped);
        Q_EMIT errorOccurred(m_error);
        return;
    }
    m_tick.start();
    setState(State::Playing);
}

void AudioPlayer::stopSink() {
    m_tick.stop();
    if (!m_sink) return;
    m_restarting = true; // our own stop is not the end of the clip
    m_sink->stop();
    m_restarting = false;
    m_sink.reset();
}

void AudioPlayer::onSinkState(int s) {
    if (m_restarting || m_state != State::Playing) return;
    // Idle in pull mode: the source ran dry, i.e. the clip (not looping) has been played out.
    if (QAudio::State(s) == QAudio::IdleState || QAudio::State(s) == QAudio::StoppedState) {
        // The server still holds the tail that was handed over: let it drain before stopping
        // (stopping at once would cut the end of the clip). Never inside the sink's own handler.
        const int tailMs = 150 + int(1000.0 * m_sink->bufferSize() / (2.0 * std::max(1, m_sampleRate)));
        QTimer::singleShot(tailMs, this, [this, run = m_sink.get()] {
            if (m_state == State::Playing && m_sink.get() == run) stop();
        });
    }
}

void AudioPlayer::setState(State s) {
    if (m_state == s) return;
    m_state = s;
    Q_EMIT stateChanged(s);
}

} // namespace widgets
} // namespace gtzan
