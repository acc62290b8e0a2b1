#pragma once
#include "model/TrainedModel.h"
#include <QJsonObject>
#include <QString>

namespace gtzan {

// A TorchScript model and its sidecar (model/ScriptedModelSidecar.h) as a TrainedModel: a
// "torchscript" network whose forward runs in gtzan-torchscript-runner (models/ScriptedNetwork.h),
// the sidecar's genres, features, segment length and input standardisation, and the default trust
// rules at the sidecar's temperature (the distance check needs training clips it does not have).
// loadModelFile() comes here for .pt, .pth and .ts files. Throws gtzan::Error.
TrainedModel loadScriptedModel(const QString &path);
// What readModelMetadata() gives for one: the sidecar's figures in a .gtzm's metadata fields.
QJsonObject scriptedModelMetadata(const QString &path);

} // namespace gtzan
