#include "model/PyTorchExport.h"
#include "common/Error.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/MusicnnLayer.h"
#include "model/InputKind.h"
#include "model/ModelFile.h"
#include "models/GenreNet.h"
#include "tensor/ModelState.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <torch/serialize.h>

namespace gtzan {

namespace {

void writeAtomically(const QString &path, const QByteArray &bytes) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        throw Error(QStringLiteral("%1: cannot be written (%2)").arg(path, f.errorString()));
}

QByteArray resource(const QString &name) {
    QFile f(QStringLiteral(":/pytorch/") + name);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("the program lacks its PyTorch template %1").arg(name));
    return f.readAll();
}

// torch.load reads what torch::pickle_save writes: a dict of parameter and buffer names (LibTorch's,
// which gtzan_model.py's modules reproduce) to tensors.
// musicnn's weights (models that read its embedding) go in the same dict under "musicnn.", the
// submodule gtzan_model.load() adds.
QByteArray stateDictBytes(const GenreNetImpl &net, const MusicnnEmbedder *musicnn) {
    c10::Dict<std::string, torch::Tensor> dict;
    for (const auto &[name, tensor] : stateTensors(net)) dict.insert(name, tensor.detach().to(torch::kCPU).contiguous());
    if (musicnn)
        for (const auto &[name, tensor] : musicnn->weightTensors()) dict.insert("musicnn." + name, tensor.detach().to(torch::kCPU).contiguous());
    const std::vector<char> bytes = torch::pickle_save(c10::IValue(dict));
    return QByteArray(bytes.data(), int(bytes.size()));
}

} // namespace

QString whyNoPyTorchExport(const TrainedModel &model) {
    if (model.config.isScripted()) return QStringLiteral("it is a TorchScript model already (the .pt file is the PyTorch model)");
    if (!model.model) return QStringLiteral("it has no trained network");
    const auto kind = InputKind::of(model);
    if (kind->musicnn() && kind->musicnn()->rhythm)
        return QStringLiteral("it reads aubio's rhythm figures beside musicnn (%1), which the exported script does not compute")
            .arg(kind->musicnn()->toString());
    if (!kind->whyNoAudio().isEmpty()) return kind->whyNoAudio();
    return {};
}

QStringList exportToPyTorch(const TrainedModel &model, const QString &dir) {
    const QString why = whyNoPyTorchExport(model);
    if (!why.isEmpty()) throw Error(QStringLiteral("this %1 model cannot be exported to PyTorch: %2").arg(model.config.name, why));
    if (!QDir().mkpath(dir)) throw Error(QStringLiteral("%1: the folder cannot be created").arg(dir));
    const QDir out(dir);
    const auto kind = InputKind::of(model);
    const std::shared_ptr<const MusicnnEmbedder> musicnn = kind->musicnn() ? musicnnWeightsOf(model) : nullptr; // throws when its .h5 is missing
    QJsonObject settings{{QStringLiteral("format"), QStringLiteral("gtzan-pytorch-export")},
                         {QStringLiteral("version"), 1},
                         {QStringLiteral("model"), model.config.toJson()},
                         {QStringLiteral("genres"), QJsonArray::fromStringList(model.genres)},
                         {QStringLiteral("features"), model.spec.toJson()},
                         {QStringLiteral("normalization"), model.normalization.toJson()}, // the keys gtzan_model.py reads
                         {QStringLiteral("embedding"), model.embeddingSource},
                         {QStringLiteral("temperature"), model.trust.temperature},
                         {QStringLiteral("provenance"), model.training.value(QStringLiteral("provenance")).toString()}};
    if (musicnn) {
        QJsonObject about = musicnnProvenance(*musicnn);
        about.insert(QStringLiteral("layer"), musicnnLayerName(kind->musicnn()->layer));
        settings.insert(QStringLiteral("musicnn"), about);
        settings.insert(QStringLiteral("musicnn_features"), MusicnnEmbedder::featureSpec().toJson());
    }
    QStringList written;
    auto write = [&](const QString &name, const QByteArray &bytes) {
        writeAtomically(out.filePath(name), bytes);
        written << out.filePath(name);
    };
    write(QStringLiteral("state_dict.pt"), stateDictBytes(*model.model, musicnn.get()));
    write(QStringLiteral("model.json"), QJsonDocument(settings).toJson(QJsonDocument::Indented));
    write(QStringLiteral("gtzan_model.py"), resource(QStringLiteral("gtzan_model.py")));
    write(QStringLiteral("predict.py"), resource(QStringLiteral("predict.py")));
    QFile::setPermissions(out.filePath(QStringLiteral("predict.py")),
                          QFile::permissions(out.filePath(QStringLiteral("predict.py"))) | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return written;
}

} // namespace gtzan
