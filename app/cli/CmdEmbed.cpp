// gtzan-cli embed FILE [--model MSD|MTT] [--layer penultimate|max_pool|mean_pool|taggram] [--patches] --out OUT.npy
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "app/cli/MusicnnCliOptions.h"
#include "common/Npy.h"
#include "embedding/MusicnnLayer.h"
#include <QJsonDocument>
#include <QJsonObject>

namespace gtzan {
namespace cli {

static int runEmbed(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Writes the pretrained musicnn embedding of FILE as float32 .npy: the chosen layer "
                                               "averaged over the clip's 3 s patches (shape [size]), or per patch with --patches "
                                               "(shape [patches, size])."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Audio file (WAV, AU, AIFF, FLAC, Ogg, MP3)."));
    addMusicnnOptions(p);
    p.addOption({QStringLiteral("layer"), QStringLiteral("Output: penultimate (200, default), max_pool (753), mean_pool (753) or taggram (50)."),
                 QStringLiteral("L"), QStringLiteral("penultimate")});
    p.addOption({QStringLiteral("patches"), QStringLiteral("Write one row per 3 s patch instead of the clip mean.")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Output .npy file (required)."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON summary (model, layer, patches, size, out).")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("embed"), args, 1, 1, code)) return code;
    if (!p.isSet(QStringLiteral("out"))) {
        cliErr(QStringLiteral("gtzan-cli embed: --out OUT.npy is required"));
        return ExitUsage;
    }
    if (!gtzan::musicnnLayerNames().contains(p.value(QStringLiteral("layer")))) {
        cliErr(QStringLiteral("--layer wants one of %1, not \"%2\"")
                   .arg(gtzan::musicnnLayerNames().join(QStringLiteral(", ")), p.value(QStringLiteral("layer"))));
        return ExitUsage;
    }
    const gtzan::MusicnnLayer layer = gtzan::musicnnLayerFromName(p.value(QStringLiteral("layer")));
    MusicnnCliSetup setup;
    if (!musicnnSetupFromOptions(p, setup)) return ExitUsage;

    const QString file = p.positionalArguments().first();
    const QString out = p.value(QStringLiteral("out"));
    const gtzan::Matrix perPatch = gtzan::patchEmbeddingsOfFile(setup.model, file, layer, setup.cache.get());
    if (p.isSet(QStringLiteral("patches"))) {
        gtzan::writeNpy(out, perPatch);
    } else {
        const std::vector<float> clip = gtzan::meanOverPatches(perPatch);
        gtzan::writeNpy(out, clip.data(), {int64_t(clip.size())});
    }
    if (p.isSet(QStringLiteral("json"))) {
        const QJsonObject o{{QStringLiteral("file"), file},
                            {QStringLiteral("model"), setup.model.modelName()},
                            {QStringLiteral("layer"), gtzan::musicnnLayerName(layer)},
                            {QStringLiteral("patches"), perPatch.rows},
                            {QStringLiteral("size"), perPatch.cols},
                            {QStringLiteral("per_patch"), p.isSet(QStringLiteral("patches"))},
                            {QStringLiteral("out"), out}};
        cliOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("embed"), QStringLiteral("write a file's pretrained musicnn embedding as .npy"), runEmbed});

} // namespace cli
} // namespace gtzan
