// Playback as a person hears it: the app's AudioPlayer plays into a real PulseAudio null sink
// whose monitor is recorded with parec, and the recording is checked for level, length and
// dominant frequency. Needs pulseaudio and parec (packaging/install-deps.sh installs them).
#include "PulseNullSink.h"
#include "TestSupport.h"
#include "widgets/AudioPlayer.h"
#include "widgets/AugmentationPanel.h"
#include "widgets/ClipInspector.h"
#include <QCheckBox>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QSlider>
#include <QtTest>

using namespace gtzan::widgets;

using namespace gtzan;

namespace {
constexpr int kRate = 22050;
Audio sineAudio(double hz, double seconds, float amplitude = 0.5f) {
    Audio a;
    a.sampleRate = kRate;
    a.samples = testsupport::sine(hz, seconds, kRate, amplitude);
    return a;
}
} // namespace

class Playback : public QObject {
    Q_OBJECT
    testsupport::PulseNullSink m_pulse;

    // Plays `audio` from `from` seconds to its end and returns what the sink received, trimmed of silence.
    std::vector<float> playAndRecord(AudioPlayer &player, double from = 0.0) {
        QString why;
        if (!m_pulse.startRecording(kRate, &why)) throw std::runtime_error(why.toStdString());
        QTest::qWait(400); // parec connected before the first sample arrives
        if (from > 0) player.seek(from);
        player.play();
        if (player.state() != AudioPlayer::State::Playing) throw std::runtime_error(player.lastError().toStdString());
        // Generous: waits for the end of the clip, it is not a speed assertion.
        if (!QTest::qWaitFor([&] { return player.state() == AudioPlayer::State::Stopped; }, 20000))
            throw std::runtime_error("the player never reached the end of the clip");
        QTest::qWait(400);
        return testsupport::trimSilence(m_pulse.stopRecording(), 0.02f);
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        QVERIFY2(m_pulse.start(&why), qPrintable(why));
    }

    void playsASineAtItsLevelLengthAndFrequency() {
        AudioPlayer player;
        player.setAudio(sineAudio(440.0, 1.5));
        QCOMPARE(player.duration(), 1.5);
        QSignalSpy positions(&player, &AudioPlayer::positionChanged);
        const std::vector<float> heard = playAndRecord(player);
        const double seconds = double(heard.size()) / kRate;
        qInfo("recorded %.3f s, rms %.4f, %.2f Hz", seconds, testsupport::rms(heard), testsupport::dominantFrequency(heard, kRate));
        QVERIFY2(std::abs(seconds - 1.5) < 0.05, qPrintable(QString::number(seconds)));
        QVERIFY(std::abs(testsupport::rms(heard) - 0.5 / std::sqrt(2.0)) < 0.02);
        QVERIFY(std::abs(testsupport::dominantFrequency(heard, kRate) - 440.0) < 2.0);
        // The playhead moved forward through the clip while it played.
        double last = -1, furthest = 0;
        int backwards = 0;
        for (const QList<QVariant> &p : positions) {
            const double s = p.at(0).toDouble();
            if (s > 0 && s < last) ++backwards;
            if (s > 0) last = s;
            furthest = std::max(furthest, s);
        }
        QVERIFY(positions.size() > 20);
        QCOMPARE(backwards, 0);
        QVERIFY2(furthest > 1.3, qPrintable(QString::number(furthest)));
    }

    void volumeScalesTheLevel() {
        AudioPlayer player;
        player.setAudio(sineAudio(660.0, 0.8));
        player.setVolume(0.5);
        const std::vector<float> heard = playAndRecord(player);
        qInfo("at volume 0.5: rms %.4f", testsupport::rms(heard));
        QVERIFY(!heard.empty());
        QVERIFY2(std::abs(testsupport::rms(heard) - 0.25 / std::sqrt(2.0)) < 0.015, qPrintable(QString::number(testsupport::rms(heard))));
        QVERIFY(std::abs(testsupport::dominantFrequency(heard, kRate) - 660.0) < 3.0);
    }

    void seekPlaysOnlyTheRest() {
        AudioPlayer player;
        // 0.6 s of 300 Hz, then 0.6 s of 900 Hz: from 0.7 s only the second tone is heard.
        Audio a = sineAudio(300.0, 0.6);
        const Audio b = sineAudio(900.0, 0.6);
        a.samples.insert(a.samples.end(), b.samples.begin(), b.samples.end());
        player.setAudio(a);
        const std::vector<float> heard = playAndRecord(player, 0.7);
        const double seconds = double(heard.size()) / kRate;
        qInfo("after a seek to 0.7 s: %.3f s at %.1f Hz", seconds, testsupport::dominantFrequency(heard, kRate));
        QVERIFY2(std::abs(seconds - 0.5) < 0.05, qPrintable(QString::number(seconds)));
        QVERIFY(std::abs(testsupport::dominantFrequency(heard, kRate) - 900.0) < 4.0);
    }

    void theAugmentedClipPlaysAtTheShiftedPitch() {
        // The explorer's own path: the inspector asks the engine for B (pitch +7 semitones) and
        // its player plays what is shown.
        ClipInspector inspector;
        inspector.showAudio(sineAudio(440.0, 1.5), QStringLiteral("sine"));
        gtzan::AugmentationDraw draw;
        draw.pitchSemitones = 7.0;
        inspector.setAugmentation(draw, true);
        QVERIFY(QTest::qWaitFor([&] { return inspector.hasAugmented() && !inspector.isBusy(); }, 30000));
        QCOMPARE(inspector.version(), ClipInspector::Version::Augmented);
        const std::vector<float> heard = playAndRecord(*inspector.player());
        const double expected = 440.0 * std::pow(2.0, 7.0 / 12.0); // 659.3 Hz
        const double found = testsupport::dominantFrequency(heard, kRate);
        const double seconds = double(heard.size()) / kRate;
        qInfo("pitch +7 semitones: heard %.1f Hz (expected %.1f), %.3f s", found, expected, seconds);
        QVERIFY2(std::abs(found / expected - 1.0) < 0.01, qPrintable(QString::number(found)));
        QVERIFY(std::abs(seconds - 1.5) < 0.08); // duration kept
        // And A plays the original again.
        inspector.showVersion(ClipInspector::Version::Original);
        const std::vector<float> original = playAndRecord(*inspector.player());
        QVERIFY(std::abs(testsupport::dominantFrequency(original, kRate) - 440.0) < 2.0);
    }

    // An instructor moves the gain slider while B plays: the sound goes on (no gap longer than
    // 100 ms, the clip's whole length is heard once) and its level follows the slider.
    void aSliderMovedWhileBPlaysKeepsTheSoundGoing() {
        ClipInspector inspector;
        AugmentationPanel panel; // wired as the window wires them
        connect(&panel, &AugmentationPanel::drawChanged, &inspector, [&] { inspector.setAugmentation(panel.draw(), true); });
        constexpr double kSeconds = 8.0;
        inspector.showAudio(sineAudio(440.0, kSeconds), QStringLiteral("sine"));
        QSlider *gain = panel.slider(AugmentKind::Gain);
        gain->setValue(0);
        panel.toggle(AugmentKind::Gain)->setChecked(true); // B: the same sound at 0 dB
        QVERIFY(QTest::qWaitFor([&] { return inspector.hasAugmented() && !inspector.isBusy(); }, 30000));
        QCOMPARE(inspector.version(), ClipInspector::Version::Augmented);

        QString why;
        QVERIFY2(m_pulse.startRecording(kRate, &why), qPrintable(why));
        QTest::qWait(400);
        AudioPlayer &player = *inspector.player();
        player.play();
        QVERIFY(QTest::qWaitFor([&] { return player.position() > 1.5; }, 10000));
        // A drag from 0 to -12 dB over about a second, 0.5 dB a step (-1 dB after 80 ms).
        const double dragStart = player.position();
        for (int step = 1; step <= 24; ++step) {
            gain->setValue(gain->value() - 1);
            QTest::qWait(40);
        }
        QCOMPARE(panel.draw().gainDb.value_or(0), -12.0);
        QVERIFY(QTest::qWaitFor([&] { return player.state() == AudioPlayer::State::Stopped; }, 30000));
        QTest::qWait(400);
        const std::vector<float> heard = testsupport::trimSilence(m_pulse.stopRecording(), 0.02f);

        // 10 ms windows: the longest run of silence while it played, and the levels before and after.
        const size_t window = kRate / 100;
        std::vector<double> level;
        for (size_t i = 0; i + window <= heard.size(); i += window)
            level.push_back(testsupport::rms(std::vector<float>(heard.begin() + std::ptrdiff_t(i), heard.begin() + std::ptrdiff_t(i + window))));
        int silent = 0, longestSilent = 0;
        for (double l : level) {
            silent = l < 0.02 ? silent + 1 : 0;
            longestSilent = std::max(longestSilent, silent);
        }
        const auto meanLevel = [&](double from, double to) {
            double sum = 0;
            int n = 0;
            for (size_t k = size_t(from * 100); k < size_t(to * 100) && k < level.size(); ++k, ++n) sum += level[k];
            return n ? sum / n : 0.0;
        };
        const double before = meanLevel(0.2, 1.2), after = meanLevel(kSeconds - 2.0, kSeconds - 0.3);
        // When the level first fell by 1 dB after the drag began: how late the sound followed.
        double followedAt = -1;
        for (size_t k = size_t(dragStart * 100); k < level.size(); ++k)
            if (level[k] < before * 0.89) {
                followedAt = double(k) / 100.0;
                break;
            }
        const double seconds = double(heard.size()) / kRate;
        qInfo(
            "heard %.3f s of %.1f; longest silence %d ms; rms %.4f before, %.4f after (-12 dB: %.4f); first 1 dB down %.0f ms after the slider passed -1 dB",
            seconds, kSeconds, longestSilent * 10, before, after, before * std::pow(10.0, -12.0 / 20.0), (followedAt - dragStart) * 1000.0 - 80.0);
        QVERIFY2(longestSilent * 10 <= 100, qPrintable(QStringLiteral("a gap of %1 ms").arg(longestSilent * 10)));
        QVERIFY2(std::abs(seconds - kSeconds) < 0.15, qPrintable(QStringLiteral("heard %1 s: the sound stopped or restarted").arg(seconds)));
        QVERIFY2(std::abs(before - 0.5 / std::sqrt(2.0)) < 0.03, qPrintable(QString::number(before)));
        QVERIFY2(std::abs(after / before - std::pow(10.0, -12.0 / 20.0)) < 0.03, qPrintable(QString::number(after / before)));
        QVERIFY2(followedAt > 0, "the level never followed the slider");
    }

    // How soon a real 30 s clip's new sound is in the player after a setting changes while B
    // plays, for a cheap step (gain) and the costly ones (Rubber Band's pitch and stretch):
    // reported, not asserted (a speed figure, see docs/benchmarks.md).
    void howSoonTheNewSoundIsInThePlayer() {
        const QString clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/blues/blues.00000.wav"));
        ClipInspector inspector;
        inspector.openFile(clip);
        QVERIFY(QTest::qWaitFor([&] { return inspector.originalAudio() && !inspector.isBusy(); }, 60000));
        gtzan::AugmentationDraw draw;
        draw.gainDb = 0.0;
        inspector.setAugmentation(draw, true);
        QVERIFY(QTest::qWaitFor([&] { return inspector.hasAugmented() && !inspector.isBusy(); }, 60000));
        inspector.player()->play();
        QSignalSpy switched(inspector.player(), &AudioPlayer::audioSwitched);
        const auto measure = [&](const char *what, gtzan::AugmentationDraw d) {
            switched.clear();
            QElapsedTimer clock;
            clock.start();
            inspector.setAugmentation(d, true);
            const bool ok = QTest::qWaitFor([&] { return switched.count() >= 1; }, 30000);
            qInfo("%s: the new sound was in the player %lld ms after the change", what, qint64(clock.elapsed()));
            return ok && QTest::qWaitFor([&] { return !inspector.isBusy(); }, 30000);
        };
        draw.gainDb = -6.0;
        QVERIFY(measure("gain -6 dB", draw));
        draw.pitchSemitones = 2.0;
        QVERIFY(measure("pitch +2", draw));
        draw.stretchRate = 1.2;
        QVERIFY(measure("stretch 1.2x", draw));
        inspector.player()->stop();
    }

    void pauseKeepsThePlaceAndStopRewinds() {
        AudioPlayer player;
        player.setAudio(sineAudio(440.0, 3.0));
        player.play();
        QVERIFY(QTest::qWaitFor([&] { return player.position() > 0.3; }, 10000));
        player.pause();
        QCOMPARE(player.state(), AudioPlayer::State::Paused);
        const double at = player.position();
        QVERIFY(at > 0.3 && at < 3.0);
        QTest::qWait(200);
        QCOMPARE(player.position(), at);
        player.stop();
        QCOMPARE(player.state(), AudioPlayer::State::Stopped);
        QCOMPARE(player.position(), 0.0);
    }
};

QTEST_MAIN(Playback)
#include "test_playback.moc"
