// Replica finding on real GTZAN clips: the 50-clip sample plus replicas this test plants with sox
// (an exact copy filed under another genre, a trimmed quieter copy, an MP3 round trip). All three
// are found, with their kind and offset, and no pair of the 50 distinct clips is; the figures
// behind the threshold are measured here and printed.
#include "TestSupport.h"
#include "faults/ClipFingerprints.h"
#include "studies/ReplicaSearch.h"
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>
#include <algorithm>

using namespace gtzan;

class TestReplicas : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_root, m_cache;
    QStringList m_originals;

    QString clip(const QString &relative) const { return m_root + QStringLiteral("/genres/") + relative; }
    static bool sox(const QStringList &args) { return QProcess::execute(QStringLiteral("sox"), args) == 0; }

    QJsonObject replicasJson(const QStringList &extra = {}) {
        QProcess p;
        p.start(testsupport::cliPath(), QStringList{QStringLiteral("replicas"), m_root, QStringLiteral("--json")} + extra);
        if (!p.waitForFinished(300000) || p.exitCode() != 0) {
            qWarning("%s", p.readAllStandardError().constData());
            return {};
        }
        return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
    }

private Q_SLOTS:
    void initTestCase() {
        QVERIFY(m_dir.isValid());
        const QString sample = QFileInfo(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/blues/blues.00000.wav"))).path();
        const QString genres = QFileInfo(sample).path();
        m_root = m_dir.filePath(QStringLiteral("gtzan"));
        m_cache = m_dir.filePath(QStringLiteral("cache"));
        QDirIterator it(genres, {QStringLiteral("*.wav")}, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString from = it.next();
            const QString to = clip(QDir(genres).relativeFilePath(from));
            QDir().mkpath(QFileInfo(to).path());
            QVERIFY(QFile::copy(from, to));
            m_originals << to;
        }
        m_originals.sort();
        QCOMPARE(m_originals.size(), 50);
        // The planted replicas.
        QVERIFY(QFile::copy(clip(QStringLiteral("blues/blues.00000.wav")), clip(QStringLiteral("rock/rock.00090.wav"))));
        QVERIFY(sox({clip(QStringLiteral("jazz/jazz.00001.wav")), clip(QStringLiteral("jazz/jazz.00091.wav")), QStringLiteral("trim"),
                     QStringLiteral("2.5"), QStringLiteral("vol"), QStringLiteral("0.5")}));
        QVERIFY2(sox({clip(QStringLiteral("metal/metal.00002.wav")), QStringLiteral("-C"), QStringLiteral("128"),
                      clip(QStringLiteral("pop/pop.00092.mp3"))}),
                 "sox cannot write MP3 (libsox-fmt-mp3, from packaging/install-deps.sh)");
    }

    void theCliFindsThePlantedReplicasAndNothingElse() {
        const QJsonObject first = replicasJson({QStringLiteral("--cache"), m_cache});
        QCOMPARE(first.value(QStringLiteral("files")).toInt(), 53);
        QCOMPARE(first.value(QStringLiteral("fingerprintsComputed")).toInt(), 53);
        const QJsonArray pairs = first.value(QStringLiteral("pairs")).toArray();
        QCOMPARE(pairs.size(), 3);
        QMap<QString, QJsonObject> byB;
        for (const QJsonValue &v : pairs) byB[QFileInfo(v[QStringLiteral("b")].toString()).fileName()] = v.toObject();
        const QJsonObject exact = byB.value(QStringLiteral("rock.00090.wav")), trimmed = byB.value(QStringLiteral("jazz.00091.wav")),
                          mp3 = byB.value(QStringLiteral("pop.00092.mp3"));
        QCOMPARE(QFileInfo(exact[QStringLiteral("a")].toString()).fileName(), QStringLiteral("blues.00000.wav"));
        QCOMPARE(exact[QStringLiteral("kind")].toString(), QStringLiteral("exact"));
        QCOMPARE(exact[QStringLiteral("offsetSeconds")].toDouble(), 0.0);
        QCOMPARE(QFileInfo(trimmed[QStringLiteral("a")].toString()).fileName(), QStringLiteral("jazz.00001.wav"));
        QCOMPARE(trimmed[QStringLiteral("kind")].toString(), QStringLiteral("near"));
        QVERIFY2(std::abs(trimmed[QStringLiteral("offsetSeconds")].toDouble() - 2.5) < 0.15,
                 qPrintable(QString::number(trimmed[QStringLiteral("offsetSeconds")].toDouble())));
        QCOMPARE(QFileInfo(mp3[QStringLiteral("a")].toString()).fileName(), QStringLiteral("metal.00002.wav"));
        QCOMPARE(mp3[QStringLiteral("kind")].toString(), QStringLiteral("near"));
        for (const QJsonObject &p : {exact, trimmed, mp3})
            QVERIFY2(p[QStringLiteral("similarity")].toDouble() >= first.value(QStringLiteral("threshold")).toDouble(),
                     qPrintable(QJsonDocument(p).toJson()));

        // Again: every fingerprint from the cache, the same pairs.
        const QJsonObject again = replicasJson({QStringLiteral("--cache"), m_cache});
        QCOMPARE(again.value(QStringLiteral("fingerprintsFromCache")).toInt(), 53);
        QCOMPARE(again.value(QStringLiteral("pairs")).toArray(), pairs);
    }

    // The threshold's ground: every two distinct clips of the sample, at their best offset within
    // 10 s (all offsets, not only the index's candidates), stay well below it; the planted copies
    // stay well above.
    void distinctClipsStayWellBelowTheThreshold() {
        const ClipFingerprints prints = fingerprintFiles(m_originals);
        for (const QString &e : prints.errors) QVERIFY2(e.isEmpty(), qPrintable(e));
        const int reach = int(10.0 / fingerprintItemSeconds());
        double worst = 0;
        QString worstPair;
        for (size_t i = 0; i < prints.fingerprints.size(); ++i)
            for (size_t j = i + 1; j < prints.fingerprints.size(); ++j)
                for (int d = -reach; d <= reach; ++d) {
                    int overlap = 0;
                    const double s = fingerprintSimilarity(prints.fingerprints[i].items, prints.fingerprints[j].items, d, &overlap);
                    if (overlap * fingerprintItemSeconds() >= ReplicaSearchOptions().minOverlapSeconds && s > worst) {
                        worst = s;
                        worstPair = QFileInfo(m_originals[int(i)]).fileName() + QStringLiteral(" ~ ") + QFileInfo(m_originals[int(j)]).fileName();
                    }
                }
        const ClipFingerprints planted = fingerprintFiles({clip(QStringLiteral("jazz/jazz.00091.wav")), clip(QStringLiteral("pop/pop.00092.mp3"))});
        const ClipFingerprints sources =
            fingerprintFiles({clip(QStringLiteral("jazz/jazz.00001.wav")), clip(QStringLiteral("metal/metal.00002.wav"))});
        double weakestReplica = 1;
        for (int k = 0; k < 2; ++k) {
            double best = 0;
            for (int d = -reach; d <= reach; ++d)
                best = std::max(best, fingerprintSimilarity(sources.fingerprints[size_t(k)].items, planted.fingerprints[size_t(k)].items, d));
            weakestReplica = std::min(weakestReplica, best);
        }
        qInfo("best similarity of two distinct clips: %.3f (%s); weakest planted replica: %.3f; threshold %.2f", worst, qPrintable(worstPair),
              weakestReplica, ReplicaSearchOptions().threshold);
        QVERIFY2(worst < ReplicaSearchOptions().threshold - 0.05, qPrintable(QString::number(worst)));
        QVERIFY2(weakestReplica > ReplicaSearchOptions().threshold + 0.05, qPrintable(QString::number(weakestReplica)));
    }

    // A file that is not audio gets its own problem; the search goes on.
    void aBadFileIsAProblemNotTheEnd() {
        QFile bad(clip(QStringLiteral("disco/disco.00099.wav")));
        QVERIFY(bad.open(QIODevice::WriteOnly));
        bad.write("this is not a WAV file");
        bad.close();
        const QJsonObject o = replicasJson({QStringLiteral("--no-cache")});
        QCOMPARE(o.value(QStringLiteral("pairs")).toArray().size(), 3);
        const QJsonArray problems = o.value(QStringLiteral("problems")).toArray();
        QCOMPARE(problems.size(), 1);
        QVERIFY(problems.first().toString().contains(QLatin1String("disco.00099.wav")));
        QVERIFY(QFile::remove(bad.fileName()));
    }
};

QTEST_GUILESS_MAIN(TestReplicas)
#include "test_replicas.moc"
