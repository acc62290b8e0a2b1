#include "augment/AugmentationFileName.h"
#include <QRegularExpression>
#include <QStringList>

namespace gtzan {

namespace {
// Shortest decimal form: 2 -> "2", 1.25 -> "1.25", 0.1 -> "0.1".
QString number(double v) { return QString::number(v, 'g', 4); }
QString signedNumber(double v) { return (v >= 0 ? QStringLiteral("+") : QString()) + number(v); }
} // namespace

QString augmentationFileStem(const QString &clipId, const AugmentationDraw &draw) {
    QStringList parts;
    QString clip = clipId;
    clip.replace(QRegularExpression(QStringLiteral(R"([/\\:*?"<>|\s])")), QStringLiteral("_"));
    parts << (clip.isEmpty() ? QStringLiteral("clip") : clip);
    if (draw.stretchRate) parts << QStringLiteral("stretch%1x").arg(number(*draw.stretchRate));
    if (draw.pitchSemitones) parts << QStringLiteral("pitch%1").arg(signedNumber(*draw.pitchSemitones));
    if (draw.shiftSeconds) parts << QStringLiteral("shift%1s").arg(signedNumber(*draw.shiftSeconds));
    if (draw.gainDb) parts << QStringLiteral("gain%1dB").arg(signedNumber(*draw.gainDb));
    if (draw.noiseSnrDb) parts << QStringLiteral("noise%1dB").arg(number(*draw.noiseSnrDb));
    if (draw.freqMasks > 0) parts << QStringLiteral("fmask%1").arg(draw.freqMaskMax);
    if (draw.timeMasks > 0) parts << QStringLiteral("tmask%1").arg(draw.timeMaskMax);
    return parts.join(QLatin1Char('_'));
}

} // namespace gtzan
