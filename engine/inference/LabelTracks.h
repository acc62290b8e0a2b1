#pragma once
#include "inference/FilePrediction.h"
#include <QByteArray>
#include <QString>
#include <QStringList>
#include <optional>
#include <vector>

// A prediction as a label file the tools people listen in open beside the waveform: Audacity's
// label track (File > Import > Labels) and Sonic Visualiser's annotation layer (File > Import
// Annotation Layer, CSV). The Predict tab and `gtzan-cli predict --labels` both write these.
namespace gtzan {

enum class LabelFormat { Audacity, SonicVisualiser };

QStringList labelFormatNames(); // "audacity", "sonic-visualiser"
// The format a name means (case-insensitive; "sv" too); nothing for an unknown name.
std::optional<LabelFormat> labelFormatFromName(const QString &name);
QString labelFormatName(LabelFormat format);
QString labelFileSuffix(LabelFormat format); // ".txt" (Audacity) / ".csv" (Sonic Visualiser)

// "jazz 0.93": a segment's genre and that genre's probability.
QString segmentLabel(const SegmentPrediction &segment, const QStringList &genres);
// The file's answer for a person: "jazz 0.93", or "unsure: <reason> (most like jazz 0.35)".
QString fileVerdictLabel(const FilePrediction &prediction);

// The segments as a label file, one line per segment in time order, seconds with 6 decimals.
// Audacity: "start\tend\tlabel" lines after a point label at 0 holding the file's verdict (a label
//           track has no other place for it).
// Sonic Visualiser: "start,end,label" lines after '#' comment lines (SV skips them) holding the
//           verdict. End times rather than durations: SV's import guesses a second increasing
//           column to be the end time, and a column of equal durations to be a value.
QByteArray genreLabels(const FilePrediction &prediction, const QStringList &genres, LabelFormat format);
// Beats as instants: Audacity point labels numbered from 1; Sonic Visualiser one time a line
// (SV imports a single column of times as a time-instants layer).
QByteArray beatLabels(const std::vector<double> &beatSeconds, LabelFormat format);

// "<dir>/<stem>.genres.txt" and so on: the file's base name without its last suffix.
QString labelFilePath(const QString &dir, const QString &audioFile, const QString &what, LabelFormat format);
// Writes atomically (QSaveFile): a failed write leaves the old file. Throws gtzan::Error.
void writeLabelFile(const QString &path, const QByteArray &contents);

} // namespace gtzan
