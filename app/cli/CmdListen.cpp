// gtzan-cli listen --model M [--device NAME] [--seconds N] [--record FILE] [--json] | --list-devices:
// genre, unsure verdict, musicnn tags and tempo of what a sound input hears, one line per answer
// (#31). The same engine analysis (LiveAnalysisThread) and capture (app/live) as the Listen view.
#include "app/cli/CliCommand.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "app/live/AudioCapture.h"
#include "app/live/AudioInputs.h"
#include "audio/LiveRecording.h"
#include "common/DataLocations.h"
#include "common/Error.h"
#include "inference/LiveAnalysisThread.h"
#include "tensor/TorchRuntime.h"
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QPointer>
#include <QTimer>
#include <atomic>
#include <sys/resource.h>

namespace gtzan {
namespace cli {

namespace {

double processCpuSeconds() {
    rusage u{};
    getrusage(RUSAGE_SELF, &u);
    return double(u.ru_utime.tv_sec + u.ru_stime.tv_sec) + double(u.ru_utime.tv_usec + u.ru_stime.tv_usec) * 1e-6;
}

int listDevices(bool json) {
    const QList<live::InputChoice> inputs = live::inputChoices();
    if (json) {
        QJsonArray list;
        for (const live::InputChoice &c : inputs) {
            QJsonObject o{{QStringLiteral("id"), c.id},
                          {QStringLiteral("description"), c.description},
                          {QStringLiteral("monitor"), c.isMonitor()},
                          {QStringLiteral("default"), c.isDefault}};
            if (!c.isMonitor()) {
                o.insert(QStringLiteral("sampleRate"), c.device.preferredFormat().sampleRate());
                o.insert(QStringLiteral("channels"), c.device.preferredFormat().channelCount());
            }
            list.append(o);
        }
        cliOut(QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Compact)));
    } else if (inputs.isEmpty()) {
        cliOut(QStringLiteral("No sound inputs (no microphone, no monitor of an output)."));
    } else {
        for (const live::InputChoice &c : inputs) cliOut(live::describeInput(c));
    }
    return ExitOk;
}

QString updateText(const LiveUpdate &u) {
    QString text = QStringLiteral("%1 s  ").arg(u.time, 6, 'f', 1);
    if (u.silent()) return text + QStringLiteral("unsure: silence (%1 dBFS)").arg(u.levelDb, 0, 'f', 0);
    const double confidence = u.genre >= 0 ? double(u.probabilities[size_t(u.genre)]) : 0;
    text += u.trust.unsure ? QStringLiteral("unsure: %1 (most like %2, %3)").arg(u.trust.reason, u.genreName).arg(confidence, 0, 'f', 2)
                           : QStringLiteral("%1 (%2)").arg(u.genreName).arg(confidence, 0, 'f', 2);
    QStringList tags;
    for (size_t i = 0; i < u.tags.size() && i < 3; ++i) tags << u.tags[i].tag;
    if (!tags.isEmpty()) text += QStringLiteral("  tags: ") + tags.join(QStringLiteral(", "));
    if (u.tempoBpm > 0) text += QStringLiteral("  %1 bpm").arg(u.tempoBpm, 0, 'f', 0);
    return text;
}

} // namespace

static int runListen(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Listens to a sound input (a microphone, or the monitor of an output: what this computer plays) and prints, "
                       "about once a second, the genre of the newest few seconds, whether the model is unsure and why (silence, "
                       "nothing like the training music, low confidence), musicnn's top tags and the tempo. The first answer comes "
                       "once 3 s of sound are there. Ctrl+C stops."));
    p.addOption({QStringLiteral("model"),
                 QStringLiteral("The model file (.gtzm or a TorchScript .pt; default: the installed starter, "
                                "/usr/share/gtzan-explorer/models/starter.gtzm)."),
                 QStringLiteral("M")});
    p.addOption({QStringLiteral("device"),
                 QStringLiteral("The input: its id, its description or a unique part of either (default: the default input)."),
                 QStringLiteral("NAME")});
    p.addOption(
        {QStringLiteral("seconds"), QStringLiteral("Stop after N seconds (default: until Ctrl+C)."), QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("record"),
                 QStringLiteral("Also save what was heard (22.05 kHz mono, at most 10 minutes) to FILE (.wav, .flac, ...)."),
                 QStringLiteral("FILE")});
    p.addOption({QStringLiteral("list-devices"), QStringLiteral("List the sound inputs and stop.")});
    p.addOption(
        {QStringLiteral("json"), QStringLiteral("One JSON object per line: time, genre, probabilities, unsure, reason, tags, tempo, beats.")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("listen"), args, 0, 0, code)) return code;
    const bool json = p.isSet(QStringLiteral("json"));
    if (p.isSet(QStringLiteral("list-devices"))) return listDevices(json);
    double seconds = 0;
    if (!optionDouble(p, QStringLiteral("seconds"), 0, 24 * 3600, seconds)) return ExitUsage;
    // The starter the package installs (gtzan-explorer/models/ in the XDG data folders), as the window
    // and the Vamp plugin default to it; a build tree has none there and needs --model.
    const QString modelPath =
        p.isSet(QStringLiteral("model")) ? p.value(QStringLiteral("model")) : sharedDataFile(QStringLiteral("models/starter.gtzm"));
    if (modelPath.isEmpty()) {
        cliErr(QStringLiteral("gtzan-cli listen: no starter model is installed (looked in %1); give one with --model M")
                   .arg(sharedDataSearchPath().join(QStringLiteral(", "))));
        return ExitUsage;
    }
    if (!QFileInfo::exists(modelPath)) throw Error(QStringLiteral("%1: no such model file").arg(modelPath));

    QString why;
    const live::InputChoice input =
        p.isSet(QStringLiteral("device")) ? live::findInput(p.value(QStringLiteral("device")), &why) : live::defaultInput();
    if (input.id.isEmpty())
        throw Error(p.isSet(QStringLiteral("device"))
                        ? why
                        : QStringLiteral("there is no sound input on this computer (no microphone, no monitor of an output)"));
    // One core is enough (and what the figures below measure): LibTorch works on the analysis thread only.
    configureTorchThreads(1);

    live::AudioCapture capture;
    if (!capture.start(input, &why)) throw Error(why);
    std::unique_ptr<LiveRecording> recording;
    if (p.isSet(QStringLiteral("record"))) recording = std::make_unique<LiveRecording>(capture.sampleRate());

    int exitCode = ExitOk;
    QStringList genres;
    double firstAnswer = -1, lastAnswer = -1, widestGap = 0;
    int answers = 0;
    QObject context; // queued calls from the analysis thread land here, on this thread
    const auto quit = [&](int codeToSet) {
        if (codeToSet != ExitOk) exitCode = codeToSet;
        QCoreApplication::exit(0);
    };
    LiveAnalysisThread::Handlers handlers;
    // CPU from the moment the model is loaded (loading it is no cost of listening).
    std::atomic<double> cpuAtReady{-1};
    handlers.ready = [&context, &genres, &cpuAtReady](const QStringList &g, const QStringList &) {
        cpuAtReady = processCpuSeconds();
        QMetaObject::invokeMethod(
            &context, [&genres, g] { genres = g; }, Qt::QueuedConnection);
    };
    handlers.update = [&](const LiveUpdate &u) {
        QMetaObject::invokeMethod(
            &context,
            [&, u] {
                if (!u.silent() && firstAnswer < 0) firstAnswer = u.time;
                if (lastAnswer >= 0) widestGap = std::max(widestGap, u.time - lastAnswer);
                lastAnswer = u.time;
                ++answers;
                cliOut(json ? QString::fromUtf8(QJsonDocument(u.toJson(genres)).toJson(QJsonDocument::Compact)) : updateText(u));
            },
            Qt::QueuedConnection);
    };
    handlers.failed = [&](const QString &message) {
        QMetaObject::invokeMethod(
            &context,
            [&, message] {
                cliErr(QStringLiteral("gtzan-cli listen: %1").arg(message));
                quit(ExitFailed);
            },
            Qt::QueuedConnection);
    };
    LiveAnalysisThread analysis(modelPath, capture.sampleRate(), LiveOptions{}, handlers);
    capture.setSampleSink([&](const float *mono, size_t count) {
        analysis.append(mono, count);
        if (recording) recording->append(mono, count);
    });
    QObject::connect(&capture, &live::AudioCapture::failed, &context, [&](const QString &message) {
        cliErr(QStringLiteral("gtzan-cli listen: %1").arg(message));
        quit(ExitFailed);
    });
    cliErr(QStringLiteral("Listening to \"%1\" (%2) with %3%4.")
               .arg(input.description, live::describeFormat(capture.format()), QFileInfo(modelPath).fileName(),
                    seconds > 0 ? QStringLiteral(" for %1 s").arg(seconds) : QStringLiteral("; Ctrl+C stops")));

    InterruptGuard interrupt;
    QTimer poll;
    QObject::connect(&poll, &QTimer::timeout, &context, [&] {
        if (interruptFlag()->load()) quit(ExitOk);
    });
    poll.start(100);
    if (seconds > 0) QTimer::singleShot(int(seconds * 1000), &context, [&] { quit(ExitOk); });
    QCoreApplication::exec();

    capture.stop();
    analysis.stop();
    const double heard = analysis.audioSeconds();
    const double cpu = cpuAtReady >= 0 ? processCpuSeconds() - cpuAtReady : 0.0;
    cliErr(QStringLiteral(
               "Heard %1 s: %2 answers, the first about sound at %3 s since listening began, at most %4 s apart; CPU %5 s per second of audio "
               "(analysis thread %6 s)%7.")
               .arg(heard, 0, 'f', 1)
               .arg(answers)
               .arg(firstAnswer < 0 ? QStringLiteral("-") : QString::number(firstAnswer, 'f', 2))
               .arg(widestGap, 0, 'f', 2)
               .arg(heard > 0 ? cpu / heard : 0.0, 0, 'f', 3)
               .arg(heard > 0 ? analysis.cpuSeconds() / heard : 0.0, 0, 'f', 3)
               .arg(analysis.droppedSeconds() > 0
                        ? QStringLiteral("; %1 s dropped while the analysis was behind").arg(analysis.droppedSeconds(), 0, 'f', 1)
                        : QString()));
    if (recording) {
        recording->save(p.value(QStringLiteral("record")));
        cliErr(QStringLiteral("Recorded %1 s to %2%3.")
                   .arg(recording->seconds(), 0, 'f', 1)
                   .arg(p.value(QStringLiteral("record")))
                   .arg(recording->full() ? QStringLiteral(" (the first 10 minutes)") : QString()));
    }
    return exitCode;
}

static CliRegistration reg({QStringLiteral("listen"), QStringLiteral("genre, tags and tempo of a microphone or of what the computer plays, live"),
                            runListen});

} // namespace cli
} // namespace gtzan
