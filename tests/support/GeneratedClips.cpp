#include "GeneratedClips.h"
#include <cmath>
#include <random>

namespace testsupport {

QStringList genreNames(int genres) {
    QStringList out;
    for (int k = 0; k < genres; ++k) out << QStringLiteral("genre%1").arg(k);
    return out;
}

std::vector<gtzan::ClipFeatures> separableClips(int genres, int clipsPerGenre, int bands, int frames, unsigned seed, double noise) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> gauss(0.0f, float(noise));
    std::vector<gtzan::ClipFeatures> out;
    for (int k = 0; k < genres; ++k) {
        const double centre = (k + 0.5) * bands / genres;
        for (int i = 0; i < clipsPerGenre; ++i) {
            gtzan::ClipFeatures c;
            c.clip.id = QStringLiteral("genre%1/genre%1.%2").arg(k).arg(i, 5, 10, QLatin1Char('0'));
            c.clip.path = c.clip.id + QStringLiteral(".wav");
            c.clip.genre = QStringLiteral("genre%1").arg(k);
            c.clip.label = k;
            c.features = gtzan::Matrix(bands, frames);
            c.spec.nMels = bands; // gct634's spec otherwise
            for (int r = 0; r < bands; ++r) {
                const double d = (r - centre) / std::max(1.0, bands / (2.0 * genres));
                const float level = float(-60.0 + 40.0 * std::exp(-d * d));
                for (int f = 0; f < frames; ++f) c.features.at(r, f) = std::clamp(level + gauss(rng), -80.0f, 0.0f);
            }
            out.push_back(std::move(c));
        }
    }
    return out;
}

} // namespace testsupport
