#include "embedding/TrainingEmbeddings.h"
#include "audio/AudioDecoder.h"
#include "common/Cancellation.h"
#include "common/Error.h"
#include "dsp/Rhythm.h"
#include "embedding/MusicnnModels.h"
#include <QHash>

namespace gtzan {

QString MusicnnEmbeddingSource::toString() const {
    return QStringLiteral("musicnn:%1:%2%3").arg(model, musicnnLayerName(layer), rhythm ? QStringLiteral("+rhythm") : QString());
}

std::optional<MusicnnEmbeddingSource> MusicnnEmbeddingSource::parse(const QString &source) {
    if (!source.startsWith(QLatin1String("musicnn:"))) return std::nullopt;
    const QStringList parts = source.split(QLatin1Char(':'));
    if (parts.size() != 3 || parts[1].isEmpty())
        throw Error(QStringLiteral("the embedding source \"%1\" is not of the form musicnn:MODEL:LAYER").arg(source));
    MusicnnEmbeddingSource s;
    s.model = parts[1];
    QString layer = parts[2];
    if (layer.endsWith(QLatin1String("+rhythm"))) {
        s.rhythm = true;
        layer.chop(7);
    }
    s.layer = musicnnLayerFromName(layer);
    return s;
}

std::optional<MusicnnEmbeddingSource> MusicnnEmbeddingSource::fromChoice(const QString &choice, MusicnnLayer layer) {
    const QString c = choice.trimmed().toLower();
    if (c.isEmpty() || c == QLatin1String("none")) return std::nullopt;
    if (c != QLatin1String("msd") && c != QLatin1String("mtt"))
        throw Error(QStringLiteral("the embedding is none, msd or mtt, not \"%1\"").arg(choice));
    MusicnnEmbeddingSource s;
    s.model = c.toUpper() + QStringLiteral("_musicnn");
    s.layer = layer;
    return s;
}

MusicnnEmbedder MusicnnEmbeddingSource::loadEmbedder() const { return MusicnnEmbedder::load(musicnnModelPath(model)); }

void attachMusicnnEmbeddings(std::vector<ClipFeatures> &clips, const MusicnnEmbedder &model, MusicnnLayer layer, const EmbeddingCache *cache,
                             const EmbeddingProgress &progress, const std::atomic_bool *cancel) {
    // One embedding per audio file, however many (augmented) copies of it there are.
    QHash<QString, int> rowOfPath;
    std::vector<ClipRecord> unique;
    for (const ClipFeatures &c : clips)
        if (!rowOfPath.contains(c.clip.path)) {
            rowOfPath.insert(c.clip.path, int(unique.size()));
            unique.push_back(c.clip);
        }
    const Matrix rows = embedClips(model, unique, layer, cache, progress, cancel);
    for (ClipFeatures &c : clips) {
        const float *r = rows.row(rowOfPath.value(c.clip.path));
        c.embedding.assign(r, r + rows.cols);
    }
}

void attachRhythmFeatures(std::vector<ClipFeatures> &clips, const EmbeddingProgress &progress, const std::atomic_bool *cancel) {
    QHash<QString, std::vector<float>> ofPath;
    int done = 0;
    for (ClipFeatures &c : clips) {
        throwIfCancelled(cancel);
        if (!ofPath.contains(c.clip.path)) ofPath.insert(c.clip.path, rhythmFeatures(analyseRhythmFile(c.clip.path, {}, cancel)));
        const std::vector<float> &r = ofPath[c.clip.path];
        c.embedding.insert(c.embedding.end(), r.begin(), r.end());
        if (progress) progress(++done, int(clips.size()));
    }
}

void attachPerturbedMusicnnEmbeddings(std::vector<ClipFeatures> &clips, const MusicnnEmbedder &model, MusicnnLayer layer,
                                      const AugmentationChain &chain, const EmbeddingProgress &progress, const std::atomic_bool *cancel) {
    QHash<QString, std::vector<float>> ofClip; // one embedding per clip id, however many copies
    int done = 0;
    for (ClipFeatures &c : clips) {
        throwIfCancelled(cancel);
        if (!ofClip.contains(c.clip.id)) {
            const Audio audio = applyWaveformDraw(chain.draw(c.clip.id, 1), decodeAudio(c.clip.path, 16000));
            ofClip.insert(c.clip.id, model.clipEmbedding(audio, layer));
        }
        c.embedding = ofClip.value(c.clip.id);
        if (progress) progress(++done, int(clips.size()));
    }
}

std::vector<float> musicnnClipEmbeddingOfFile(const MusicnnEmbedder &model, const QString &audioPath, MusicnnLayer layer,
                                              const EmbeddingCache *cache) {
    return meanOverPatches(patchEmbeddingsOfFile(model, audioPath, layer, cache));
}

} // namespace gtzan
