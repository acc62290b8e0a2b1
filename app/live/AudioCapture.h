#pragma once
#include "app/live/AudioInputs.h"
#include <QAudioDevice>
#include <QAudioFormat>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <functional>
#include <memory>
#include <vector>

class QAudioSource;
class QIODevice;
class QMediaDevices;
class QTimer;

namespace gtzan {
namespace live {

// Sound from one input (a microphone, the monitor of an output), through Qt Multimedia's
// QAudioSource in the device's own preferred format (any rate, any channel count), mixed down to
// mono float samples for LiveAnalysis. Lives on the thread that made it, which needs an event loop
// (a QCoreApplication is enough). When the input goes away by itself (unplugged, its PulseAudio
// module unloaded, an I/O error) capture stops and failed() says so in
// words; it never takes the program down. An input that sends nothing (the monitor of an output
// that plays nothing) is heard as silence.
class AudioCapture : public QObject {
    Q_OBJECT
public:
    using SampleSink = std::function<void(const float *mono, size_t count)>;

    explicit AudioCapture(QObject *parent = nullptr);
    ~AudioCapture() override;

    // False with the reason when the input cannot be listened to (a sample format we cannot read,
    // a device that refuses to start, a monitor that cannot be bridged).
    bool start(const InputChoice &input, QString *why);
    void stop(); // no failed() after it
    bool isActive() const { return m_source != nullptr; }
    const QAudioDevice &device() const { return m_device; }
    const QString &description() const { return m_description; }
    const QAudioFormat &format() const { return m_format; }
    int sampleRate() const { return m_format.sampleRate(); }
    double secondsCaptured() const;
    // Gets every piece of sound, mono at sampleRate(), on this object's thread.
    void setSampleSink(SampleSink sink) { m_sink = std::move(sink); }

    // Nothing from a started input for this long is silence (an idle output's monitor sends nothing).
    static constexpr int kQuietMs = 400;

Q_SIGNALS:
    void levelChanged(double rmsDb, double peakDb); // about 20 times a second
    void failed(const QString &message);            // capture has stopped by itself

private:
    bool startDevice(const QAudioDevice &device, QString *why);
    void readAvailable();
    void onStateChanged();
    void checkDevicePresent();
    void checkStall();
    void fail(const QString &message);

    QAudioDevice m_device;
    QString m_description; // the input's, as the person chose it (a bridged monitor's copy has its own)
    QAudioFormat m_format;
    std::unique_ptr<MonitorBridge> m_bridge; // monitors: the copy Qt can open
    std::unique_ptr<QAudioSource> m_source;
    QIODevice *m_io = nullptr; // owned by m_source
    QMediaDevices *m_devices;
    QTimer *m_watchdog;
    QElapsedTimer m_sinceData;
    SampleSink m_sink;
    std::vector<float> m_mono;
    QByteArray m_partialFrame; // bytes of a frame split between two reads
    qint64 m_frames = 0;
    // The level over the last twentieth of a second.
    double m_levelSum = 0;
    float m_levelPeak = 0;
    qint64 m_levelFrames = 0;
};

// Mono float samples from interleaved frames in `format` (UInt8, Int16, Int32 or Float, any
// channel count), appended to `out`; false for a format it cannot read.
bool interleavedToMono(const char *data, qint64 frames, const QAudioFormat &format, std::vector<float> &out);
// "48000 Hz, 2 channels, 32-bit float"
QString describeFormat(const QAudioFormat &format);

} // namespace live
} // namespace gtzan
