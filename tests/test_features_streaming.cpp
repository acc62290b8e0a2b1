// melFeaturesOfFile streams (a 2-hour file never holds its whole signal) and must still give the
// very values of melFeatures over the whole decoded signal: real clips, every preset, lengths that
// end on and off a hop, and files too short to stream.
#include "TestSupport.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "dsp/FeatureSpec.h"
#include "dsp/MelSpectrogram.h"
#include <QTemporaryDir>
#include <QtTest>

class FeaturesStreaming : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;

private Q_SLOTS:
    void streamedEqualsWhole_data() {
        QTest::addColumn<QString>("clip");
        QTest::addColumn<QString>("preset");
        QTest::addColumn<double>("seconds"); // 0: the clip as it is; else cut to this length
        for (const char *preset : {"gct634", "native", "musicnn"}) {
            QTest::newRow(qPrintable(QStringLiteral("jazz %1").arg(QLatin1String(preset)))) << "jazz/jazz.00001" << preset << 0.0;
            QTest::newRow(qPrintable(QStringLiteral("metal cut %1").arg(QLatin1String(preset)))) << "metal/metal.00003" << preset << 7.3217;
        }
        QTest::newRow("short gct634") << "blues/blues.00000"
                                      << "gct634" << 0.05;
        QTest::newRow("exact hops gct634") << "pop/pop.00001"
                                           << "gct634" << 2.048;
    }
    void streamedEqualsWhole() {
        QFETCH(QString, clip);
        QFETCH(QString, preset);
        QFETCH(double, seconds);
        QVERIFY(m_dir.isValid());
        QString path = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/%1.wav").arg(clip));
        if (seconds > 0) {
            gtzan::DecodeOptions o;
            o.maxSeconds = seconds;
            const QString cut = m_dir.filePath(QStringLiteral("cut-%1.wav").arg(QString::number(seconds)));
            gtzan::writeAudio(cut, gtzan::decodeAudio(path, o));
            path = cut;
        }
        const gtzan::FeatureSpec spec = gtzan::FeatureSpec::preset(preset);
        const gtzan::Matrix streamed = gtzan::melFeaturesOfFile(path, spec);
        const gtzan::Matrix whole = gtzan::melFeatures(gtzan::decodeAudio(path, spec.sampleRate), spec);
        QCOMPARE(streamed.rows, whole.rows);
        QCOMPARE(streamed.cols, whole.cols);
        QVERIFY(streamed.data == whole.data);
    }
};

QTEST_GUILESS_MAIN(FeaturesStreaming)
#include "test_features_streaming.moc"
