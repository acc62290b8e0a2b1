// gtzan-cli bench embed FILE|DIR [--model MSD|MTT] [--threads N] [--repeats N]: musicnn embedding speed.
#include "app/bench/EmbeddingBenchmark.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "audio/AudioFiles.h"
#include "common/Error.h"
#include "embedding/MusicnnModels.h"
#include "tensor/TorchRuntime.h"
#include <QFileInfo>
#include <QJsonDocument>

namespace gtzan {
namespace cli {

int runBenchEmbed(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Times musicnn embeddings per clip (decode, log-mel, network); prints JSON. "
                                               "Compare with tests/bench/musicnn_peer.py run in the same minute."));
    p.addPositionalArgument(QStringLiteral("PATH"), QStringLiteral("An audio file, or a folder searched recursively."));
    p.addOption({QStringLiteral("model"), QStringLiteral("MSD (default), MTT or a .h5 path."), QStringLiteral("M"), QStringLiteral("MSD")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default 2)."), QStringLiteral("N"), QStringLiteral("2")});
    p.addOption({QStringLiteral("repeats"), QStringLiteral("Passes over the files (default 3)."), QStringLiteral("N"), QStringLiteral("3")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("bench embed"), args, 1, 1, code)) return code;
    int threads = 2, repeats = 3;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads) || !optionInt(p, QStringLiteral("repeats"), 1, 1000, repeats)) return ExitUsage;
    const QString path = p.positionalArguments().first();
    const QStringList files = QFileInfo(path).isDir() ? gtzan::findAudioFiles(path) : QStringList{path};
    if (files.isEmpty()) throw gtzan::Error(QStringLiteral("%1: no audio files found").arg(path));
    const int threadsInEffect = gtzan::configureTorchThreads(threads);
    QJsonObject r =
        gtzan::benchmarkEmbedding(gtzan::MusicnnEmbedder::load(gtzan::musicnnModelPath(p.value(QStringLiteral("model")))), files, repeats);
    r.insert(QStringLiteral("threads"), threadsInEffect);
    cliOut(QString::fromUtf8(QJsonDocument(r).toJson(QJsonDocument::Compact)));
    return ExitOk;
}

} // namespace cli
} // namespace gtzan
