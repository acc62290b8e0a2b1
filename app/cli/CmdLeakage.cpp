// gtzan-cli leakage --data DIR --model M [...]: the same model trained on a random segment-level
// split, a random clip-level split and the fault-filtered split; three test accuracies side by side.
#include "app/cli/CliCommand.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "common/DataLocations.h"
#include "common/Error.h"
#include "models/ModelConfig.h"
#include "studies/LeakageExperiment.h"
#include "tensor/TorchRuntime.h"
#include <QDir>
#include <QJsonDocument>
#include <limits>

namespace gtzan {
namespace cli {

static int runLeakage(const QStringList &args) {
    LeakageRequest request;
    TrainingRecipe &recipe = request.recipe;
    recipe.options.seeds = 1; // three trainings already; --seeds for means over more
    const auto number = [](double v) { return QString::number(v); };
    const QString sharedLists = QDir(sharedDataDir()).filePath(QStringLiteral("data/splits/fault-filtered"));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Shows GTZAN's leakage: trains the same model three ways and prints the three test accuracies:\n"
                                               "(a) a random split of segments (slices of one clip on both sides), (b) a random split of clips,\n"
                                               "(c) the artist-filtered / fault-filtered split, where the folder holds its clips."));
    p.addOptions({
        {QStringLiteral("data"), QStringLiteral("GTZAN folder."), QStringLiteral("DIR")},
        {QStringLiteral("model"), QStringLiteral("Network (a spectrogram model): ") + modelNames().join(QStringLiteral(", ")), QStringLiteral("NAME"),
         recipe.model.name},
        {QStringLiteral("genres"), QStringLiteral("gct634 (8 genres) or all (10); default %1.").arg(recipe.genreSet), QStringLiteral("SET"),
         recipe.genreSet},
        {QStringLiteral("test-fraction"), QStringLiteral("Test share of (a) and (b) (default %1).").arg(request.testFraction), QStringLiteral("X"),
         number(request.testFraction)},
        {QStringLiteral("split-folder"), QStringLiteral("The fault-filtered lists for (c) (default %1).").arg(sharedLists), QStringLiteral("DIR"),
         sharedLists},
        {QStringLiteral("segment"), QStringLiteral("Segment length in seconds (default %1).").arg(recipe.segmentSeconds), QStringLiteral("SECONDS"),
         number(recipe.segmentSeconds)},
        {QStringLiteral("epochs"), QStringLiteral("Epochs per training (default %1).").arg(recipe.options.epochs), QStringLiteral("N"),
         number(recipe.options.epochs)},
        {QStringLiteral("seeds"), QStringLiteral("Runs per split, their mean reported (default %1).").arg(recipe.options.seeds), QStringLiteral("N"),
         number(recipe.options.seeds)},
        {QStringLiteral("seed"), QStringLiteral("First seed: splits and training (default %1).").arg(recipe.options.firstSeed), QStringLiteral("N"),
         QString::number(recipe.options.firstSeed)},
        {QStringLiteral("preset"), QStringLiteral("Feature preset (default %1).").arg(recipe.featurePreset), QStringLiteral("P"),
         recipe.featurePreset},
        {QStringLiteral("cache"), QStringLiteral("Feature cache folder (default: none)."), QStringLiteral("DIR")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Print the report as JSON (progress goes to stderr).")},
    });
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("leakage"), args, 0, 0, code)) return code;
    if (!p.isSet(QStringLiteral("data"))) {
        cliErr(QStringLiteral("gtzan-cli leakage: --data is required (see --help)"));
        return ExitUsage;
    }
    constexpr int kAnyInt = std::numeric_limits<int>::max();
    int seed = 0;
    if (!optionInt(p, QStringLiteral("epochs"), -kAnyInt, kAnyInt, recipe.options.epochs) ||
        !optionInt(p, QStringLiteral("seeds"), -kAnyInt, kAnyInt, recipe.options.seeds) || !optionInt(p, QStringLiteral("seed"), 0, kAnyInt, seed) ||
        !optionInt(p, QStringLiteral("threads"), 1, kAnyInt, recipe.threads) ||
        !optionDouble(p, QStringLiteral("segment"), -1e300, 1e300, recipe.segmentSeconds) ||
        !optionDouble(p, QStringLiteral("test-fraction"), 0.01, 0.9, request.testFraction))
        return ExitUsage;
    if (p.isSet(QStringLiteral("seed"))) recipe.options.firstSeed = uint64_t(seed);
    recipe.dataFolder = p.value(QStringLiteral("data"));
    recipe.model.name = p.value(QStringLiteral("model"));
    recipe.genreSet = p.value(QStringLiteral("genres"));
    recipe.featurePreset = p.value(QStringLiteral("preset"));
    recipe.cacheDir = p.value(QStringLiteral("cache"));
    recipe.splitKind = TrainingRecipe::SplitKind::Fraction;
    recipe.testFraction = request.testFraction;
    request.filteredSplitFolder = p.value(QStringLiteral("split-folder"));
    try {
        recipe.validate();
    } catch (const Error &e) {
        cliErr(QStringLiteral("gtzan-cli leakage: %1 (see --help)").arg(e.message()));
        return ExitUsage;
    }
    // LibTorch's thread count is set here, once for the command, never inside the training.
    if (recipe.threads > 0) configureTorchThreads(recipe.threads);
    const bool json = p.isSet(QStringLiteral("json"));
    auto say = [json](const QString &text) { json ? cliErr(text) : cliOut(text); };
    LeakageCallbacks callbacks;
    callbacks.say = say;
    callbacks.onEpoch = [say](int arm, const EpochReport &e) {
        say(QStringLiteral("  (%1) run %2/%3 epoch %4/%5: train acc %6")
                .arg(QChar(u'a' + arm))
                .arg(e.run)
                .arg(e.runs)
                .arg(e.epoch)
                .arg(e.epochs)
                .arg(e.trainAccuracy, 0, 'f', 3));
    };
    const LeakageReport report = [&] {
        const InterruptGuard ctrlC;
        return runLeakageExperiment(request, callbacks, interruptFlag());
    }();
    if (json) {
        cliOut(QString::fromUtf8(QJsonDocument(report.toJson()).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    cliOut(QStringLiteral("\nLeakage experiment: %1 on %2").arg(report.model, report.dataFolder));
    for (size_t i = 0; i < report.arms.size(); ++i) {
        const LeakageArm &a = report.arms[i];
        const QString label = QStringLiteral("(%1) %2").arg(QChar(u'a' + int(i))).arg(a.splitName, -22);
        if (a.ran)
            cliOut(QStringLiteral("%1 test accuracy %2  (%3 training / %4 test %5)")
                       .arg(label)
                       .arg(a.testAccuracy, 0, 'f', 3)
                       .arg(a.trainItems)
                       .arg(a.testItems)
                       .arg(a.items));
        else cliOut(QStringLiteral("%1 not run: %2").arg(label, a.notRunBecause));
    }
    cliOut(QStringLiteral("\n") + LeakageReport::explanation());
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("leakage"), QStringLiteral("show GTZAN's leakage: segment, clip and fault-filtered splits side by side"),
                            runLeakage});

} // namespace cli
} // namespace gtzan
