#include "model/ScriptedModelFile.h"
#include "common/Error.h"
#include "model/ScriptedModelSidecar.h"
#include "models/GenreNet.h"
#include "models/ScriptedNetwork.h"
#include <QFileInfo>
#include <QJsonArray>

namespace gtzan {

namespace {

TrainedModel describedBy(const ScriptedModelSidecar &sidecar, const QString &path) {
    TrainedModel m;
    m.config.name = ModelConfig::kScriptedName;
    m.config.numClasses = int(sidecar.genres.size());
    m.config.nMels = sidecar.spec.nMels;
    m.config.frames = sidecar.frames;
    m.config.embeddingDim = 0;
    m.config.validate();
    m.genres = sidecar.genres;
    m.spec = sidecar.spec;
    m.spec.setSegmentFrames(sidecar.frames);
    m.normalization.mean = sidecar.mean;
    m.normalization.std = sidecar.std;
    m.trust.temperature = sidecar.temperature;
    if (!sidecar.provenance.isEmpty()) m.dataset = QJsonObject{{QStringLiteral("provenance"), sidecar.provenance}};
    m.training = QJsonObject{{QStringLiteral("source"), QStringLiteral("torchscript")},
                             {QStringLiteral("file"), QFileInfo(path).fileName()},
                             {QStringLiteral("name"), sidecar.name},
                             {QStringLiteral("provenance"), sidecar.provenance}};
    return m;
}

} // namespace

TrainedModel loadScriptedModel(const QString &path) {
    if (!QFileInfo(path).isFile()) throw Error(QStringLiteral("%1: no such model file").arg(path));
    const ScriptedModelSidecar sidecar = ScriptedModelSidecar::read(sidecarPathFor(path));
    TrainedModel m = describedBy(sidecar, path);
    auto process = std::make_shared<ScriptedNetwork>(path, m.config.numClasses, torch::get_num_threads());
    m.model = std::make_shared<GenreNetImpl>(m.config, std::move(process), sidecar.imageInput);
    return m;
}

QJsonObject scriptedModelMetadata(const QString &path) {
    const TrainedModel m = describedBy(ScriptedModelSidecar::read(sidecarPathFor(path)), path);
    return QJsonObject{{QStringLiteral("model"), m.config.toJson()},     {QStringLiteral("genres"), QJsonArray::fromStringList(m.genres)},
                       {QStringLiteral("featureSpec"), m.spec.toJson()}, {QStringLiteral("normalization"), m.normalization.toJson()},
                       {QStringLiteral("trust"), m.trust.toJson()},      {QStringLiteral("training"), m.training}};
}

} // namespace gtzan
