#include "audio/AudioWriter.h"
#include "common/Error.h"
#include "common/ExportFile.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryFile>
#include <cstdio>
#include <sndfile.h>

namespace gtzan {

namespace {
int formatFor(const QString &path, bool asFloat) {
    const QString ext = QFileInfo(path).suffix().toLower();
    const int pcm = asFloat ? SF_FORMAT_FLOAT : SF_FORMAT_PCM_16;
    if (ext == QLatin1String("wav")) return SF_FORMAT_WAV | pcm;
    if (ext == QLatin1String("flac")) return SF_FORMAT_FLAC | SF_FORMAT_PCM_16;
    if (ext == QLatin1String("aif") || ext == QLatin1String("aiff")) return SF_FORMAT_AIFF | pcm;
    if (ext == QLatin1String("au") || ext == QLatin1String("snd")) return SF_FORMAT_AU | pcm;
    if (ext == QLatin1String("ogg")) return SF_FORMAT_OGG | SF_FORMAT_VORBIS;
    if (ext == QLatin1String("opus")) return SF_FORMAT_OGG | SF_FORMAT_OPUS;
    if (ext == QLatin1String("mp3")) return SF_FORMAT_MPEG | SF_FORMAT_MPEG_LAYER_III;
    throw Error(
        QStringLiteral("%1: cannot write audio with the extension \".%2\" (use .wav, .flac, .aiff, .au, .ogg, .opus or .mp3)").arg(path, ext));
}
} // namespace

void writeAudio(const QString &path, const Audio &audio, bool asFloat) {
    SF_INFO info{};
    info.samplerate = audio.sampleRate;
    info.channels = 1;
    info.format = formatFor(path, asFloat);
    if (audio.sampleRate <= 0) throw Error(QStringLiteral("%1: cannot write audio without a sample rate").arg(path));

    const QFileInfo target(path);
    QTemporaryFile tmp(target.absoluteDir().filePath(QStringLiteral(".%1.XXXXXX").arg(target.fileName())));
    if (!tmp.open()) throw Error(QStringLiteral("Cannot write %1: %2").arg(path, tmp.errorString()));
    tmp.close();
    SNDFILE *f = sf_open(QFile::encodeName(tmp.fileName()).constData(), SFM_WRITE, &info);
    if (!f) throw Error(QStringLiteral("Cannot write %1: %2").arg(path, QString::fromLocal8Bit(sf_strerror(nullptr))));
    // Clip instead of wrapping around when a gain pushed samples past full scale.
    int clip = SF_TRUE;
    sf_command(f, SFC_SET_CLIPPING, &clip, sizeof(clip));
    const sf_count_t n = sf_writef_float(f, audio.samples.data(), sf_count_t(audio.samples.size()));
    const int closeErr = sf_close(f);
    if (n != sf_count_t(audio.samples.size()) || closeErr != 0) throw Error(QStringLiteral("Cannot write %1: the disk refused the data").arg(path));
    giveUsualMode(tmp.fileName()); // QTemporaryFile made it 0600: an exported WAV is for sharing
    // rename(2) replaces the target atomically: readers see the old file or the new one, never neither.
    if (std::rename(QFile::encodeName(tmp.fileName()).constData(), QFile::encodeName(path).constData()) != 0)
        throw Error(QStringLiteral("Cannot write %1: the finished file could not be moved into place").arg(path));
    tmp.setAutoRemove(false);
}

} // namespace gtzan
