#pragma once
#include <QString>
#include <QStringList>

namespace gtzan {
namespace gui {

class MainWindow;

// For the README and CI: `--screenshot FILE [--select CLIP_ID] [--augment PRESET --seed N]` opens
// the given folder, selects the clip, optionally randomises an augmentation preset with the seed
// (the panel's own Randomise), waits until everything is drawn, saves the window as PNG and quits.
// With `--predict PATH` (repeatable: files or folders) it predicts them in the Predict tab instead
// and selects the file named by --select (a file name, e.g. jazz.00001.wav). With `--faults PAGE`
// (replicas, suspects, leakage, sweep [--sweep tempo|pitch|noise|gain]) it runs that page of the
// Faults tab on the folder and grabs the window when the job is done. With `--experiment OUT
// [--seeds N --epochs N]` it starts the quick protocol in Train > Experiments into OUT and grabs
// the window mid-run. `--compare` (with --augment) grabs the compare view of A and B.
namespace ScreenshotMode {
// Takes its options out of args; returns false when --screenshot is not among them.
bool setUp(MainWindow &window, QStringList &args);
// `--train-screenshots PROGRESS.png CONFUSION.png [--epochs N]`: on the Train tab, starts a run
// with the panel's settings on the opened folder, saves the window once half the epochs are on
// the curves ("-": no such shot), then (after the run) clicks the largest off-diagonal confusion
// cell, selects its first clip and saves again.
bool setUpTraining(MainWindow &window, QStringList &args);
} // namespace ScreenshotMode

} // namespace gui
} // namespace gtzan
