// The fault list the program carries matches the fault-filtered split it comes from (../shared's
// lists): exactly the clips of the 10 x 100 that no list names. `gtzan-cli scan --json` reports
// those of the scanned folder.
#include "TestSupport.h"
#include "dataset/DatasetScan.h"
#include "faults/KnownFaults.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSet>
#include <QtTest>

using namespace gtzan;

class TestKnownFaults : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void theListIsWhatTheSplitLeavesOut() {
        const QString splits = QFileInfo(testsupport::requireShared(QStringLiteral("data/splits/fault-filtered/train_filtered.txt"))).path();
        QSet<QString> listed;
        for (const char *name : {"train_filtered.txt", "valid_filtered.txt", "test_filtered.txt"}) {
            QFile f(splits + QLatin1Char('/') + QLatin1String(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            for (const QByteArray &line : f.readAll().split('\n'))
                if (!line.trimmed().isEmpty()) listed.insert(QString::fromUtf8(line.trimmed()).section(QLatin1Char('.'), 0, -2)); // genre/genre.00042
        }
        QCOMPARE(listed.size(), 930);
        QStringList expected;
        for (const QString &g : gtzanGenres())
            for (int i = 0; i < 100; ++i) {
                const QString id = QStringLiteral("%1/%1.%2").arg(g).arg(i, 5, 10, QLatin1Char('0'));
                if (!listed.contains(id)) expected << id;
            }
        QStringList carried;
        for (const KnownFault &f : knownFaults()) {
            carried << f.clip;
            QCOMPARE(f.kind, QStringLiteral("excluded-by-fault-filtered-split"));
            QVERIFY(f.source.contains(QLatin1String("Kereliuk")));
        }
        QCOMPARE(carried, expected);
        QCOMPARE(carried.size(), 70);
    }

    void scanReportsTheFaultsOfTheFolder() {
        const QString sample = QFileInfo(testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres"))).path();
        QProcess p;
        p.start(testsupport::cliPath(), {QStringLiteral("scan"), sample, QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonArray faults = QJsonDocument::fromJson(p.readAllStandardOutput()).object().value(QStringLiteral("faults")).toArray();
        QStringList clips;
        for (const QJsonValue &v : faults) clips << v[QStringLiteral("clip")].toString();
        QCOMPARE(clips,
                 (QStringList{QStringLiteral("hiphop/hiphop.00001"), QStringLiteral("metal/metal.00004"), QStringLiteral("reggae/reggae.00003")}));
        QVERIFY(!isFullGtzan(scanGtzan(sample)));
    }
};

QTEST_GUILESS_MAIN(TestKnownFaults)
#include "test_known_faults.moc"
