// gtzan-cli eval MODEL --data DIR [--split F] [--json]: a saved model on a folder's clips.
#include "CliCommand.h"
#include "CliEvaluationText.h"
#include "CliParser.h"
#include "dataset/DatasetSplit.h"
#include "dataset/FeatureLoader.h"
#include "embedding/TrainingEmbeddings.h"
#include "tensor/TorchRuntime.h"
#include "training/ModelFile.h"
#include "training/SegmentScoring.h"
#include "common/Error.h"
#include <QJsonDocument>
#include <QSet>
#include <algorithm>

using namespace gtzan;

static int runEval(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Evaluates a model file on the clips of its genres in DIR (or those a split file lists): clip accuracy by\n"
        "mean / max / majority vote of the segments, confusion matrix, per-class precision, recall and F1."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("Model file written by gtzan-cli train."));
    p.addOption({QStringLiteral("data"), QStringLiteral("GTZAN folder."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("split"), QStringLiteral("Split file: evaluate only the clips it lists."), QStringLiteral("F")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("Feature cache folder (default: none)."), QStringLiteral("DIR")});
    p.addOption({QStringLiteral("batch"), QStringLiteral("Segments per batch (default 16)."), QStringLiteral("N"), QStringLiteral("16")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print the evaluation as JSON (schema in the README).")});
    int code = 0, batch = 16, threads = 0;
    if (!parseCommandLine(p, QStringLiteral("eval"), args, 1, 1, code)) return code;
    if (!p.isSet(QStringLiteral("data"))) {
        cliErr(QStringLiteral("gtzan-cli eval: --data DIR is required"));
        return ExitUsage;
    }
    if (!optionInt(p, QStringLiteral("batch"), 1, 65536, batch) || !optionInt(p, QStringLiteral("threads"), 1, 256, threads)) return ExitUsage;
    if (threads > 0) configureTorchThreads(threads);
    TrainedModel m = loadModelFile(p.positionalArguments().first());
    ScanOptions scanOptions;
    scanOptions.genres = m.genres;   // labels as the model numbers them
    const DatasetScan scan = scanGtzan(p.value(QStringLiteral("data")), scanOptions);
    std::vector<ClipRecord> clips = scan.records();
    if (p.isSet(QStringLiteral("split"))) {
        const QStringList listed = readSplitFile(p.value(QStringLiteral("split")));
        const QSet<QString> wanted(listed.begin(), listed.end());
        clips.erase(std::remove_if(clips.begin(), clips.end(), [&](const ClipRecord &c) { return !wanted.contains(c.id); }), clips.end());
    }
    if (clips.empty()) throw Error(QStringLiteral("%1: no clips of the model's genres to evaluate").arg(p.value(QStringLiteral("data"))));
    FeatureLoadReport report;
    FeatureLoadOptions load;
    load.cacheDir = p.value(QStringLiteral("cache"));
    load.report = &report;
    std::vector<ClipFeatures> features = loadClipFeatures(clips, m.spec, load);
    for (const QString &problem : report.problems) cliErr(QStringLiteral("warning: ") + problem);
    // A model trained on musicnn embeddings gets the same embeddings of these clips.
    if (const auto source = MusicnnEmbeddingSource::parse(m.embeddingSource)) {
        const EmbeddingCache cache(load.cacheDir.isEmpty() ? EmbeddingCache::defaultDir() : load.cacheDir + QStringLiteral("/musicnn"));
        attachMusicnnEmbeddings(features, source->loadEmbedder(), source->layer, &cache);
    }
    const SegmentSet set(features, segmentClips(features, m.config.frames), m.config, m.normalization);
    const Evaluation ev = evaluateModel(m.model, set, m.genres, batch);
    if (p.isSet(QStringLiteral("json"))) {
        QJsonObject j = ev.toJson();
        j.insert(QStringLiteral("model"), p.positionalArguments().first());
        cliOut(QString::fromUtf8(QJsonDocument(j).toJson(QJsonDocument::Compact)));
    } else {
        cliOut(QStringLiteral("%1 (%2) on %3 clips of %4\n").arg(p.positionalArguments().first(), m.config.name).arg(ev.clips.size()).arg(p.value(QStringLiteral("data"))) +
               evaluationText(ev));
    }
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("eval"), QStringLiteral("evaluate a model file on a folder of clips"), runEval});
