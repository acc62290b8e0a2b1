// Label files for Audacity and Sonic Visualiser: `gtzan-cli predict --labels` on a real clip with
// the starter model writes one line per segment that `predict --json` gives (times and genres),
// both formats read back as their importers read them, beats on request, and bad requests refused.
#include "TestSupport.h"
#include "inference/LabelTracks.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan;

namespace {

struct Label {
    double start = 0, end = 0;
    QString text;
};

struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun runCli(const QStringList &args) {
    QProcess p;
    p.start(testsupport::cliPath(), args);
    CliRun r;
    if (!p.waitForFinished(300000)) return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

QStringList linesOf(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return {};
    return QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

// As Audacity's importer reads a label track: start, end and label separated by tabs.
std::vector<Label> readAudacity(const QString &path) {
    std::vector<Label> labels;
    for (const QString &line : linesOf(path)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        if (f.size() != 3) throw std::runtime_error(qPrintable(QStringLiteral("not an Audacity label line: ") + line));
        bool ok1 = false, ok2 = false;
        labels.push_back({f[0].toDouble(&ok1), f[1].toDouble(&ok2), f[2]});
        if (!ok1 || !ok2) throw std::runtime_error(qPrintable(QStringLiteral("bad times: ") + line));
    }
    return labels;
}

// As Sonic Visualiser's CSV import reads it: '#' lines skipped, comma-separated columns.
std::vector<QStringList> readSvCsv(const QString &path) {
    std::vector<QStringList> rows;
    for (const QString &line : linesOf(path))
        if (!line.startsWith(QLatin1Char('#'))) rows.push_back(line.split(QLatin1Char(',')));
    return rows;
}

} // namespace

class TestLabelTracks : public QObject {
    Q_OBJECT
    QString m_starter, m_clip;
    QJsonObject m_answer; // predict --json's answer for m_clip
    QTemporaryDir m_tmp;

private Q_SLOTS:
    void initTestCase() {
        m_starter = QDir(qEnvironmentVariable("GTZAN_SOURCE_DIR")).filePath(QStringLiteral("resources/models/starter.gtzm"));
        QVERIFY2(QFileInfo::exists(m_starter), qPrintable(m_starter + QStringLiteral(" is missing (run under ctest: GTZAN_SOURCE_DIR)")));
        m_clip = testsupport::requireShared(QStringLiteral("data/gtzan-sample/genres/jazz/jazz.00001.wav"));
        const CliRun r =
            runCli({QStringLiteral("predict"), m_starter, m_clip, QStringLiteral("--json"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const QJsonArray all = QJsonDocument::fromJson(r.out).array();
        QCOMPARE(all.size(), 1);
        m_answer = all.at(0).toObject();
        QVERIFY(m_answer.value(QStringLiteral("segments")).toArray().size() >= 5); // a 30 s clip in 3 s musicnn patches
    }

    void audacityLabelsAreTheSegments() {
        const QString dir = m_tmp.filePath(QStringLiteral("audacity/new"));
        const CliRun r = runCli({QStringLiteral("predict"), m_starter, m_clip, QStringLiteral("--labels"), QStringLiteral("audacity"), dir,
                                 QStringLiteral("--beats"), QStringLiteral("--threads"), QStringLiteral("2")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        const std::vector<Label> labels = readAudacity(QDir(dir).filePath(QStringLiteral("jazz.00001.genres.txt")));
        const QJsonArray segments = m_answer.value(QStringLiteral("segments")).toArray();
        QCOMPARE(int(labels.size()), segments.size() + 1);
        // The file's verdict: a point label at 0.
        QCOMPARE(labels[0].start, 0.0);
        QCOMPARE(labels[0].end, 0.0);
        QVERIFY2(labels[0].text.startsWith(QStringLiteral("file: ") + m_answer.value(QStringLiteral("genre")).toString()) ||
                     labels[0].text.startsWith(QStringLiteral("file: unsure")),
                 qPrintable(labels[0].text));
        for (int i = 0; i < segments.size(); ++i) {
            const QJsonObject s = segments.at(i).toObject();
            const Label &l = labels[size_t(i) + 1];
            const double start = s.value(QStringLiteral("start")).toDouble();
            QVERIFY(qAbs(l.start - start) < 1e-6);
            QVERIFY(qAbs(l.end - (start + s.value(QStringLiteral("seconds")).toDouble())) < 1e-6);
            const QStringList words = l.text.split(QLatin1Char(' '));
            QCOMPARE(words.size(), 2);
            QCOMPARE(words[0], s.value(QStringLiteral("genre")).toString());
            const QStringList genres = m_answer.value(QStringLiteral("genres")).toVariant().toStringList();
            const double p = s.value(QStringLiteral("probabilities")).toArray().at(genres.indexOf(words[0])).toDouble();
            QVERIFY(qAbs(words[1].toDouble() - p) <= 0.005 + 1e-9);
        }
        // Beats: point labels numbered from 1, rising, inside the clip.
        const std::vector<Label> beats = readAudacity(QDir(dir).filePath(QStringLiteral("jazz.00001.beats.txt")));
        QVERIFY2(beats.size() > 20, qPrintable(QString::number(beats.size())));
        for (size_t i = 0; i < beats.size(); ++i) {
            QCOMPARE(beats[i].start, beats[i].end);
            QCOMPARE(beats[i].text, QString::number(i + 1));
            if (i > 0) QVERIFY(beats[i].start > beats[i - 1].start);
            QVERIFY(beats[i].start >= 0 && beats[i].start <= m_answer.value(QStringLiteral("seconds")).toDouble());
        }
    }

    void sonicVisualiserCsvIsTheSegments() {
        const QString dir = m_tmp.filePath(QStringLiteral("sv"));
        const CliRun r = runCli({QStringLiteral("predict"), m_starter, m_clip, QStringLiteral("--labels=sonic-visualiser"), dir,
                                 QStringLiteral("--threads"), QStringLiteral("2"), QStringLiteral("--json")});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(QJsonDocument::fromJson(r.out).array().size(), 1); // --json still prints the answers alone
        const QString path = QDir(dir).filePath(QStringLiteral("jazz.00001.genres.csv"));
        QVERIFY(linesOf(path).value(0).startsWith(QStringLiteral("# jazz.00001.wav: file: ")));
        const std::vector<QStringList> rows = readSvCsv(path);
        const QJsonArray segments = m_answer.value(QStringLiteral("segments")).toArray();
        QCOMPARE(int(rows.size()), segments.size());
        double previousStart = -1, previousEnd = -1;
        for (int i = 0; i < segments.size(); ++i) {
            const QJsonObject s = segments.at(i).toObject();
            QCOMPARE(rows[size_t(i)].size(), 3);
            bool ok1 = false, ok2 = false;
            const double start = rows[size_t(i)][0].toDouble(&ok1), end = rows[size_t(i)][1].toDouble(&ok2);
            QVERIFY(ok1 && ok2);
            QVERIFY(qAbs(start - s.value(QStringLiteral("start")).toDouble()) < 1e-6);
            QVERIFY(qAbs(end - start - s.value(QStringLiteral("seconds")).toDouble()) < 1e-6);
            QCOMPARE(rows[size_t(i)][2].section(QLatin1Char(' '), 0, 0), s.value(QStringLiteral("genre")).toString());
            // SV takes the first two columns for start and end time only while both rise.
            QVERIFY(start > previousStart && end > previousEnd);
            previousStart = start;
            previousEnd = end;
        }
        QVERIFY(!QFileInfo::exists(QDir(dir).filePath(QStringLiteral("jazz.00001.beats.csv")))); // not asked for
    }

    void unsureVerdictAndOddLabelsStayInTheirFormat() {
        FilePrediction f;
        f.file = QStringLiteral("/x/a, b.wav");
        f.genre = 1;
        f.genreName = QStringLiteral("jazz");
        f.trust.unsure = true;
        f.trust.reason = QStringLiteral("between jazz, blues\tand more");
        f.trust.confidence = 0.35;
        f.segments = {{0.0, 4.0, 1, {0.2f, 0.8f}}, {4.0, 4.0, 0, {0.6f, 0.4f}}};
        const QStringList genres{QStringLiteral("blues"), QStringLiteral("jazz")};
        const QStringList aud = QString::fromUtf8(genreLabels(f, genres, LabelFormat::Audacity)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(aud.size(), 3);
        QCOMPARE(aud[0], QStringLiteral("0.000000\t0.000000\tfile: unsure: between jazz, blues and more (most like jazz 0.35)"));
        QCOMPARE(aud[1], QStringLiteral("0.000000\t4.000000\tjazz 0.80"));
        QCOMPARE(aud[2], QStringLiteral("4.000000\t8.000000\tblues 0.60"));
        const QStringList sv = QString::fromUtf8(genreLabels(f, genres, LabelFormat::SonicVisualiser)).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(sv.size(), 4);
        QVERIFY(sv[0].startsWith(QLatin1Char('#')));
        QVERIFY2(!sv[0].mid(1).contains(QLatin1Char(',')) || sv[0].startsWith(QLatin1String("# a; b.wav")), qPrintable(sv[0]));
        QCOMPARE(sv[2], QStringLiteral("0.000000,4.000000,jazz 0.80"));
        QCOMPARE(QString::fromUtf8(beatLabels({0.5, 1.25}, LabelFormat::SonicVisualiser)), QStringLiteral("0.500000\n1.250000\n"));
        QCOMPARE(labelFilePath(QStringLiteral("/out"), QStringLiteral("/in/blues.00001.wav"), QStringLiteral("genres"), LabelFormat::SonicVisualiser),
                 QStringLiteral("/out/blues.00001.genres.csv"));
    }

    void anUnknownFormatIsRefused() {
        const QString dir = m_tmp.filePath(QStringLiteral("refused"));
        const CliRun r = runCli({QStringLiteral("predict"), m_starter, m_clip, QStringLiteral("--labels"), QStringLiteral("praat"), dir});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("audacity or sonic-visualiser") && r.err.contains("praat"), r.err.constData());
        QVERIFY(!QFileInfo::exists(dir));
        const CliRun noDir = runCli({QStringLiteral("predict"), m_starter, m_clip, QStringLiteral("--labels"), QStringLiteral("audacity")});
        QCOMPARE(noDir.exitCode, 2);
        const CliRun beatsAlone = runCli({QStringLiteral("predict"), m_starter, m_clip, QStringLiteral("--beats")});
        QCOMPARE(beatsAlone.exitCode, 2);
        QVERIFY2(beatsAlone.err.contains("--labels"), beatsAlone.err.constData());
    }
};

QTEST_GUILESS_MAIN(TestLabelTracks)
#include "test_label_tracks.moc"
