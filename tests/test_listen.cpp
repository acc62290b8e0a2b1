// `gtzan-cli listen` as a person uses it: a real GTZAN clip played with paplay into a private
// PulseAudio null sink while listen reads the sink's monitor (what the computer plays), silence,
// and a source that disappears mid-stream (its module unloaded). Needs pulseaudio, pactl and
// paplay (packaging/install-deps.sh installs them). About 35 s.
#include "PulseNullSink.h"
#include "TestSupport.h"
#include "audio/AudioWriter.h"
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

namespace {

QString starterModel() { return qEnvironmentVariable("GTZAN_SOURCE_DIR", QStringLiteral(".")) + QStringLiteral("/resources/models/starter.gtzm"); }

// One listen run: its JSON answers with the wall time (ms since paplay started; negative before) each arrived.
struct Heard {
    QList<QJsonObject> answers;
    QList<qint64> arrivedMs;
    QString stderrText;
    int exitCode = -1;
    QProcess::ExitStatus exitStatus = QProcess::CrashExit;
};

} // namespace

class Listen : public QObject {
    Q_OBJECT
    testsupport::PulseNullSink m_pulse;
    QTemporaryDir m_dir;

    // Starts listen on `device` for `seconds`; once it says it listens, runs `whileListening`
    // (which starts the sound and returns the clock of its start) and collects what it prints.
    Heard listen(const QString &device, double seconds, const std::function<void(QElapsedTimer &)> &whileListening,
                 const std::function<void(const QJsonObject &)> &onAnswer = {}) {
        Heard h;
        QProcess cli;
        cli.start(testsupport::cliPath(), {QStringLiteral("listen"), QStringLiteral("--device"), device, QStringLiteral("--model"), starterModel(),
                                           QStringLiteral("--seconds"), QString::number(seconds), QStringLiteral("--json")});
        if (!cli.waitForStarted(10000)) throw std::runtime_error("gtzan-cli did not start");
        QByteArray err;
        if (!QTest::qWaitFor(
                [&] {
                    err += cli.readAllStandardError();
                    return err.contains("Listening to") || cli.state() == QProcess::NotRunning;
                },
                20000))
            throw std::runtime_error("gtzan-cli listen never said it listens");
        QElapsedTimer soundClock;
        whileListening(soundClock);
        QByteArray pending;
        const auto collect = [&] {
            pending += cli.readAllStandardOutput();
            int nl;
            while ((nl = pending.indexOf('\n')) >= 0) {
                const QJsonObject o = QJsonDocument::fromJson(pending.left(nl)).object();
                pending.remove(0, nl + 1);
                h.answers << o;
                h.arrivedMs << (soundClock.isValid() ? soundClock.elapsed() : -1);
                if (onAnswer) onAnswer(o);
            }
        };
        (void)QTest::qWaitFor( // a run that outlives it is killed below
            [&] {
                collect();
                return cli.state() == QProcess::NotRunning;
            },
            int(seconds * 1000) + 30000);
        if (cli.state() != QProcess::NotRunning) {
            cli.kill();
            cli.waitForFinished(5000);
        }
        collect();
        h.stderrText = QString::fromLocal8Bit(err + cli.readAllStandardError());
        h.exitCode = cli.exitCode();
        h.exitStatus = cli.exitStatus();
        qInfo("%s", qPrintable(h.stderrText.trimmed()));
        return h;
    }

private Q_SLOTS:
    void initTestCase() {
        QString why;
        QVERIFY2(m_pulse.start(&why), qPrintable(why));
        QVERIFY(m_dir.isValid());
    }

    void listsTheMonitorOfTheSink() {
        QProcess cli;
        cli.start(testsupport::cliPath(), {QStringLiteral("listen"), QStringLiteral("--list-devices"), QStringLiteral("--json")});
        QVERIFY(cli.waitForFinished(20000));
        QCOMPARE(cli.exitCode(), 0);
        const QJsonArray inputs = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
        bool monitor = false;
        for (const QJsonValue &v : inputs)
            monitor |= v.toObject().value(QStringLiteral("id")).toString() == QLatin1String("null.monitor") &&
                       v.toObject().value(QStringLiteral("monitor")).toBool();
        QVERIFY2(monitor, qPrintable(QJsonDocument(inputs).toJson()));
    }

    void answersTheGenreOfAClipPlayedIntoTheSink() {
        const QString clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/metal/metal.00004.wav"));
        QProcess player;
        const Heard h = listen(QStringLiteral("null.monitor"), 13, [&](QElapsedTimer &clock) {
            QTest::qWait(1500); // silence first: nothing plays yet
            player.start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("null"), clip});
            QVERIFY(player.waitForStarted(5000));
            clock.start();
        });
        player.kill();
        player.waitForFinished(5000);
        QCOMPARE(h.exitStatus, QProcess::NormalExit);
        QCOMPARE(h.exitCode, 0);
        int sound = 0, metal = 0, silenceBefore = 0;
        qint64 firstMs = -1, lastMs = -1, widestGapMs = 0;
        for (int i = 0; i < h.answers.size(); ++i) {
            const QJsonObject &a = h.answers[i];
            qInfo("%lld ms: %s", h.arrivedMs[i], QJsonDocument(a).toJson(QJsonDocument::Compact).left(160).constData());
            for (const char *key : {"time", "genre", "probabilities", "unsure", "reason", "tags", "tempo"})
                QVERIFY2(a.contains(QLatin1String(key)), key);
            if (a.value(QStringLiteral("reason")).toString() == QLatin1String("silence")) {
                if (sound == 0) ++silenceBefore;
                continue;
            }
            ++sound;
            if (firstMs < 0) firstMs = h.arrivedMs[i];
            if (lastMs >= 0) widestGapMs = std::max(widestGapMs, h.arrivedMs[i] - lastMs);
            lastMs = h.arrivedMs[i];
            metal += a.value(QStringLiteral("genre")).toString() == QLatin1String("metal");
            QCOMPARE(a.value(QStringLiteral("probabilities")).toObject().size(), 10);
            QVERIFY(!a.value(QStringLiteral("tags")).toArray().isEmpty());
        }
        qInfo("first answer %lld ms after the sound started; %d answers about sound, %d say metal; widest gap %lld ms", firstMs, sound, metal,
              widestGapMs);
        QVERIFY2(silenceBefore >= 1, "the idle monitor before the clip is answered as silence");
        QVERIFY2(firstMs > 0 && firstMs < 4500, qPrintable(QString::number(firstMs)));
        QVERIFY2(sound >= 6, qPrintable(QString::number(sound)));
        QVERIFY2(metal * 2 > sound, qPrintable(QStringLiteral("%1 of %2 say metal").arg(metal).arg(sound)));
    }

    void silenceIsAnsweredUnsureWithItsReason() {
        // Digital silence played (the sink runs, its monitor delivers zeros).
        Audio zeros;
        zeros.sampleRate = 22050;
        zeros.samples.assign(size_t(22050 * 8), 0.0f);
        const QString silent = m_dir.filePath(QStringLiteral("silence.wav"));
        writeAudio(silent, zeros);
        QProcess player;
        const Heard h = listen(QStringLiteral("null.monitor"), 6, [&](QElapsedTimer &clock) {
            player.start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("null"), silent});
            QVERIFY(player.waitForStarted(5000));
            clock.start();
        });
        player.kill();
        player.waitForFinished(5000);
        QCOMPARE(h.exitCode, 0);
        QVERIFY2(h.answers.size() >= 4, qPrintable(QString::number(h.answers.size())));
        for (const QJsonObject &a : h.answers) {
            QCOMPARE(a.value(QStringLiteral("unsure")).toBool(), true);
            QCOMPARE(a.value(QStringLiteral("reason")).toString(), QStringLiteral("silence"));
            QVERIFY(a.value(QStringLiteral("genre")).isNull());
        }
    }

    void aSourceThatDisappearsGivesAClearMessage() {
        QString why;
        const QString module =
            m_pulse.pactl({QStringLiteral("load-module"), QStringLiteral("module-null-sink"), QStringLiteral("sink_name=gone")}, &why);
        QVERIFY2(!module.isEmpty(), qPrintable(why));
        const QString clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00005.wav"));
        QProcess player;
        bool unloaded = false;
        QElapsedTimer sinceUnload;
        const Heard h = listen(
            QStringLiteral("gone.monitor"), 30,
            [&](QElapsedTimer &clock) {
                player.start(QStringLiteral("paplay"), {QStringLiteral("-d"), QStringLiteral("gone"), clip});
                QVERIFY(player.waitForStarted(5000));
                clock.start();
            },
            [&](const QJsonObject &a) {
                // Mid-stream, once it answers about the music: the sink and its monitor go away.
                if (unloaded || a.value(QStringLiteral("genre")).isNull()) return;
                QString ignored;
                m_pulse.pactl({QStringLiteral("unload-module"), module}, &ignored);
                unloaded = true;
                sinceUnload.start();
            });
        player.kill();
        player.waitForFinished(5000);
        QVERIFY2(unloaded, "listen never answered about the clip before the source went");
        qInfo("listen stopped %lld ms after the source went", sinceUnload.elapsed());
        QCOMPARE(h.exitStatus, QProcess::NormalExit);
        QCOMPARE(h.exitCode, 1);
        QVERIFY2(h.stderrText.contains(QLatin1String("has gone")) || h.stderrText.contains(QLatin1String("stopped")), qPrintable(h.stderrText));
        QVERIFY(sinceUnload.elapsed() < 10000);
    }
};

QTEST_MAIN(Listen)
#include "test_listen.moc"
