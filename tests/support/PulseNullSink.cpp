#include "PulseNullSink.h"
#include <QFile>
#include <QProcessEnvironment>
#include <QThread>
#include <csignal>
#include <cstring>

namespace testsupport {

PulseNullSink::~PulseNullSink() {
    if (m_parec.state() != QProcess::NotRunning) {
        m_parec.kill();
        m_parec.waitForFinished(2000);
    }
    if (m_pid > 0) ::kill(pid_t(m_pid), SIGTERM); // only the server this object started
}

QString PulseNullSink::serverString() const { return m_dir ? QStringLiteral("unix:") + m_dir->filePath(QStringLiteral("native")) : QString(); }

bool PulseNullSink::start(QString *why) {
    m_dir = std::make_unique<QTemporaryDir>(QStringLiteral("/tmp/gtzan-pulse-XXXXXX"));
    if (!m_dir->isValid()) {
        *why = QStringLiteral("cannot make a temporary runtime folder for PulseAudio");
        return false;
    }
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PULSE_RUNTIME_PATH"), m_dir->path());
    env.remove(QStringLiteral("PULSE_SERVER"));
    QProcess pa;
    pa.setProcessEnvironment(env);
    // As root PulseAudio warns ("not intended to be run as root") but runs: --system=false keeps it
    // a per-user daemon whose socket lands in our runtime folder.
    pa.start(QStringLiteral("pulseaudio"),
             {QStringLiteral("-n"), QStringLiteral("--daemonize=yes"), QStringLiteral("--system=false"), QStringLiteral("--exit-idle-time=-1"),
              QStringLiteral("--load=module-null-sink sink_name=null"), QStringLiteral("--load=module-native-protocol-unix auth-anonymous=1")});
    if (!pa.waitForFinished(20000) || pa.exitStatus() != QProcess::NormalExit || pa.exitCode() != 0) {
        *why = QStringLiteral("pulseaudio did not start (%1): %2").arg(pa.errorString(), QString::fromLocal8Bit(pa.readAllStandardError()));
        return false;
    }
    // The daemon writes its pid beside the socket.
    QFile pid(m_dir->filePath(QStringLiteral("pid")));
    for (int i = 0; i < 100 && !pid.exists(); ++i) QThread::msleep(50);
    if (pid.open(QIODevice::ReadOnly)) m_pid = pid.readAll().trimmed().toLongLong();
    qputenv("PULSE_RUNTIME_PATH", m_dir->path().toLocal8Bit());
    qputenv("PULSE_SERVER", serverString().toLocal8Bit());
    QProcess info;
    info.start(QStringLiteral("pactl"), {QStringLiteral("info")});
    info.waitForFinished(10000);
    const QString text = QString::fromLocal8Bit(info.readAllStandardOutput());
    if (!text.contains(QStringLiteral("Default Sink: null"))) {
        *why = QStringLiteral("the private PulseAudio server does not answer with the null sink: %1 %2")
                   .arg(text, QString::fromLocal8Bit(info.readAllStandardError()));
        return false;
    }
    return true;
}

QString PulseNullSink::pactl(const QStringList &args, QString *why) const {
    QProcess p;
    p.start(QStringLiteral("pactl"), args);
    if (!p.waitForFinished(10000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        *why = QStringLiteral("pactl %1 failed: %2").arg(args.join(QLatin1Char(' ')), QString::fromLocal8Bit(p.readAllStandardError()));
        return {};
    }
    return QString::fromLocal8Bit(p.readAllStandardOutput()).trimmed();
}

bool PulseNullSink::startRecording(int rate, QString *why) {
    m_parec.start(QStringLiteral("parec"),
                  {QStringLiteral("-d"), QStringLiteral("null.monitor"), QStringLiteral("--raw"), QStringLiteral("--format=s16le"),
                   QStringLiteral("--rate=%1").arg(rate), QStringLiteral("--channels=1"), QStringLiteral("--latency-msec=20")});
    if (!m_parec.waitForStarted(5000)) {
        *why = QStringLiteral("parec did not start: %1").arg(m_parec.errorString());
        return false;
    }
    return true;
}

std::vector<float> PulseNullSink::stopRecording() {
    m_parec.terminate();
    m_parec.waitForFinished(5000);
    const QByteArray raw = m_parec.readAllStandardOutput();
    std::vector<float> out(size_t(raw.size() / 2));
    for (size_t i = 0; i < out.size(); ++i) {
        qint16 v;
        std::memcpy(&v, raw.constData() + 2 * i, 2);
        out[i] = float(v) / 32768.0f;
    }
    return out;
}

std::vector<float> trimSilence(const std::vector<float> &x, float threshold) {
    size_t first = x.size(), last = 0;
    for (size_t i = 0; i < x.size(); ++i)
        if (std::abs(x[i]) > threshold) {
            first = std::min(first, i);
            last = i;
        }
    if (first >= x.size()) return {};
    return std::vector<float>(x.begin() + long(first), x.begin() + long(last) + 1);
}

} // namespace testsupport
