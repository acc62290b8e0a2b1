#pragma once
#include "common/Matrix.h"
#include "dsp/DisplaySpectrogram.h"
#include <QPoint>
#include <QRectF>
#include <QSize>
#include <QVector>
#include <QWidget>
#include <QtNumeric>

class QCustomPlot;
class QCPColorMap;
class QCPColorScale;
class QCPGraph;
class QCPItemRect;
class QLabel;

namespace gtzan {
namespace widgets {

class TimePlotInteraction;

// Shows a spectrogram the engine computed as a colour map with a colour bar: time on x, the
// frequency axis (mel, linear or log rows) labelled in Hz on y. Wheel zooms, drag pans, a click
// seeks, hovering reads out time, frequency (Hz and mel band) and level (dB). The teaching layers
// (chroma, MFCC, onsets and beats, tempogram) are the same view with other rows: pitch classes,
// coefficients or tempi on y, their own read-out, the onset curve and the beats drawn over the
// mel. A saliency map can lie over any frequency layer, translucent. Display only.
class SpectrogramView : public QWidget {
    Q_OBJECT
public:
    explicit SpectrogramView(QWidget *parent = nullptr);

    void setSpectrogram(const gtzan::DisplaySpectrogram &s);
    // A difference of two spectrograms (B - A, in dB, as a non-dB DisplaySpectrogram of the same
    // rows): drawn with a diverging map centred on 0, spanning +-halfRangeDb.
    void setDifference(const gtzan::DisplaySpectrogram &difference, double halfRangeDb);
    bool showsDifference() const { return m_signedRange > 0; }
    // The top of the colour bar in dB, fixed (NaN: the shown spectrogram's own peak). A fixed top
    // shared by two versions of a clip shows a gain as darker or brighter, as it is.
    void setLevelTop(double topDb);
    double levelTop() const { return m_levelTop; }
    // A plain (bands x frames) matrix, y showing band indices (kept for feature matrices).
    void setMatrix(const gtzan::Matrix &m, double secondsPerFrame, const QString &valueLabel);
    void clear();

    void setColorMap(const QString &name);
    QString colorMap() const { return m_colorMap; }
    // The colour bar spans [peak - rangeDb, peak] of the shown spectrogram.
    void setDynamicRange(double rangeDb);
    double dynamicRange() const { return m_rangeDb; }
    QPair<double, double> levelRange() const; // what the colour bar spans now (dB)
    // Rectangles (x in seconds, y in rows) drawn over the map, e.g. SpecAugment masks.
    void setMaskRects(const QVector<QRectF> &rects);
    int maskRectCount() const { return m_masks.size(); }
    // What a model attended to (a bands x frames map, 0..1, with its bands' centre frequencies
    // and its frame step), drawn over the frequency layers (not over chroma, MFCC or tempogram,
    // whose rows are not frequencies). Kept across layer and setting changes until cleared.
    void setSaliencyOverlay(const gtzan::Matrix &map, const std::vector<double> &rowHz, double secondsPerFrame);
    void clearSaliencyOverlay();
    bool saliencyOverlayShown() const;
    void setOverlayOpacity(double opacity); // 0..1
    double overlayOpacity() const { return m_overlayOpacity; }
    void setPlayhead(double seconds);
    double playhead() const;

    const gtzan::DisplaySpectrogram &spectrogram() const { return m_spec; }
    QString readoutAt(const QPoint &plotPixel) const; // the hover text for a pixel of plot()
    QString readout() const;                          // the text shown now
    // Views stacked together (the compare view) share one read-out line: theirs hide, and
    // readoutChanged carries what the hovered one says.
    void setReadoutShown(bool shown);
    QCustomPlot *plot() const { return m_plot; }
    TimePlotInteraction *timeInteraction() const { return m_time; }

Q_SIGNALS:
    void seekRequested(double seconds);
    void readoutChanged(const QString &text);

private:
    void applyLevelRange();
    void setFrequencyTicks();
    void setLayerTicks();
    void drawRhythm();
    void drawOverlay();
    QCustomPlot *m_plot;
    QCPColorMap *m_map;
    QCPColorScale *m_scale;
    QLabel *m_readout;
    void applyGradient();
    void drawBeatLines();
    TimePlotInteraction *m_time;
    QPoint m_hoverPixel{-1, -1}; // where the mouse last was over the plot
    QSize m_laidOutSize;         // the plot area the beat lines and frequency labels were made for
    double m_levelTop = qQNaN(); // see setLevelTop
    double m_signedRange = 0;    // > 0: a difference, +-this many dB
    void showSpectrogram(const gtzan::DisplaySpectrogram &s);
    gtzan::DisplaySpectrogram m_spec;
    QVector<QCPItemRect *> m_masks;
    QCPColorMap *m_overlay;
    QCPGraph *m_onsetCurve;
    QCPGraph *m_beatLines;
    gtzan::Matrix m_saliency;
    std::vector<double> m_saliencyHz;
    double m_saliencySpf = 0;
    double m_overlayOpacity = 0.75;
    QString m_colorMap = QStringLiteral("magma");
    double m_rangeDb = 80.0;
    double m_peakDb = 0.0;
    bool m_hasFrequencies = false;
};

} // namespace widgets
} // namespace gtzan
