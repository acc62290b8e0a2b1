// gtzan-cli saliency MODEL FILE [--method gradcam|occlusion] [--genre G] --out MAP.npy [--json] [--sonify OUT.wav]
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include "common/Npy.h"
#include "inference/Predictor.h"
#include "inference/Saliency.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {
namespace cli {

static int runSaliency(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes what drove MODEL's answer for FILE: a saliency map (bands x frames, float32 .npy, "
                                               "0..1) on the model's own input grid, and checks it: the drop of the genre's probability "
                                               "when the map's top 10% of cells are masked, against 10% random cells."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("A model file (.gtzm)."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("An audio file (its first 30 s are explained)."));
    p.addOption({QStringLiteral("method"), QStringLiteral("occlusion (default; every model) or gradcam (convolutional models)."), QStringLiteral("M"),
                 QStringLiteral("occlusion")});
    p.addOption({QStringLiteral("genre"), QStringLiteral("The genre to explain, by name (default: the predicted one)."), QStringLiteral("G")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Output .npy file (required)."), QStringLiteral("MAP")});
    p.addOption({QStringLiteral("sonify"), QStringLiteral("Also write the clip gated by the map (what the model listened to) as audio."),
                 QStringLiteral("OUT")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print {method, genre, probability, \"deletion\": {top, random}, grid, ...}.")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("saliency"), args, 2, 2, code)) return code;
    if (!p.isSet(QStringLiteral("out"))) {
        cliErr(QStringLiteral("gtzan-cli saliency: --out MAP.npy is required"));
        return ExitUsage;
    }
    SaliencyOptions options;
    try {
        options.method = saliencyMethodFromName(p.value(QStringLiteral("method")));
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli saliency: %1").arg(e.message()));
        return ExitUsage;
    }
    const QString file = p.positionalArguments().at(1);
    try {
        const Predictor predictor = Predictor::fromFile(p.positionalArguments().at(0));
        if (p.isSet(QStringLiteral("genre"))) {
            options.genre = int(predictor.model().genres.indexOf(p.value(QStringLiteral("genre"))));
            if (options.genre < 0) {
                cliErr(QStringLiteral("gtzan-cli saliency: the model knows no genre \"%1\" (it knows %2)")
                           .arg(p.value(QStringLiteral("genre")), predictor.model().genres.join(QStringLiteral(", "))));
                return ExitUsage;
            }
        }
        const SaliencyMap map = computeSaliency(predictor, file, options);
        writeNpy(p.value(QStringLiteral("out")), map.map);
        if (p.isSet(QStringLiteral("sonify"))) {
            DecodeOptions decode;
            decode.maxSeconds = options.maxSeconds;
            writeAudio(p.value(QStringLiteral("sonify")), sonifySaliency(decodeAudio(file, decode), map));
        }
        if (p.isSet(QStringLiteral("json"))) {
            QJsonArray strip;
            for (float v : map.segmentSaliency) strip.append(double(v));
            const QJsonObject o{
                {QStringLiteral("method"), saliencyMethodName(map.method)},
                {QStringLiteral("genre"), map.genreName},
                {QStringLiteral("probability"), double(map.probability)},
                {QStringLiteral("deletion"), QJsonObject{{QStringLiteral("top"), map.deletionTop}, {QStringLiteral("random"), map.deletionRandom}}},
                {QStringLiteral("grid"), map.gridName},
                {QStringLiteral("bands"), map.map.rows},
                {QStringLiteral("frames"), map.map.cols},
                {QStringLiteral("secondsPerFrame"), map.secondsPerFrame()},
                {QStringLiteral("segments"), strip}};
            cliOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
        } else {
            cliOut(QStringLiteral("%1 of %2 for %3 (p = %4): %5 x %6 on the %7; masking its top 10% drops p by %8, 10% random cells by %9")
                       .arg(saliencyMethodName(map.method), file, map.genreName)
                       .arg(double(map.probability), 0, 'f', 3)
                       .arg(map.map.rows)
                       .arg(map.map.cols)
                       .arg(map.gridName)
                       .arg(map.deletionTop, 0, 'f', 3)
                       .arg(map.deletionRandom, 0, 'f', 3));
        }
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli saliency: %1").arg(e.message()));
        return ExitFailed;
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("saliency"), QStringLiteral("what in a file drove a model's answer, and a check of it"), runSaliency});

} // namespace cli
} // namespace gtzan
