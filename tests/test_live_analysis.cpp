// Live listening's analysis without a sound card: real GTZAN clips fed to LiveAnalysis in 0.1 s
// pieces, as a capture would, between stretches of digital silence. The sound-card side (Qt
// Multimedia, a PulseAudio monitor) is test_listen's.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/Resampler.h"
#include "common/Error.h"
#include "inference/LiveAnalysis.h"
#include "inference/LiveAnalysisThread.h"
#include "inference/Predictor.h"
#include <QtTest>
#include <mutex>

using namespace gtzan;

namespace {

QString starterModel() { return qEnvironmentVariable("GTZAN_SOURCE_DIR", QStringLiteral(".")) + QStringLiteral("/resources/models/starter.gtzm"); }

std::unique_ptr<Predictor> starter() { return std::make_unique<Predictor>(Predictor::fromFile(starterModel())); }

// Feeds `samples` in 0.1 s pieces and collects every answer given on the way.
void feed(LiveAnalysis &live, const std::vector<float> &samples, std::vector<LiveUpdate> &answers) {
    const size_t piece = size_t(live.inputRate() / 10);
    for (size_t at = 0; at < samples.size(); at += piece) {
        live.append(samples.data() + at, std::min(piece, samples.size() - at));
        while (std::optional<LiveUpdate> u = live.next()) answers.push_back(*u);
    }
}

} // namespace

class LiveAnalysisTest : public QObject {
    Q_OBJECT

    // The clip, preceded by 2 s and followed by 3 s of silence, at `rate`: the answers.
    std::vector<LiveUpdate> listenTo(const QString &genre, const QString &clip, int rate, double clipSeconds) {
        const QString path = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/%1/%2").arg(genre, clip));
        DecodeOptions o;
        o.targetRate = rate;
        o.maxSeconds = clipSeconds;
        const Audio audio = decodeAudio(path, o);
        LiveAnalysis live(starter(), rate);
        std::vector<LiveUpdate> answers;
        feed(live, std::vector<float>(size_t(2 * rate), 0.0f), answers);
        feed(live, audio.samples, answers);
        feed(live, std::vector<float>(size_t(3 * rate), 0.0f), answers);
        return answers;
    }

private Q_SLOTS:
    void answersTheClipsGenreAndSilenceAroundIt() {
        const std::vector<LiveUpdate> answers = listenTo(QStringLiteral("metal"), QStringLiteral("metal.00004.wav"), 22050, 15);
        QVERIFY(!answers.empty());
        int silent = 0, metal = 0, sound = 0;
        double firstSound = -1, lastStream = -1, widestGap = 0;
        for (const LiveUpdate &u : answers) {
            qInfo("%.2f s: %s %s %.1f bpm, %.0f ms CPU", u.streamSeconds, qPrintable(u.genreName), qPrintable(u.trust.kind), u.tempoBpm,
                  u.cpuSeconds * 1000);
            // Between answers about sound (after the first, which waits for a whole patch).
            if (lastStream >= 0 && !u.silent()) widestGap = std::max(widestGap, u.streamSeconds - lastStream);
            lastStream = u.silent() ? -1 : u.streamSeconds;
            if (u.silent()) {
                ++silent;
                QCOMPARE(u.genre, -1);
                QVERIFY(u.trust.unsure);
                QVERIFY(u.probabilities.empty());
                continue;
            }
            ++sound;
            if (firstSound < 0) firstSound = u.streamSeconds;
            if (u.genreName == QLatin1String("metal")) ++metal;
            QCOMPARE(int(u.probabilities.size()), 10);
            QVERIFY(!u.tags.empty());
            QCOMPARE(int(u.newestTags.size()), 50);
            QVERIFY(u.windowSeconds >= 3.0 - 1e-9 && u.windowSeconds <= 6.0 + 1e-9);
            QVERIFY(u.windowStart >= 2.0 - 0.2); // never reaching back into the silence before the sound
        }
        // Silence before (2 s) and after (3 s): answered as such.
        QVERIFY2(answers.front().silent(), "the leading silence is answered as silence");
        QVERIFY2(answers.back().silent(), "the trailing silence is answered as silence");
        QVERIFY(silent >= 3);
        // The first answer once one 3 s patch of sound is there (sound starts at 2 s; the resampler
        // delays a little, the pieces are 0.1 s).
        QVERIFY2(firstSound >= 5.0 - 1e-6 && firstSound <= 5.25, qPrintable(QString::number(firstSound)));
        // Then one a second: 13 answers over the 12 s of sound after the first.
        QVERIFY2(sound >= 12, qPrintable(QString::number(sound)));
        QVERIFY2(widestGap <= 1.0 + 0.11, qPrintable(QString::number(widestGap)));
        QVERIFY2(metal * 2 > sound, qPrintable(QStringLiteral("%1 of %2 answers say metal").arg(metal).arg(sound)));
        // A tempo once a few beats are in.
        QVERIFY(std::any_of(answers.begin(), answers.end(), [](const LiveUpdate &u) { return u.tempoBpm > 40 && !u.beatSeconds.empty(); }));
    }

    void anInputAt44kGivesTheSameGenre() {
        const std::vector<LiveUpdate> answers = listenTo(QStringLiteral("classical"), QStringLiteral("classical.00004.wav"), 44100, 8);
        int classical = 0, sound = 0;
        for (const LiveUpdate &u : answers)
            if (!u.silent()) {
                ++sound;
                classical += u.genreName == QLatin1String("classical");
            }
        QVERIFY(sound >= 4);
        QVERIFY2(classical * 2 > sound, qPrintable(QStringLiteral("%1 of %2").arg(classical).arg(sound)));
    }

    void theJsonLineCarriesWhatTheCliPrints() {
        LiveUpdate u;
        u.time = 3.21;
        u.genre = 1;
        u.genreName = QStringLiteral("classical");
        u.probabilities = {0.25f, 0.75f};
        u.tags = {{QStringLiteral("piano"), 0.5f}};
        u.tempoBpm = 120;
        const QJsonObject o = u.toJson({QStringLiteral("blues"), QStringLiteral("classical")});
        QCOMPARE(o.value(QStringLiteral("time")).toDouble(), 3.21);
        QCOMPARE(o.value(QStringLiteral("genre")).toString(), QStringLiteral("classical"));
        QCOMPARE(o.value(QStringLiteral("probabilities")).toObject().value(QStringLiteral("classical")).toDouble(), 0.75);
        QCOMPARE(o.value(QStringLiteral("unsure")).toBool(), false);
        QVERIFY(o.value(QStringLiteral("reason")).isNull());
        QCOMPARE(o.value(QStringLiteral("tags")).toArray().first().toObject().value(QStringLiteral("tag")).toString(), QStringLiteral("piano"));
        QCOMPARE(o.value(QStringLiteral("tempo")).toDouble(), 120.0);
        LiveUpdate silence;
        silence.trust.unsure = true;
        silence.trust.kind = QStringLiteral("silence");
        const QJsonObject s = silence.toJson({});
        QVERIFY(s.value(QStringLiteral("genre")).isNull());
        QCOMPARE(s.value(QStringLiteral("reason")).toString(), QStringLiteral("silence"));
    }

    void badSettingsAreRefusedWithAReason() {
        try {
            LiveAnalysis live(starter(), 100);
            QFAIL("a 100 Hz input was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("100 Hz")), qPrintable(e.message()));
        }
        LiveOptions o;
        o.updateSeconds = 0;
        try {
            LiveAnalysis live(starter(), 16000, o);
            QFAIL("an update interval of 0 was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("update")), qPrintable(e.message()));
        }
    }

    void theThreadAnswersOffTheCallersThreadAndStops() {
        std::mutex m;
        std::vector<LiveUpdate> answers;
        QStringList genres;
        QString failure;
        LiveAnalysisThread::Handlers h;
        h.ready = [&](const QStringList &g, const QStringList &) {
            std::lock_guard<std::mutex> lock(m);
            genres = g;
        };
        h.update = [&](const LiveUpdate &u) {
            std::lock_guard<std::mutex> lock(m);
            answers.push_back(u);
        };
        h.failed = [&](const QString &why) {
            std::lock_guard<std::mutex> lock(m);
            failure = why;
        };
        const Audio clip = decodeAudio(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/reggae/reggae.00004.wav")), 16000);
        {
            LiveAnalysisThread thread(starterModel(), 16000, LiveOptions{}, h);
            thread.append(clip.samples.data(), 16000 * 4);
            QVERIFY(QTest::qWaitFor(
                [&] {
                    std::lock_guard<std::mutex> lock(m);
                    return !answers.empty() || !failure.isEmpty();
                },
                30000));
            thread.stop();
            QVERIFY2(failure.isEmpty(), qPrintable(failure));
            QCOMPARE(genres.size(), 10);
            QCOMPARE(thread.audioSeconds(), 4.0);
            QVERIFY(thread.cpuSeconds() > 0);
        }
        // A model that is not there: a message, no answer.
        failure.clear();
        answers.clear();
        LiveAnalysisThread broken(QStringLiteral("/nonexistent/model.gtzm"), 16000, LiveOptions{}, h);
        QVERIFY(QTest::qWaitFor(
            [&] {
                std::lock_guard<std::mutex> lock(m);
                return !failure.isEmpty();
            },
            10000));
        QVERIFY2(failure.contains(QLatin1String("model.gtzm")), qPrintable(failure));
        QVERIFY(answers.empty());
    }
};

QTEST_GUILESS_MAIN(LiveAnalysisTest)
#include "test_live_analysis.moc"
