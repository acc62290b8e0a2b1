#include "widgets/CompareView.h"
#include "common/Error.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/SpectrogramView.h"
#include "widgets/TimePlotInteraction.h"
#include "widgets/WaveformView.h"
#include <QLabel>
#include <QVBoxLayout>
#include <algorithm>
#include <cmath>

namespace gtzan {
namespace widgets {

namespace {
// The difference's colour bar: +-12 dB unless the augmentation changed more (up to +-40 dB).
double differenceSpan(const gtzan::Matrix &d) {
    std::vector<float> magnitudes;
    magnitudes.reserve(d.data.size());
    for (float v : d.data) magnitudes.push_back(std::abs(v));
    if (magnitudes.empty()) return 12.0;
    const auto at = magnitudes.begin() + std::ptrdiff_t(0.98 * double(magnitudes.size() - 1));
    std::nth_element(magnitudes.begin(), at, magnitudes.end());
    return std::clamp(double(*at), 12.0, 40.0);
}
} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_note(new QLabel), m_wave(new WaveformView), m_a(new SpectrogramView), m_b(new SpectrogramView), m_diff(new SpectrogramView) {
    setObjectName(QStringLiteral("compareView"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("compareNote"));
    layout->addWidget(m_note);
    const auto captioned = [this](const QString &caption, QWidget *view) {
        m_captions << caption;
        auto *box = new QWidget;
        auto *l = new QVBoxLayout(box);
        l->setContentsMargins(0, 0, 0, 0);
        l->setSpacing(0);
        auto *label = new QLabel(caption);
        QFont f = label->font();
        f.setBold(true);
        label->setFont(f);
        l->addWidget(label);
        l->addWidget(view, 1);
        return box;
    };
    layout->addWidget(captioned(tr("Waveforms: A (original, blue) and B (augmented, orange) on one amplitude scale"), m_wave), 2);
    layout->addWidget(captioned(tr("A: original"), m_a), 3);
    layout->addWidget(captioned(tr("B: augmented, on A's colour scale"), m_b), 3);
    layout->addWidget(captioned(tr("B - A: red where B is louder, blue where it is quieter"), m_diff), 3);
    // One read-out line for the three (three lines would take the plots' height).
    auto *readout = new QLabel(tr("Hover over a spectrogram to read time, frequency and level."));
    readout->setObjectName(QStringLiteral("compareReadout"));
    layout->addWidget(readout);
    for (SpectrogramView *v : {m_a, m_b, m_diff}) {
        v->setMinimumHeight(110);
        v->setReadoutShown(false);
        connect(v, &SpectrogramView::seekRequested, this, &CompareView::seekRequested);
        connect(v, &SpectrogramView::readoutChanged, readout, &QLabel::setText);
    }
    m_wave->setMinimumHeight(60);
    // One time axis, labelled once at the bottom (the difference): the plots above keep the height.
    for (SpectrogramView *v : {m_a, m_b}) {
        v->plot()->xAxis->setTickLabels(false);
        v->plot()->xAxis->setLabel(QString());
    }
    connect(m_wave, &WaveformView::seekRequested, this, &CompareView::seekRequested);
    // One time axis: zooming or panning any of them moves all.
    TimePlotInteraction::linkTimeAxes(m_a->plot(), m_b->plot());
    TimePlotInteraction::linkTimeAxes(m_b->plot(), m_diff->plot());
    TimePlotInteraction::linkTimeAxes(m_a->plot(), m_wave->plot());
    clear(tr("Switch an augmentation on to compare the original with the augmented clip."));
}

void CompareView::setVersions(const Version &a, const Version &b, bool hasMasks) {
    const double shared = std::max(a.seconds, b.seconds);
    m_wave->setEnvelope(a.envelope, a.sampleRate, shared);
    m_wave->setOverlayEnvelope(b.envelope, b.sampleRate);
    // A's peak sets the amplitude and colour scales of both: what B gained or lost shows.
    const float peak = gtzan::envelopePeak(a.envelope);
    m_wave->setFixedPeak(peak > 0 ? peak : 1.0);
    m_a->setSpectrogram(a.spectrogram);
    m_b->setSpectrogram(b.spectrogram);
    m_b->setMaskRects(b.masks);
    if (a.spectrogram.decibels && !a.spectrogram.db.empty()) {
        const float top = *std::max_element(a.spectrogram.db.data.begin(), a.spectrogram.db.data.end());
        m_a->setLevelTop(top);
        m_b->setLevelTop(top);
    }
    QString note = hasMasks ? tr("SpecAugment's masks act on the features the model sees, not on the sound: B sounds as it would "
                                 "without them, and the masks show only in B's picture and in the difference.")
                            : QString();
    try {
        const gtzan::DisplaySpectrogram d = gtzan::spectrogramDifference(a.spectrogram, b.spectrogram);
        m_diff->setDifference(d, differenceSpan(d.db));
        m_diff->setMaskRects(b.masks);
        if (a.spectrogram.db.cols != b.spectrogram.db.cols)
            note += (note.isEmpty() ? QString() : QStringLiteral(" ")) +
                    tr("B is %1 s long and A %2 s: the difference compares them moment by moment from the start.")
                        .arg(b.seconds, 0, 'f', 1)
                        .arg(a.seconds, 0, 'f', 1);
    } catch (const gtzan::Error &e) {
        m_diff->clear();
        note += (note.isEmpty() ? QString() : QStringLiteral(" ")) + tr("No difference for this layer: %1.").arg(e.message());
    }
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void CompareView::clear(const QString &message) {
    m_wave->clear();
    m_a->clear();
    m_b->clear();
    m_diff->clear();
    m_note->setText(message);
    m_note->setVisible(true);
}

QString CompareView::note() const { return m_note->text(); }
QStringList CompareView::captions() const { return m_captions; }

void CompareView::setPlayhead(double seconds) {
    m_wave->setPlayhead(seconds);
    m_a->setPlayhead(seconds);
    m_b->setPlayhead(seconds);
    m_diff->setPlayhead(seconds);
}

void CompareView::setColorMap(const QString &name) {
    m_a->setColorMap(name);
    m_b->setColorMap(name);
}

void CompareView::setDynamicRange(double rangeDb) {
    m_a->setDynamicRange(rangeDb);
    m_b->setDynamicRange(rangeDb);
}

} // namespace widgets
} // namespace gtzan
