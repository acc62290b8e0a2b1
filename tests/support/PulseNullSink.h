#pragma once
#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>
#include <vector>

namespace testsupport {

// A private PulseAudio server with one null sink, for playback tests: what the program plays
// into the sink can be recorded from its monitor. The server lives in its own runtime folder
// (PULSE_RUNTIME_PATH), so it neither needs nor disturbs a server someone else runs, and it works
// as root on a fresh machine. start() must run before Qt Multimedia first touches audio, because
// it sets PULSE_RUNTIME_PATH / PULSE_SERVER for this process.
class PulseNullSink {
public:
    PulseNullSink() = default;
    ~PulseNullSink();
    bool start(QString *why); // false with the reason when no server could be started
    QString serverString() const;

    // Runs pactl against this server (load-module, unload-module, ...): its output, trimmed; empty
    // with `why` set when it failed.
    QString pactl(const QStringList &args, QString *why) const;

    // Records the sink's monitor as 16-bit mono at `rate` until stopRecording().
    bool startRecording(int rate, QString *why);
    std::vector<float> stopRecording();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    qint64 m_pid = 0;
    QProcess m_parec;
};

// The part of a recording louder than `threshold` (first to last such sample); empty if none.
std::vector<float> trimSilence(const std::vector<float> &x, float threshold);

} // namespace testsupport
