#include "app/gui/ModelDescription.h"
#include <QDir>

namespace gtzan {
namespace gui {

QString ModelDescription::infoText(const gtzan::ModelSummary &s, const QString &name, const QString &startupNote) {
    QString text;
    if (!startupNote.isEmpty()) text += startupNote + QLatin1Char(' ');
    // A TorchScript model's parameters are in its own process, out of sight: say what it is instead.
    if (s.network == QLatin1String("torchscript"))
        text += tr("%1: a TorchScript model from a notebook (%2), run in a process of its own, features %3, %4 genres (%5).")
                    .arg(name, s.training.value(QStringLiteral("name")).toString(tr("unnamed")))
                    .arg(s.preset)
                    .arg(s.genres.size())
                    .arg(s.genres.join(QStringLiteral(", ")));
    else
        text += tr("%1: network %2 (%3 parameters), features %4, %5 genres (%6).")
                    .arg(name, s.network)
                    .arg(s.parameters, 0, 'f', 0)
                    .arg(s.preset)
                    .arg(s.genres.size())
                    .arg(s.genres.join(QStringLiteral(", ")));
    if (!s.musicnnNotice.isEmpty())
        text += QLatin1Char(' ') + tr("Embedding: pretrained musicnn %1%2.")
                                       .arg(s.musicnnNotice, s.hasMusicnnWeights ? tr(", weights carried in the model file") : QString());
    if (s.trainClips >= 0) {
        text += QLatin1Char(' ') + tr("Trained on %1 clips").arg(s.trainClips);
        if (!s.dataFolder.isEmpty()) text += QLatin1Char(' ') + tr("from %1").arg(QDir(s.dataFolder).dirName());
        if (s.crossValidationFolds > 0 && s.crossValidationAccuracy >= 0)
            text += tr(": %1-fold cross-validated clip accuracy %2% (each clip predicted by a model that never saw it); "
                       "%3 of the %4 clips come out unsure.")
                        .arg(s.crossValidationFolds)
                        .arg(s.crossValidationAccuracy * 100.0, 0, 'f', 0)
                        .arg(s.crossValidationUnsure)
                        .arg(s.trainClips);
        else if (s.testClips > 0 && s.testAccuracy >= 0)
            text += tr(", tested on %1 held-out clips (split: %3): clip accuracy %2%.")
                        .arg(s.testClips)
                        .arg(s.testAccuracy * 100.0, 0, 'f', 0)
                        .arg(s.splitLabel.isEmpty() ? tr("not recorded") : s.splitLabel);
        else text += tr(", not tested on held-out clips: its accuracy is unknown.");
        if (s.trainClips < 200)
            text += QLatin1Char(' ') +
                    tr("It has seen very few clips: take its answers as a rough guess, and train a model on the full GTZAN for real use.");
    }
    if (s.calibration.calibrated())
        text +=
            QLatin1Char(' ') +
            (s.calibration.fittedOn == QLatin1String("validation")
                 ? tr("Its confidences are calibrated on %1 validation clips it did not train on").arg(s.calibration.clips)
                 : tr("Its confidences are calibrated on %1 out-of-fold clips").arg(s.calibration.clips)) +
            tr(" (expected calibration error %1 before, %2 after).").arg(s.calibration.before.ece, 0, 'f', 2).arg(s.calibration.after.ece, 0, 'f', 2);
    else
        text += QLatin1Char(' ') + (s.calibrated ? tr("Its confidences are calibrated.")
                                                 : tr("Its confidences are not calibrated: a high percentage may not mean it is usually right."));
    if (s.referenceClips > 0)
        text +=
            QLatin1Char(' ') + (s.musicnnReference ? tr("It says \"unsure\" for sounds unlike all of its %1 training clips, as musicnn hears them.")
                                                   : tr("It says \"unsure\" for sounds unlike all of its %1 training clips."))
                                   .arg(s.referenceClips);
    else text += QLatin1Char(' ') + tr("It cannot tell when a sound is nothing like its training music.");
    if (!s.provenance.isEmpty()) text += QLatin1Char(' ') + tr("Made by: %1").arg(s.provenance);
    return text;
}

// One line: what the network is and how far to trust it (the rest: tooltip, Model details).
QString ModelDescription::summaryLine(const gtzan::ModelSummary &s, const QString &startupNote) {
    QString line = tr("%1, %2 genres").arg(s.network).arg(s.genres.size());
    if (s.crossValidationFolds > 0 && s.crossValidationAccuracy >= 0)
        line +=
            QStringLiteral("; ") + tr("cross-validated accuracy %1% on %2 clips").arg(s.crossValidationAccuracy * 100.0, 0, 'f', 0).arg(s.trainClips);
    else if (s.testClips > 0 && s.testAccuracy >= 0)
        line += QStringLiteral("; ") + tr("test accuracy %1% on %2 held-out clips").arg(s.testAccuracy * 100.0, 0, 'f', 0).arg(s.testClips);
    else if (s.trainClips >= 0) line += QStringLiteral("; ") + tr("accuracy unknown");
    line += QStringLiteral("; ") + (s.calibration.calibrated() ? tr("calibrated on %1 clips").arg(s.calibration.clips)
                                    : s.calibrated             ? tr("calibrated")
                                                               : tr("not calibrated"));
    if (!startupNote.isEmpty()) line = startupNote + QLatin1Char(' ') + line;
    return line + QStringLiteral(" (") + tr("more in Model details") + QLatin1Char(')');
}

QString ModelDescription::fileDialogFilter() {
    return tr(
        "Models (*.gtzm *.pt *.pth *.ts);;GTZAN Explorer models (*.gtzm);;TorchScript models with a JSON sidecar (*.pt *.pth *.ts);;All files (*)");
}

} // namespace gui
} // namespace gtzan
