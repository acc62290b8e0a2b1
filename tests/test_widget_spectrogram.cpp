// The spectrogram and waveform views and the engine functions behind them: the three frequency
// axes put a sine where it belongs, the views follow settings, and wheel, drag, click and hover
// do what a person expects.
#include "TestSupport.h"
#include "common/Error.h"
#include "dsp/DisplaySpectrogram.h"
#include "dsp/MelFilterbank.h"
#include "dsp/WaveformEnvelope.h"
#include "widgets/ColorMaps.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/SpectrogramControls.h"
#include "widgets/SpectrogramView.h"
#include "widgets/TimePlotInteraction.h"
#include "widgets/WaveformView.h"
#include <QComboBox>
#include <QSignalSpy>
#include <QSpinBox>
#include <QVBoxLayout>
#include <QtTest>

using namespace gtzan::widgets;

using namespace gtzan;

namespace {
Audio sineAudio(double hz, double seconds = 2.0, int rate = 22050) {
    Audio a;
    a.sampleRate = rate;
    a.samples = testsupport::sine(hz, seconds, rate, 0.5f);
    return a;
}
// The row with the most energy in the middle frame.
int loudestRow(const DisplaySpectrogram &s) {
    const int c = s.db.cols / 2;
    int best = 0;
    for (int r = 1; r < s.db.rows; ++r)
        if (s.db.at(r, c) > s.db.at(best, c)) best = r;
    return best;
}
void sendWheel(QWidget *w, QPoint pos, int delta) {
    QWheelEvent e(QPointF(pos), w->mapToGlobal(QPointF(pos)), QPoint(), QPoint(0, delta), Qt::NoButton, Qt::NoModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(w, &e);
}
void sendMouse(QWidget *w, QEvent::Type type, QPoint pos, Qt::MouseButtons buttons) {
    const Qt::MouseButton button = type == QEvent::MouseMove ? Qt::NoButton : Qt::LeftButton;
    QMouseEvent e(type, QPointF(pos), w->mapToGlobal(QPointF(pos)), button, buttons, Qt::NoModifier);
    QApplication::sendEvent(w, &e);
}
} // namespace

class WidgetSpectrogram : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void melAxisPutsASineInItsBand() {
        DisplaySpectrogramSpec spec; // native defaults: 1024 / 512 / 128 mel bands
        const DisplaySpectrogram s = computeDisplaySpectrogram(sineAudio(1000.0), spec);
        QCOMPARE(s.db.rows, 128);
        QCOMPARE(s.db.cols, 2 * 22050 / 512 + 1);
        QCOMPARE(int(s.rowHz.size()), 128);
        QCOMPARE(s.secondsPerFrame(), 512.0 / 22050);
        const MelFilterbank bank(22050, 1024, 128, 0.0, 11025.0);
        const int row = loudestRow(s);
        // The loudest band is the one whose centre is nearest 1 kHz (or its neighbour: triangles overlap).
        QVERIFY2(std::abs(row - s.melBandForHz(1000.0)) <= 1, qPrintable(QString::number(row)));
        QVERIFY(std::abs(bank.centreHz(row) - 1000.0) < 60.0);
        // dB with top_db 80: peak minus floor is exactly 80 on a pure sine.
        float lo = 1e9f, hi = -1e9f;
        for (float v : s.db.data) lo = std::min(lo, v), hi = std::max(hi, v);
        QVERIFY(std::abs((hi - lo) - 80.0f) < 1e-3f);
    }

    void linearAndLogAxesPutASineAtItsFrequency() {
        DisplaySpectrogramSpec spec;
        spec.axis = FrequencyAxis::Linear;
        spec.nFft = 2048;
        DisplaySpectrogram lin = computeDisplaySpectrogram(sineAudio(3000.0), spec);
        QCOMPARE(lin.db.rows, 1025);
        QVERIFY(std::abs(lin.rowHz[size_t(loudestRow(lin))] - 3000.0) <= 22050.0 / 2048);
        spec.axis = FrequencyAxis::Log;
        for (double hz : {110.0, 440.0, 3000.0}) {
            DisplaySpectrogram log = computeDisplaySpectrogram(sineAudio(hz), spec);
            QCOMPARE(log.db.rows, spec.logRows);
            // Rows rise geometrically: equal ratios between neighbours.
            const double ratio = log.rowHz[1] / log.rowHz[0];
            QVERIFY(std::abs(log.rowHz[100] / log.rowHz[99] - ratio) < 1e-9);
            const double found = log.rowHz[size_t(loudestRow(log))];
            QVERIFY2(std::abs(std::log2(found / hz)) < 0.05, qPrintable(QStringLiteral("%1 Hz shown at %2 Hz").arg(hz).arg(found)));
        }
    }

    void badSettingsAreRefusedWithAReason() {
        DisplaySpectrogramSpec spec;
        spec.nFft = 1000;
        try {
            computeDisplaySpectrogram(sineAudio(440), spec);
            QFAIL("an FFT size that is not a power of two was accepted");
        } catch (const Error &e) {
            QVERIFY(e.message().contains(QStringLiteral("1000")));
        }
        spec.nFft = 256;
        spec.nMels = 200;
        QVERIFY_THROWS_EXCEPTION(Error, computeDisplaySpectrogram(sineAudio(440), spec));
        QVERIFY_THROWS_EXCEPTION(Error, computeDisplaySpectrogram(Audio{{}, 22050}, DisplaySpectrogramSpec()));
        QVERIFY_THROWS_EXCEPTION(Error, frequencyAxisFromName(QStringLiteral("bark")));
        QCOMPARE(frequencyAxisFromName(QStringLiteral("log")), FrequencyAxis::Log);
    }

    void envelopeKeepsEveryPeak() {
        std::vector<float> x(10000, 0.0f);
        x[1234] = 0.9f;
        x[8765] = -0.7f;
        const WaveformEnvelope e = waveformEnvelope(x.data(), x.size(), 100);
        QCOMPARE(int(e.max.size()), 100);
        QCOMPARE(e.max[12], 0.9f);
        QCOMPARE(e.min[87], -0.7f);
        QCOMPARE(*std::max_element(e.max.begin(), e.max.end()), 0.9f);
        QCOMPARE(e.samplesPerBucket, 100.0);
        QCOMPARE(int(waveformEnvelope(x.data(), 10, 100).max.size()), 10); // never more buckets than samples
    }

    // The settings row wraps instead of forcing its window wider: in a narrow host every box is
    // still inside the row and fully visible, on more lines; in a wide one they share one line.
    void spectrogramSettingsWrapInANarrowWindow() {
        QWidget host;
        auto *layout = new QVBoxLayout(&host);
        auto *controls = new gtzan::widgets::SpectrogramControls;
        layout->addWidget(controls);
        layout->addStretch(1);
        const QList<QWidget *> boxes{controls->axisBox(), controls->colorMapBox(), controls->rangeBox(),
                                     controls->fftBox(),  controls->hopBox(),      controls->melBox()};
        QVERIFY2(controls->minimumSizeHint().width() < 300, qPrintable(QString::number(controls->minimumSizeHint().width())));
        const auto lines = [&] {
            QSet<int> tops;
            for (QWidget *b : boxes) {
                const QRect r(b->mapTo(controls, QPoint(0, 0)), b->size());
                if (!controls->rect().contains(r)) return -1;
                tops.insert(b->mapTo(controls, QPoint(0, 0)).y() / 8);
            }
            return int(tops.size());
        };
        host.resize(1200, 200);
        host.show();
        QVERIFY(QTest::qWaitForWindowExposed(&host));
        QTRY_COMPARE(lines(), 1);
        host.resize(320, 200);
        QTRY_VERIFY(lines() > 1);
        QVERIFY(controls->height() >= controls->heightForWidth(controls->width()));
    }

    void viewShowsTheMatrixAndFollowsSettings() {
        SpectrogramView view;
        view.resize(800, 400);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const DisplaySpectrogram s = computeDisplaySpectrogram(sineAudio(1000.0), DisplaySpectrogramSpec());
        view.setSpectrogram(s);
        auto *map = qobject_cast<QCPColorMap *>(view.plot()->plottable(0));
        QVERIFY(map);
        QCOMPARE(map->data()->keySize(), s.db.cols);
        QCOMPARE(map->data()->valueSize(), s.db.rows);
        QCOMPARE(map->data()->cell(10, 20), double(s.db.at(20, 10)));
        const float peak = *std::max_element(s.db.data.begin(), s.db.data.end());
        QCOMPARE(view.levelRange().second, double(peak));
        QCOMPARE(view.levelRange().first, double(peak) - 80.0);
        view.setDynamicRange(40);
        QCOMPARE(view.levelRange().first, double(peak) - 40.0);
        QCOMPARE(view.colorMap(), QStringLiteral("magma"));
        view.setColorMap(QStringLiteral("viridis"));
        QCOMPARE(view.colorMap(), QStringLiteral("viridis"));
        QCOMPARE(map->gradient(), colormaps::gradient(QStringLiteral("viridis")));
        view.setColorMap(QStringLiteral("jet")); // not offered: falls back to magma
        QCOMPARE(view.colorMap(), QStringLiteral("magma"));
        // Frequency ticks are labelled in Hz at their rows.
        auto ticker = view.plot()->yAxis->ticker().dynamicCast<QCPAxisTickerText>();
        QVERIFY(ticker);
        QVERIFY(ticker->ticks().size() >= 4);
        QVERIFY(ticker->ticks().values().contains(QStringLiteral("1k")));
    }

    void wheelZoomsDragPansClickSeeksHoverReads() {
        SpectrogramView view;
        view.resize(900, 420);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.setSpectrogram(computeDisplaySpectrogram(sineAudio(1000.0, 10.0), DisplaySpectrogramSpec()));
        QCustomPlot *plot = view.plot();
        plot->replot();
        const QRect area = plot->axisRect()->rect();
        const QPoint centre = area.center();
        const double fullWidth = plot->xAxis->range().size();
        QVERIFY(fullWidth > 9.9);

        sendWheel(plot, centre, 240); // zoom in
        const QCPRange zoomed = plot->xAxis->range();
        QVERIFY2(zoomed.size() < fullWidth * 0.9, qPrintable(QString::number(zoomed.size())));
        QVERIFY(zoomed.lower >= 0 && zoomed.upper <= 10.0 + 1e-9);

        // Drag to the right moves the view earlier in time.
        sendMouse(plot, QEvent::MouseButtonPress, centre, Qt::LeftButton);
        sendMouse(plot, QEvent::MouseMove, centre + QPoint(80, 0), Qt::LeftButton);
        sendMouse(plot, QEvent::MouseButtonRelease, centre + QPoint(80, 0), Qt::NoButton);
        QVERIFY(plot->xAxis->range().lower < zoomed.lower);
        QVERIFY(std::abs(plot->xAxis->range().size() - zoomed.size()) < 1e-6);

        // Zooming out past the clip stops at the clip.
        for (int i = 0; i < 10; ++i) sendWheel(plot, centre, -240);
        QVERIFY(plot->xAxis->range().lower >= 0);
        QVERIFY(plot->xAxis->range().upper <= 10.0 + 1e-9);

        // A click (no drag) asks to seek to the time under the cursor.
        QSignalSpy seek(&view, &SpectrogramView::seekRequested);
        const QPoint at(area.left() + area.width() / 4, centre.y());
        QTest::mouseClick(plot, Qt::LeftButton, Qt::NoModifier, at);
        QCOMPARE(seek.count(), 1);
        QVERIFY(std::abs(seek.at(0).at(0).toDouble() - plot->xAxis->pixelToCoord(at.x())) < 1e-9);

        // Hovering over the 1 kHz row reads out ~1000 Hz, its mel band, and a level near the peak.
        const int row = view.spectrogram().rowForHz(1000.0);
        const QPoint over(centre.x(), int(plot->yAxis->coordToPixel(row)));
        QTest::mouseMove(plot, over);
        sendMouse(plot, QEvent::MouseMove, over, Qt::NoButton);
        const QString text = view.readout();
        QVERIFY2(text.contains(QStringLiteral(" Hz")) && text.contains(QStringLiteral("mel band")) && text.contains(QStringLiteral("dB")),
                 qPrintable(text));
        const QRegularExpressionMatch hz = QRegularExpression(QStringLiteral("(\\d+) Hz")).match(text);
        QVERIFY(hz.hasMatch());
        QVERIFY2(std::abs(hz.captured(1).toDouble() - 1000.0) < 60.0, qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("mel band %1 of 128").arg(row)));
    }

    void waveformSharesTheTimeAxisAndShowsThePlayhead() {
        QWidget box;
        auto *layout = new QVBoxLayout(&box);
        auto *wave = new WaveformView;
        auto *spec = new SpectrogramView;
        layout->addWidget(wave);
        layout->addWidget(spec);
        box.resize(900, 600);
        box.show();
        QVERIFY(QTest::qWaitForWindowExposed(&box));
        TimePlotInteraction::linkTimeAxes(wave->plot(), spec->plot());
        const Audio a = sineAudio(220.0, 5.0);
        wave->setEnvelope(waveformEnvelope(a.samples.data(), a.samples.size(), 2000), a.sampleRate, a.seconds());
        spec->setSpectrogram(computeDisplaySpectrogram(a, DisplaySpectrogramSpec()));
        QCOMPARE(wave->pointCount(), 2000);
        QVERIFY(std::abs(wave->plot()->yAxis->range().upper - 0.55) < 0.01); // a 0.5 sine fills the height
        wave->plot()->xAxis->setRange(1.0, 2.0);
        QCOMPARE(spec->plot()->xAxis->range().lower, 1.0);
        QCOMPARE(spec->plot()->xAxis->range().upper, 2.0);
        spec->plot()->xAxis->setRange(2.0, 4.0);
        QCOMPARE(wave->plot()->xAxis->range().lower, 2.0);
        wave->setPlayhead(2.5);
        spec->setPlayhead(2.5);
        QCOMPARE(wave->playhead(), 2.5);
        QCOMPARE(spec->playhead(), 2.5);
        // The playhead is drawn: its column in the grabbed waveform holds the playhead colour.
        wave->plot()->replot();
        const QImage img = wave->plot()->toPixmap().toImage();
        const int x = int(wave->plot()->xAxis->coordToPixel(2.5));
        const QColor c = img.pixelColor(x, wave->plot()->axisRect()->rect().top() + 3);
        QVERIFY2(c.blue() > 200 && c.green() > 150 && c.red() < 100, qPrintable(c.name()));
    }
};

QTEST_MAIN(WidgetSpectrogram)
#include "test_widget_spectrogram.moc"
