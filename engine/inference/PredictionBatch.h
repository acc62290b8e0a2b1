#pragma once
#include "inference/FilePrediction.h"
#include <QStringList>
#include <atomic>
#include <functional>
#include <memory>
#include <vector>

namespace gtzan {

class Predictor; // inference/Predictor.h (LibTorch); this header stays free of it for the GUI
using PartialPrediction = std::function<void(const FilePrediction &soFar, double fraction)>;

// A model file loaded for prediction, shareable with a worker thread (one batch at a time).
std::shared_ptr<const Predictor> loadPredictor(const QString &modelPath); // throws gtzan::Error

// What a person is told about a model: from its file's metadata.
struct ModelSummary {
    QString network; // model zoo name, e.g. cnn1d
    QString preset;  // feature preset name
    QStringList genres;
    double parameters = 0;
    int trainClips = -1, validationClips = -1, testClips = -1; // -1: not recorded
    double testAccuracy = -1;                                  // clip accuracy of the kept network on its test clips; -1: none
    QString splitLabel; // the split its test accuracy came from (TrainingRecipe::splitLabel; older files: their split kind)
    QString dataFolder;
    QString provenance; // how the file was made (train --provenance), may be empty
    // k-fold cross-validation (every training clip predicted by a model that never saw it), when
    // the model was trained on all clips: folds 0 when not cross-validated.
    int crossValidationFolds = 0;
    double crossValidationAccuracy = -1;
    int crossValidationUnsure = -1; // clips the trust rules call unsure in cross-validation
    bool calibrated = false;
    CalibrationRecord calibration;  // on what it was calibrated, with the reliability figures (empty: older files)
    int referenceClips = 0;         // training clips the "nothing like its training" rule compares with (0: no such rule)
    bool musicnnReference = false;  // that rule measures in musicnn's space (else the model's own embedding)
    bool hasMusicnnWeights = false; // the file carries the musicnn weights (and their licence)
    QString musicnnNotice;          // "MSD_musicnn (ISC licence, Pons & Serra)" or empty
    QJsonObject dataset, training, evaluation;
};
ModelSummary summarizeModel(const Predictor &predictor);

// The first prediction pays for FFT plans and LibTorch's lazy set-up (about half a second here);
// predicting 5 s of silence once right after loading takes that off the first real file.
void warmUpPredictor(const Predictor &predictor); // never throws

// One file of a batch: its prediction, or the reason it has none. A file that fails stays in the
// batch with its error; the others go on.
struct PredictionEntry {
    QString file;
    bool ok = false;
    FilePrediction prediction;
    QString error; // gtzan::Error's message when !ok
    PredictionTiming timing;
};

// Dropped or given paths -> the files to predict: a folder becomes its audio files (recursively,
// sorted); a file stays as given, whatever its extension (the decoder says what is wrong with it).
QStringList expandPredictionInputs(const QStringList &paths);

// Predicts files one after the other with one Predictor, on the calling thread (the GUI calls it
// from a worker, the CLI directly). onEntry runs after each file (index into files); cancel is
// checked between files and between the windows of a long file; onPartial gets the first answers
// for a long file while it is computed. keepAudioRate > 0: each entry's prediction.audio holds the
// file as decoded, at that rate, for onEntry (a window shows it without decoding it again); the
// returned entries drop it. Returns the entries done (all of them unless cancelled).
using PredictionEntryCallback = std::function<void(int index, const PredictionEntry &entry)>;
using PartialEntryCallback = std::function<void(int index, const FilePrediction &soFar, double fraction)>;
std::vector<PredictionEntry> predictBatch(const Predictor &predictor, const QStringList &files, const PredictionEntryCallback &onEntry = {},
                                          const std::atomic_bool *cancel = nullptr, const PartialEntryCallback &onPartial = {},
                                          int keepAudioRate = 0);
// One file; never throws: any failure (a gtzan::Error, LibTorch's, the allocator's) is the entry's error.
PredictionEntry predictEntry(const Predictor &predictor, const QString &file, const std::atomic_bool *cancel = nullptr,
                             const PartialPrediction &onPartial = {}, int keepAudioRate = 0);

// A CSV of the entries (file, genre, confidence, seconds, one column per genre, error), written
// atomically. Throws gtzan::Error naming the file when it cannot be written.
void writePredictionCsv(const QString &path, const std::vector<PredictionEntry> &entries, const QStringList &genres);
QByteArray predictionCsv(const std::vector<PredictionEntry> &entries, const QStringList &genres);

} // namespace gtzan
