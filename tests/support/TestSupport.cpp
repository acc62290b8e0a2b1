#include "TestSupport.h"
#include "common/DataLocations.h"
#include "dsp/Stft.h"
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cmath>
#include <stdexcept>

namespace testsupport {

QString sharedDir() {
    const QString dir = gtzan::sharedDataDir(); // $GTZAN_SHARED (ctest sets it), else the build tree's marker
    return QFileInfo(dir).isDir() ? QDir(dir).absolutePath() : QString();
}

QString requireShared(const QString &relative) {
    const QString root = sharedDir();
    const QString path = root.isEmpty() ? QString() : QDir(root).filePath(relative);
    if (root.isEmpty() || !QFileInfo::exists(path))
        throw std::runtime_error(
            ("The real data this test needs is missing: ../shared/" + relative.toStdString() + " (set GTZAN_SHARED to the shared folder)"));
    return path;
}

QString referenceDir() { return QFileInfo(requireShared(QStringLiteral("reference/index.json"))).absolutePath(); }

QJsonObject referenceIndex() {
    QFile f(requireShared(QStringLiteral("reference/index.json")));
    QJsonParseError error{};
    const QJsonDocument doc = f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll(), &error) : QJsonDocument();
    if (!doc.isObject()) throw std::runtime_error("../shared/reference/index.json cannot be read as a JSON object");
    return doc.object();
}

QString cliPath() {
    const QString fromCtest = qEnvironmentVariable("GTZAN_CLI");
    if (!fromCtest.isEmpty()) return fromCtest;
    // Run by hand: the tests and gtzan-cli both land in build/bin.
    return QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("gtzan-cli"));
}

std::vector<float> sine(double freqHz, double seconds, int sampleRate, float amplitude) {
    std::vector<float> x(size_t(std::llround(seconds * sampleRate)));
    for (size_t i = 0; i < x.size(); ++i) x[i] = amplitude * float(std::sin(2.0 * M_PI * freqHz * double(i) / sampleRate));
    return x;
}

double dominantFrequency(const std::vector<float> &x, int sampleRate) {
    // Power spectrum of a Hann-windowed block of up to 2^16 samples, peak with parabolic interpolation.
    int n = 1;
    while (n * 2 <= int(x.size()) && n < 65536) n *= 2;
    const size_t offset = (x.size() - size_t(n)) / 2;
    const gtzan::Matrix spec = gtzan::powerSpectrogram(x.data() + offset, size_t(n), n, n * 4, n);
    int best = 1;
    for (int k = 1; k < spec.rows - 1; ++k)
        if (spec.at(k, 0) > spec.at(best, 0)) best = k;
    const double a = std::log(spec.at(best - 1, 0) + 1e-30), b = std::log(spec.at(best, 0) + 1e-30), c = std::log(spec.at(best + 1, 0) + 1e-30);
    const double delta = 0.5 * (a - c) / (a - 2 * b + c);
    return (best + delta) * double(sampleRate) / n;
}

double rms(const std::vector<float> &x) {
    double s = 0;
    for (float v : x) s += double(v) * v;
    return x.empty() ? 0.0 : std::sqrt(s / double(x.size()));
}

} // namespace testsupport
