#include "app/cli/CliEvaluationText.h"

namespace gtzan {
namespace cli {

QString evaluationText(const gtzan::Evaluation &ev) {
    QString t =
        QStringLiteral(
            "clip accuracy %1 (mean of probabilities), %2 (max), %3 (majority vote); segment accuracy %4 over %5 segments of %6 clips; macro F1 %7\n")
            .arg(ev.accuracy, 0, 'f', 3)
            .arg(ev.accuracyByMax, 0, 'f', 3)
            .arg(ev.accuracyByVote, 0, 'f', 3)
            .arg(ev.segmentAccuracy, 0, 'f', 3)
            .arg(ev.segments)
            .arg(ev.clips.size())
            .arg(ev.macroF1, 0, 'f', 3);
    int width = 9;
    for (const QString &g : ev.genres) width = std::max(width, int(g.size()) + 1);
    t += QStringLiteral("\nconfusion (rows: true, columns: predicted)\n") + QString(width, QLatin1Char(' '));
    for (const QString &g : ev.genres) t += QStringLiteral("%1").arg(g.left(5), 6);
    t += QLatin1Char('\n');
    for (int i = 0; i < ev.genres.size(); ++i) {
        t += QStringLiteral("%1").arg(ev.genres[i], -width);
        for (int v : ev.confusion[size_t(i)]) t += QStringLiteral("%1").arg(v, 6);
        t += QLatin1Char('\n');
    }
    t += QStringLiteral("\n%1 precision  recall      F1  clips\n").arg(QString(), -width);
    for (int i = 0; i < ev.genres.size(); ++i) {
        const gtzan::ClassMetrics &m = ev.perClass[size_t(i)];
        t += QStringLiteral("%1 %2 %3 %4 %5\n")
                 .arg(ev.genres[i], -width)
                 .arg(m.precision, 9, 'f', 3)
                 .arg(m.recall, 7, 'f', 3)
                 .arg(m.f1, 7, 'f', 3)
                 .arg(m.support, 6);
    }
    return t;
}

} // namespace cli
} // namespace gtzan
