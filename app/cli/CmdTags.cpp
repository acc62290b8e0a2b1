// gtzan-cli tags FILE [--model MSD|MTT] [--top N] [--json]: a file's top musicnn tags, like the original tool.
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "app/cli/MusicnnCliOptions.h"
#include "embedding/MusicnnLayer.h"
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <numeric>

namespace gtzan {
namespace cli {

static int runTags(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Prints the top tags of FILE by the pretrained musicnn tagger "
                                               "(tag probabilities averaged over the clip's 3 s patches)."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Audio file (WAV, AU, AIFF, FLAC, Ogg, MP3)."));
    addMusicnnOptions(p);
    p.addOption({QStringLiteral("top"), QStringLiteral("How many tags to print (default 3, at most 50)."), QStringLiteral("N"), QStringLiteral("3")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print JSON instead of text.")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("tags"), args, 1, 1, code)) return code;
    int top = 3;
    if (!optionInt(p, QStringLiteral("top"), 1, 50, top)) return ExitUsage;
    MusicnnCliSetup setup;
    if (!musicnnSetupFromOptions(p, setup)) return ExitUsage;

    const QString file = p.positionalArguments().first();
    const gtzan::Matrix perPatch = gtzan::patchEmbeddingsOfFile(setup.model, file, gtzan::MusicnnLayer::Taggram, setup.cache.get());
    const std::vector<float> scores = gtzan::meanOverPatches(perPatch);
    std::vector<int> order(scores.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return scores[size_t(a)] > scores[size_t(b)]; });
    order.resize(size_t(std::min<int>(top, int(order.size()))));

    const QStringList &names = setup.model.tagNames();
    if (p.isSet(QStringLiteral("json"))) {
        QJsonArray tags;
        for (int i : order) tags.append(QJsonObject{{QStringLiteral("tag"), names.value(i)}, {QStringLiteral("score"), double(scores[size_t(i)])}});
        const QJsonObject o{{QStringLiteral("file"), file},
                            {QStringLiteral("model"), setup.model.modelName()},
                            {QStringLiteral("patches"), perPatch.rows},
                            {QStringLiteral("tags"), tags}};
        cliOut(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    } else {
        cliOut(QStringLiteral("%1 (%2, %3 patches):").arg(file, setup.model.modelName()).arg(perPatch.rows));
        for (int i : order) cliOut(QStringLiteral("  %1  %2").arg(double(scores[size_t(i)]), 6, 'f', 3).arg(names.value(i)));
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("tags"), QStringLiteral("print a file's top musicnn tags"), runTags});

} // namespace cli
} // namespace gtzan
