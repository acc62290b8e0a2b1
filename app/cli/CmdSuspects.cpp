// gtzan-cli suspects DIR [--top N] [--json]: the clips whose given genre out-of-fold models on
// musicnn embeddings find least likely (candidate mislabelings).
#include "app/cli/CliCommand.h"
#include "app/cli/CliInterrupt.h"
#include "app/cli/CliParser.h"
#include "studies/SuspectLabels.h"
#include "tensor/TorchRuntime.h"
#include <QJsonDocument>

namespace gtzan {
namespace cli {

static int runSuspects(const QStringList &args) {
    SuspectOptions options;
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Ranks DIR's clips by how unlikely out-of-fold models find the genre they are filed under: k-fold cross-validation\n"
                       "of embed_mlp on pretrained musicnn embeddings, so no clip judges itself. The top of the list is where to listen\n"
                       "for mislabelings (GTZAN has dozens, Sturm 2013)."));
    p.addPositionalArgument(QStringLiteral("DIR"), QStringLiteral("GTZAN folder."));
    p.addOptions({
        {QStringLiteral("top"), QStringLiteral("Print the N least likely (default 10; 0: all)."), QStringLiteral("N"), QStringLiteral("10")},
        {QStringLiteral("folds"), QStringLiteral("Folds (default %1).").arg(options.folds), QStringLiteral("K"), QString::number(options.folds)},
        {QStringLiteral("embedding"), QStringLiteral("msd or mtt (default %1).").arg(options.embedding), QStringLiteral("E"), options.embedding},
        {QStringLiteral("genres"), QStringLiteral("gct634 (8) or all (10); default %1.").arg(options.genreSet), QStringLiteral("SET"),
         options.genreSet},
        {QStringLiteral("seed"), QStringLiteral("Seed of the folds and the training (default %1).").arg(options.seed), QStringLiteral("N"),
         QString::number(options.seed)},
        {QStringLiteral("cache"), QStringLiteral("Feature and embedding cache folder (default: the user's embedding cache)."), QStringLiteral("DIR")},
        {QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")},
        {QStringLiteral("json"), QStringLiteral("Print the ranking as JSON (progress goes to stderr).")},
    });
    int code = 0, top = 10, seed = 1;
    if (!parseCommandLine(p, QStringLiteral("suspects"), args, 1, 1, code)) return code;
    if (!optionInt(p, QStringLiteral("top"), 0, 1 << 20, top) || !optionInt(p, QStringLiteral("folds"), 2, 20, options.folds) ||
        !optionInt(p, QStringLiteral("seed"), 0, 1 << 30, seed) || !optionInt(p, QStringLiteral("threads"), 1, 256, options.threads))
        return ExitUsage;
    options.seed = uint64_t(seed);
    // LibTorch's thread count is set here, once for the command, never inside the training.
    if (options.threads > 0) configureTorchThreads(options.threads);
    options.embedding = p.value(QStringLiteral("embedding")).toLower();
    options.genreSet = p.value(QStringLiteral("genres"));
    options.cacheDir = p.value(QStringLiteral("cache"));
    const bool json = p.isSet(QStringLiteral("json"));
    SuspectCallbacks callbacks;
    callbacks.say = [json](const QString &text) { json ? cliErr(text) : cliOut(text); };
    const SuspectReport report = [&] {
        const InterruptGuard ctrlC;
        return findSuspectLabels(p.positionalArguments().first(), options, callbacks, interruptFlag());
    }();
    if (json) {
        cliOut(QString::fromUtf8(QJsonDocument(report.toJson(top == 0 ? -1 : top)).toJson(QJsonDocument::Compact)));
        return ExitOk;
    }
    cliOut(QStringLiteral("%1 clips, %2-fold out-of-fold accuracy %3 (%4). Least likely given genres:")
               .arg(report.clips.size())
               .arg(report.folds)
               .arg(report.outOfFoldAccuracy, 0, 'f', 3)
               .arg(report.embedding));
    const int n = top == 0 ? int(report.clips.size()) : std::min(top, int(report.clips.size()));
    for (int i = 0; i < n; ++i) {
        const SuspectClip &c = report.clips[size_t(i)];
        cliOut(QStringLiteral("%1. %2  filed %3 (p %4), likeliest %5 (p %6)")
                   .arg(i + 1, 2)
                   .arg(c.id, -24)
                   .arg(c.genre)
                   .arg(c.givenProbability, 0, 'f', 3)
                   .arg(c.likeliest)
                   .arg(c.likeliestProbability, 0, 'f', 3));
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("suspects"), QStringLiteral("rank clips by how unlikely their given genre is (out-of-fold)"),
                            runSuspects});

} // namespace cli
} // namespace gtzan
