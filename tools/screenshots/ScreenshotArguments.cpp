#include "ScreenshotArguments.h"
#include <QCommandLineParser>

namespace gtzan {
namespace gui {

ScreenshotArguments parseScreenshotArguments(const QStringList &arguments) {
    ScreenshotArguments out;
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Starts GTZAN Explorer's window, drives it to one state, saves it as a PNG and quits (the documentation's screenshots; "
                       "see docs/development.md). A development tool: not installed, not translated."));
    const QCommandLineOption help = parser.addHelpOption();
    const auto option = [&parser](const char *name, const char *description, const char *value = nullptr) {
        const QCommandLineOption o(QString::fromLatin1(name), QString::fromLatin1(description), value ? QString::fromLatin1(value) : QString());
        parser.addOption(o);
        return o;
    };
    const auto theme = option("theme", "Colour theme for this start: system, light or dark.", "name");
    const auto language = option("language", "Interface language for this start: en, de, ko.", "code");
    const auto presentation = option("presentation", "Presentation mode (large fonts and lines).");
    const auto screenshot = option("screenshot", "Where to save the picture.", "file");
    const auto select = option("select", "The clip to select (Explore: its id, genre/genre.000NN; Predict: its file name).", "clip");
    const auto augment = option("augment", "Randomise this augmentation preset in Explore.", "preset");
    const auto seed = option("seed", "The augmentation's seed.", "n");
    const auto compare = option("compare", "Show A and B together (with --augment).");
    const auto layer = option("layer", "The spectrogram layer to show (chroma, tempogram, ...).", "name");
    const auto predict = option("predict", "Predict this file or folder in the Predict tab (repeatable).", "path");
    const auto faults = option("faults", "Run this page of the Faults tab: replicas, suspects, leakage or sweep.", "page");
    const auto sweep = option("sweep", "The sweep's perturbation: tempo, pitch, noise or gain.", "kind");
    const auto map = option("map", "Make the map of the folder.");
    const auto place = option("place", "Place this file on the map (repeatable).", "file");
    const auto experiment = option("experiment", "Run the quick protocol in Train > Experiments into this folder; grab it mid-run.", "folder");
    const auto seeds = option("seeds", "Seeds of the experiment.", "n");
    const auto epochs = option("epochs", "Epochs of the experiment or the training.", "n");
    const auto trainProgress =
        option("train-progress", "Train with the Set-up's settings; save this once half the epochs are drawn (-: none).", "file");
    const auto trainConfusion = option("train-confusion", "After the training, save this with the largest confusion cell's first clip.", "file");
    const auto explain = option("explain", "With --train-confusion: that clip's saliency (occlusion or gradcam).", "method");
    const auto jobs = option("jobs", "With --screenshot: a long job running, another waiting, and the job list open.");
    parser.addPositionalArgument(QStringLiteral("paths"), QStringLiteral("Audio files or a GTZAN folder."), QStringLiteral("[FILE|FOLDER...]"));
    out.helpText = parser.helpText();
    if (!parser.parse(arguments)) {
        out.error = parser.errorText();
        return out;
    }
    if (parser.isSet(help)) {
        out.helpShown = true;
        return out;
    }
    out.paths = parser.positionalArguments();
    out.theme = parser.value(theme);
    out.language = parser.value(language);
    out.presentation = parser.isSet(presentation);
    out.screenshot = parser.value(screenshot);
    out.select = parser.value(select);
    out.augment = parser.value(augment);
    out.seed = parser.value(seed).toInt();
    out.compare = parser.isSet(compare);
    out.layer = parser.value(layer);
    out.predict = parser.values(predict);
    out.faults = parser.value(faults);
    out.sweep = parser.value(sweep);
    out.map = parser.isSet(map);
    out.place = parser.values(place);
    out.experiment = parser.value(experiment);
    out.seeds = parser.value(seeds).toInt();
    out.epochs = parser.value(epochs).toInt();
    out.trainProgress = parser.value(trainProgress);
    out.trainConfusion = parser.value(trainConfusion);
    out.explain = parser.value(explain);
    out.jobs = parser.isSet(jobs);
    if (out.trainConfusion.isEmpty() && out.screenshot.isEmpty())
        out.error = QStringLiteral("Nothing to take: give --screenshot FILE or --train-confusion FILE.");
    return out;
}

} // namespace gui
} // namespace gtzan
