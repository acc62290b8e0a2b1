#include "embedding/MusicnnLayer.h"
#include "common/Error.h"

namespace gtzan {

QString musicnnLayerName(MusicnnLayer layer) {
    switch (layer) {
    case MusicnnLayer::Taggram: return QStringLiteral("taggram");
    case MusicnnLayer::Penultimate: return QStringLiteral("penultimate");
    case MusicnnLayer::MaxPool: return QStringLiteral("max_pool");
    case MusicnnLayer::MeanPool: return QStringLiteral("mean_pool");
    }
    return {};
}

int musicnnLayerSize(MusicnnLayer layer) {
    switch (layer) {
    case MusicnnLayer::Taggram: return 50;
    case MusicnnLayer::Penultimate: return 200;
    case MusicnnLayer::MaxPool:
    case MusicnnLayer::MeanPool: return 753;
    }
    return 0;
}

QStringList musicnnLayerNames() {
    return {QStringLiteral("penultimate"), QStringLiteral("max_pool"), QStringLiteral("mean_pool"), QStringLiteral("taggram")};
}

MusicnnLayer musicnnLayerFromName(const QString &name) {
    for (MusicnnLayer l : {MusicnnLayer::Taggram, MusicnnLayer::Penultimate, MusicnnLayer::MaxPool, MusicnnLayer::MeanPool})
        if (musicnnLayerName(l) == name) return l;
    throw Error(QStringLiteral("Unknown musicnn layer \"%1\" (known: %2)").arg(name, musicnnLayerNames().join(QStringLiteral(", "))));
}

} // namespace gtzan
