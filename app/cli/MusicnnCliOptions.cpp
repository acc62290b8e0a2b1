#include "app/cli/MusicnnCliOptions.h"
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "embedding/MusicnnModels.h"
#include "tensor/TorchRuntime.h"

namespace gtzan {
namespace cli {

void addMusicnnOptions(QCommandLineParser &p) {
    p.addOption({QStringLiteral("model"),
                 QStringLiteral("Pretrained weights: MSD (default), MTT, or a path to a Keras musicnn .h5. "
                                "Looked up in $GTZAN_MUSICNN_DIR, else models/musicnn in the shared data folder "
                                "($GTZAN_SHARED; ../shared for a build; gtzan-explorer/ in the XDG data folders when installed)."),
                 QStringLiteral("M"), QStringLiteral("MSD")});
    p.addOption({QStringLiteral("cache"), QStringLiteral("Embedding cache folder (default: %1).").arg(gtzan::EmbeddingCache::defaultDir()),
                 QStringLiteral("DIR")});
    p.addOption({QStringLiteral("no-cache"), QStringLiteral("Neither read nor write the embedding cache.")});
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")});
}

bool musicnnSetupFromOptions(const QCommandLineParser &p, MusicnnCliSetup &setup) {
    const QString model = p.value(QStringLiteral("model"));
    const QString upper = model.toUpper();
    if (!model.endsWith(QLatin1String(".h5"), Qt::CaseInsensitive) && upper != QLatin1String("MSD") && upper != QLatin1String("MTT")) {
        cliErr(QStringLiteral("--model wants MSD, MTT or a path to a .h5 file, not \"%1\"").arg(model));
        return false;
    }
    if (p.isSet(QStringLiteral("cache")) && p.isSet(QStringLiteral("no-cache"))) {
        cliErr(QStringLiteral("--cache and --no-cache contradict each other"));
        return false;
    }
    int threads = 0;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads)) return false;
    if (threads > 0) gtzan::configureTorchThreads(threads);
    setup.model = gtzan::MusicnnEmbedder::load(gtzan::musicnnModelPath(model));
    if (!p.isSet(QStringLiteral("no-cache")))
        setup.cache = std::make_unique<gtzan::EmbeddingCache>(p.isSet(QStringLiteral("cache")) ? p.value(QStringLiteral("cache"))
                                                                                               : gtzan::EmbeddingCache::defaultDir());
    return true;
}

} // namespace cli
} // namespace gtzan
