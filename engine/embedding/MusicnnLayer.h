#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {

// The musicnn outputs usable as embeddings, per 3 s patch (SPEC.md, "Back end").
enum class MusicnnLayer { Taggram, Penultimate, MaxPool, MeanPool };

constexpr int kMusicnnLayerCount = 4;
QString musicnnLayerName(MusicnnLayer layer);           // "taggram", "penultimate", "max_pool", "mean_pool"
int musicnnLayerSize(MusicnnLayer layer);               // 50, 200, 753, 753
MusicnnLayer musicnnLayerFromName(const QString &name); // throws gtzan::Error for an unknown name
QStringList musicnnLayerNames();

} // namespace gtzan
