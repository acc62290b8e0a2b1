#include "model/ScriptedModelSidecar.h"
#include "common/Error.h"
#include "models/ModelConfig.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <cmath>

namespace gtzan {

namespace {

const QString kFormat = QStringLiteral("gtzan-torchscript");
const QString kBandsFrames = QStringLiteral("bands-frames");
const QString kImage = QStringLiteral("image");

} // namespace

ScriptedModelSidecar ScriptedModelSidecar::parse(const QByteArray &json, const QString &where) {
    auto bad = [&](const QString &what) -> Error { return Error(QStringLiteral("%1: %2").arg(where, what)); };
    if (json.size() > kMaxBytes) throw bad(QStringLiteral("%1 bytes is not a model sidecar (at most %2)").arg(json.size()).arg(kMaxBytes));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject())
        throw bad(QStringLiteral("not a JSON object (%1)")
                      .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString() : QStringLiteral("another JSON value")));
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("format")).toString() != kFormat) throw bad(QStringLiteral("\"format\" must be \"%1\"").arg(kFormat));
    const QJsonValue version = o.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != kVersion)
        throw bad(QStringLiteral("\"version\" must be %1 (this program reads version %1 sidecars)").arg(kVersion));

    ScriptedModelSidecar s;
    const QJsonValue genres = o.value(QStringLiteral("genres"));
    if (!genres.isArray()) throw bad(QStringLiteral("\"genres\" must be a list of names"));
    QSet<QString> seen;
    for (const QJsonValue &g : genres.toArray()) {
        const QString name = g.toString().trimmed();
        if (!g.isString() || name.isEmpty() || name.size() > 64) throw bad(QStringLiteral("every genre must be a name of 1 to 64 characters"));
        if (seen.contains(name)) throw bad(QStringLiteral("the genre \"%1\" is listed twice").arg(name));
        seen.insert(name);
        s.genres << name;
    }
    if (s.genres.size() < 2 || s.genres.size() > ModelConfig::kMaxClasses)
        throw bad(QStringLiteral("a model needs 2 to %1 genres, not %2").arg(ModelConfig::kMaxClasses).arg(s.genres.size()));

    const QJsonValue features = o.value(QStringLiteral("features"));
    try {
        if (features.isString()) s.spec = FeatureSpec::preset(features.toString());
        else if (features.isObject()) s.spec = FeatureSpec::fromJson(features.toObject());
        else
            throw Error(QStringLiteral("\"features\" must be a preset name (%1) or feature settings")
                            .arg(FeatureSpec::presetNames().join(QStringLiteral(", "))));
        s.spec.validate();
    } catch (const Error &e) {
        throw bad(e.message());
    }

    const QJsonValue inputValue = o.value(QStringLiteral("input"));
    if (!inputValue.isObject()) throw bad(QStringLiteral("\"input\" must say the layout and the frames of a segment"));
    const QJsonObject input = inputValue.toObject();
    const QString layout = input.value(QStringLiteral("layout")).toString();
    if (layout != kBandsFrames && layout != kImage) throw bad(QStringLiteral("\"input.layout\" must be \"%1\" or \"%2\"").arg(kBandsFrames, kImage));
    s.imageInput = layout == kImage;
    const QJsonValue frames = input.value(QStringLiteral("frames"));
    const double f = frames.toDouble(-1);
    if (!frames.isDouble() || f != std::floor(f) || f < 1 || f > ModelConfig::kMaxFrames)
        throw bad(QStringLiteral("\"input.frames\" must be a whole number of frames, 1 to %1").arg(ModelConfig::kMaxFrames));
    s.frames = int(f);
    auto finiteField = [&](const QJsonObject &from, const char *key, double fallback, const QString &label) {
        const QJsonValue v = from.value(QLatin1String(key));
        if (v.isUndefined()) return fallback;
        if (!v.isDouble() || !std::isfinite(v.toDouble()) || std::fabs(v.toDouble()) > 1e6)
            throw bad(QStringLiteral("\"%1\" must be a number").arg(label));
        return v.toDouble();
    };
    s.mean = float(finiteField(input, "mean", 0.0, QStringLiteral("input.mean")));
    s.std = float(finiteField(input, "std", 1.0, QStringLiteral("input.std")));
    if (!(s.std > 1e-6f)) throw bad(QStringLiteral("\"input.std\" must be above 0"));
    s.temperature = finiteField(o, "temperature", 1.0, QStringLiteral("temperature"));
    if (!(s.temperature >= 0.01 && s.temperature <= 100)) throw bad(QStringLiteral("\"temperature\" must be between 0.01 and 100"));
    s.name = o.value(QStringLiteral("name")).toString().left(200);
    s.provenance = o.value(QStringLiteral("provenance")).toString().left(2000);
    return s;
}

ScriptedModelSidecar ScriptedModelSidecar::read(const QString &path) {
    QFile f(path);
    if (!f.exists()) throw Error(QStringLiteral("%1: missing; a TorchScript model needs this sidecar beside it (see docs/notebooks.md)").arg(path));
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("%1: cannot be read (%2)").arg(path, f.errorString()));
    if (f.size() > kMaxBytes) throw Error(QStringLiteral("%1: %2 bytes is not a model sidecar").arg(path).arg(f.size()));
    return parse(f.read(kMaxBytes + 1), path);
}

QJsonObject ScriptedModelSidecar::toJson() const {
    QJsonObject o{{QStringLiteral("format"), kFormat},
                  {QStringLiteral("version"), kVersion},
                  {QStringLiteral("genres"), QJsonArray::fromStringList(genres)},
                  {QStringLiteral("features"), spec.toJson()},
                  {QStringLiteral("input"), QJsonObject{{QStringLiteral("layout"), imageInput ? kImage : kBandsFrames},
                                                        {QStringLiteral("frames"), frames},
                                                        {QStringLiteral("mean"), double(mean)},
                                                        {QStringLiteral("std"), double(std)}}},
                  {QStringLiteral("temperature"), temperature}};
    if (!name.isEmpty()) o.insert(QStringLiteral("name"), name);
    if (!provenance.isEmpty()) o.insert(QStringLiteral("provenance"), provenance);
    return o;
}

QString sidecarPathFor(const QString &scriptedModelPath) {
    const QFileInfo info(scriptedModelPath);
    return info.dir().filePath(info.completeBaseName() + QStringLiteral(".json"));
}

bool isScriptedModelPath(const QString &path) {
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == QLatin1String("pt") || suffix == QLatin1String("pth") || suffix == QLatin1String("ts");
}

} // namespace gtzan
