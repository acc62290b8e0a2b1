// gtzan-cli predict MODEL FILE|DIR... [--json] [--labels audacity|sonic-visualiser DIR [--beats]]:
// each file's genre, probabilities, per-segment genres, whether the model is unsure, and musicnn's
// tags; with --labels also a label file per input for Audacity or Sonic Visualiser. The same
// engine batch as the Predict tab.
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "app/cli/DeviceCliOption.h"
#include "common/Error.h"
#include "dsp/Rhythm.h"
#include "inference/LabelTracks.h"
#include "inference/PredictionBatch.h"
#include "inference/Predictor.h"
#include "tensor/TorchRuntime.h"
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>
#include <optional>

namespace gtzan {
namespace cli {

namespace {

QString predictionText(const FilePrediction &f, const QStringList &genres) {
    QString probs, segs, tags;
    for (int k = 0; k < genres.size(); ++k) probs += QStringLiteral(" %1 %2").arg(genres[k]).arg(f.probabilities[size_t(k)], 0, 'f', 3);
    for (const SegmentPrediction &s : f.segments) segs += QLatin1Char(' ') + genres.value(s.genre);
    for (const TagScore &t : f.tags) tags += QStringLiteral(" %1 %2").arg(t.tag).arg(double(t.probability), 0, 'f', 2);
    const QString verdict = f.trust.unsure
                                ? QStringLiteral("unsure: %1 (most like %2, %3)").arg(f.trust.reason, f.genreName).arg(f.trust.confidence, 0, 'f', 3)
                                : QStringLiteral("%1 (%2)").arg(f.genreName).arg(f.trust.confidence, 0, 'f', 3);
    QString text = QStringLiteral("%1: %2\n  probabilities:%3\n  segments:%4").arg(f.file, verdict, probs, segs);
    if (!tags.isEmpty()) text += QStringLiteral("\n  tags:") + tags;
    return text;
}

struct LabelRequest {
    bool wanted = false;
    LabelFormat format = LabelFormat::Audacity;
    QString dir;
};

// `--labels FORMAT DIR` takes two values, which QCommandLineParser cannot: both are taken out of
// the arguments before it parses them (as `--labels=FORMAT DIR` too). False after a usage error.
bool takeLabelsOption(QStringList &args, LabelRequest &request) {
    for (int i = 0; i < args.size(); ++i) {
        const QString &a = args[i];
        if (a != QLatin1String("--labels") && !a.startsWith(QLatin1String("--labels="))) continue;
        QStringList values;
        if (a.startsWith(QLatin1String("--labels="))) values << a.mid(9);
        const int wanted = 2 - int(values.size());
        if (i + wanted >= args.size()) {
            cliErr(QStringLiteral("gtzan-cli predict: --labels wants a format (%1) and a folder: --labels audacity DIR")
                       .arg(labelFormatNames().join(QLatin1Char('|'))));
            return false;
        }
        values += args.mid(i + 1, wanted);
        const std::optional<LabelFormat> format = labelFormatFromName(values[0]);
        if (!format) {
            cliErr(
                QStringLiteral("gtzan-cli predict: --labels wants %1, not \"%2\"").arg(labelFormatNames().join(QStringLiteral(" or ")), values[0]));
            return false;
        }
        if (request.wanted) {
            cliErr(QStringLiteral("gtzan-cli predict: --labels is given twice"));
            return false;
        }
        request = {true, *format, values[1]};
        args.erase(args.begin() + i, args.begin() + i + 1 + wanted);
        --i;
    }
    return true;
}

// The label files of one answer (and its beats when asked); the files written, or an error.
QStringList writeLabelsOf(const FilePrediction &f, const QStringList &genres, const LabelRequest &request, bool beats) {
    QStringList written;
    const QString genrePath = labelFilePath(request.dir, f.file, QStringLiteral("genres"), request.format);
    writeLabelFile(genrePath, genreLabels(f, genres, request.format));
    written << genrePath;
    if (beats) {
        const QString beatPath = labelFilePath(request.dir, f.file, QStringLiteral("beats"), request.format);
        writeLabelFile(beatPath, beatLabels(analyseRhythmFile(f.file).beatSeconds, request.format));
        written << beatPath;
    }
    return written;
}

} // namespace

static int runPredict(const QStringList &arguments) {
    QStringList args = arguments;
    LabelRequest labels;
    if (!takeLabelsOption(args, labels)) return ExitUsage;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Predicts the genre of audio files with a model file (folders: every audio file in them). "
                                               "Each answer says whether the model is unsure, and musicnn models add the file's top tags."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("Model file written by gtzan-cli train."));
    p.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("Audio files or folders."));
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array, one object per file (schema in docs).")});
    p.addOption({QStringLiteral("labels"),
                 QStringLiteral("Also write each file's segment genres as a label file into the folder DIR (created), named "
                                "<name>.genres.txt (audacity: a label track, File > Import > Labels) or <name>.genres.csv "
                                "(sonic-visualiser: File > Import Annotation Layer). Takes two values: --labels FORMAT DIR."),
                 QStringLiteral("FORMAT DIR")});
    p.addOption({QStringLiteral("beats"), QStringLiteral("With --labels: the beats (aubio) too, as <name>.beats.txt / .csv.")});
    p.addOption(deviceOption());
    int code = 0, threads = 0;
    if (!parseCommandLine(p, QStringLiteral("predict"), args, 2, -1, code)) return code;
    if (!applyDeviceOption(p, QStringLiteral("predict"))) return ExitUsage;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads)) return ExitUsage;
    if (threads > 0) configureTorchThreads(threads);
    const bool beats = p.isSet(QStringLiteral("beats"));
    if (beats && !labels.wanted) {
        cliErr(QStringLiteral("gtzan-cli predict: --beats writes a label file: give --labels FORMAT DIR too"));
        return ExitUsage;
    }
    if (labels.wanted && !QDir().mkpath(labels.dir)) {
        cliErr(QStringLiteral("gtzan-cli predict: cannot create the label folder %1").arg(QDir::toNativeSeparators(labels.dir)));
        return ExitFailed;
    }
    QStringList inputs = p.positionalArguments();
    const Predictor predictor = Predictor::fromFile(inputs.takeFirst());
    const QStringList &genres = predictor.model().genres;
    const QStringList files = expandPredictionInputs(inputs);
    const bool json = p.isSet(QStringLiteral("json"));
    if (files.isEmpty()) {
        cliErr(QStringLiteral("gtzan-cli predict: no audio files in %1").arg(inputs.join(QStringLiteral(", "))));
        return ExitFailed;
    }
    QJsonArray results;
    int failures = 0;
    QSet<QString> labelStems; // two inputs named alike in different folders would share a label file
    predictBatch(predictor, files, [&](int, const PredictionEntry &e) {
        if (!e.ok) {
            ++failures;
            if (json) results.append(QJsonObject{{QStringLiteral("file"), e.file}, {QStringLiteral("error"), e.error}});
            else cliErr(e.error);
            return;
        }
        if (json) results.append(e.prediction.toJson(genres));
        else cliOut(predictionText(e.prediction, genres));
        if (!labels.wanted) return;
        const QString stem = labelFilePath(labels.dir, e.file, QStringLiteral("genres"), labels.format);
        if (labelStems.contains(stem)) {
            ++failures;
            cliErr(QStringLiteral("%1: not writing %2: an earlier file of the same name wrote it").arg(e.file, stem));
            return;
        }
        labelStems.insert(stem);
        try {
            const QStringList written = writeLabelsOf(e.prediction, genres, labels, beats);
            if (!json) cliOut(QStringLiteral("  labels: %1").arg(written.join(QStringLiteral(", "))));
        } catch (const Error &err) {
            ++failures;
            cliErr(QStringLiteral("%1: %2").arg(e.file, err.message()));
        }
    });
    if (json) cliOut(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)));
    return failures ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("predict"), QStringLiteral("predict the genre of audio files with a model file"), runPredict});

} // namespace cli
} // namespace gtzan
