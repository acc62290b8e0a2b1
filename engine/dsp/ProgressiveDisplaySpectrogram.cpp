#include "dsp/ProgressiveDisplaySpectrogram.h"
#include "audio/Audio.h"
#include <algorithm>
#include <cmath>

namespace gtzan {

ProgressiveDisplaySpectrogram::ProgressiveDisplaySpectrogram(const DisplaySpectrogramSpec &spec, int sampleRate, double expectedSeconds,
                                                             int maxColumns)
    : m_spec(spec), m_rate(sampleRate) {
    const double expectedFrames = std::max(1.0, expectedSeconds * sampleRate / spec.hop);
    m_framesPerColumn = std::max(1, int(std::ceil(expectedFrames / std::max(1, maxColumns))));
    m_preview.sampleRate = sampleRate;
    m_preview.hop = spec.hop * m_framesPerColumn; // one column = framesPerColumn frames
    m_preview.axis = spec.axis;
    growTo(int(std::ceil(expectedFrames / m_framesPerColumn)));
}

bool ProgressiveDisplaySpectrogram::supports(const DisplaySpectrogramSpec &spec) {
    return spec.axis == FrequencyAxis::Mel || spec.axis == FrequencyAxis::Linear || spec.axis == FrequencyAxis::Log;
}

void ProgressiveDisplaySpectrogram::growTo(int columns) {
    if (columns <= m_preview.db.cols && m_preview.db.rows > 0) return;
    const int rows = m_preview.db.rows;
    Matrix grown(rows, columns, kUnfilledDb);
    for (int r = 0; r < rows; ++r) std::copy(m_preview.db.row(r), m_preview.db.row(r) + m_preview.db.cols, grown.row(r));
    m_preview.db = std::move(grown);
}

bool ProgressiveDisplaySpectrogram::update(const std::vector<float> &samples) {
    const qint64 n = qint64(samples.size());
    const qint64 half = m_spec.nFft / 2;
    if (n < qint64(m_spec.nFft)) return false;
    // Frames whose whole window has been decoded, in whole columns.
    const qint64 framesReady = (n - half) / m_spec.hop + 1;
    const int columnsReady = int(framesReady / m_framesPerColumn);
    if (columnsReady <= m_filled) return false;
    const qint64 firstFrame = qint64(m_filled) * m_framesPerColumn;
    const qint64 frames = qint64(columnsReady - m_filled) * m_framesPerColumn;
    const qint64 from = firstFrame * m_spec.hop;
    const qint64 to = std::min(n, (firstFrame + frames - 1) * m_spec.hop + half + 1);
    Audio piece;
    piece.sampleRate = m_rate;
    piece.samples.assign(samples.begin() + from, samples.begin() + to);
    const DisplaySpectrogram s = computeDisplaySpectrogram(piece, m_spec);
    if (m_preview.db.rows != s.db.rows) { // the first piece: the rows and their labels
        const int columns = m_preview.db.cols;
        m_preview.db = Matrix(s.db.rows, columns, kUnfilledDb);
        m_preview.rowHz = s.rowHz;
        m_preview.melCentresHz = s.melCentresHz;
        m_preview.rowNames = s.rowNames;
        m_preview.decibels = s.decibels;
    }
    growTo(columnsReady);
    for (int c = m_filled; c < columnsReady; ++c) {
        const int k0 = (c - m_filled) * m_framesPerColumn;
        for (int r = 0; r < s.db.rows; ++r) {
            float loudest = kUnfilledDb;
            for (int k = k0; k < k0 + m_framesPerColumn && k < s.db.cols; ++k) loudest = std::max(loudest, s.db.at(r, k));
            m_preview.db.at(r, c) = loudest;
        }
    }
    m_filled = columnsReady;
    return true;
}

} // namespace gtzan
