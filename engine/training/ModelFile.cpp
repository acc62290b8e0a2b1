#include "training/ModelFile.h"
#include "common/Error.h"
#include "training/ModelState.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstring>
#include <sstream>

namespace gtzan {

namespace {

constexpr char kMagic[8] = {'G', 'T', 'Z', 'A', 'N', 'M', 'D', 'L'};
constexpr int kHeaderSize = 8 + 4 + 8 + 8 + 8;

quint64 fnv1a(const QByteArray &a, quint64 h = 1469598103934665603ull) {
    for (char c : a) {
        h ^= quint8(c);
        h *= 1099511628211ull;
    }
    return h;
}

template <typename T> void putLE(QByteArray &out, T v) {
    for (size_t i = 0; i < sizeof(T); ++i) out.append(char((quint64(v) >> (8 * i)) & 0xff));
}
template <typename T> T getLE(const char *p) {
    quint64 v = 0;
    for (size_t i = 0; i < sizeof(T); ++i) v |= quint64(quint8(p[i])) << (8 * i);
    return T(v);
}

QJsonArray shapeJson(const torch::Tensor &t) {
    QJsonArray a;
    for (int64_t d : t.sizes()) a.append(double(d));
    return a;
}

struct Parsed {
    QJsonObject meta;
    QByteArray weights;
};

Parsed parseFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("%1: cannot open the model file (%2)").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.constData(), kMagic, 8) != 0) {
        if (bytes.size() >= 8 && std::memcmp(bytes.constData(), kMagic, 8) == 0)
            throw Error(QStringLiteral("%1: the model file is truncated (%2 bytes, not even a whole header)").arg(path).arg(bytes.size()));
        throw Error(QStringLiteral("%1: not a GTZAN Explorer model file (it does not start with GTZANMDL)").arg(path));
    }
    const char *p = bytes.constData() + 8;
    const quint32 version = getLE<quint32>(p);
    const quint64 jsonLen = getLE<quint64>(p + 4), weightLen = getLE<quint64>(p + 12), checksum = getLE<quint64>(p + 20);
    if (version != kModelFileVersion)
        throw Error(QStringLiteral("%1: model file format version %2; this program reads version %3").arg(path).arg(version).arg(kModelFileVersion));
    const quint64 expected = quint64(kHeaderSize) + jsonLen + weightLen;
    if (jsonLen > quint64(bytes.size()) || weightLen > quint64(bytes.size()) || expected != quint64(bytes.size()))
        throw Error(QStringLiteral("%1: the model file is %2 (%3 bytes; its header announces %4)")
                        .arg(path, expected > quint64(bytes.size()) ? QStringLiteral("truncated") : QStringLiteral("damaged: it has extra bytes"))
                        .arg(bytes.size()).arg(expected));
    Parsed out;
    const QByteArray json = bytes.mid(kHeaderSize, int(jsonLen));
    out.weights = bytes.mid(kHeaderSize + int(jsonLen));
    if (fnv1a(out.weights, fnv1a(json)) != checksum)
        throw Error(QStringLiteral("%1: the model file is damaged (its checksum does not match its contents)").arg(path));
    QJsonParseError err;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &err);
    if (err.error != QJsonParseError::NoError || !doc.isObject())
        throw Error(QStringLiteral("%1: the model file's metadata is not valid JSON (%2)").arg(path, err.errorString()));
    out.meta = doc.object();
    return out;
}

// Fills everything but the weights; throws with the file's name on a bad field.
TrainedModel fromMetadata(const QString &path, const QJsonObject &meta) {
    TrainedModel m;
    try {
        for (const QJsonValue &g : meta.value(QStringLiteral("genres")).toArray()) m.genres << g.toString();
        if (m.genres.size() < 2) throw Error(QStringLiteral("it names fewer than two genres"));
        m.spec = FeatureSpec::fromJson(meta.value(QStringLiteral("featureSpec")).toObject());
        m.config = ModelConfig::fromJson(meta.value(QStringLiteral("model")).toObject());
        if (m.config.numClasses != m.genres.size())
            throw Error(QStringLiteral("its network has %1 classes but it names %2 genres").arg(m.config.numClasses).arg(m.genres.size()));
        if (m.config.usesSpectrogram() && m.config.nMels != m.spec.nMels)
            throw Error(QStringLiteral("its network takes %1 bands but its features have %2").arg(m.config.nMels).arg(m.spec.nMels));
        m.normalization = InputNormalization::fromJson(meta.value(QStringLiteral("normalization")).toObject());
        if (m.config.usesEmbedding() && int(m.normalization.embeddingMean.size()) != m.config.embeddingDim)
            throw Error(QStringLiteral("its embedding normalisation does not match the network"));
        m.embeddingSource = meta.value(QStringLiteral("embeddingSource")).toString();
        m.dataset = meta.value(QStringLiteral("dataset")).toObject();
        m.training = meta.value(QStringLiteral("training")).toObject();
        m.evaluation = meta.value(QStringLiteral("evaluation")).toObject();
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: the model file's metadata is wrong: %2").arg(path, e.message()));
    }
    return m;
}

} // namespace

void saveModelFile(const QString &path, const TrainedModel &m) {
    if (!m.model) throw Error(QStringLiteral("%1: there is no trained network to save").arg(path));
    const auto tensors = stateTensors(*m.model);
    QJsonArray tensorList;
    std::vector<torch::Tensor> values;
    for (const auto &[name, t] : tensors) {
        tensorList.append(QJsonObject{{QStringLiteral("name"), QString::fromStdString(name)}, {QStringLiteral("shape"), shapeJson(t)}});
        values.push_back(t.detach().to(torch::kCPU).contiguous());
    }
    QJsonObject meta{{QStringLiteral("format"), QStringLiteral("gtzan-explorer-model")},
                     {QStringLiteral("genres"), QJsonArray::fromStringList(m.genres)},
                     {QStringLiteral("featureSpec"), m.spec.toJson()},
                     {QStringLiteral("model"), m.config.toJson()},
                     {QStringLiteral("parameters"), double(parameterCount(*m.model))},
                     {QStringLiteral("normalization"), m.normalization.toJson()},
                     {QStringLiteral("dataset"), m.dataset},
                     {QStringLiteral("training"), m.training},
                     {QStringLiteral("evaluation"), m.evaluation},
                     {QStringLiteral("tensors"), tensorList}};
    if (!m.embeddingSource.isEmpty()) meta.insert(QStringLiteral("embeddingSource"), m.embeddingSource);
    const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    std::ostringstream stream;
    try {
        torch::save(values, stream);
    } catch (const std::exception &e) {
        throw Error(QStringLiteral("%1: could not serialise the weights (%2)").arg(path, QString::fromLocal8Bit(e.what())));
    }
    const std::string w = stream.str();
    const QByteArray weights(w.data(), int(w.size()));

    QByteArray header(kMagic, 8);
    putLE<quint32>(header, kModelFileVersion);
    putLE<quint64>(header, quint64(json.size()));
    putLE<quint64>(header, quint64(weights.size()));
    putLE<quint64>(header, fnv1a(weights, fnv1a(json)));
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw Error(QStringLiteral("%1: cannot write the model file (%2)").arg(path, f.errorString()));
    if (f.write(header) != header.size() || f.write(json) != json.size() || f.write(weights) != weights.size() || !f.commit())
        throw Error(QStringLiteral("%1: writing the model file failed (%2)").arg(path, f.errorString()));
}

QJsonObject readModelMetadata(const QString &path) {
    const Parsed p = parseFile(path);
    fromMetadata(path, p.meta);
    return p.meta;
}

TrainedModel loadModelFile(const QString &path) {
    const Parsed p = parseFile(path);
    TrainedModel m = fromMetadata(path, p.meta);
    try {
        m.model = createModel(m.config);
    } catch (const std::exception &e) {
        throw Error(QStringLiteral("%1: cannot rebuild its network (%2)").arg(path, QString::fromLocal8Bit(e.what())));
    }
    auto tensors = stateTensors(*m.model);
    const QJsonArray listed = p.meta.value(QStringLiteral("tensors")).toArray();
    if (listed.size() != int(tensors.size()))
        throw Error(QStringLiteral("%1: the file lists %2 weight tensors but a %3 has %4").arg(path).arg(listed.size()).arg(m.config.name).arg(tensors.size()));
    for (int i = 0; i < listed.size(); ++i) {
        const QJsonObject t = listed.at(i).toObject();
        const QString name = QString::fromStdString(tensors[size_t(i)].first);
        if (t.value(QStringLiteral("name")).toString() != name || t.value(QStringLiteral("shape")).toArray() != shapeJson(tensors[size_t(i)].second))
            throw Error(QStringLiteral("%1: weight tensor %2 (\"%3\") does not fit a %4").arg(path).arg(i).arg(t.value(QStringLiteral("name")).toString(), m.config.name));
    }
    std::vector<torch::Tensor> values;
    try {
        std::istringstream stream(std::string(p.weights.constData(), size_t(p.weights.size())));
        torch::load(values, stream);
    } catch (const std::exception &) {
        throw Error(QStringLiteral("%1: the weights cannot be read (the tensor data is damaged)").arg(path));
    }
    if (values.size() != tensors.size())
        throw Error(QStringLiteral("%1: the weights hold %2 tensors, the network needs %3").arg(path).arg(values.size()).arg(tensors.size()));
    torch::NoGradGuard noGrad;
    for (size_t i = 0; i < tensors.size(); ++i) {
        torch::Tensor &dst = tensors[i].second;
        if (!values[i].defined() || values[i].sizes() != dst.sizes() || values[i].scalar_type() != dst.scalar_type())
            throw Error(QStringLiteral("%1: weight tensor \"%2\" has the wrong shape or type").arg(path, QString::fromStdString(tensors[i].first)));
        dst.copy_(values[i]);
    }
    m.model->eval();
    return m;
}

} // namespace gtzan
