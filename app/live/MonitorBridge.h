#pragma once
#include <QAudioDevice>
#include <QList>
#include <QString>

namespace gtzan {
namespace live {

// "What this computer is playing" is the monitor of an output. Qt 6.4's PulseAudio backend lists
// no monitor sources (QMediaDevices::audioInputs() leaves them out, seen here with a null sink),
// so they are found with `pactl -f json list sources` (PulseAudio, or PipeWire's pulse server) and
// opened through a remapped copy (module-remap-source), which Qt lists like a microphone. The copy
// lives as long as the bridge; when its monitor goes away, so does the copy, and the capture says so.
struct MonitorSource {
    QString name;        // "alsa_output.pci-0000_00_1f.3.analog-stereo.monitor"
    QString description; // "Monitor of Built-in Audio Analog Stereo"
};

// The monitors PulseAudio offers; empty without pactl or a server.
QList<MonitorSource> pulseMonitors();

class MonitorBridge {
public:
    MonitorBridge() = default;
    ~MonitorBridge(); // unloads the copy
    MonitorBridge(const MonitorBridge &) = delete;
    MonitorBridge &operator=(const MonitorBridge &) = delete;

    // Makes the copy of `monitor` and waits (up to 5 s, the caller's event loop running) until Qt
    // lists it. False with the reason otherwise.
    bool open(const MonitorSource &monitor, QString *why);
    void close();
    const QAudioDevice &device() const { return m_device; }

private:
    QString m_module; // the index pactl gave the remap module
    QAudioDevice m_device;
};

} // namespace live
} // namespace gtzan
