// gtzan-cli mel FILE [--preset gct634|native|musicnn] [--power] --out OUT.npy
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "common/Npy.h"
#include "dsp/MelSpectrogram.h"

namespace gtzan {
namespace cli {

static int runMel(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes the (n_mels x frames) float32 mel spectrogram of FILE as .npy (dB unless --power)."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Audio file (WAV, AU, AIFF, FLAC, Ogg, MP3)."));
    p.addOption({QStringLiteral("preset"), QStringLiteral("Feature preset: gct634 (default), native or musicnn."), QStringLiteral("P"),
                 QStringLiteral("gct634")});
    p.addOption({QStringLiteral("power"), QStringLiteral("Write mel power instead of dB.")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Output .npy file (required)."), QStringLiteral("OUT")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("mel"), args, 1, 1, code)) return code;
    if (!p.isSet(QStringLiteral("out"))) {
        cliErr(QStringLiteral("gtzan-cli mel: --out OUT.npy is required"));
        return ExitUsage;
    }
    gtzan::FeatureSpec spec = gtzan::FeatureSpec::preset(p.value(QStringLiteral("preset")));
    if (p.isSet(QStringLiteral("power"))) {
        spec.scale = gtzan::FeatureSpec::Scale::Power;
        spec.float16RoundTrip = false;
    }
    const gtzan::Matrix mel = gtzan::melFeaturesOfFile(p.positionalArguments().first(), spec);
    gtzan::writeNpy(p.value(QStringLiteral("out")), mel);
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("mel"), QStringLiteral("write a file's mel spectrogram as .npy"), runMel});

} // namespace cli
} // namespace gtzan
