// The Listen view (#31) with a real sound input: a GTZAN clip played with paplay into a private
// PulseAudio null sink, the view listening to the sink's monitor. Its timeline, taggram and
// verdict fill; what was heard is kept as a WAV that decodes again, and the timeline saved as CSV
// and JSON. A screenshot goes to $GTZAN_SCREENSHOT_DIR. The GUI thread's longest pause while
// listening is printed (a figure for the report, not a timed assertion).
#include "PulseNullSink.h"
#include "Screenshots.h"
#include "TestSupport.h"
#include "app/gui/Language.h"
#include "app/gui/ListenView.h"
#include "app/gui/MainWindow.h"
#include "audio/AudioDecoder.h"
#include "widgets/SegmentTimeline.h"
#include "widgets/TaggramView.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;
using namespace gtzan::gui;

class GuiListen : public QObject {
    Q_OBJECT
    testsupport::PulseNullSink m_pulse;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().remove(QStringLiteral("listen/device"));
        QString why;
        QVERIFY2(m_pulse.start(&why), qPrintable(why));
        QVERIFY(m_dir.isValid());
    }

    void listensToWhatTheComputerPlays() {
        ListenView view;
        view.resize(1300, 640);
        view.show();
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view)); // the Start/Stop shortcut works in the active window
        auto *inputs = view.findChild<QComboBox *>(QStringLiteral("listenInputs"));
        QVERIFY(inputs);
        const int monitor = inputs->findData(QStringLiteral("null.monitor"));
        QVERIFY2(monitor >= 0, "the sink's monitor is offered as an input");
        inputs->setCurrentIndex(monitor);
        view.findChild<QCheckBox *>()->setChecked(true); // keep what is heard
        QTest::keyClick(&view, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(view.isListening());
        QCOMPARE(QSettings().value(QStringLiteral("listen/device")).toString(), QStringLiteral("null.monitor"));

        QProcess player;
        player.start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("null"),
                                                testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/disco/disco.00004.wav"))});
        QVERIFY(player.waitForStarted(5000));
        const auto soundAnswers = [&] {
            return int(std::count_if(view.answers().begin(), view.answers().end(), [](const LiveUpdate &u) { return !u.silent(); }));
        };
        QTRY_VERIFY_WITH_TIMEOUT(soundAnswers() >= 8, 30000);
        testsupport::saveScreenshot(view.window(), QStringLiteral("listen-view.png"));
        QTest::keyClick(&view, Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(!view.isListening());
        player.kill();
        player.waitForFinished(5000);
        qInfo("the GUI thread's longest pause while listening: %.1f ms", view.worstStallMs());

        int disco = 0;
        for (const LiveUpdate &u : view.answers()) disco += u.genreName == QLatin1String("disco");
        QVERIFY2(disco * 2 > soundAnswers(), qPrintable(QStringLiteral("%1 of %2 say disco").arg(disco).arg(soundAnswers())));
        QVERIFY(view.findChild<widgets::SegmentTimeline *>()->segmentCount() >= soundAnswers());
        QCOMPARE(view.findChild<widgets::TaggramView *>()->rowCount(), 10);

        // Keep it: the recording decodes again, about as long as what was listened to.
        const QString wav = m_dir.filePath(QStringLiteral("heard.wav"));
        QVERIFY(view.saveRecording(wav));
        const Audio heard = decodeAudio(wav);
        QCOMPARE(heard.sampleRate, 22050);
        const double listened = view.answers().back().time;
        QVERIFY2(heard.seconds() > listened - 2.5 && heard.seconds() < listened + 2.5,
                 qPrintable(QStringLiteral("%1 vs %2").arg(heard.seconds()).arg(listened)));
        const QString csv = m_dir.filePath(QStringLiteral("timeline.csv"));
        QVERIFY(view.saveTimeline(csv));
        QFile c(csv);
        QVERIFY(c.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = c.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), int(view.answers().size()) + 1);
        QVERIFY(lines.first().startsWith("time,genre,unsure,reason,tempo,tags,blues,"));
        const QString json = m_dir.filePath(QStringLiteral("timeline.json"));
        QVERIFY(view.saveTimeline(json));
        QFile j(json);
        QVERIFY(j.open(QIODevice::ReadOnly));
        QCOMPARE(j.readAll().trimmed().split('\n').size(), int(view.answers().size()));
    }

    // The whole window at a laptop's 1366x768 (the screenshot for the user guide), listening.
    void theListenTabInTheWindow() {
        // To look at it in German or Korean and at another size (docs/development.md):
        // GTZAN_LISTEN_LANGUAGE=ko GTZAN_LISTEN_SIZE=1920x1080 with GTZAN_SCREENSHOT_DIR.
        const QString language = qEnvironmentVariable("GTZAN_LISTEN_LANGUAGE", QStringLiteral("en"));
        QCOMPARE(Language::install(language), language);
        const QStringList size = qEnvironmentVariable("GTZAN_LISTEN_SIZE", QStringLiteral("1366x768")).split(QLatin1Char('x'));
        MainWindow w;
        w.resize(size.value(0).toInt(), size.value(1).toInt());
        w.show();
        auto *tabs = w.findChild<QTabWidget *>(QStringLiteral("taskTabs"));
        QVERIFY(tabs);
        tabs->setCurrentWidget(w.listenView());
        auto *inputs = w.listenView()->findChild<QComboBox *>(QStringLiteral("listenInputs"));
        inputs->setCurrentIndex(inputs->findData(QStringLiteral("null.monitor")));
        QProcess player;
        player.start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("null"),
                                                testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/reggae/reggae.00004.wav"))});
        QVERIFY(player.waitForStarted(5000));
        QTest::qWait(1500); // a little silence first: the timeline starts with a gap
        w.listenView()->start();
        QTRY_VERIFY_WITH_TIMEOUT(w.listenView()->answers().size() >= 10, 30000);
        testsupport::saveScreenshot(&w, QStringLiteral("listen-window-%1.png").arg(language));
        Language::install(QStringLiteral("en"));
        w.listenView()->stop();
        player.kill();
        player.waitForFinished(5000);
    }
};

QTEST_MAIN(GuiListen)
#include "test_gui_listen.moc"
