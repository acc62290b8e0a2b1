// The engine's stage order is enforced by the build (engine/CMakeLists.txt): each stage compiles
// against an include root that holds only its own folder and the stages below it. This test builds
// two probe files with the dsp stage's include root: one including audio (below dsp) must compile,
// one including dataset (above dsp) must not, and the compiler must say it is that include.
#include <QProcess>
#include <QtTest>

namespace {

struct BuildResult {
    int exitCode = -1;
    QString output;
};

BuildResult buildTarget(const QString &target) {
    const QString cmake = qEnvironmentVariable("GTZAN_CMAKE");
    const QString binaryDir = qEnvironmentVariable("GTZAN_BINARY_DIR");
    if (cmake.isEmpty() || binaryDir.isEmpty()) qFatal("GTZAN_CMAKE and GTZAN_BINARY_DIR must be set (ctest sets them)");
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(cmake, {QStringLiteral("--build"), binaryDir, QStringLiteral("--target"), target});
    if (!p.waitForFinished(10 * 60 * 1000)) qFatal("cmake --build %s did not finish", qPrintable(target));
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, QString::fromLocal8Bit(p.readAll())};
}

} // namespace

class StageOrderTest : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void anIncludeOfALowerStageCompiles() {
        const BuildResult r = buildTarget(QStringLiteral("gtzan_stage_probe_dsp_includes_audio"));
        QVERIFY2(r.exitCode == 0, qPrintable(r.output));
    }
    void anIncludeOfAHigherStageDoesNotCompile() {
        const BuildResult r = buildTarget(QStringLiteral("gtzan_stage_probe_dsp_includes_dataset"));
        QVERIFY2(r.exitCode != 0, "dsp including dataset/ClipFeatures.h compiled: the stage order is not enforced");
        // It failed for the right reason: the header is not visible from dsp, not some other error.
        QVERIFY2(r.output.contains(QStringLiteral("dataset/ClipFeatures.h")), qPrintable(r.output));
        QVERIFY2(r.output.contains(QStringLiteral("No such file")) || r.output.contains(QStringLiteral("not found")), qPrintable(r.output));
    }
};

QTEST_GUILESS_MAIN(StageOrderTest)
#include "test_stage_order.moc"
