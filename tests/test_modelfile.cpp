// The model file: save/load gives identical outputs; damaged, truncated and foreign files give
// errors that say what is wrong; a failed or refused save leaves the last good file intact.
#include "GeneratedClips.h"
#include "common/Error.h"
#include "model/ModelFile.h"
#include "model/ModelFileUpgrade.h"
#include "tensor/ModelState.h"
#include "tensor/TorchRuntime.h"
#include "training/SegmentSet.h"
#include "training/Trainer.h"
#include <QFile>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>
#include <limits>
#include <sstream>

using namespace gtzan;

namespace {

QByteArray readAll(const QString &path) {
    QFile f(path);
    f.open(QIODevice::ReadOnly);
    return f.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes) {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(bytes);
}

// Expects loading to fail with a message naming the file and containing `what`.
void expectLoadError(const QString &path, const QString &what) {
    try {
        loadModelFile(path);
        QFAIL("loading succeeded");
    } catch (const Error &e) {
        QVERIFY2(e.message().contains(path), qPrintable(e.message()));
        QVERIFY2(e.message().contains(what, Qt::CaseInsensitive), qPrintable(e.message()));
    }
}

// A model file with the given header version, JSON and weights, its lengths and checksum right
// (FNV-1a 64 over JSON then weights, as the header says).
QByteArray signedModelFile(quint32 version, const QJsonObject &meta, const QByteArray &weights) {
    const QByteArray json = QJsonDocument(meta).toJson(QJsonDocument::Compact);
    quint64 h = 1469598103934665603ull;
    for (const QByteArray *part : {&json, &weights})
        for (char c : *part) h = (h ^ quint8(c)) * 1099511628211ull;
    QByteArray out("GTZANMDL");
    for (int i = 0; i < 4; ++i) out.append(char((version >> (8 * i)) & 0xff));
    for (quint64 v : {quint64(json.size()), quint64(weights.size()), h})
        for (int i = 0; i < 8; ++i) out.append(char((v >> (8 * i)) & 0xff));
    return out + json + weights;
}

QJsonObject metadataOf(const QByteArray &file) {
    return QJsonDocument::fromJson(file.mid(36, int(qFromLittleEndian<quint64>(file.constData() + 12)))).object();
}

QByteArray weightsOf(const QByteArray &file) { return file.mid(36 + int(qFromLittleEndian<quint64>(file.constData() + 12))); }

} // namespace

class TestModelFile : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    TrainedModel m_model;
    std::vector<ClipFeatures> m_clips;
    QString m_path;

    torch::Tensor outputs(TrainedModel &m) {
        const SegmentSet set(m_clips, segmentClips(m_clips, 16), m.config, m.normalization, m.spec);
        std::vector<int64_t> idx(set.size());
        for (size_t i = 0; i < idx.size(); ++i) idx[i] = int64_t(i);
        torch::NoGradGuard g;
        m.model->eval();
        return m.model->forward(set.batch(idx));
    }

private Q_SLOTS:
    void initTestCase() {
        configureTorchThreads(2);
        QVERIFY(m_dir.isValid());
        TrainingData d;
        d.genres = testsupport::genreNames(3);
        d.train = testsupport::separableClips(3, 4, 16, 48, 5);
        d.test = testsupport::separableClips(3, 2, 16, 48, 6);
        d.spec = d.train.front().spec; // the generated clips' spec (16 bands)
        d.spec.setSegmentFrames(16);
        m_clips = d.test;
        TrainingOptions o;
        o.epochs = 2;
        o.seeds = 1;
        o.batchSize = 8;
        ModelConfig c;
        c.name = QStringLiteral("cnn1d");
        TrainingOutcome out = trainModels(d, c, o);
        QVERIFY(out.hasModel());
        m_model.config = out.config;
        m_model.genres = d.genres;
        m_model.spec = d.spec; // the features it was trained on: 16 bands, 16-frame segments
        m_model.normalization = out.normalization;
        m_model.model = out.runs[0].model.ptr();
        m_model.training = out.toJson();
        m_model.evaluation = out.runs[0].test.toJson();
        m_model.dataset = QJsonObject{{QStringLiteral("name"), QStringLiteral("generated")}};
        m_path = m_dir.filePath(QStringLiteral("model.gtzm"));
        saveModelFile(m_path, m_model);
    }

    void roundTripGivesIdenticalOutputs() {
        TrainedModel back = loadModelFile(m_path);
        QCOMPARE(back.genres, m_model.genres);
        QVERIFY(back.spec == m_model.spec);
        QCOMPARE(back.config.toJson(), m_model.config.toJson());
        QCOMPARE(back.normalization.mean, m_model.normalization.mean);
        QCOMPARE(back.training, m_model.training);
        QCOMPARE(back.evaluation, m_model.evaluation);
        QVERIFY(torch::equal(outputs(back), outputs(m_model)));
        // The batch-norm running statistics travel too (they are buffers, not parameters).
        QVERIFY(torch::equal(back.model->named_buffers()["body.1.running_mean"], m_model.model->named_buffers()["body.1.running_mean"]));
    }

    void metadataAloneIsReadable() {
        const QJsonObject meta = readModelMetadata(m_path);
        QCOMPARE(meta.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("cnn1d"));
        QVERIFY(meta.value(QStringLiteral("training")).toObject().value(QStringLiteral("runs")).toArray().size() == 1);
    }

    void truncatedFileIsNamed() {
        const QByteArray good = readAll(m_path);
        const QString p = m_dir.filePath(QStringLiteral("truncated.gtzm"));
        for (int keep : {0, 5, 20, int(good.size() / 2), int(good.size() - 1)}) {
            writeAll(p, good.left(keep));
            expectLoadError(p, keep < 8 ? QStringLiteral("not a GTZAN Explorer model file") : QStringLiteral("truncated"));
        }
    }

    void damagedFileIsNamed() {
        QByteArray bytes = readAll(m_path);
        const QString p = m_dir.filePath(QStringLiteral("damaged.gtzm"));
        bytes[bytes.size() - 100] = char(bytes[bytes.size() - 100] ^ 0x5a); // inside the weights
        writeAll(p, bytes);
        expectLoadError(p, QStringLiteral("damaged"));
        bytes = readAll(m_path);
        bytes[60] = char(bytes[60] ^ 0x01); // inside the JSON
        writeAll(p, bytes);
        expectLoadError(p, QStringLiteral("checksum"));
        writeAll(p, readAll(m_path) + QByteArray("trailing"));
        expectLoadError(p, QStringLiteral("extra bytes"));
    }

    void foreignFilesAreNamed() {
        const QString p = m_dir.filePath(QStringLiteral("foreign.gtzm"));
        writeAll(p, QByteArray("RIFF\x24\x00\x00\x00WAVEfmt plus some more bytes to pass the header size", 60));
        expectLoadError(p, QStringLiteral("not a GTZAN Explorer model file"));
        expectLoadError(m_dir.filePath(QStringLiteral("missing.gtzm")), QStringLiteral("cannot open"));
        // A newer format version.
        QByteArray bytes = readAll(m_path);
        bytes[8] = char(kModelFileVersion + 1);
        writeAll(p, bytes);
        expectLoadError(p, QStringLiteral("version %1").arg(kModelFileVersion + 1));
    }

    // A well-formed file (lengths and checksum right) whose JSON asks for absurd but once-accepted
    // settings: hop 1 with FFT 65536 at 384 kHz (hours and 4.5 GB), a million frames per segment.
    void absurdSettingsInTheFileAreRefused() {
        const QByteArray good = readAll(m_path);
        const QJsonObject meta = metadataOf(good);
        const auto withMeta = [&](const QJsonObject &edited) { return signedModelFile(kModelFileVersion, edited, weightsOf(good)); };
        const QString p = m_dir.filePath(QStringLiteral("edited.gtzm"));
        writeAll(p, withMeta(meta));
        QCOMPARE(loadModelFile(p).genres, m_model.genres); // the re-signed file itself is fine

        QJsonObject spec = meta.value(QStringLiteral("featureSpec")).toObject();
        spec[QStringLiteral("sample_rate")] = 384000;
        spec[QStringLiteral("fmax")] = 192000.0;
        spec[QStringLiteral("n_fft")] = 65536;
        spec[QStringLiteral("win_length")] = 65536;
        spec[QStringLiteral("hop_length")] = 1;
        QJsonObject edited = meta;
        edited[QStringLiteral("featureSpec")] = spec;
        writeAll(p, withMeta(edited));
        expectLoadError(p, QStringLiteral("Invalid feature settings: FFT size 65536"));
        QVERIFY_THROWS_EXCEPTION(Error, readModelMetadata(p));

        QJsonObject model = meta.value(QStringLiteral("model")).toObject();
        model[QStringLiteral("frames")] = 1000000;
        edited = meta;
        edited[QStringLiteral("model")] = model;
        writeAll(p, withMeta(edited));
        expectLoadError(p, QStringLiteral("1000000 frames"));

        // The features' segment length (the spec) and the network's input must agree; a file from
        // before the spec carried it takes the network's.
        spec = meta.value(QStringLiteral("featureSpec")).toObject();
        spec[QStringLiteral("segment_seconds")] = spec.value(QStringLiteral("segment_seconds")).toDouble() * 2;
        edited = meta;
        edited[QStringLiteral("featureSpec")] = spec;
        writeAll(p, withMeta(edited));
        expectLoadError(p, QStringLiteral("segments of 16 frames but its features' segments are 32 frames"));
        spec.remove(QStringLiteral("segment_seconds"));
        edited[QStringLiteral("featureSpec")] = spec;
        writeAll(p, withMeta(edited));
        QCOMPARE(loadModelFile(p).spec.segmentFrames(), 16);
    }

    // A well-formed file whose JSON disagrees with its weights: the architecture check catches it.
    void metadataAndWeightsMustAgree() {
        TrainedModel wrong = m_model;
        ModelConfig other = m_model.config;
        other.name = QStringLiteral("baseline1d");
        torch::manual_seed(0);
        wrong.model = createModel(other).ptr(); // baseline1d weights described as cnn1d: refused
        const QString p = m_dir.filePath(QStringLiteral("mismatch.gtzm"));
        saveModelFile(p, wrong);
        expectLoadError(p, QStringLiteral("cnn1d"));
        wrong.config = other; // described as what they are: loads
        saveModelFile(p, wrong);
        QCOMPARE(loadModelFile(p).config.name, QStringLiteral("baseline1d"));
        // Now a file claiming 3 genres for a 4-class network.
        other.numClasses = 4;
        wrong.config = other;
        wrong.model = createModel(other).ptr();
        saveModelFile(p, wrong);
        expectLoadError(p, QStringLiteral("classes"));
    }

    void nonFiniteOrShortWeightsAreRefused() {
        // A NaN or an infinity in any weight: refused with the tensor's name, never used.
        for (const float bad : {std::numeric_limits<float>::quiet_NaN(), std::numeric_limits<float>::infinity()}) {
            TrainedModel poisoned = m_model;
            torch::manual_seed(0);
            poisoned.model = createModel(m_model.config).ptr();
            {
                torch::NoGradGuard noGrad;
                poisoned.model->parameters().front().view(-1)[0] = bad;
            }
            const QString p = m_dir.filePath(QStringLiteral("poisoned.gtzm"));
            saveModelFile(p, poisoned);
            expectLoadError(p, QStringLiteral("NaN or infinite"));
        }
    }

    // The weights are raw bytes whose sizes the checked JSON and the rebuilt network give: a JSON that
    // claims more than the file holds, a negative size or a dtype the format does not store is
    // refused before anything that large is allocated (LibTorch's archive reader, which formats 1
    // and 2 used, allocated a claimed 2 GiB).
    void weightSizesComeFromTheDescriptionAndAreBounded() {
        const QByteArray good = readAll(m_path);
        const QJsonObject meta = metadataOf(good);
        const QString p = m_dir.filePath(QStringLiteral("sizes.gtzm"));
        const auto withTrust = [&](const QJsonValue &shape) {
            QJsonObject edited = meta, trust = meta.value(QStringLiteral("trust")).toObject();
            trust[QStringLiteral("trainingEmbeddingShape")] = shape;
            edited[QStringLiteral("trust")] = trust;
            writeAll(p, signedModelFile(kModelFileVersion, edited, weightsOf(good)));
        };
        withTrust(QJsonArray{2000000000, 2000000000});
        expectLoadError(p, QStringLiteral("the weights end before the training reference vectors"));
        withTrust(QJsonArray{-1, 4});
        expectLoadError(p, QStringLiteral("not a size"));
        // A byte short, a byte more.
        writeAll(p, signedModelFile(kModelFileVersion, meta, weightsOf(good).chopped(1)));
        expectLoadError(p, QStringLiteral("the weights end before"));
        writeAll(p, signedModelFile(kModelFileVersion, meta, weightsOf(good) + QByteArray(1, '\0')));
        expectLoadError(p, QStringLiteral("1 bytes follow the last tensor"));
        // Every listed tensor says its dtype, so a Python reader knows its size too.
        for (const QJsonValue &t : meta.value(QStringLiteral("tensors")).toArray())
            QVERIFY(
                QStringList({QStringLiteral("float32"), QStringLiteral("int64")}).contains(t.toObject().value(QStringLiteral("dtype")).toString()));
    }

    // Formats 1 and 2 kept a torch::save archive. Opening one says how to convert it; the
    // conversion, asked for on purpose, gives the same network and a file that opens.
    void olderFormatsAreConvertedOnRequestOnly() {
        const QByteArray good = readAll(m_path);
        const std::vector<torch::Tensor> values = snapshotState(*m_model.model); // what formats 1 and 2 saved, in order
        std::ostringstream archive;
        torch::save(values, archive);
        const QString p = m_dir.filePath(QStringLiteral("format2.gtzm"));
        const QByteArray legacy = signedModelFile(2, metadataOf(good), QByteArray::fromStdString(archive.str()));
        writeAll(p, legacy);
        expectLoadError(p, QStringLiteral("gtzan-cli upgrade-model"));
        QCOMPARE(readModelMetadata(p).value(QStringLiteral("genres")).toArray().size(), 3); // the metadata still reads
        QCOMPARE(readModelFileVersion(p), 2u);

        const QString converted = m_dir.filePath(QStringLiteral("converted.gtzm"));
        QCOMPARE(upgradeModelFile(p, converted), 2u);
        QCOMPARE(readAll(p), legacy); // --out leaves the original alone
        QCOMPARE(readModelFileVersion(converted), kModelFileVersion);
        TrainedModel back = loadModelFile(converted);
        QVERIFY(torch::equal(outputs(back), outputs(m_model)));
        QCOMPARE(readAll(converted), good); // the same bytes a save of this model writes

        // In place: the file is replaced only by a converted file that reads back.
        QCOMPARE(upgradeModelFile(p, p), 2u);
        QCOMPARE(readAll(p), good);
        QVERIFY(!QFile::exists(p + QStringLiteral(".upgrading")));
        // A damaged file is refused and stays as it was. (The flipped byte fails the checksum, before
        // LibTorch reads anything: its reader leaks on a damaged archive, tests/sanitizers/lsan.supp.)
        QByteArray damaged = legacy;
        damaged[damaged.size() - 200] = char(damaged[damaged.size() - 200] ^ 0x5a);
        writeAll(p, damaged);
        QVERIFY_THROWS_EXCEPTION(Error, upgradeModelFile(p, p));
        QCOMPARE(readAll(p), damaged);
    }

    void refusedSaveLeavesTheOldFile() {
        const QByteArray before = readAll(m_path);
        TrainedModel empty = m_model;
        empty.model = nullptr; // e.g. training cancelled before its first epoch
        QVERIFY_THROWS_EXCEPTION(Error, saveModelFile(m_path, empty));
        QCOMPARE(readAll(m_path), before);
        // Unwritable target folder: the error names it and nothing is left behind.
        QVERIFY_THROWS_EXCEPTION(Error, saveModelFile(m_dir.filePath(QStringLiteral("no/such/dir/m.gtzm")), m_model));
        TrainedModel back = loadModelFile(m_path);
        QVERIFY(torch::equal(outputs(back), outputs(m_model)));
    }
};

QTEST_GUILESS_MAIN(TestModelFile)
#include "test_modelfile.moc"
