#include "inference/PredictionBatch.h"
#include "audio/Audio.h"
#include "audio/AudioFiles.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include "embedding/MusicnnEmbedder.h"
#include "inference/Predictor.h"
#include "models/GenreNet.h"
#include <QFileInfo>
#include <QSaveFile>

namespace gtzan {

std::shared_ptr<const Predictor> loadPredictor(const QString &modelPath) { return std::make_shared<const Predictor>(Predictor::fromFile(modelPath)); }

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
    s.splitLabel = m.dataset.value(QStringLiteral("splitLabel")).toString(m.dataset.value(QStringLiteral("splitKind")).toString());
    s.dataFolder = m.dataset.value(QStringLiteral("folder")).toString();
    s.provenance = m.dataset.value(QStringLiteral("provenance")).toString();
    s.crossValidationFolds = m.crossValidation.value(QStringLiteral("folds")).toInt(0);
    s.crossValidationAccuracy = m.crossValidation.value(QStringLiteral("accuracy")).toDouble(-1);
    s.crossValidationUnsure = m.crossValidation.value(QStringLiteral("unsureClips")).toInt(-1);
    s.calibrated = m.trust.calibrated;
    s.calibration = m.trust.calibration;
    s.referenceClips = m.trust.hasDistanceCheck() ? m.trust.trainingEmbeddings.rows : 0;
    s.musicnnReference = m.trust.usesMusicnnReference();
    if (const MusicnnEmbedder *e = predictor.musicnn()) {
        s.hasMusicnnWeights = bool(m.musicnn);
        s.musicnnNotice = QStringLiteral("%1 (ISC licence, Jordi Pons and Xavier Serra)").arg(e->modelName());
    }
    return s;
}

void warmUpPredictor(const Predictor &predictor) {
    try {
        predictor.predictAudio(
            [](int rate) {
                Audio silence;
                silence.sampleRate = rate;
                silence.samples.assign(size_t(rate) * 5, 0.0f);
                return silence;
            },
            QStringLiteral("warm-up"));
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

PredictionEntry predictEntry(const Predictor &predictor, const QString &file, const std::atomic_bool *cancel, const PartialPrediction &onPartial,
                             int keepAudioRate) {
    PredictionEntry e;
    e.file = file;
    try {
        e.prediction = predictor.predictFile(file, &e.timing, cancel, onPartial, keepAudioRate);
        e.ok = true;
    } catch (const Error &err) {
        e.error = err.message();
    } catch (const std::bad_alloc &) {
        e.error = QStringLiteral("%1: prediction failed (out of memory)").arg(file);
    } catch (const std::exception &err) {
        // LibTorch or the allocator: still a per-file failure, not the end of the batch.
        e.error = QStringLiteral("%1: prediction failed (%2)").arg(file, QString::fromLocal8Bit(err.what()).left(300));
    } catch (...) {
        e.error = QStringLiteral("%1: prediction failed (an unknown error)").arg(file);
    }
    return e;
}

std::vector<PredictionEntry> predictBatch(const Predictor &predictor, const QStringList &files, const PredictionEntryCallback &onEntry,
                                          const std::atomic_bool *cancel, const PartialEntryCallback &onPartial, int keepAudioRate) {
    std::vector<PredictionEntry> out;
    out.reserve(size_t(files.size()));
    for (int i = 0; i < files.size(); ++i) {
        if (cancel && cancel->load()) break;
        out.push_back(predictEntry(predictor, files[i], cancel,
                                   onPartial ? [&, i](const FilePrediction &p, double f) { onPartial(i, p, f); } : PartialPrediction(),
                                   keepAudioRate));
        if (onEntry) onEntry(i, out.back());
        out.back().prediction.audio.reset(); // onEntry has had it; the batch holds one file's audio at a time
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
    header << QStringLiteral("unsure") << QStringLiteral("unsure_reason") << QStringLiteral("top_tags") << QStringLiteral("sounds_like")
           << QStringLiteral("error");
    QByteArray out = header.join(QLatin1Char(',')).toUtf8() + '\n';
    for (const PredictionEntry &e : entries) {
        QStringList row{csvField(e.file)};
        if (e.ok) {
            const FilePrediction &p = e.prediction;
            row << csvField(p.genreName) << QString::number(double(p.probabilities.at(size_t(p.genre))), 'g', 9)
                << QString::number(p.seconds, 'f', 3);
            for (int k = 0; k < genres.size(); ++k)
                row << (size_t(k) < p.probabilities.size() ? QString::number(double(p.probabilities[size_t(k)]), 'g', 9) : QString());
            QStringList tags;
            for (const TagScore &t : p.tags) tags << QStringLiteral("%1 %2").arg(t.tag).arg(double(t.probability), 0, 'f', 3);
            row << (p.trust.unsure ? QStringLiteral("true") : QStringLiteral("false")) << csvField(p.trust.reason)
                << csvField(tags.join(QStringLiteral("; "))) << csvField(p.soundsLike.note) << QString();
        } else {
            row << QString() << QString() << QString();
            for (int k = 0; k < genres.size(); ++k) row << QString();
            row << QString() << QString() << QString() << QString() << csvField(e.error);
        }
        out += row.join(QLatin1Char(',')).toUtf8() + '\n';
    }
    return out;
}

void writePredictionCsv(const QString &path, const std::vector<PredictionEntry> &entries, const QStringList &genres) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly)) throw Error(QStringLiteral("%1: cannot write the prediction list (%2)").arg(path, f.errorString()));
    f.write(predictionCsv(entries, genres));
    if (!commitExport(f)) throw Error(QStringLiteral("%1: cannot write the prediction list (%2)").arg(path, f.errorString()));
}

} // namespace gtzan
