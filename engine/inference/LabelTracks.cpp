#include "inference/LabelTracks.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace gtzan {

namespace {
QString seconds(double s) { return QString::number(s, 'f', 6); }

// Neither format quotes: a tab or a line break would end Audacity's label, a comma SV's column.
QString plainLabel(QString text, LabelFormat format) {
    text.replace(QLatin1Char('\n'), QLatin1Char(' ')).replace(QLatin1Char('\r'), QLatin1Char(' ')).replace(QLatin1Char('\t'), QLatin1Char(' '));
    if (format == LabelFormat::SonicVisualiser) text.replace(QLatin1Char(','), QLatin1Char(';'));
    return text;
}
} // namespace

QStringList labelFormatNames() { return {QStringLiteral("audacity"), QStringLiteral("sonic-visualiser")}; }

std::optional<LabelFormat> labelFormatFromName(const QString &name) {
    const QString n = name.trimmed().toLower();
    if (n == QLatin1String("audacity")) return LabelFormat::Audacity;
    if (n == QLatin1String("sonic-visualiser") || n == QLatin1String("sonic-visualizer") || n == QLatin1String("sv"))
        return LabelFormat::SonicVisualiser;
    return std::nullopt;
}

QString labelFormatName(LabelFormat format) { return labelFormatNames().at(format == LabelFormat::Audacity ? 0 : 1); }

QString labelFileSuffix(LabelFormat format) { return format == LabelFormat::Audacity ? QStringLiteral(".txt") : QStringLiteral(".csv"); }

QString segmentLabel(const SegmentPrediction &segment, const QStringList &genres) {
    const double p = segment.genre >= 0 && size_t(segment.genre) < segment.probabilities.size() ? segment.probabilities[size_t(segment.genre)] : 0.0;
    return QStringLiteral("%1 %2").arg(genres.value(segment.genre, QStringLiteral("?"))).arg(p, 0, 'f', 2);
}

QString fileVerdictLabel(const FilePrediction &prediction) {
    if (prediction.trust.unsure)
        return QStringLiteral("unsure: %1 (most like %2 %3)")
            .arg(prediction.trust.reason, prediction.genreName)
            .arg(prediction.trust.confidence, 0, 'f', 2);
    return QStringLiteral("%1 %2").arg(prediction.genreName).arg(prediction.trust.confidence, 0, 'f', 2);
}

QByteArray genreLabels(const FilePrediction &prediction, const QStringList &genres, LabelFormat format) {
    QString text;
    const QString verdict = plainLabel(QStringLiteral("file: ") + fileVerdictLabel(prediction), format);
    if (format == LabelFormat::Audacity) {
        text += QStringLiteral("%1\t%1\t%2\n").arg(seconds(0), verdict);
        for (const SegmentPrediction &s : prediction.segments)
            text += QStringLiteral("%1\t%2\t%3\n")
                        .arg(seconds(s.startSeconds), seconds(s.startSeconds + s.seconds), plainLabel(segmentLabel(s, genres), format));
    } else {
        text += QStringLiteral("# %1: %2\n# start,end,label\n").arg(plainLabel(QFileInfo(prediction.file).fileName(), format), verdict);
        for (const SegmentPrediction &s : prediction.segments)
            text += QStringLiteral("%1,%2,%3\n")
                        .arg(seconds(s.startSeconds), seconds(s.startSeconds + s.seconds), plainLabel(segmentLabel(s, genres), format));
    }
    return text.toUtf8();
}

QByteArray beatLabels(const std::vector<double> &beatSeconds, LabelFormat format) {
    QString text;
    int n = 0;
    for (double t : beatSeconds) {
        ++n;
        if (format == LabelFormat::Audacity) text += QStringLiteral("%1\t%1\t%2\n").arg(seconds(t)).arg(n);
        else text += seconds(t) + QLatin1Char('\n');
    }
    return text.toUtf8();
}

QString labelFilePath(const QString &dir, const QString &audioFile, const QString &what, LabelFormat format) {
    return QDir(dir).filePath(QFileInfo(audioFile).completeBaseName() + QLatin1Char('.') + what + labelFileSuffix(format));
}

void writeLabelFile(const QString &path, const QByteArray &contents) {
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(contents) != contents.size() || !commitExport(f))
        throw Error(QStringLiteral("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString()));
}

} // namespace gtzan
