#include "inference/PredictionBatch.h"
#include "audio/AudioFiles.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "dsp/MelSpectrogram.h"
#include "inference/Predictor.h"
#include <QFileInfo>
#include <QSaveFile>

namespace gtzan {

std::shared_ptr<const Predictor> loadPredictor(const QString &modelPath) {
    return std::make_shared<const Predictor>(Predictor::fromFile(modelPath));
}

ModelSummary summarizeModel(const Predictor &predictor) {
    const TrainedModel &m = predictor.model();
    ModelSummary s;
    s.network = m.config.name;
    s.preset = m.spec.name;
    s.genres = m.genres;
    s.parameters = double(parameterCount(*m.model));
    s.dataset = m.dataset;
    s.training = m.training;
    s.evaluation = m.evaluation;
    s.trainClips = m.dataset.value(QStringLiteral("trainClips")).toInt(-1);
    s.validationClips = m.dataset.value(QStringLiteral("validationClips")).toInt(-1);
    s.testClips = m.dataset.value(QStringLiteral("testClips")).toInt(-1);
    s.testAccuracy = m.evaluation.value(QStringLiteral("accuracy")).toDouble(-1);
    s.dataFolder = m.dataset.value(QStringLiteral("folder")).toString();
    s.provenance = m.dataset.value(QStringLiteral("provenance")).toString();
    return s;
}

void warmUpPredictor(const Predictor &predictor) {
    try {
        Audio silence;
        silence.sampleRate = predictor.model().spec.sampleRate;
        silence.samples.assign(size_t(silence.sampleRate) * 5, 0.0f);
        predictor.predictFeatures(melFeatures(silence, predictor.model().spec), QStringLiteral("warm-up"));
    } catch (const std::exception &) {
        // Only a warm-up: a real file will say what is wrong.
    }
}

QStringList expandPredictionInputs(const QStringList &paths) {
    QStringList out;
    for (const QString &p : paths) {
        if (QFileInfo(p).isDir()) out += findAudioFiles(p);
        else out << p;
    }
    return out;
}

PredictionEntry predictEntry(const Predictor &predictor, const QString &file) {
    PredictionEntry e;
    e.file = file;
    try {
        e.prediction = predictor.predictFile(file, &e.timing);
        e.ok = true;
    } catch (const Error &err) {
        e.error = err.message();
    } catch (const std::exception &err) {
        // LibTorch or the allocator: still a per-file failure, not the end of the batch.
        e.error = QStringLiteral("%1: prediction failed (%2)").arg(file, QString::fromLocal8Bit(err.what()));
    }
    return e;
}

std::vector<PredictionEntry> predictBatch(const Predictor &predictor, const QStringList &files,
                                          const PredictionEntryCallback &onEntry, const std::atomic_bool *cancel) {
    std::vector<PredictionEntry> out;
    out.reserve(size_t(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) break;
        out.push_back(predictEntry(predictor, files[i]));
        if (onEntry) onEntry(i, out.back());
    }
    return out;
}

namespace {
QString csvField(const QString &s) {
    if (!s.contains(QLatin1Char(',')) && !s.contains(QLatin1Char('"')) && !s.contains(QLatin1Char('\n'))) return s;
    QString q = s;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

QByteArray predictionCsv(const std::vector<PredictionEntry> &entries, const QStringList &genres) {
    QStringList header{QStringLiteral("file"), QStringLiteral("genre"), QStringLiteral("confidence"), QStringLiteral("seconds")};
    for (const QString &g : genres) header << QStringLiteral("p_") + g;
    header << QStringLiteral("error");
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const PredictionEntry &e : entries) {
        QStringList row{csvField(e.file)};
        if (e.ok) {
            const FilePrediction &p = e.prediction;
            row << csvField(p.genreName) << QString::number(double(p.probabilities.at(size_t(p.genre))), 'g', 9)
                << QString::number(p.seconds, 'f', 3);
            for (int k = 0; k < genres.size(); ++k)
                row << (size_t(k) < p.probabilities.size() ? QString::number(double(p.probabilities[size_t(k)]), 'g', 9) : QString());
            row << QString();
        } else {
            row << QString() << QString() << QString();
            for (int k = 0; k < genres.size(); ++k) row << QString();
            row << csvField(e.error);
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

void writePredictionCsv(const QString &path, const std::vector<PredictionEntry> &entries, const QStringList &genres) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        throw Error(QStringLiteral("%1: cannot write the prediction list (%2)").arg(path, f.errorString()));
    f.write(predictionCsv(entries, genres));
    if (!commitExport(f)) throw Error(QStringLiteral("%1: cannot write the prediction list (%2)").arg(path, f.errorString()));
}

} // namespace gtzan
