#pragma once
#include "dsp/DisplaySpectrogram.h"
#include "dsp/WaveformEnvelope.h"
#include <QRectF>
#include <QStringList>
#include <QVector>
#include <QWidget>

class QLabel;

namespace gtzan {
namespace widgets {

class SpectrogramView;
class WaveformView;

// The original (A) and the augmented clip (B) side by side on one time axis, for teaching what an
// augmentation does: both waveforms in one plot (B over A), A's and B's spectrograms with one
// fixed colour scale and dB reference (a -6 dB gain is darker, noise fills the quiet parts), and
// their difference B - A in dB on a diverging scale. Display only: the data comes from the
// inspector's engine jobs. A click on any view seeks; the playhead runs over all of them.
class CompareView : public QWidget {
    Q_OBJECT
public:
    struct Version {
        gtzan::WaveformEnvelope envelope;
        int sampleRate = 0;
        double seconds = 0;
        gtzan::DisplaySpectrogram spectrogram;
        QVector<QRectF> masks; // SpecAugment masks of B, outlined
    };
    explicit CompareView(QWidget *parent = nullptr);
    void setVersions(const Version &a, const Version &b, bool hasMasks);
    void clear(const QString &message);
    void setPlayhead(double seconds);
    void setColorMap(const QString &name);
    void setDynamicRange(double rangeDb);

    SpectrogramView *original() const { return m_a; }
    SpectrogramView *augmented() const { return m_b; }
    SpectrogramView *difference() const { return m_diff; }
    WaveformView *waveform() const { return m_wave; }
    QString note() const;
    // The caption of each view, top to bottom (waveforms, A, B, B - A).
    QStringList captions() const;

Q_SIGNALS:
    void seekRequested(double seconds);

private:
    QLabel *m_note;
    WaveformView *m_wave;
    SpectrogramView *m_a;
    SpectrogramView *m_b;
    SpectrogramView *m_diff;
    QStringList m_captions;
};

} // namespace widgets
} // namespace gtzan
