#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {
namespace gui {

// What `gtzan-screenshots [options] [FILE|FOLDER]...` asks for (QCommandLineParser; --help lists
// every option). The window's own options (--theme, --presentation, the paths) work as in
// gtzan-explorer; the others say which picture to take (ScreenshotMode.h).
struct ScreenshotArguments {
    QStringList paths;
    QString theme, language; // this start only: the saved preferences are kept
    bool presentation = false;
    QString screenshot;    // --screenshot FILE: Explore, the Predict tab, a Faults page, the map, Experiments, the job list
    QString select;        // --select CLIP_ID (Explore) or FILE_NAME (--predict)
    QString augment;       // --augment PRESET
    int seed = 0;          // --seed N
    bool compare = false;  // --compare: A and B together
    QString layer;         // --layer NAME: a spectrogram layer (chroma, tempogram, ...)
    QStringList predict;   // --predict PATH (repeatable)
    QString faults, sweep; // --faults PAGE [--sweep KIND]
    bool map = false;      // --map [--place FILE...]
    QStringList place;
    QString experiment; // --experiment OUT [--seeds N --epochs N]
    int seeds = 0, epochs = 0;
    QString trainProgress, trainConfusion; // --train-progress FILE ("-": none) --train-confusion FILE [--epochs N --explain METHOD]
    QString explain;
    bool jobs = false; // --jobs: a long job running, another waiting, the job list open
    QString error;     // not empty: a usage error
    bool helpShown = false;
    QString helpText;
};

ScreenshotArguments parseScreenshotArguments(const QStringList &arguments);

} // namespace gui
} // namespace gtzan
