#pragma once
#include "app/live/MonitorBridge.h"
#include <QAudioDevice>
#include <QList>
#include <QString>

namespace gtzan {
namespace live {

// A sound input a person can pick: a device Qt Multimedia lists (microphones, line inputs), or
// the monitor of an output (what the computer plays), which Qt 6.4 leaves out and MonitorBridge
// opens.
struct InputChoice {
    QString id;          // Qt's device id, or the monitor's PulseAudio name ("....monitor")
    QString description; // for a person
    bool isDefault = false;
    QAudioDevice device;   // Qt's inputs
    MonitorSource monitor; // monitors (device is null)
    bool isMonitor() const { return !monitor.name.isEmpty(); }
};

// Qt's inputs, then the monitors it does not list.
QList<InputChoice> inputChoices();
// The default input, if there is one.
InputChoice defaultInput();
// The input a person named: its id exactly, else its description exactly, else the only one whose
// id or description contains `name` (case-insensitive). An empty id when none or several match;
// `why` then says which, for a message.
InputChoice findInput(const QString &name, QString *why);
// One line for a list: "id  description (48000 Hz, 2 channels) [default]".
QString describeInput(const InputChoice &input);

} // namespace live
} // namespace gtzan
