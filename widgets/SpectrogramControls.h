#pragma once
#include "dsp/DisplaySpectrogram.h"
#include <QWidget>

class QComboBox;
class QSettings;
class QSpinBox;

namespace gtzan {
namespace widgets {

// The spectrogram's settings: frequency axis, colour map, dB range, FFT size, hop and mel bands
// (defaults: the native preset, 1024 / 512 / 128 bands, magma, 80 dB).
class SpectrogramControls : public QWidget {
    Q_OBJECT
public:
    explicit SpectrogramControls(QWidget *parent = nullptr);
    gtzan::DisplaySpectrogramSpec spec() const;
    QString colorMap() const;
    double dynamicRange() const;

    // Remembered between sessions: the caller opens the settings group. Values that are not
    // offered (an edited settings file) are ignored, keeping the current ones.
    void saveSettings(QSettings &settings) const;
    void restoreSettings(const QSettings &settings);
    void resetToDefaults();

    QComboBox *axisBox() const { return m_axis; }
    QComboBox *colorMapBox() const { return m_colors; }
    QSpinBox *rangeBox() const { return m_range; }
    QComboBox *fftBox() const { return m_fft; }
    QComboBox *hopBox() const { return m_hop; }
    QSpinBox *melBox() const { return m_mels; }

Q_SIGNALS:
    void specChanged(); // needs a new spectrogram from the engine
    void colorMapChanged(const QString &name);
    void dynamicRangeChanged(double db);

private:
    QComboBox *m_axis;
    QComboBox *m_colors;
    QSpinBox *m_range;
    QComboBox *m_fft;
    QComboBox *m_hop;
    QSpinBox *m_mels;
};

} // namespace widgets
} // namespace gtzan
