// gtzan-cli predict MODEL FILE... [--json]: each file's genre, probabilities and per-segment genres.
#include "CliCommand.h"
#include "CliParser.h"
#include "common/Error.h"
#include "inference/Predictor.h"
#include "tensor/TorchRuntime.h"
#include <QJsonArray>
#include <QJsonDocument>

using namespace gtzan;

static int runPredict(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Predicts the genre of audio files with a model file (mean of the segments' probabilities)."));
    p.addPositionalArgument(QStringLiteral("MODEL"), QStringLiteral("Model file written by gtzan-cli train."));
    p.addPositionalArgument(QStringLiteral("FILE..."), QStringLiteral("Audio files."));
    p.addOption({QStringLiteral("threads"), QStringLiteral("LibTorch threads (default: all cores)."), QStringLiteral("N")});
    p.addOption({QStringLiteral("json"), QStringLiteral("Print a JSON array, one object per file (schema in the README).")});
    int code = 0, threads = 0;
    if (!parseCommandLine(p, QStringLiteral("predict"), args, 2, -1, code)) return code;
    if (!optionInt(p, QStringLiteral("threads"), 1, 256, threads)) return ExitUsage;
    if (threads > 0) configureTorchThreads(threads);
    QStringList files = p.positionalArguments();
    const Predictor predictor = Predictor::fromFile(files.takeFirst());
    const QStringList &genres = predictor.model().genres;
    QJsonArray results;
    int failures = 0;
    for (const QString &file : files) {
        try {
            const FilePrediction f = predictor.predictFile(file);
            if (p.isSet(QStringLiteral("json"))) {
                results.append(f.toJson(genres));
                continue;
            }
            QString probs, segs;
            for (int k = 0; k < genres.size(); ++k) probs += QStringLiteral(" %1 %2").arg(genres[k]).arg(f.probabilities[size_t(k)], 0, 'f', 3);
            for (const SegmentPrediction &s : f.segments) segs += QLatin1Char(' ') + genres.value(s.genre);
            cliOut(QStringLiteral("%1: %2 (%3)\n  probabilities:%4\n  segments:%5").arg(file, f.genreName)
                       .arg(f.probabilities[size_t(f.genre)], 0, 'f', 3).arg(probs, segs));
        } catch (const Error &e) {
            ++failures;
            if (p.isSet(QStringLiteral("json"))) results.append(QJsonObject{{QStringLiteral("file"), file}, {QStringLiteral("error"), e.message()}});
            else cliErr(e.message());
        }
    }
    if (p.isSet(QStringLiteral("json"))) cliOut(QString::fromUtf8(QJsonDocument(results).toJson(QJsonDocument::Compact)));
    return failures ? ExitFailed : ExitOk;
}

static CliRegistration reg({QStringLiteral("predict"), QStringLiteral("predict the genre of audio files with a model file"), runPredict});
