#include "GeneratedGtzan.h"
#include "audio/AudioWriter.h"
#include "dataset/GenreSets.h"
#include <QDir>
#include <QFile>
#include <cmath>
#include <cstdint>
#include <stdexcept>

namespace testsupport {

QString writeGeneratedGtzan(const GeneratedGtzan &spec) {
    const QStringList genres = spec.genres.isEmpty() ? gtzan::gtzanGenres() : spec.genres;
    const QString ext = spec.layout == QLatin1String("genres") ? QStringLiteral("au") : QStringLiteral("wav");
    const QString root = QDir(spec.dir).filePath(spec.layout);
    const int rate = spec.sampleRate;
    const size_t total = size_t(std::llround(spec.seconds * rate));
    for (int g = 0; g < genres.size(); ++g) {
        const QString folder = QDir(root).filePath(genres[g]);
        if (!QDir().mkpath(folder)) throw std::runtime_error("cannot create " + folder.toStdString());
        for (int k = 0; k < spec.clipsPerGenre; ++k) {
            const QString id = QStringLiteral("%1.%2").arg(genres[g]).arg(k, 5, 10, QLatin1Char('0'));
            const QString path = QDir(folder).filePath(id + QLatin1Char('.') + ext);
            if (spec.corrupt.contains(genres[g] + QLatin1Char('/') + id)) {
                QFile f(path);
                if (!f.open(QIODevice::WriteOnly)) throw std::runtime_error("cannot write " + path.toStdString());
                f.write("RIFF\x10\x00\x00\x00WAVEjunk that is no audio at all", 40);
                continue;
            }
            // One second: a tone per genre and clip, and a 50 ms noise burst (a beat).
            std::vector<float> pattern(static_cast<size_t>(rate));
            const double hz = 110.0 * (g + 1) + 3.0 * k;
            std::uint32_t lcg = 2654435761u * std::uint32_t(g * 1000 + k + 1);
            for (size_t i = 0; i < pattern.size(); ++i) {
                lcg = lcg * 1664525u + 1013904223u;
                const float noise = i < size_t(rate / 20) ? 0.3f * (float(lcg >> 8) / 16777216.0f - 0.5f) : 0.0f;
                pattern[i] = 0.3f * float(std::sin(2.0 * M_PI * hz * double(i) / rate)) + noise;
            }
            gtzan::Audio audio;
            audio.sampleRate = rate;
            audio.samples.resize(total);
            for (size_t i = 0; i < total; ++i) audio.samples[i] = pattern[i % pattern.size()];
            gtzan::writeAudio(path, audio);
        }
    }
    return root;
}

} // namespace testsupport
