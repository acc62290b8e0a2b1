#include "app/live/MonitorBridge.h"
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMediaDevices>
#include <QProcess>
#include <QThread>

namespace gtzan {
namespace live {

namespace {

// pactl's output, or an empty array with the reason.
QByteArray runPactl(const QStringList &args, QString *why) {
    QProcess pactl;
    pactl.start(QStringLiteral("pactl"), args);
    if (!pactl.waitForStarted(3000)) {
        if (why) *why = QStringLiteral("pactl (PulseAudio's control tool) could not be run: %1").arg(pactl.errorString());
        return {};
    }
    if (!pactl.waitForFinished(5000) || pactl.exitStatus() != QProcess::NormalExit || pactl.exitCode() != 0) {
        if (why)
            *why = QStringLiteral("pactl %1 failed: %2")
                       .arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(pactl.readAllStandardError()).trimmed());
        return {};
    }
    return pactl.readAllStandardOutput();
}

} // namespace

QList<MonitorSource> pulseMonitors() {
    QList<MonitorSource> out;
    const QJsonArray sources =
        QJsonDocument::fromJson(runPactl({QStringLiteral("-f"), QStringLiteral("json"), QStringLiteral("list"), QStringLiteral("sources")}, nullptr))
            .array();
    for (const QJsonValue &v : sources) {
        const QJsonObject s = v.toObject();
        if (s.value(QStringLiteral("properties")).toObject().value(QStringLiteral("device.class")).toString() != QLatin1String("monitor")) continue;
        out.append({s.value(QStringLiteral("name")).toString(), s.value(QStringLiteral("description")).toString()});
    }
    return out;
}

MonitorBridge::~MonitorBridge() { close(); }

bool MonitorBridge::open(const MonitorSource &monitor, QString *why) {
    close();
    // A name of our own per process, so two listeners do not take each other's copy.
    const QString copyName = QStringLiteral("gtzan_listen_%1_%2").arg(QCoreApplication::applicationPid()).arg(quintptr(this), 0, 16);
    QString description = monitor.description;
    description.replace(QLatin1Char(' '), QLatin1Char('_')); // pactl's module arguments split at spaces
    const QByteArray index =
        runPactl({QStringLiteral("load-module"), QStringLiteral("module-remap-source"), QStringLiteral("master=") + monitor.name,
                  QStringLiteral("source_name=") + copyName, QStringLiteral("source_properties=device.description=") + description},
                 why);
    if (index.trimmed().isEmpty()) return false;
    m_module = QString::fromLatin1(index.trimmed());
    // Qt's PulseAudio backend learns of the new source from the server on its own thread.
    QElapsedTimer waited;
    waited.start();
    while (waited.elapsed() < 5000) {
        for (const QAudioDevice &d : QMediaDevices::audioInputs())
            if (QString::fromUtf8(d.id()) == copyName) {
                m_device = d;
                return true;
            }
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        QThread::msleep(20);
    }
    close();
    if (why)
        *why = QStringLiteral("the monitor \"%1\" was bridged to a source, but Qt Multimedia did not list it within 5 s").arg(monitor.description);
    return false;
}

void MonitorBridge::close() {
    m_device = QAudioDevice();
    if (m_module.isEmpty()) return;
    QString ignored; // gone with its monitor already: nothing to undo
    runPactl({QStringLiteral("unload-module"), m_module}, &ignored);
    m_module.clear();
}

} // namespace live
} // namespace gtzan
