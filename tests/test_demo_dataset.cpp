// The synthetic demo data set: GTZAN layout, marked synthetic, deterministic, cheap to re-open,
// and its genres sound different from each other.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioInfo.h"
#include "common/Error.h"
#include "dataset/DemoDataset.h"
#include "dsp/MelSpectrogram.h"
#include <QCryptographicHash>
#include <QDirIterator>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>
#include <cmath>

using namespace gtzan;

namespace {
QByteArray digestOfTree(const QString &root) {
    QCryptographicHash h(QCryptographicHash::Sha256);
    QStringList files;
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) files << it.next();
    files.sort();
    for (const QString &f : files) {
        QFile file(f);
        if (!file.open(QIODevice::ReadOnly)) return {};
        h.addData(f.mid(root.size()).toUtf8());
        h.addData(file.readAll());
    }
    return h.result();
}

// Level of the upper half of the mel bands (about 2-8 kHz) relative to the whole, in dB:
// a crude brightness measure.
double brightnessDb(const QString &path) {
    FeatureSpec spec = FeatureSpec::gct634();
    spec.scale = FeatureSpec::Scale::Power;
    const Matrix mel = melFeaturesOfFile(path, spec);
    double upper = 0, all = 0;
    for (int m = 0; m < mel.rows; ++m)
        for (int t = 0; t < mel.cols; ++t) {
            all += mel.at(m, t);
            if (m >= mel.rows / 2) upper += mel.at(m, t);
        }
    return 10 * std::log10(upper / all);
}
} // namespace

class DemoDataset : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void layoutMarkerAndDeterminism() {
        QTemporaryDir a, b;
        DemoDatasetOptions o;
        o.clipsPerGenre = 2;
        o.seconds = 4.0;
        int lastDone = 0, lastTotal = 0;
        o.progress = [&](int done, int total) {
            lastDone = done;
            lastTotal = total;
        };
        QCOMPARE(ensureDemoDataset(a.path(), o), a.path());
        QCOMPARE(lastDone, 20);
        QCOMPARE(lastTotal, 20);
        QVERIFY(isDemoDataset(a.path()));
        QVERIFY(isDemoDataset(a.filePath(QStringLiteral("genres"))));
        for (const char *g : {"blues", "classical", "country", "disco", "hiphop", "jazz", "metal", "pop", "reggae", "rock"}) {
            const QString path = a.filePath(QStringLiteral("genres/%1/%1.00001.wav").arg(QLatin1String(g)));
            const AudioInfo info = probeAudio(path);
            QCOMPARE(info.sampleRate, 22050);
            QCOMPARE(info.channels, 1);
            QCOMPARE(info.frames, qint64(4 * 22050));
        }
        ensureDemoDataset(b.path(), o);
        QCOMPARE(digestOfTree(a.path()), digestOfTree(b.path())); // bit for bit the same

        // A second call keeps the files as they are (no rewrite).
        const QString one = a.filePath(QStringLiteral("genres/jazz/jazz.00000.wav"));
        const QDateTime before = QFileInfo(one).lastModified();
        QTest::qWait(1100);
        ensureDemoDataset(a.path(), o);
        QCOMPARE(QFileInfo(one).lastModified(), before);
    }

    void genresSoundDifferent() {
        QTemporaryDir dir;
        DemoDatasetOptions o;
        o.clipsPerGenre = 1;
        o.seconds = 6.0;
        ensureDemoDataset(dir.path(), o);
        const double metal = brightnessDb(dir.filePath(QStringLiteral("genres/metal/metal.00000.wav")));
        const double classical = brightnessDb(dir.filePath(QStringLiteral("genres/classical/classical.00000.wav")));
        qInfo("energy above ~2 kHz: metal %.1f dB, classical %.1f dB", metal, classical);
        QVERIFY(metal > classical + 10);
    }

    void unwritableRootIsAnError() { QVERIFY_THROWS_EXCEPTION(gtzan::Error, ensureDemoDataset(QStringLiteral("/proc/no-such-place/demo"))); }
};

QTEST_GUILESS_MAIN(DemoDataset)
#include "test_demo_dataset.moc"
