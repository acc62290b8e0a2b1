#pragma once
#include "model/TrainedModel.h"
#include <QString>
#include <QStringList>

namespace gtzan {

// A model for a PyTorch notebook: DIR/gtzan_model.py (the network as a plain torch.nn.Module and
// the features in NumPy), DIR/state_dict.pt (the weights, for torch.load), DIR/model.json (shape,
// genres, feature settings, standardisation, calibration) and DIR/predict.py, which prints the
// probabilities `gtzan-cli predict` gives and traces the model for the way back
// (`predict.py --torchscript OUT.pt`). Spectrogram and band-statistics models; a model that reads
// musicnn embeddings, rhythm figures or given embeddings is refused with the reason, as is a
// TorchScript model (it already is PyTorch). DIR is created; existing files of these names are
// replaced, each atomically. Returns the files written. Throws gtzan::Error.
QStringList exportToPyTorch(const TrainedModel &model, const QString &dir);

// Why a model cannot be exported (empty: it can), for a menu to say before it is chosen.
QString whyNoPyTorchExport(const TrainedModel &model);

} // namespace gtzan
