#pragma once
#include <QJsonObject>
#include <QString>

namespace gtzan {

// The same measurement as ../shared/peers/train_peer.py: one fixed random batch of 96 x 125
// segments, Adam 1e-4, 3 warm-up steps, then `steps` timed training steps and `steps` timed
// inference passes. Returns {model, threads, params, batch, train_samples_per_s, infer_samples_per_s}.
QJsonObject benchmarkTrainingSteps(const QString &model, int batch, int steps, int genres);

// One whole epoch through the trainer on a generated GTZAN-sized set (clips x 30 s, gct634
// features, 4 s segments), with offline augmentation as 1:1 extra clips when asked. Reports the
// epoch time and the share spent outside the network (batching, copying, bookkeeping).
QJsonObject benchmarkTrainingEpoch(const QString &model, int clips, bool augmented, int batch);

} // namespace gtzan
