#include "app/live/AudioCapture.h"
#include <QAudioSource>
#include <QMediaDevices>
#include <QTimer>
#include <cmath>
#include <cstring>

namespace gtzan {
namespace live {

namespace {

template <typename T> void mixDown(const char *data, qint64 frames, int channels, float scale, float offset, std::vector<float> &out) {
    const size_t start = out.size();
    out.resize(start + size_t(frames));
    for (qint64 f = 0; f < frames; ++f) {
        float sum = 0;
        for (int c = 0; c < channels; ++c) {
            T v;
            std::memcpy(&v, data + (f * channels + c) * qint64(sizeof(T)), sizeof(T));
            sum += (float(v) - offset) * scale;
        }
        out[start + size_t(f)] = sum / float(channels);
    }
}

} // namespace

bool interleavedToMono(const char *data, qint64 frames, const QAudioFormat &format, std::vector<float> &out) {
    const int channels = format.channelCount();
    if (channels < 1) return false;
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8: mixDown<quint8>(data, frames, channels, 1.0f / 128.0f, 128.0f, out); return true;
    case QAudioFormat::Int16: mixDown<qint16>(data, frames, channels, 1.0f / 32768.0f, 0.0f, out); return true;
    case QAudioFormat::Int32: mixDown<qint32>(data, frames, channels, 1.0f / 2147483648.0f, 0.0f, out); return true;
    case QAudioFormat::Float: mixDown<float>(data, frames, channels, 1.0f, 0.0f, out); return true;
    default: return false;
    }
}

QString describeFormat(const QAudioFormat &format) {
    QString sample;
    switch (format.sampleFormat()) {
    case QAudioFormat::UInt8: sample = QStringLiteral("8-bit unsigned"); break;
    case QAudioFormat::Int16: sample = QStringLiteral("16-bit"); break;
    case QAudioFormat::Int32: sample = QStringLiteral("32-bit"); break;
    case QAudioFormat::Float: sample = QStringLiteral("32-bit float"); break;
    default: sample = QStringLiteral("an unknown sample format"); break;
    }
    return QStringLiteral("%1 Hz, %2 channels, %3").arg(format.sampleRate()).arg(format.channelCount()).arg(sample);
}

AudioCapture::AudioCapture(QObject *parent) : QObject(parent), m_devices(new QMediaDevices(this)), m_watchdog(new QTimer(this)) {
    m_watchdog->setInterval(kQuietMs / 2);
    connect(m_watchdog, &QTimer::timeout, this, &AudioCapture::checkStall);
    connect(m_devices, &QMediaDevices::audioInputsChanged, this, &AudioCapture::checkDevicePresent);
}

AudioCapture::~AudioCapture() { stop(); }

double AudioCapture::secondsCaptured() const { return m_format.sampleRate() > 0 ? double(m_frames) / m_format.sampleRate() : 0.0; }

bool AudioCapture::start(const InputChoice &input, QString *why) {
    stop();
    QAudioDevice device = input.device;
    if (input.isMonitor()) {
        m_bridge = std::make_unique<MonitorBridge>();
        if (!m_bridge->open(input.monitor, why)) {
            m_bridge.reset();
            return false;
        }
        device = m_bridge->device();
    }
    if (!startDevice(device, why)) {
        m_bridge.reset();
        return false;
    }
    m_device = device;
    m_description = input.description;
    return true;
}

bool AudioCapture::startDevice(const QAudioDevice &device, QString *why) {
    if (device.isNull()) {
        *why = QStringLiteral("no sound input was chosen");
        return false;
    }
    // The device's own format: asking for another would make some backends resample badly or
    // refuse; the analysis resamples (libsoxr) and mixes down itself.
    QAudioFormat format = device.preferredFormat();
    if (!format.isValid()) {
        *why = QStringLiteral("the sound input \"%1\" does not say what format it records in").arg(device.description());
        return false;
    }
    if (format.sampleRate() < 4000 || format.sampleRate() > 384000) {
        *why = QStringLiteral("the sound input \"%1\" records at %2 Hz; 4 to 384 kHz can be listened to")
                   .arg(device.description())
                   .arg(format.sampleRate());
        return false;
    }
    std::vector<float> probe;
    const QByteArray silence(format.bytesPerFrame() > 0 ? format.bytesPerFrame() : 1, '\0');
    if (format.bytesPerFrame() <= 0 || !interleavedToMono(silence.constData(), 1, format, probe)) {
        *why = QStringLiteral("the sound input \"%1\" records in a format that cannot be read here (%2)")
                   .arg(device.description(), describeFormat(format));
        return false;
    }
    m_format = format;
    m_source = std::make_unique<QAudioSource>(device, format);
    m_source->setBufferSize(format.bytesForDuration(100000)); // 0.1 s: latency stays well under the answer's
    connect(m_source.get(), &QAudioSource::stateChanged, this, &AudioCapture::onStateChanged);
    m_io = m_source->start();
    if (!m_io || m_source->error() != QAudio::NoError) {
        *why = QStringLiteral("the sound input \"%1\" refused to start (%2)").arg(device.description(), describeFormat(format));
        m_source.reset();
        m_io = nullptr;
        return false;
    }
    connect(m_io, &QIODevice::readyRead, this, &AudioCapture::readAvailable);
    m_frames = 0;
    m_partialFrame.clear();
    m_sinceData.start();
    m_watchdog->start();
    return true;
}

void AudioCapture::stop() {
    m_watchdog->stop();
    if (!m_source) return;
    disconnect(m_source.get(), nullptr, this, nullptr);
    if (m_io) disconnect(m_io, nullptr, this, nullptr);
    m_source->stop();
    m_source.reset();
    m_io = nullptr;
    m_bridge.reset();
}

void AudioCapture::readAvailable() {
    if (!m_io) return;
    QByteArray bytes = m_partialFrame + m_io->readAll();
    const int frameBytes = m_format.bytesPerFrame();
    const qint64 frames = bytes.size() / frameBytes;
    m_partialFrame = bytes.mid(int(frames * frameBytes));
    if (frames == 0) return;
    m_sinceData.restart();
    m_mono.clear();
    interleavedToMono(bytes.constData(), frames, m_format, m_mono);
    m_frames += frames;
    if (m_sink) m_sink(m_mono.data(), m_mono.size());
    for (float v : m_mono) {
        m_levelSum += double(v) * double(v);
        m_levelPeak = std::max(m_levelPeak, std::abs(v));
    }
    m_levelFrames += frames;
    if (m_levelFrames >= m_format.sampleRate() / 20) {
        const double rms = std::sqrt(m_levelSum / double(m_levelFrames));
        Q_EMIT levelChanged(rms > 1e-6 ? 20 * std::log10(rms) : -120.0, m_levelPeak > 1e-6f ? 20 * std::log10(double(m_levelPeak)) : -120.0);
        m_levelSum = 0;
        m_levelPeak = 0;
        m_levelFrames = 0;
    }
}

void AudioCapture::onStateChanged() {
    if (!m_source) return;
    const QAudio::Error error = m_source->error();
    if (m_source->state() != QAudio::StoppedState || error == QAudio::NoError) return;
    QString what;
    switch (error) {
    case QAudio::OpenError: what = QStringLiteral("it could not be opened"); break;
    case QAudio::IOError: what = QStringLiteral("reading from it failed: was it unplugged or switched off?"); break;
    case QAudio::UnderrunError: what = QStringLiteral("it stopped delivering sound"); break;
    default: what = QStringLiteral("it failed"); break;
    }
    fail(QStringLiteral("the sound input \"%1\" stopped: %2").arg(m_description, what));
}

void AudioCapture::checkDevicePresent() {
    if (!m_source) return;
    for (const QAudioDevice &d : QMediaDevices::audioInputs())
        if (d.id() == m_device.id()) return;
    fail(QStringLiteral("the sound input \"%1\" has gone (unplugged or removed)").arg(m_description));
}

void AudioCapture::checkStall() {
    // PulseAudio sends nothing through the monitor of an output that plays nothing: that is
    // silence, and the analysis hears it as such (it says "silence" instead of falling quiet).
    const qint64 quietMs = m_sinceData.elapsed();
    if (!m_source || quietMs < kQuietMs) return;
    checkDevicePresent(); // a device that went away without a word
    if (!m_source) return;
    m_mono.assign(size_t(quietMs * m_format.sampleRate() / 1000), 0.0f);
    m_frames += qint64(m_mono.size());
    m_sinceData.restart();
    if (m_sink) m_sink(m_mono.data(), m_mono.size());
    Q_EMIT levelChanged(-120.0, -120.0);
}

void AudioCapture::fail(const QString &message) {
    stop();
    Q_EMIT failed(message);
}

} // namespace live
} // namespace gtzan
