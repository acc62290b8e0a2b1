#pragma once
#include "dsp/FeatureSpec.h"
#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace gtzan {

// The JSON file beside a TorchScript model (MODEL.pt -> MODEL.json) that says how the model reads
// audio, so that it is a model here like a .gtzm (docs/notebooks.md shows how a notebook writes one):
//
//   {"format": "gtzan-torchscript", "version": 1,
//    "genres": ["blues", ...],                    // logit k is genres[k]
//    "features": "gct634" | {FeatureSpec JSON},   // a preset name or every setting
//    "input": {"layout": "bands-frames" | "image", "frames": 125,
//              "mean": 0.0, "std": 1.0},          // the network sees (dB - mean) / std
//    "temperature": 1.0,                          // optional: softmax(logits / temperature)
//    "name": "...", "provenance": "..."}          // optional, shown to the user
//
// "bands-frames" batches are B x bands x frames; "image" batches B x 1 x bands x frames.
struct ScriptedModelSidecar {
    static constexpr int kVersion = 1;
    static constexpr qint64 kMaxBytes = 1 << 20; // a sidecar is a few hundred bytes

    QStringList genres;
    FeatureSpec spec;
    bool imageInput = false;
    int frames = 0;
    float mean = 0.0f, std = 1.0f;
    double temperature = 1.0;
    QString name, provenance;

    // Every field checked (types, ranges, unknown layouts, duplicate genres); throws gtzan::Error
    // saying which field is wrong. `where` names the file in messages.
    static ScriptedModelSidecar parse(const QByteArray &json, const QString &where);
    static ScriptedModelSidecar read(const QString &path); // throws gtzan::Error
    QJsonObject toJson() const;
};

// MODEL.pt -> MODEL.json
QString sidecarPathFor(const QString &scriptedModelPath);
// Whether a path names a TorchScript model (by its suffix: .pt, .pth, .ts) rather than a .gtzm.
bool isScriptedModelPath(const QString &path);

} // namespace gtzan
