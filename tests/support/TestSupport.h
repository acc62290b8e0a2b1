#pragma once
#include <QJsonObject>
#include <QString>
#include <vector>

namespace testsupport {

// ../shared (from $GTZAN_SHARED, else the build's default). Empty when it is missing; tests
// that need it call requireShared() and fail loudly rather than pass silently.
QString sharedDir();
QString requireShared(const QString &relative); // QFAIL-style: throws std::runtime_error when missing

// ../shared/reference: its folder and its parsed index.json (both throw like requireShared when missing).
QString referenceDir();
QJsonObject referenceIndex();

// Path to the built gtzan-cli ($GTZAN_CLI).
QString cliPath();

// Generated signals for tests.
std::vector<float> sine(double freqHz, double seconds, int sampleRate, float amplitude = 0.5f);
// The strongest frequency of a signal (Hz), by a fine DFT peak search with parabolic refinement.
double dominantFrequency(const std::vector<float> &x, int sampleRate);
double rms(const std::vector<float> &x);

} // namespace testsupport
