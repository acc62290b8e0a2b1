// What the network listened to, where a clip sits, and the teaching layers, driven as a person
// would: Explain on a real clip (the committed cnn1d starter) lays the map over the spectrogram
// and its strip under it; "Play what it listened to" is heard through the real audio output (a
// PulseAudio null sink) at its level and length; the Map tab maps the real sample with musicnn
// and places a dropped file; the chroma, onset and tempogram layers read out what they show.
#include "PulseNullSink.h"
#include "TestSupport.h"
#include "app/gui/MapView.h"
#include "app/gui/SaliencyControls.h"
#include "app/gui/TaskControls.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "widgets/AudioPlayer.h"
#include "widgets/ClipInspector.h"
#include "widgets/QCustomPlotInclude.h"
#include "widgets/SaliencyStrip.h"
#include "widgets/SpectrogramControls.h"
#include "widgets/SpectrogramView.h"
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::widgets;
using namespace gtzan::gui;

class GuiSaliencyMap : public QObject {
    Q_OBJECT
    testsupport::PulseNullSink m_pulse;
    QTemporaryDir m_dir;
    QString m_excerpt; // 8 s of a real jazz clip

    static bool openAndWait(ClipInspector &in, const QString &path) {
        QSignalSpy opened(&in, &ClipInspector::opened);
        in.openFile(path);
        return QTest::qWaitFor([&] { return opened.count() == 1 && !in.isBusy(); }, 60000);
    }
    static bool showLayer(ClipInspector &in, const QString &layer) {
        QSignalSpy shown(&in, &ClipInspector::spectrogramShown);
        in.controls()->axisBox()->setCurrentIndex(in.controls()->axisBox()->findData(layer));
        return QTest::qWaitFor([&] { return shown.count() >= 1 && !in.isBusy(); }, 60000);
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        qputenv("XDG_CACHE_HOME", m_dir.filePath(QStringLiteral("cache")).toLocal8Bit());
        QString why;
        QVERIFY2(m_pulse.start(&why), qPrintable(why));
        const QString jazz = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00001.wav"));
        gtzan::DecodeOptions o;
        o.maxSeconds = 8.0;
        m_excerpt = m_dir.filePath(QStringLiteral("my-jazz-excerpt.wav"));
        gtzan::writeAudio(m_excerpt, gtzan::decodeAudio(jazz, o));
    }

    void explainOverlaysTheMapAndPlaysWhatItListenedTo() {
        ClipInspector in;
        SaliencyControls explain(&in);
        in.resize(1000, 600);
        in.show();
        QVERIFY(!explain.taskControls()->startButton()->isEnabled()); // no model yet
        const QString model = QString::fromLocal8Bit(qgetenv("GTZAN_SOURCE_DIR")) + QStringLiteral("/resources/models/starter-cnn1d.gtzm");
        explain.setModel(model, {QStringLiteral("blues"), QStringLiteral("jazz")});
        QVERIFY(openAndWait(in, m_excerpt));
        QSignalSpy done(&explain, &SaliencyControls::explained);
        explain.taskControls()->startButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return done.count() == 1; }, 120000));
        QVERIFY(explain.map());
        QVERIFY(in.spectrogram()->saliencyOverlayShown());
        QCOMPARE(explain.strip()->blockCount(), int(explain.map()->segmentSaliency.size()));
        QVERIFY(explain.strip()->blockCount() >= 2); // 8 s in 4 s segments
        const QString status = explain.taskControls()->statusLabel()->text();
        qInfo("%s", qPrintable(status));
        QVERIFY(status.contains(QStringLiteral("check")));
        // The read-out names the saliency under the pointer.
        QCustomPlot *plot = in.spectrogram()->plot();
        const QPoint middle(int(plot->xAxis->coordToPixel(2.0)), int(plot->yAxis->coordToPixel(40)));
        QVERIFY(in.spectrogram()->readoutAt(middle).contains(QStringLiteral("saliency")));
        // Chroma's rows are not frequencies: no overlay there; back on the mel, it returns.
        QVERIFY(showLayer(in, QStringLiteral("chroma")));
        QVERIFY(!in.spectrogram()->saliencyOverlayShown());
        QVERIFY(showLayer(in, QStringLiteral("mel")));
        QVERIFY(in.spectrogram()->saliencyOverlayShown());

        // "Play what it listened to": the gated clip through the real audio output.
        const std::shared_ptr<const gtzan::Audio> original = in.originalAudio();
        QString why;
        QVERIFY2(m_pulse.startRecording(ClipInspector::kDisplayRate, &why), qPrintable(why));
        QTest::qWait(400);
        QVERIFY(explain.listenButton()->isEnabled());
        explain.listenButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return in.player()->state() == AudioPlayer::State::Playing; }, 20000));
        QVERIFY(QTest::qWaitFor([&] { return in.player()->state() == AudioPlayer::State::Stopped; }, 30000));
        QTest::qWait(400);
        const std::vector<float> heard = testsupport::trimSilence(m_pulse.stopRecording(), 0.01f);
        const double seconds = double(heard.size()) / ClipInspector::kDisplayRate;
        qInfo("heard %.2f s at rms %.4f; the clip: %.2f s at rms %.4f", seconds, testsupport::rms(heard), original->seconds(),
              testsupport::rms(original->samples));
        QVERIFY(seconds > 1.0 && seconds < original->seconds() + 0.1);
        QVERIFY(testsupport::rms(heard) > 0.005);
        QVERIFY(testsupport::rms(heard) < testsupport::rms(original->samples)); // gated: quieter than the clip
        // Off again: the clip itself plays.
        explain.listenButton()->click();
        QCOMPARE(in.player()->duration(), original->seconds());
        // A new clip clears the map.
        QVERIFY(openAndWait(in, testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/rock/rock.00000.wav"))));
        QVERIFY(!in.spectrogram()->saliencyOverlayShown());
        QVERIFY(!explain.map());
        QCOMPARE(explain.strip()->blockCount(), 0);
    }

    void layersReadOutWhatTheyShow() {
        ClipInspector in;
        in.resize(1000, 600);
        in.show();
        QVERIFY(openAndWait(in, m_excerpt));
        QCustomPlot *plot = in.spectrogram()->plot();
        const QPoint at(int(plot->xAxis->coordToPixel(4.0)), int(plot->yAxis->coordToPixel(5)));
        QVERIFY(showLayer(in, QStringLiteral("chroma")));
        QCOMPARE(in.spectrogram()->spectrogram().db.rows, 12);
        QVERIFY(in.spectrogram()->readoutAt(at).contains(QStringLiteral("pitch class")));
        QVERIFY(showLayer(in, QStringLiteral("tempogram")));
        QVERIFY(in.spectrogram()
                    ->readoutAt(QPoint(int(plot->xAxis->coordToPixel(4.0)), int(plot->yAxis->coordToPixel(40))))
                    .contains(QStringLiteral("BPM")));
        QVERIFY(showLayer(in, QStringLiteral("onset")));
        QVERIFY(!in.beats().empty());
        QVERIFY(in.spectrogram()->readoutAt(at).contains(QStringLiteral("onset")));
        // Beat clicks: the player's audio gets them (louder where the beats are), same length.
        const double plain = testsupport::rms(in.originalAudio()->samples);
        in.beatClicksBox()->setChecked(true);
        QCOMPARE(in.player()->duration(), in.originalAudio()->seconds());
        QVERIFY(plain > 0);
    }

    void mapPlacesTheSampleAndADroppedFile() {
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        MapView map;
        map.resize(1200, 700);
        map.show();
        QVERIFY(!map.taskControls()->startButton()->isEnabled());
        map.setFolder(sample);
        QSignalSpy ready(&map, &MapView::mapReady);
        map.taskControls()->startButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return ready.count() == 1; }, 300000));
        QCOMPARE(int(map.map()->points.size()), 50);
        QVERIFY(map.map()->silhouette > 0);
        QVERIFY(map.taskControls()->statusLabel()->text().contains(QStringLiteral("silhouette")));
        // A dropped file becomes a star on the map.
        QSignalSpy placed(&map, &MapView::filesPlaced);
        map.placeFiles({m_excerpt});
        QVERIFY(QTest::qWaitFor([&] { return placed.count() == 1; }, 120000));
        QCOMPARE(int(map.placed().size()), 1);
        // Hovering a point names its clip.
        const gtzan::FolderMapPoint &p = map.map()->points.front();
        const QPoint pixel(int(map.plot()->xAxis->coordToPixel(p.x)), int(map.plot()->yAxis->coordToPixel(p.y)));
        QCOMPARE(map.pointAt(pixel), 0);
        QVERIFY(map.hoverTextAt(pixel).contains(p.clip));
        // The lasso lists the clips inside: a triangle around the first point only, then a lasso
        // drawn with the mouse around the whole plot area takes them all.
        map.selectBox()->setChecked(true);
        map.selectInside(QPolygonF() << QPointF(pixel.x() - 3, pixel.y() + 3) << QPointF(pixel.x() + 3, pixel.y() + 3)
                                     << QPointF(pixel.x(), pixel.y() - 4));
        QVERIFY(map.selectedClips().contains(p.clip));
        QCOMPARE(map.selectionList()->count(), map.selectedClips().size());
        const QRect area = map.plot()->axisRect()->rect();
        QTest::mousePress(map.plot(), Qt::LeftButton, {}, area.topLeft() + QPoint(2, 2));
        for (const QPoint &corner : {area.topRight() + QPoint(-2, 2), area.bottomRight() + QPoint(-2, -2), area.bottomLeft() + QPoint(2, -2)}) {
            QMouseEvent move(QEvent::MouseMove, corner, map.plot()->mapToGlobal(corner), Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
            QApplication::sendEvent(map.plot(), &move);
        }
        QTest::mouseRelease(map.plot(), Qt::LeftButton, {}, area.bottomLeft() + QPoint(2, -2));
        QCOMPARE(map.selectionList()->count(), 50);
        // Known faults: the 3 of the sample are ringed.
        map.colourBox()->setCurrentIndex(map.colourBox()->findData(QStringLiteral("faults")));
        bool ringed = false;
        for (int i = 0; i < map.plot()->graphCount(); ++i)
            if (map.plot()->graph(i)->name().contains(QStringLiteral("Known fault"))) ringed = map.plot()->graph(i)->dataCount() == 3;
        QVERIFY(ringed);
        // Replicas found on the Faults tab are ringed too.
        map.setReplicaNotes(
            {{map.map()->points[0].path, QStringLiteral("replica of x")}, {map.map()->points[1].path, QStringLiteral("replica of y")}});
        map.colourBox()->setCurrentIndex(map.colourBox()->findData(QStringLiteral("replicas")));
        int replicas = -1;
        for (int i = 0; i < map.plot()->graphCount(); ++i)
            if (map.plot()->graph(i)->name().startsWith(QStringLiteral("Replica"))) replicas = map.plot()->graph(i)->dataCount();
        QCOMPARE(replicas, 2);
    }

    void mapOfATrainedModelShowsRightAndWrong() {
        const QString sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        const QString model = QString::fromLocal8Bit(qgetenv("GTZAN_SOURCE_DIR")) + QStringLiteral("/resources/models/starter-cnn1d.gtzm");
        MapView map;
        map.resize(1200, 700);
        map.show();
        map.setFolder(sample);
        map.embeddingBox()->addItem(QStringLiteral("starter-cnn1d"), model); // what "Trained model file..." adds
        map.embeddingBox()->setCurrentIndex(map.embeddingBox()->count() - 1);
        map.methodBox()->setCurrentIndex(map.methodBox()->findData(QStringLiteral("pca")));
        QSignalSpy ready(&map, &MapView::mapReady);
        map.makeMap();
        QVERIFY(QTest::qWaitFor([&] { return ready.count() == 1; }, 300000));
        int wrong = 0;
        for (const gtzan::FolderMapPoint &p : map.map()->points) {
            QVERIFY(!p.predicted.isEmpty());
            wrong += p.predicted != p.genre;
        }
        qInfo("cnn1d starter's penultimate layer, PCA: %d of 50 clips predicted wrong, silhouette %.2f", wrong, map.map()->silhouette);
        map.colourBox()->setCurrentIndex(map.colourBox()->findData(QStringLiteral("correct")));
        int ringed = -1;
        for (int i = 0; i < map.plot()->graphCount(); ++i)
            if (map.plot()->graph(i)->name().startsWith(QStringLiteral("Wrong"))) ringed = map.plot()->graph(i)->dataCount();
        QCOMPARE(ringed, wrong);
        map.colourBox()->setCurrentIndex(map.colourBox()->findData(QStringLiteral("prediction")));
        int shown = 0;
        for (int i = 0; i < map.plot()->graphCount(); ++i) shown += map.plot()->graph(i)->dataCount();
        QCOMPARE(shown, 50); // every point, in the colour of its predicted genre
        const gtzan::FolderMapPoint &p = map.map()->points.front();
        QVERIFY(map.hoverTextAt(QPoint(int(map.plot()->xAxis->coordToPixel(p.x)), int(map.plot()->yAxis->coordToPixel(p.y))))
                    .contains(QStringLiteral("the model says")));
    }
};

QTEST_MAIN(GuiSaliencyMap)
#include "test_gui_saliency_map.moc"
