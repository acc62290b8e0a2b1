#include "models/ModelConfig.h"
#include "common/Error.h"

namespace gtzan {

QStringList modelNames() {
    return {QStringLiteral("baseline1d"), QStringLiteral("cnn1d"),     QStringLiteral("cnn2d"),     QStringLiteral("vgg13"),
            QStringLiteral("vgg16"),      QStringLiteral("vgg19"),     QStringLiteral("resnet18"),  QStringLiteral("resnet34"),
            QStringLiteral("resnet50"),   QStringLiteral("resnet101"), QStringLiteral("embed_mlp"), QStringLiteral("fusion")};
}

bool ModelConfig::usesSpectrogram() const { return name != QLatin1String("embed_mlp"); }
bool ModelConfig::usesEmbedding() const { return name == QLatin1String("embed_mlp") || name == QLatin1String("fusion"); }
bool ModelConfig::usesBackbone() const { return name == QLatin1String("fusion"); }
bool ModelConfig::isScripted() const { return name == kScriptedName; }

ModelConfig ModelConfig::named(const QString &modelName) {
    ModelConfig c;
    c.name = modelName;
    return c;
}

QJsonObject ModelConfig::toJson() const {
    QJsonObject o{{QStringLiteral("name"), name},
                  {QStringLiteral("numClasses"), numClasses},
                  {QStringLiteral("nMels"), nMels},
                  {QStringLiteral("frames"), frames},
                  {QStringLiteral("embeddingDim"), embeddingDim}};
    if (name == QLatin1String("fusion")) o.insert(QStringLiteral("backbone"), backbone);
    return o;
}

ModelConfig ModelConfig::fromJson(const QJsonObject &o) {
    auto intField = [&](const char *key) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (!v.isDouble()) throw Error(QStringLiteral("the model description has no number \"%1\"").arg(QLatin1String(key)));
        return v.toInt();
    };
    ModelConfig c;
    if (!o.value(QStringLiteral("name")).isString()) throw Error(QStringLiteral("the model description has no model name"));
    c.name = o.value(QStringLiteral("name")).toString();
    c.numClasses = intField("numClasses");
    c.nMels = intField("nMels");
    c.frames = intField("frames");
    c.embeddingDim = intField("embeddingDim");
    c.backbone = o.value(QStringLiteral("backbone")).toString(QStringLiteral("resnet34"));
    c.validate();
    return c;
}

void ModelConfig::validate() const {
    if (!modelNames().contains(name) && !isScripted())
        throw Error(QStringLiteral("unknown model \"%1\" (known: %2)").arg(name, modelNames().join(QStringLiteral(", "))));
    // Realistic bounds: a damaged model file once asked for a million frames per segment.
    if (numClasses < 2 || numClasses > kMaxClasses)
        throw Error(QStringLiteral("a model needs 2 to %1 classes, not %2").arg(kMaxClasses).arg(numClasses));
    if (usesSpectrogram() && (nMels < 1 || nMels > kMaxBands || frames < 1 || frames > kMaxFrames))
        throw Error(QStringLiteral("model \"%1\" cannot take %2 bands x %3 frames (at most %4 x %5)")
                        .arg(name)
                        .arg(nMels)
                        .arg(frames)
                        .arg(kMaxBands)
                        .arg(kMaxFrames));
    if (embeddingDim < 0 || embeddingDim > kMaxEmbeddingDim)
        throw Error(
            QStringLiteral("model \"%1\" cannot take an embedding of length %2 (at most %3)").arg(name).arg(embeddingDim).arg(kMaxEmbeddingDim));
    // Each max pool halves the input (floor): below this size a network has nothing left to pool.
    const QString net = name == QLatin1String("fusion") ? backbone : name;
    const int minFrames = net.startsWith(QLatin1String("vgg")) ? 32 : net == QLatin1String("baseline1d") ? 8 : isScripted() ? 1 : 16;
    const int minBands = net.startsWith(QLatin1String("vgg")) ? 32 : net == QLatin1String("cnn2d") ? 16 : 1;
    if (usesSpectrogram() && (frames < minFrames || nMels < minBands))
        throw Error(QStringLiteral("model \"%1\" needs at least %2 bands x %3 frames, not %4 x %5")
                        .arg(net)
                        .arg(minBands)
                        .arg(minFrames)
                        .arg(nMels)
                        .arg(frames));
    if (usesEmbedding() && embeddingDim < 1)
        throw Error(QStringLiteral("model \"%1\" needs an embedding length, not %2").arg(name).arg(embeddingDim));
    if (name == QLatin1String("fusion") &&
        (backbone == QLatin1String("fusion") || backbone == QLatin1String("embed_mlp") || !modelNames().contains(backbone)))
        throw Error(QStringLiteral("fusion needs a spectrogram network as backbone, not \"%1\"").arg(backbone));
}

} // namespace gtzan
