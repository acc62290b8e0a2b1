// gtzan-cli predict MODEL FILE|DIR... [--json]: each file's genre, probabilities, per-segment
// genres, whether the model is unsure, and musicnn's tags. The same engine batch as the Predict tab.
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "app/cli/DeviceCliOption.h"
#include "common/Error.h"
#include "inference/PredictionBatch.h"
#include "inference/Predictor.h"
#include "tensor/TorchRuntime.h"
#include <QJsonArray>
#include <QJsonDocument>

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

} // namespace

static int runPredict(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Predicts the genre of audio files with a model file (folders: every audio file in them). "
                                               "Each answer says whether the model is unsure, and musicnn models add the file's top tags."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("Model file written by gtzan-cli train."));
    p.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("Audio files or folders."));
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array, one object per file (schema in docs).")});
    p.addOption(deviceOption());
    int code = 0, threads = 0;
    if (!parseCommandLine(p, QStringLiteral("predict"), args, 2, -1, code)) return code;
    if (!applyDeviceOption(p, QStringLiteral("predict"))) return ExitUsage;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads)) return ExitUsage;
    if (threads > 0) configureTorchThreads(threads);
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
    predictBatch(predictor, files, [&](int, const PredictionEntry &e) {
        if (!e.ok) {
            ++failures;
            if (json) results.append(QJsonObject{{QStringLiteral("file"), e.file}, {QStringLiteral("error"), e.error}});
            else cliErr(e.error);
            return;
        }
        if (json) results.append(e.prediction.toJson(genres));
        else cliOut(predictionText(e.prediction, genres));
    });
    if (json) cliOut(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)));
    return failures ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("predict"), QStringLiteral("predict the genre of audio files with a model file"), runPredict});

} // namespace cli
} // namespace gtzan
