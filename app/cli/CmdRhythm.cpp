// gtzan-cli rhythm FILE [--json] [--curve OUT.npy]
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/Error.h"
#include "common/Npy.h"
#include "dsp/Rhythm.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {
namespace cli {

static int runRhythm(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Finds the onsets, beats and tempo of FILE with aubio (spectral-flux onset detection and "
                                               "beat tracking at 22.05 kHz, hop 128)."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Audio file (WAV, AU, AIFF, FLAC, Ogg, MP3), any length."));
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON: {tempo, beats: [s], onsetRate, onsets: [s], confidence, ...}.")});
    p.addOption(
        {QStringLiteral("curve"), QStringLiteral("Also write the onset-strength curve (one float32 per hop) as .npy."), QStringLiteral("OUT")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("rhythm"), args, 1, 1, code)) return code;
    const QString file = p.positionalArguments().first();
    Rhythm r;
    try {
        r = analyseRhythmFile(file);
        if (p.isSet(QStringLiteral("curve"))) {
            Matrix curve(1, int(r.onsetStrength.size()));
            std::copy(r.onsetStrength.begin(), r.onsetStrength.end(), curve.data.begin());
            writeNpy(p.value(QStringLiteral("curve")), curve);
        }
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli rhythm: %1").arg(e.message()));
        return ExitFailed;
    }
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray beats, onsets;
        for (double t : r.beatSeconds) beats.append(t);
        for (double t : r.onsetSeconds) onsets.append(t);
        const QJsonObject o{{QStringLiteral("file"), file},
                            {QStringLiteral("tempo"), r.tempoBpm},
                            {QStringLiteral("trackerTempo"), r.trackerBpm},
                            {QStringLiteral("confidence"), r.confidence},
                            {QStringLiteral("beats"), beats},
                            {QStringLiteral("onsetRate"), r.onsetRate()},
                            {QStringLiteral("onsets"), onsets},
                            {QStringLiteral("seconds"), r.seconds},
                            {QStringLiteral("framesPerSecond"), r.framesPerSecond()}};
        cliOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        cliOut(QStringLiteral("%1: tempo %2 BPM (aubio's tracker: %3, confidence %4), %5 beats, %6 onsets per second over %7 s")
                   .arg(file)
                   .arg(r.tempoBpm, 0, 'f', 1)
                   .arg(r.trackerBpm, 0, 'f', 1)
                   .arg(r.confidence, 0, 'f', 2)
                   .arg(r.beatSeconds.size())
                   .arg(r.onsetRate(), 0, 'f', 2)
                   .arg(r.seconds, 0, 'f', 1));
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("rhythm"), QStringLiteral("onsets, beats and tempo of a file (aubio)"), runRhythm});

} // namespace cli
} // namespace gtzan
