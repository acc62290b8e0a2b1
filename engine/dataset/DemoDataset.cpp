#include "dataset/DemoDataset.h"
#include "audio/AudioWriter.h"
#include "common/Error.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>
#include <cmath>
#include <cstdint>
#include <iterator>
#include <string>
#include <vector>

namespace gtzan {

namespace {
constexpr int kDemoVersion = 1;
const char *kMarker = "SYNTHETIC-DEMO-DATA.txt";

// A tiny deterministic generator (xorshift64*): std::*_distribution differs between standard
// libraries, and the demo must sound the same everywhere.
class Rng {
public:
    explicit Rng(uint64_t seed) : m_state(seed * 0x9E3779B97F4A7C15ull + 1) {}
    uint64_t next() {
        m_state ^= m_state >> 12;
        m_state ^= m_state << 25;
        m_state ^= m_state >> 27;
        return m_state * 2685821657736338717ull;
    }
    double uniform() { return double(next() >> 11) / double(1ull << 53); } // [0, 1)
    double range(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    int pick(int n) { return int(next() % uint64_t(n)); }

private:
    uint64_t m_state;
};

// What makes one genre sound like itself in the demo.
struct Recipe {
    const char *genre;
    double bpm;
    bool fourOnFloor;   // kick on every beat
    bool backbeat;      // snare on 2 and 4
    bool offbeatChords; // reggae skank
    bool swing;         // jazz / blues shuffle
    double distortion;  // 0 clean .. 1 heavy
    double chordLevel, bassLevel, drumLevel, hatLevel;
    int waveform;      // 0 sine (strings), 1 saw (synth), 2 plucked
    double brightness; // low-pass amount 0..1 (1 = bright)
};

const Recipe kRecipes[] = {
    {"blues", 90, false, true, false, true, 0.15, 0.30, 0.35, 0.5, 0.10, 1, 0.4},
    {"classical", 70, false, false, false, false, 0.0, 0.45, 0.15, 0.0, 0.0, 0, 0.3},
    {"country", 112, false, true, false, false, 0.0, 0.35, 0.30, 0.35, 0.12, 2, 0.7},
    {"disco", 120, true, true, false, false, 0.0, 0.25, 0.40, 0.6, 0.25, 1, 0.8},
    {"hiphop", 88, false, true, false, true, 0.0, 0.15, 0.60, 0.8, 0.15, 0, 0.3},
    {"jazz", 140, false, false, false, true, 0.0, 0.30, 0.35, 0.2, 0.30, 0, 0.5},
    {"metal", 180, true, true, false, false, 0.95, 0.45, 0.35, 0.7, 0.20, 1, 1.0},
    {"pop", 104, true, true, false, false, 0.05, 0.35, 0.35, 0.5, 0.18, 1, 0.9},
    {"reggae", 76, false, false, true, false, 0.0, 0.30, 0.50, 0.45, 0.10, 2, 0.5},
    {"rock", 124, false, true, false, false, 0.6, 0.40, 0.35, 0.6, 0.18, 1, 0.8},
};

// FNV-1a: std::hash differs between standard libraries; the seed must not.
uint64_t stableHash(const char *text) {
    uint64_t h = 1469598103934665603ull;
    for (; *text; ++text) h = (h ^ uint64_t(static_cast<unsigned char>(*text))) * 1099511628211ull;
    return h;
}

double midiToHz(double note) { return 440.0 * std::pow(2.0, (note - 69.0) / 12.0); }

void addTone(std::vector<float> &out, int sr, double start, double dur, double freq, double level, int waveform, double brightness, Rng &rng) {
    const size_t s0 = size_t(std::max(0.0, start * sr));
    const size_t n = size_t(dur * sr);
    if (waveform == 2) {
        // Karplus-Strong plucked string.
        const int period = std::max(2, int(sr / freq));
        std::vector<float> ring(static_cast<size_t>(period));
        for (float &v : ring) v = float(rng.range(-1, 1));
        size_t idx = 0;
        const float damp = float(0.490 + 0.009 * brightness);
        for (size_t i = 0; i < n && s0 + i < out.size(); ++i) {
            const size_t j = (idx + 1) % ring.size();
            const float v = ring[idx];
            ring[idx] = damp * (v + ring[j]);
            idx = j;
            out[s0 + i] += float(level) * v;
        }
        return;
    }
    const double attack = 0.01, release = std::min(0.2, dur * 0.3);
    for (size_t i = 0; i < n && s0 + i < out.size(); ++i) {
        const double t = double(i) / sr;
        const double env = std::min(1.0, t / attack) * std::min(1.0, (dur - t) / release);
        double v;
        if (waveform == 0) {
            v = std::sin(2 * M_PI * freq * t) + 0.3 * std::sin(4 * M_PI * freq * t);
        } else {
            // Band-limited-ish saw: a few harmonics, more when brighter.
            const int harmonics = 2 + int(brightness * 8);
            v = 0;
            for (int h = 1; h <= harmonics && h * freq < sr / 2.0; ++h) v += std::sin(2 * M_PI * h * freq * t) / h;
            v *= 0.6;
        }
        out[s0 + i] += float(level * env * v);
    }
}

void addKick(std::vector<float> &out, int sr, double start, double level) {
    const size_t s0 = size_t(start * sr);
    for (size_t i = 0; i < size_t(0.25 * sr) && s0 + i < out.size(); ++i) {
        const double t = double(i) / sr;
        const double f = 50 + 100 * std::exp(-t * 30);
        out[s0 + i] += float(level * std::exp(-t * 12) * std::sin(2 * M_PI * f * t));
    }
}

void addNoiseHit(std::vector<float> &out, int sr, double start, double level, double decay, double tone, Rng &rng) {
    const size_t s0 = size_t(start * sr);
    float prev = 0;
    for (size_t i = 0; i < size_t(0.3 * sr) && s0 + i < out.size(); ++i) {
        const double t = double(i) / sr;
        const float white = float(rng.range(-1, 1));
        const float hp = white - prev * float(tone); // crude high-pass for hats, body for snares
        prev = white;
        out[s0 + i] += float(level * std::exp(-t * decay)) * hp;
    }
}

std::vector<float> synthesise(const Recipe &r, int clip, double seconds, int sr) {
    Rng rng(stableHash(r.genre) ^ (uint64_t(clip) << 32) ^ uint64_t(kDemoVersion));
    std::vector<float> out(size_t(seconds * sr), 0.0f);
    const double bpm = r.bpm * rng.range(0.94, 1.06);
    const double beat = 60.0 / bpm;
    const int root = 40 + rng.pick(8); // E2..B2
    static const int progressions[][4] = {{0, 5, 7, 0}, {0, 7, 9, 5}, {0, 3, 5, 7}, {0, 5, 3, 7}};
    const int *prog = progressions[rng.pick(4)];
    const bool minor = std::string(r.genre) == "metal" || std::string(r.genre) == "hiphop" || rng.uniform() < 0.3;
    const int beats = int(seconds / beat);
    for (int b = 0; b < beats; ++b) {
        const double t = b * beat;
        const int bar = b / 4, inBar = b % 4;
        const int chordRoot = root + prog[bar % 4];
        // Drums.
        if (r.drumLevel > 0) {
            if (r.fourOnFloor || inBar == 0 || (inBar == 2 && !r.backbeat)) addKick(out, sr, t, r.drumLevel);
            if (r.backbeat && (inBar == 1 || inBar == 3)) addNoiseHit(out, sr, t, r.drumLevel * 0.6, 18, 0.3, rng);
        }
        if (r.hatLevel > 0) {
            addNoiseHit(out, sr, t, r.hatLevel, 60, 0.95, rng);
            addNoiseHit(out, sr, t + beat * (r.swing ? 0.66 : 0.5), r.hatLevel * 0.7, 60, 0.95, rng);
        }
        // Bass: root on the beat, walking in swing genres.
        if (r.bassLevel > 0) {
            const int step = r.swing ? (inBar == 0 ? 0 : (inBar == 1 ? 4 : (inBar == 2 ? 7 : 9))) : (inBar % 2 ? 7 : 0);
            addTone(out, sr, t, beat * 0.9, midiToHz(chordRoot - 12 + step), r.bassLevel, 0, 0.2, rng);
        }
        // Chords: sustained per bar, or skanked on the off-beats.
        if (r.chordLevel > 0) {
            const int third = minor ? 3 : 4;
            const int notes[4] = {0, third, 7, r.swing ? 10 : 12};
            const bool play = r.offbeatChords ? true : (inBar == 0);
            if (play) {
                const double start = r.offbeatChords ? t + beat * 0.5 : t;
                const double dur = r.offbeatChords ? beat * 0.3 : beat * 4;
                for (int k = 0; k < (r.distortion > 0.5 ? 3 : 4); ++k)
                    addTone(out, sr, start, dur, midiToHz(chordRoot + 12 + notes[k]), r.chordLevel / 3, r.waveform, r.brightness, rng);
            }
        }
    }
    // Distortion, then normalise to a comfortable level.
    float peak = 1e-6f;
    for (float &v : out) {
        if (r.distortion > 0) v = float(std::tanh(v * (1 + 12 * r.distortion)) / std::tanh(1 + 12 * r.distortion));
        peak = std::max(peak, std::fabs(v));
    }
    for (float &v : out) v *= 0.7f / peak;
    return out;
}

QString clipPath(const QString &root, const QString &genre, int clip) {
    return QDir(root).filePath(QStringLiteral("genres/%1/%1.%2.wav").arg(genre).arg(clip, 5, 10, QLatin1Char('0')));
}
} // namespace

QString defaultDemoDatasetRoot() {
    return QDir(QStandardPaths::writableLocation(QStandardPaths::CacheLocation)).filePath(QStringLiteral("demo-gtzan"));
}

bool isDemoDataset(const QString &root) {
    const QDir dir(root);
    return QFileInfo::exists(dir.filePath(QLatin1String(kMarker))) || QFileInfo::exists(dir.filePath(QStringLiteral("../") + QLatin1String(kMarker)));
}

QString ensureDemoDataset(const QString &root, const DemoDatasetOptions &options) {
    QDir dir(root);
    if (!dir.mkpath(QStringLiteral("."))) throw Error(QStringLiteral("Cannot create the demo data set folder %1").arg(root));
    const QString marker = dir.filePath(QLatin1String(kMarker));
    const QByteArray markerText = QStringLiteral("This folder holds SYNTHETIC demo data made by GTZAN Explorer (demo version %1), not real music.\n"
                                                 "Every clip is generated from a simple per-genre recipe so that the program has something to show\n"
                                                 "without the real GTZAN data set. Open a real GTZAN folder (File > Open data set) for real work.\n")
                                      .arg(kDemoVersion)
                                      .toUtf8();
    QFile existing(marker);
    const bool sameVersion = existing.open(QIODevice::ReadOnly) && existing.readAll() == markerText;
    existing.close();

    const int total = int(std::size(kRecipes)) * options.clipsPerGenre;
    int done = 0;
    for (const Recipe &r : kRecipes) {
        const QString genre = QString::fromLatin1(r.genre);
        if (!dir.mkpath(QStringLiteral("genres/") + genre))
            throw Error(QStringLiteral("Cannot create %1").arg(dir.filePath(QStringLiteral("genres/") + genre)));
        for (int c = 0; c < options.clipsPerGenre; ++c) {
            if (options.cancel && options.cancel->load()) throw Cancelled(QStringLiteral("Making the demo data set was cancelled"));
            const QString path = clipPath(root, genre, c);
            if (!sameVersion || !QFileInfo::exists(path)) {
                Audio audio;
                audio.sampleRate = options.sampleRate;
                audio.samples = synthesise(r, c, options.seconds, options.sampleRate);
                writeAudio(path, audio);
            }
            if (options.progress) options.progress(++done, total);
        }
    }
    if (!sameVersion) {
        QSaveFile f(marker);
        if (!f.open(QIODevice::WriteOnly) || f.write(markerText) != markerText.size() || !f.commit())
            throw Error(QStringLiteral("Cannot write %1: %2").arg(marker, f.errorString()));
    }
    return root;
}

} // namespace gtzan
