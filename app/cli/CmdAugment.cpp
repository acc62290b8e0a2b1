// gtzan-cli augment FILE [--noise-snr DB] [--shift S] [--stretch R] [--pitch ST] [--gain DB] [--seed N] (--out OUT.wav | --pair DIR)
#include "app/cli/CliCommand.h"
#include "app/cli/CliParser.h"
#include "audio/AudioDecoder.h"
#include "audio/AudioWriter.h"
#include "augment/AugmentationChain.h"
#include "augment/AugmentationFileName.h"
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>

namespace gtzan {
namespace cli {

static int runAugment(const QStringList &args) {
    QCommandLineParser p;
    p.setApplicationDescription(
        QStringLiteral("Writes an augmented copy of FILE (mono, at its own sample rate). Steps run in the order stretch, pitch, "
                       "shift, gain, noise. With --preset the intensities are drawn from that chain with --seed instead."));
    p.addPositionalArgument(QStringLiteral("FILE"), QStringLiteral("Audio file."));
    p.addOption({QStringLiteral("noise-snr"), QStringLiteral("Add white noise at this SNR (dB)."), QStringLiteral("DB")});
    p.addOption({QStringLiteral("shift"), QStringLiteral("Shift by this many seconds (circular; negative: earlier)."), QStringLiteral("S")});
    p.addOption({QStringLiteral("zero-fill"), QStringLiteral("Shift with zeros instead of wrapping around.")});
    p.addOption({QStringLiteral("stretch"), QStringLiteral("Play R times faster, pitch kept (0.5-2)."), QStringLiteral("R")});
    p.addOption({QStringLiteral("pitch"), QStringLiteral("Shift the pitch by ST semitones, duration kept (-12..12)."), QStringLiteral("ST")});
    p.addOption({QStringLiteral("gain"), QStringLiteral("Change the level by DB decibels."), QStringLiteral("DB")});
    p.addOption(
        {QStringLiteral("seed"), QStringLiteral("Seed of the noise (and of --preset draws); default 0."), QStringLiteral("N"), QStringLiteral("0")});
    p.addOption({QStringLiteral("preset"), QStringLiteral("Draw the intensities from a chain: gct634."), QStringLiteral("P")});
    p.addOption({QStringLiteral("out"), QStringLiteral("Output audio file (this or --pair)."), QStringLiteral("OUT")});
    p.addOption({QStringLiteral("pair"),
                 QStringLiteral("Write the A/B pair into DIR instead, named as the window names them: <clip>_A_original.wav and "
                                "<clip>_<augmentation>.wav, e.g. blues.00000_pitch+2_noise20dB.wav."),
                 QStringLiteral("DIR")});
    int code = 0;
    if (!parseCommandLine(p, QStringLiteral("augment"), args, 1, 1, code)) return code;
    if (p.isSet(QStringLiteral("out")) == p.isSet(QStringLiteral("pair"))) {
        cliErr(QStringLiteral("gtzan-cli augment: give one of --out OUT.wav or --pair DIR"));
        return ExitUsage;
    }
    if (p.isSet(QStringLiteral("pair")) && !QFileInfo(p.value(QStringLiteral("pair"))).isDir()) {
        cliErr(QStringLiteral("gtzan-cli augment: --pair wants an existing folder, not \"%1\"").arg(p.value(QStringLiteral("pair"))));
        return ExitUsage;
    }
    bool seedOk = false;
    const quint64 seed = p.value(QStringLiteral("seed")).toULongLong(&seedOk);
    if (!seedOk) {
        cliErr(QStringLiteral("--seed wants a whole number, not \"%1\"").arg(p.value(QStringLiteral("seed"))));
        return ExitUsage;
    }
    const QString file = p.positionalArguments().first();
    gtzan::AugmentationDraw draw;
    if (p.isSet(QStringLiteral("preset"))) {
        draw = gtzan::AugmentationChain::preset(p.value(QStringLiteral("preset")), seed).draw(file, 1);
    }
    double v = 0;
    const auto take = [&](const char *name, double lo, double hi, std::optional<double> &into) {
        if (!p.isSet(QLatin1String(name))) return true;
        if (!optionDouble(p, QLatin1String(name), lo, hi, v)) return false;
        into = v;
        return true;
    };
    if (!take("noise-snr", -30, 120, draw.noiseSnrDb) || !take("shift", -3600, 3600, draw.shiftSeconds) ||
        !take("stretch", 0.5, 2.0, draw.stretchRate) || !take("pitch", -12, 12, draw.pitchSemitones) || !take("gain", -60, 60, draw.gainDb))
        return ExitUsage;
    if (p.isSet(QStringLiteral("noise-snr"))) draw.noiseSeed = seed;
    if (p.isSet(QStringLiteral("zero-fill"))) draw.shiftCircular = false;

    const gtzan::Audio in = gtzan::decodeAudio(file);
    const gtzan::Audio out = gtzan::applyWaveformDraw(draw, in);
    QString written = p.value(QStringLiteral("out"));
    if (p.isSet(QStringLiteral("pair"))) {
        const QDir dir(p.value(QStringLiteral("pair")));
        const QString clip = QFileInfo(file).completeBaseName();
        const QString original = dir.filePath(clip + QStringLiteral("_A_original.wav"));
        gtzan::writeAudio(original, in);
        cliOut(QStringLiteral("%1: the original, %2 s at %3 Hz").arg(original).arg(in.seconds(), 0, 'f', 3).arg(in.sampleRate));
        written = dir.filePath(gtzan::augmentationFileStem(clip, draw) + QStringLiteral(".wav"));
    }
    gtzan::writeAudio(written, out);
    cliOut(QStringLiteral("%1: %2 s at %3 Hz, %4")
               .arg(written)
               .arg(out.seconds(), 0, 'f', 3)
               .arg(out.sampleRate)
               .arg(QString::fromUtf8(QJsonDocument(draw.toJson()).toJson(QJsonDocument::Compact))));
    return ExitOk;
}

static CliRegistration reg({QStringLiteral("augment"), QStringLiteral("write an augmented copy of an audio file"), runAugment});

} // namespace cli
} // namespace gtzan
