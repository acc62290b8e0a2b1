#include "model/ModelFile.h"
#include "common/Error.h"
#include "embedding/MusicnnEmbedder.h"
#include "embedding/TrainingEmbeddings.h"
#include "model/InputKind.h"
#include "model/LegacyModelWeights.h"
#include "model/ScriptedModelFile.h"
#include "model/ScriptedModelSidecar.h"
#include "models/GenreNet.h"
#include "tensor/ModelState.h"
#include "tensor/RawTensorBlock.h"
#include "tensor/TensorChecks.h"
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <cstring>

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

// How the JSON lists a stored tensor; the dtype tells a reader (this one, or a Python script)
// how many bytes it takes in the raw block.
QJsonObject tensorEntry(const std::string &name, const torch::Tensor &t) {
    return QJsonObject{{QStringLiteral("name"), QString::fromStdString(name)},
                       {QStringLiteral("shape"), shapeJson(t)},
                       {QStringLiteral("dtype"), rawDtypeName(t.scalar_type())}};
}

struct Parsed {
    quint32 version = 0;
    QJsonObject meta;
    QByteArray weights;
};

} // namespace

// What the file records about the musicnn weights it carries (ISC licence: the notice travels
// with the weights).
QJsonObject musicnnProvenance(const MusicnnEmbedder &e) {
    const MusicnnEmbedder::Identity id = e.identity();
    return QJsonObject{{QStringLiteral("model"), id.name},
                       {QStringLiteral("sourceSha1"), id.sha1},
                       {QStringLiteral("tags"), QJsonArray::fromStringList(id.tags)},
                       {QStringLiteral("authors"), QStringLiteral("Jordi Pons and Xavier Serra")},
                       {QStringLiteral("work"),
                        QStringLiteral("musicnn: pre-trained convolutional neural networks for music audio tagging (ISMIR 2019 late-breaking demo)")},
                       {QStringLiteral("licence"), QStringLiteral("ISC")},
                       {QStringLiteral("copyright"), QStringLiteral("Copyright (c) 2019, Jordi Pons and Xavier Serra")},
                       {QStringLiteral("source"), id.name + QStringLiteral(".h5, the published Keras weights (Keras 2.2.4-tf HDF5)")}};
}

namespace {

Parsed parseFile(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("%1: cannot open the model file (%2)").arg(path, f.errorString()));
    if (f.size() > kMaxModelFileBytes) throw Error(QStringLiteral("%1: %2 MB is far too large for a model file").arg(path).arg(f.size() >> 20));
    const QByteArray bytes = f.readAll();
    if (bytes.size() < kHeaderSize || std::memcmp(bytes.constData(), kMagic, 8) != 0) {
        if (bytes.size() >= 8 && std::memcmp(bytes.constData(), kMagic, 8) == 0)
            throw Error(QStringLiteral("%1: the model file is truncated (%2 bytes, not even a whole header)").arg(path).arg(bytes.size()));
        throw Error(QStringLiteral("%1: not a GTZAN Explorer model file (it does not start with GTZANMDL)").arg(path));
    }
    const char *p = bytes.constData() + 8;
    const quint32 version = getLE<quint32>(p);
    const quint64 jsonLen = getLE<quint64>(p + 4), weightLen = getLE<quint64>(p + 12), checksum = getLE<quint64>(p + 20);
    if (version < kOldestModelFileVersion || version > kModelFileVersion)
        throw Error(QStringLiteral("%1: model file format version %2; this program reads versions %3 to %4")
                        .arg(path)
                        .arg(version)
                        .arg(kOldestModelFileVersion)
                        .arg(kModelFileVersion));
    const quint64 expected = quint64(kHeaderSize) + jsonLen + weightLen;
    if (jsonLen > quint64(bytes.size()) || weightLen > quint64(bytes.size()) || expected != quint64(bytes.size()))
        throw Error(QStringLiteral("%1: the model file is %2 (%3 bytes; its header announces %4)")
                        .arg(path, expected > quint64(bytes.size()) ? QStringLiteral("truncated") : QStringLiteral("damaged: it has extra bytes"))
                        .arg(bytes.size())
                        .arg(expected));
    Parsed out;
    out.version = version;
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
        // The segment length lives in the spec; the network was built for it. Files written
        // before the spec carried it take the network's.
        if (m.config.usesSpectrogram()) {
            if (!meta.value(QStringLiteral("featureSpec")).toObject().contains(QStringLiteral("segment_seconds")))
                m.spec.setSegmentFrames(m.config.frames);
            else if (m.spec.segmentFrames() > 0 && m.spec.segmentFrames() != m.config.frames)
                throw Error(QStringLiteral("its network takes segments of %1 frames but its features' segments are %2 frames (%3 s)")
                                .arg(m.config.frames)
                                .arg(m.spec.segmentFrames())
                                .arg(m.spec.segmentSeconds));
        }
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
        m.crossValidation = meta.value(QStringLiteral("crossValidation")).toObject();
        if (meta.contains(QStringLiteral("trust"))) m.trust = TrustRules::fromJson(meta.value(QStringLiteral("trust")).toObject());
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: the model file's metadata is wrong: %2").arg(path, e.message()));
    }
    return m;
}

// Format 3 on: the tensors' raw bytes in the order the JSON lists them, each read with the shape
// and dtype the rebuilt network (its own tensors) or the checked JSON (musicnn's, the reference
// vectors) gives, so no allocation is larger than the file.
std::vector<torch::Tensor> readRawWeights(const QString &path, const Parsed &p, const std::vector<std::pair<std::string, torch::Tensor>> &network,
                                          const QJsonArray &musicnnListed, const QJsonArray &embeddingShape) {
    std::vector<torch::Tensor> values;
    try {
        RawTensorReader reader(p.weights);
        for (const auto &[name, t] : network)
            values.push_back(reader.next(t.sizes().vec(), t.scalar_type(), QStringLiteral("weight tensor \"%1\"").arg(QString::fromStdString(name))));
        for (int i = 0; i < musicnnListed.size(); ++i) {
            const QString what = QStringLiteral("musicnn tensor %1").arg(i);
            const QJsonObject entry = musicnnListed.at(i).toObject();
            values.push_back(reader.next(shapeFromJson(entry.value(QStringLiteral("shape")).toArray(), what),
                                         rawDtypeFromName(entry.value(QStringLiteral("dtype")).toString(), what), what));
        }
        if (!embeddingShape.isEmpty())
            values.push_back(reader.next(shapeFromJson(embeddingShape, QStringLiteral("the training reference vectors")), torch::kFloat32,
                                         QStringLiteral("the training reference vectors")));
        if (reader.remainingBytes() != 0) throw Error(QStringLiteral("%1 bytes follow the last tensor").arg(reader.remainingBytes()));
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: the model file is damaged: %2").arg(path, e.message()));
    }
    return values;
}

std::vector<torch::Tensor> readLegacyWeights(const QString &path, const Parsed &p, LegacyWeights legacy) {
    if (legacy != LegacyWeights::Read)
        throw Error(QStringLiteral("%1: this model file is format %2, whose weights only LibTorch's archive reader reads, and that reader trusts "
                                   "sizes a damaged file claims; if you trust the file, convert it once with: gtzan-cli upgrade-model \"%1\"")
                        .arg(path)
                        .arg(p.version));
    try {
        return readLegacyModelWeights(p.weights);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: %2").arg(path, e.message()));
    }
}

} // namespace

void saveModelFile(const QString &path, const TrainedModel &m) {
    if (m.config.isScripted())
        throw Error(QStringLiteral("%1: a TorchScript model stays a .pt file with its sidecar; it is not saved as a model file").arg(path));
    if (!m.model) throw Error(QStringLiteral("%1: there is no trained network to save").arg(path));
    const auto tensors = stateTensors(*m.model);
    QJsonArray tensorList;
    std::vector<torch::Tensor> values;
    for (const auto &[name, t] : tensors) {
        tensorList.append(tensorEntry(name, t));
        values.push_back(t); // appendRawTensor takes a CPU, contiguous copy of its bytes
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
    if (m.musicnn) {
        QJsonObject musicnn = musicnnProvenance(*m.musicnn);
        QJsonArray list;
        for (const auto &[name, t] : m.musicnn->weightTensors()) {
            list.append(tensorEntry(name, t));
            values.push_back(t); // appendRawTensor takes a CPU, contiguous copy of its bytes
        }
        musicnn.insert(QStringLiteral("tensors"), list);
        meta.insert(QStringLiteral("musicnn"), musicnn);
    }
    QJsonObject trust = m.trust.toJson();
    if (!m.trust.trainingEmbeddings.empty()) {
        const Matrix &e = m.trust.trainingEmbeddings;
        values.push_back(torch::from_blob(const_cast<float *>(e.data.data()), {e.rows, e.cols}, torch::kFloat32)); // read only, while `m` lives
        trust.insert(QStringLiteral("trainingEmbeddingShape"), QJsonArray{e.rows, e.cols});
    }
    meta.insert(QStringLiteral("trust"), trust);
    if (!m.crossValidation.isEmpty()) meta.insert(QStringLiteral("crossValidation"), m.crossValidation);
    const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    QByteArray weights;
    try {
        for (const torch::Tensor &t : values) appendRawTensor(weights, t);
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: could not store the weights (%2)").arg(path, e.message()));
    }

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
    if (isScriptedModelPath(path)) return scriptedModelMetadata(path);
    const Parsed p = parseFile(path);
    fromMetadata(path, p.meta);
    return p.meta;
}

quint32 readModelFileVersion(const QString &path) { return parseFile(path).version; }

TrainedModel loadModelFile(const QString &path, LegacyWeights legacy) {
    if (isScriptedModelPath(path)) return loadScriptedModel(path);
    const Parsed p = parseFile(path);
    TrainedModel m = fromMetadata(path, p.meta);
    try {
        m.model = createModel(m.config).ptr();
    } catch (const std::exception &e) {
        throw Error(QStringLiteral("%1: cannot rebuild its network (%2)").arg(path, QString::fromLocal8Bit(e.what())));
    }
    auto tensors = stateTensors(*m.model);
    const QJsonArray listed = p.meta.value(QStringLiteral("tensors")).toArray();
    if (listed.size() != int(tensors.size()))
        throw Error(QStringLiteral("%1: the file lists %2 weight tensors but a %3 has %4")
                        .arg(path)
                        .arg(listed.size())
                        .arg(m.config.name)
                        .arg(tensors.size()));
    for (int i = 0; i < listed.size(); ++i) {
        const QJsonObject t = listed.at(i).toObject();
        const QString name = QString::fromStdString(tensors[size_t(i)].first);
        if (t.value(QStringLiteral("name")).toString() != name || t.value(QStringLiteral("shape")).toArray() != shapeJson(tensors[size_t(i)].second))
            throw Error(QStringLiteral("%1: weight tensor %2 (\"%3\") does not fit a %4")
                            .arg(path)
                            .arg(i)
                            .arg(t.value(QStringLiteral("name")).toString().left(80), m.config.name));
    }
    const QJsonObject musicnnMeta = p.meta.value(QStringLiteral("musicnn")).toObject();
    const QJsonArray musicnnListed = musicnnMeta.value(QStringLiteral("tensors")).toArray();
    const QJsonArray embeddingShape = p.meta.value(QStringLiteral("trust")).toObject().value(QStringLiteral("trainingEmbeddingShape")).toArray();
    const size_t expectedTensors = tensors.size() + size_t(musicnnListed.size()) + (embeddingShape.isEmpty() ? 0 : 1);

    const std::vector<torch::Tensor> values =
        p.version >= kRawWeightsVersion ? readRawWeights(path, p, tensors, musicnnListed, embeddingShape) : readLegacyWeights(path, p, legacy);
    if (values.size() != expectedTensors)
        throw Error(QStringLiteral("%1: the weights hold %2 tensors, the file describes %3").arg(path).arg(values.size()).arg(expectedTensors));
    torch::NoGradGuard noGrad;
    try {
        size_t next = 0;
        for (; next < tensors.size(); ++next) {
            torch::Tensor &dst = tensors[next].second;
            checkTensorFits(values[next], dst, QStringLiteral("weight tensor \"%1\"").arg(QString::fromStdString(tensors[next].first)));
            dst.copy_(values[next]);
        }
        if (!musicnnListed.isEmpty()) {
            MusicnnEmbedder::Identity identity;
            identity.name = musicnnMeta.value(QStringLiteral("model")).toString();
            identity.sha1 = musicnnMeta.value(QStringLiteral("sourceSha1")).toString();
            for (const QJsonValue &tag : musicnnMeta.value(QStringLiteral("tags")).toArray()) identity.tags << tag.toString().left(100);
            std::vector<std::pair<std::string, torch::Tensor>> weights;
            for (const QJsonValue &t : musicnnListed)
                weights.emplace_back(t.toObject().value(QStringLiteral("name")).toString().left(200).toStdString(), values[next++]);
            m.musicnn = std::make_shared<const MusicnnEmbedder>(MusicnnEmbedder::fromWeights(identity, weights));
        }
        if (!embeddingShape.isEmpty()) {
            const int rows = embeddingShape.at(0).toInt(-1), cols = embeddingShape.at(1).toInt(-1);
            // Reference vectors in the musicnn space have the standardisation's length; older
            // files' rows are the network's own input embedding.
            const bool musicnnSpace = m.trust.usesMusicnnReference();
            const int expected = musicnnSpace ? int(m.trust.referenceMean.size()) : m.config.embeddingDim;
            if (embeddingShape.size() != 2 || rows < 1 || rows > 100000 || cols != expected)
                throw Error(QStringLiteral("its training reference vectors are described as %1 x %2 where %3 values per clip are expected")
                                .arg(rows)
                                .arg(cols)
                                .arg(expected));
            if (musicnnSpace && !m.musicnn) throw Error(QStringLiteral("its reference vectors are musicnn's but it carries no musicnn weights"));
            const torch::Tensor e = values[next++];
            checkStoredTensor(e, {rows, cols}, torch::kFloat32, QStringLiteral("the training embeddings"));
            const torch::Tensor c = e.contiguous();
            m.trust.trainingEmbeddings = Matrix(rows, cols);
            std::copy(c.data_ptr<float>(), c.data_ptr<float>() + c.numel(), m.trust.trainingEmbeddings.data.begin());
        }
    } catch (const Error &e) {
        throw Error(QStringLiteral("%1: the model file is damaged: %2").arg(path, e.message()));
    }
    m.model->eval();
    return m;
}

std::shared_ptr<const MusicnnEmbedder> musicnnWeightsOf(const TrainedModel &model) {
    const std::optional<MusicnnEmbeddingSource> source = InputKind::of(model)->musicnn();
    if (!source) return nullptr;
    if (model.musicnn) return model.musicnn; // carried in the file (format 2): nothing else is needed
    return std::make_shared<const MusicnnEmbedder>(source->loadEmbedder());
}

} // namespace gtzan
