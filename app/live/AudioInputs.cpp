#include "app/live/AudioInputs.h"
#include <QMediaDevices>
#include <QSet>
#include <QStringList>

namespace gtzan {
namespace live {

QList<InputChoice> inputChoices() {
    QList<InputChoice> out;
    QSet<QString> seen;
    for (const QAudioDevice &d : QMediaDevices::audioInputs()) {
        InputChoice c;
        c.id = QString::fromUtf8(d.id());
        c.description = d.description();
        c.isDefault = d.isDefault();
        c.device = d;
        seen.insert(c.id);
        out << c;
    }
    for (const MonitorSource &m : pulseMonitors()) {
        if (seen.contains(m.name)) continue; // a Qt that lists monitors itself
        InputChoice c;
        c.id = m.name;
        c.description = m.description;
        c.monitor = m;
        out << c;
    }
    return out;
}

InputChoice defaultInput() {
    const QList<InputChoice> all = inputChoices();
    for (const InputChoice &c : all)
        if (c.isDefault) return c;
    return all.isEmpty() ? InputChoice() : all.first();
}

InputChoice findInput(const QString &name, QString *why) {
    const QList<InputChoice> inputs = inputChoices();
    if (inputs.isEmpty()) {
        if (why) *why = QStringLiteral("there is no sound input on this computer (no microphone, no monitor of an output)");
        return {};
    }
    for (const InputChoice &c : inputs)
        if (c.id == name) return c;
    for (const InputChoice &c : inputs)
        if (c.description == name) return c;
    QList<InputChoice> partial;
    for (const InputChoice &c : inputs)
        if (c.id.contains(name, Qt::CaseInsensitive) || c.description.contains(name, Qt::CaseInsensitive)) partial << c;
    if (partial.size() == 1) return partial.first();
    if (why) {
        QStringList names;
        for (const InputChoice &c : partial.isEmpty() ? inputs : partial) names << c.id;
        *why = partial.isEmpty()
                   ? QStringLiteral("no sound input is called \"%1\"; there are: %2").arg(name, names.join(QStringLiteral(", ")))
                   : QStringLiteral("\"%1\" names several sound inputs: %2; give one of them whole").arg(name, names.join(QStringLiteral(", ")));
    }
    return {};
}

QString describeInput(const InputChoice &input) {
    QString detail;
    if (input.isMonitor()) {
        detail = QStringLiteral(" (monitor: what this output plays)");
    } else {
        const QAudioFormat f = input.device.preferredFormat();
        detail = QStringLiteral(" (%1 Hz, %2 channels)").arg(f.sampleRate()).arg(f.channelCount());
    }
    return QStringLiteral("%1  %2%3%4").arg(input.id, input.description, detail, input.isDefault ? QStringLiteral(" [default]") : QString());
}

} // namespace live
} // namespace gtzan
