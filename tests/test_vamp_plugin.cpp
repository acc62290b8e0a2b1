// The Vamp plugin gtzan-vamp.so (app/vamp) as a host runs it: Debian's vamp-simple-host loads it
// from the build tree, on real GTZAN clips, and its answers must be gtzan-cli predict's (the same
// model, the same engine): the segment genres equal, the probabilities within 1e-4, the verdict and
// the taggram's tag means the same. A model that cannot be used gives a clear error, no crash.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>
#include <sndfile.h>

namespace {

// One line of vamp-simple-host's output: " 1.5, 3.0: 0.1 0.2 label" (the duration only when the
// output has one; values, then the label).
struct HostFeature {
    double start = 0;
    double duration = -1;
    std::vector<double> values;
    QString label;
};

struct HostRun {
    int exitCode = -1;
    bool crashed = false;
    QString stdoutText, stderrText;
    std::vector<HostFeature> features;
    double seconds = 0;
};

QString pluginDir() { return qEnvironmentVariable("GTZAN_BINARY_DIR") + QStringLiteral("/lib/vamp"); }
QString starterModel() { return qEnvironmentVariable("GTZAN_SOURCE_DIR") + QStringLiteral("/resources/models/starter.gtzm"); }
QString smallStarterModel() { return qEnvironmentVariable("GTZAN_SOURCE_DIR") + QStringLiteral("/resources/models/starter-cnn1d.gtzm"); }

QString simpleHost() {
    const QString host = QStandardPaths::findExecutable(QStringLiteral("vamp-simple-host"));
    if (host.isEmpty()) throw std::runtime_error("vamp-simple-host is missing (Debian package vamp-examples; packaging/install-deps.sh installs it)");
    return host;
}

// The plugin's environment: the build tree's plugin folder only, and GTZAN_VAMP_MODEL as given
// (empty: unset, so the plugin finds the starter itself).
QProcessEnvironment hostEnvironment(const QString &modelVariable) {
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("VAMP_PATH"), pluginDir());
    env.remove(QStringLiteral("GTZAN_VAMP_MODEL"));
    if (!modelVariable.isNull()) env.insert(QStringLiteral("GTZAN_VAMP_MODEL"), modelVariable);
    return env;
}

HostRun runHost(const QStringList &args, const QString &modelVariable = QString()) {
    QProcess p;
    p.setProcessEnvironment(hostEnvironment(modelVariable));
    QElapsedTimer clock;
    clock.start();
    p.start(simpleHost(), args);
    HostRun run;
    if (!p.waitForFinished(120000)) {
        p.kill();
        p.waitForFinished();
        run.stderrText = QStringLiteral("vamp-simple-host did not finish in 120 s");
        return run;
    }
    run.seconds = clock.elapsed() / 1000.0;
    run.crashed = p.exitStatus() != QProcess::NormalExit;
    run.exitCode = p.exitCode();
    run.stderrText = QString::fromLocal8Bit(p.readAllStandardError());
    run.stdoutText = QString::fromLocal8Bit(p.readAllStandardOutput());
    static const QRegularExpression line(QStringLiteral("^\\s*([0-9.eE+-]+)(?:,\\s*([0-9.eE+-]+))?:\\s?(.*)$"));
    for (const QString &text : run.stdoutText.split(QLatin1Char('\n'))) {
        const QRegularExpressionMatch m = line.match(text);
        if (!m.hasMatch()) continue;
        HostFeature f;
        f.start = m.captured(1).toDouble();
        if (m.capturedLength(2) > 0) f.duration = m.captured(2).toDouble();
        QStringList words = m.captured(3).split(QLatin1Char(' '), Qt::SkipEmptyParts);
        bool number = true;
        while (!words.isEmpty() && number) {
            const double v = words.front().toDouble(&number);
            if (number) {
                f.values.push_back(v);
                words.removeFirst();
            }
        }
        f.label = words.join(QLatin1Char(' '));
        run.features.push_back(f);
    }
    return run;
}

HostRun runOutput(const QString &output, const QString &clip, const QString &modelVariable = QString()) {
    return runHost({QStringLiteral("gtzan-vamp:genre:") + output, clip}, modelVariable);
}

QJsonObject cliPrediction(const QString &model, const QString &clip) {
    QProcess cli;
    cli.start(testsupport::cliPath(), {QStringLiteral("predict"), model, clip, QStringLiteral("--json")});
    if (!cli.waitForFinished(120000) || cli.exitStatus() != QProcess::NormalExit || cli.exitCode() != 0)
        throw std::runtime_error("gtzan-cli predict failed: " + cli.readAllStandardError().toStdString());
    const QJsonArray all = QJsonDocument::fromJson(cli.readAllStandardOutput()).array();
    if (all.size() != 1) throw std::runtime_error("gtzan-cli predict --json did not give one answer");
    return all.first().toObject();
}

// A stereo file at 44.1 kHz whose channels are two different clips (16-bit, as GTZAN's are): the
// host hands the plugin two channels at a rate no model uses, so its downmix and resampling must
// be the decoder's.
void writeStereoMix(const QString &path, const QString &left, const QString &right) {
    gtzan::DecodeOptions options;
    options.targetRate = 44100;
    const gtzan::Audio l = gtzan::decodeAudio(left, options), r = gtzan::decodeAudio(right, options);
    const size_t frames = std::min(l.samples.size(), r.samples.size());
    std::vector<float> interleaved(frames * 2);
    for (size_t i = 0; i < frames; ++i) {
        interleaved[2 * i] = l.samples[i] * 0.7f;
        interleaved[2 * i + 1] = r.samples[i] * 0.7f;
    }
    SF_INFO info{};
    info.samplerate = 44100;
    info.channels = 2;
    info.format = SF_FORMAT_WAV | SF_FORMAT_PCM_16;
    SNDFILE *file = sf_open(QFile::encodeName(path).constData(), SFM_WRITE, &info);
    if (!file) throw std::runtime_error("cannot write " + path.toStdString());
    sf_writef_float(file, interleaved.data(), sf_count_t(frames));
    sf_close(file);
}

} // namespace

class TestVampPlugin : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() {
        QVERIFY2(!qEnvironmentVariable("GTZAN_BINARY_DIR").isEmpty() && !qEnvironmentVariable("GTZAN_SOURCE_DIR").isEmpty(),
                 "run under ctest: GTZAN_SOURCE_DIR and GTZAN_BINARY_DIR are set");
        QVERIFY2(QFileInfo::exists(pluginDir() + QStringLiteral("/gtzan-vamp.so")),
                 qPrintable(pluginDir() + " has no gtzan-vamp.so: build gtzan-vamp"));
        QVERIFY(QFileInfo::exists(starterModel()));
        QVERIFY(m_scratch.isValid());
        writeStereoMix(m_scratch.filePath(QStringLiteral("stereo-44k.wav")),
                       testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/disco/disco.00001.wav")),
                       testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/classical/classical.00002.wav")));
    }

    void hostListsThePluginAndItsOutputs() {
        const HostRun run = runHost({QStringLiteral("--list")});
        QVERIFY2(!run.crashed && run.exitCode == 0, qPrintable(run.stderrText));
        const QString &listing = run.stdoutText;
        QVERIFY2(listing.contains(QStringLiteral("gtzan-vamp.so")), qPrintable(listing));
        QVERIFY2(listing.contains(QStringLiteral("GTZAN genre, \"genre\"")), qPrintable(listing));
        for (const char *output : {"\"probabilities\"", "\"segment-genre\"", "\"taggram\"", "\"verdict\""})
            QVERIFY2(listing.contains(QLatin1String(output)), output);
    }

    void segmentsEqualTheCli_data() {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<QString>("model");         // for gtzan-cli
        QTest::addColumn<QString>("modelVariable"); // for the plugin; null: its own default (the starter)
        const QString jazz = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
        const QString metal = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/metal/metal.00003.wav"));
        const QString reggae = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/reggae/reggae.00002.wav"));
        const QString stereo = m_scratch.filePath(QStringLiteral("stereo-44k.wav"));
        QTest::newRow("starter, found by the plugin, jazz") << jazz << starterModel() << QString();
        QTest::newRow("starter, found by the plugin, metal") << metal << starterModel() << QString();
        QTest::newRow("small starter (cnn1d) from GTZAN_VAMP_MODEL, reggae") << reggae << smallStarterModel() << smallStarterModel();
        QTest::newRow("starter, stereo 44.1 kHz mix") << stereo << starterModel() << QString();
        QTest::newRow("small starter (cnn1d), stereo 44.1 kHz mix") << stereo << smallStarterModel() << smallStarterModel();
    }

    void segmentsEqualTheCli() {
        QFETCH(QString, clip);
        QFETCH(QString, model);
        QFETCH(QString, modelVariable);
        const QJsonObject cli = cliPrediction(model, clip);
        const QJsonArray segments = cli.value(QStringLiteral("segments")).toArray();
        const QJsonArray genres = cli.value(QStringLiteral("genres")).toArray();
        QVERIFY(segments.size() >= 7);

        const HostRun labels = runOutput(QStringLiteral("segment-genre"), clip, modelVariable);
        QVERIFY2(!labels.crashed && labels.exitCode == 0, qPrintable(labels.stderrText));
        qInfo("%s: vamp-simple-host ran the plugin (load, %d segments) in %.2f s", qPrintable(QFileInfo(clip).fileName()), int(segments.size()),
              labels.seconds);
        QCOMPARE(int(labels.features.size()), int(segments.size()));
        for (int i = 0; i < segments.size(); ++i) {
            const QJsonObject s = segments[i].toObject();
            QCOMPARE(labels.features[size_t(i)].label, s.value(QStringLiteral("genre")).toString());
            QVERIFY(std::abs(labels.features[size_t(i)].start - s.value(QStringLiteral("start")).toDouble()) < 1e-3);
            QVERIFY(std::abs(labels.features[size_t(i)].duration - s.value(QStringLiteral("seconds")).toDouble()) < 1e-3);
        }

        const HostRun probabilities = runOutput(QStringLiteral("probabilities"), clip, modelVariable);
        QVERIFY2(!probabilities.crashed && probabilities.exitCode == 0, qPrintable(probabilities.stderrText));
        QCOMPARE(int(probabilities.features.size()), int(segments.size()));
        double worst = 0;
        for (int i = 0; i < segments.size(); ++i) {
            const QJsonArray expected = segments[i].toObject().value(QStringLiteral("probabilities")).toArray();
            const std::vector<double> &got = probabilities.features[size_t(i)].values;
            QCOMPARE(int(got.size()), int(genres.size()));
            for (int k = 0; k < expected.size(); ++k) worst = std::max(worst, std::abs(got[size_t(k)] - expected[k].toDouble()));
        }
        qInfo("largest probability difference from gtzan-cli: %.2g", worst);
        QVERIFY2(worst <= 1e-4, qPrintable(QString::number(worst)));

        const HostRun verdict = runOutput(QStringLiteral("verdict"), clip, modelVariable);
        QVERIFY2(!verdict.crashed && verdict.exitCode == 0, qPrintable(verdict.stderrText));
        QCOMPARE(int(verdict.features.size()), 1);
        const HostFeature &v = verdict.features.front();
        if (cli.value(QStringLiteral("unsure")).toBool())
            QVERIFY2(v.label.startsWith(QStringLiteral("unsure: ") + cli.value(QStringLiteral("unsureReason")).toString()), qPrintable(v.label));
        else QCOMPARE(v.label, cli.value(QStringLiteral("genre")).toString());
        QCOMPARE(int(v.values.size()), 1);
        QVERIFY(std::abs(v.values[0] - cli.value(QStringLiteral("confidence")).toDouble()) <= 1e-4);
        QVERIFY(std::abs(v.duration - cli.value(QStringLiteral("seconds")).toDouble()) < 1e-3);

        // The taggram: one row per musicnn patch; its column means are the file's tag
        // probabilities, of which gtzan-cli lists the top ten.
        const HostRun taggram = runOutput(QStringLiteral("taggram"), clip, modelVariable);
        QVERIFY2(!taggram.crashed && taggram.exitCode == 0, qPrintable(taggram.stderrText));
        const QJsonArray tags = cli.value(QStringLiteral("tags")).toArray();
        if (tags.isEmpty()) {
            QVERIFY(taggram.features.empty());
            return;
        }
        QVERIFY(!taggram.features.empty());
        const size_t columns = taggram.features.front().values.size();
        QCOMPARE(int(columns), 50);
        std::vector<double> means(columns, 0.0);
        for (const HostFeature &row : taggram.features) {
            QCOMPARE(row.values.size(), columns);
            for (size_t t = 0; t < columns; ++t) means[t] += row.values[t] / double(taggram.features.size());
        }
        std::sort(means.rbegin(), means.rend());
        for (int i = 0; i < tags.size(); ++i)
            QVERIFY2(std::abs(means[size_t(i)] - tags[i].toObject().value(QStringLiteral("probability")).toDouble()) <= 1e-4,
                     qPrintable(tags[i].toObject().value(QStringLiteral("tag")).toString()));
    }

    void unusableModelIsAClearErrorNotACrash_data() {
        QTest::addColumn<QString>("modelVariable"); // empty: a file of the right name that holds no model
        QTest::addColumn<QString>("message");
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/folder/model.gtzm")
                                      << QStringLiteral("gtzan-vamp: cannot use the model /nonexistent/folder/model.gtzm");
        QTest::newRow("relative path") << QStringLiteral("models/model.gtzm") << QStringLiteral("GTZAN_VAMP_MODEL must be a full path");
        QTest::newRow("not a model") << QString() << QStringLiteral("gtzan-vamp: cannot use the model");
    }

    void unusableModelIsAClearErrorNotACrash() {
        QFETCH(QString, modelVariable);
        QFETCH(QString, message);
        QTemporaryDir dir;
        if (modelVariable.isEmpty()) {
            modelVariable = dir.filePath(QStringLiteral("broken.gtzm"));
            QFile f(modelVariable);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArray(4096, 'x'));
        }
        const QString clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00000.wav"));
        const HostRun run = runOutput(QStringLiteral("segment-genre"), clip, modelVariable);
        QVERIFY2(!run.crashed, qPrintable(run.stderrText));
        QVERIFY2(run.exitCode != 0, "the host must be told that the plugin could not start");
        QVERIFY(run.features.empty());
        QVERIFY2(run.stderrText.contains(message), qPrintable(run.stderrText));
    }

private:
    QTemporaryDir m_scratch;
};

QTEST_GUILESS_MAIN(TestVampPlugin)
#include "test_vamp_plugin.moc"
