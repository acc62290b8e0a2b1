#pragma once

namespace gtzan {
namespace gui {

class MainWindow;
struct ScreenshotArguments;

// Drives the window through its public accessors to the state a picture of the documentation
// shows, saves it as PNG and quits (exit status 1 when it could not). What each option takes:
// `--screenshot FILE` alone: Explore, with `--select CLIP_ID`, `--augment PRESET --seed N` (the
// panel's own Randomise), `--layer NAME`, `--compare`. With `--predict PATH` (repeatable) the
// Predict tab, selecting the file named by --select. With `--faults PAGE` (replicas, suspects,
// leakage, sweep [--sweep tempo|pitch|noise|gain]) that Faults page's job, grabbed when done. With
// `--map [--place FILE...]` the Map tab. With `--experiment OUT [--seeds N --epochs N]` the quick
// protocol in Train > Experiments, grabbed mid-run. With `--jobs` a long job running, another
// waiting and the status bar's job list open. `--train-progress FILE --train-confusion FILE
// [--epochs N --explain METHOD]`: a run with the Set-up's settings, saved once half the epochs are
// on the curves ("-": no such shot), then with the largest off-diagonal confusion cell's first clip.
namespace ScreenshotMode {
// False when the arguments name no picture.
bool setUp(MainWindow &window, const ScreenshotArguments &arguments);
} // namespace ScreenshotMode

} // namespace gui
} // namespace gtzan
