#include "audio/SndFile.h"
#include "audio/PcmDataChunk.h"
#include "common/Error.h"
#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <algorithm>
#include <cstring>
#include <optional>

namespace gtzan::detail {

namespace {
QString majorName(int format) {
    SF_FORMAT_INFO fi{};
    fi.format = format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &fi, sizeof(fi)) == 0 && fi.extension) return QString::fromLatin1(fi.extension).toUpper();
    return QStringLiteral("unknown");
}

QString encodingName(int format) {
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8: return QStringLiteral("PCM 8-bit");
    case SF_FORMAT_PCM_16: return QStringLiteral("PCM 16-bit");
    case SF_FORMAT_PCM_24: return QStringLiteral("PCM 24-bit");
    case SF_FORMAT_PCM_32: return QStringLiteral("PCM 32-bit");
    case SF_FORMAT_FLOAT: return QStringLiteral("float 32-bit");
    case SF_FORMAT_DOUBLE: return QStringLiteral("float 64-bit");
    case SF_FORMAT_ULAW: return QStringLiteral("u-law");
    case SF_FORMAT_ALAW: return QStringLiteral("A-law");
    case SF_FORMAT_VORBIS: return QStringLiteral("Vorbis");
    case SF_FORMAT_OPUS: return QStringLiteral("Opus");
    case SF_FORMAT_MPEG_LAYER_III: return QStringLiteral("MPEG layer III");
    default: return QStringLiteral("other");
    }
}
// libsndfile calls a WAV with a codec it does not know "malformed"; look at the format tag
// ourselves so the person is told the real reason. Returns 0 when the file is not a readable WAV.
quint16 wavFormatTag(QIODevice &file) {
    if (!file.seek(0)) return 0;
    const QByteArray head = file.read(4096);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE") return 0;
    const qsizetype fmt = head.indexOf("fmt ", 12);
    if (fmt < 0 || fmt + 10 > head.size()) return 0;
    return quint16(static_cast<unsigned char>(head[fmt + 8]) | (static_cast<unsigned char>(head[fmt + 9]) << 8));
}

QString unsupportedWavCodec(QIODevice &file) {
    const quint16 tag = wavFormatTag(file);
    static const QList<quint16> decodable = {0x0001, 0x0002, 0x0003, 0x0006, 0x0007, 0x0011, 0x0031, 0x0040, 0x0055, 0xFFFE};
    if (tag == 0 || decodable.contains(tag)) return QString();
    QString name;
    if (tag >= 0x0160 && tag <= 0x0163) name = QStringLiteral("Windows Media Audio");
    else if (tag == 0x2000) name = QStringLiteral("AC-3");
    else if (tag == 0x00FF || tag == 0x1610) name = QStringLiteral("AAC");
    else if (tag == 0x0050) name = QStringLiteral("MPEG layer I/II");
    else name = QStringLiteral("unknown codec");
    return QStringLiteral("%1, WAVE format tag 0x%2").arg(name).arg(tag, 4, 16, QLatin1Char('0'));
}

// Bytes of one sample in the encodings whose data chunk size maps exactly onto frames; 0 for
// the others (ADPCM, GSM, ...), whose length the byte comparison cannot judge.
int bytesPerSample(int format) {
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8:
    case SF_FORMAT_PCM_U8:
    case SF_FORMAT_ULAW:
    case SF_FORMAT_ALAW: return 1;
    case SF_FORMAT_PCM_16: return 2;
    case SF_FORMAT_PCM_24: return 3;
    case SF_FORMAT_PCM_32:
    case SF_FORMAT_FLOAT: return 4;
    case SF_FORMAT_DOUBLE: return 8;
    default: return 0;
    }
}

// libsndfile's virtual I/O over a QByteArray (read only).
sf_count_t memoryLength(void *user) { return sf_count_t(static_cast<const SndFileMemory *>(user)->bytes->size()); }
sf_count_t memorySeek(sf_count_t offset, int whence, void *user) {
    auto *m = static_cast<SndFileMemory *>(user);
    const sf_count_t size = sf_count_t(m->bytes->size());
    sf_count_t to = whence == SEEK_SET ? offset : whence == SEEK_CUR ? m->pos + offset : size + offset;
    if (to < 0 || to > size) return -1;
    m->pos = to;
    return to;
}
sf_count_t memoryRead(void *ptr, sf_count_t count, void *user) {
    auto *m = static_cast<SndFileMemory *>(user);
    const sf_count_t n = std::max<sf_count_t>(0, std::min(count, sf_count_t(m->bytes->size()) - m->pos));
    if (n > 0) std::memcpy(ptr, m->bytes->constData() + m->pos, size_t(n));
    m->pos += n;
    return n;
}
sf_count_t memoryWrite(const void *, sf_count_t, void *) { return 0; }
sf_count_t memoryTell(void *user) { return static_cast<SndFileMemory *>(user)->pos; }
} // namespace

QString truncationReason(double announcedSeconds, double heldSeconds) {
    return QStringLiteral("the file is truncated: its header announces %1 s of audio, it holds %2 s")
        .arg(announcedSeconds, 0, 'f', 2)
        .arg(heldSeconds, 0, 'f', 2);
}

SndFile::SndFile(const QString &path) {
    m_audioInfo.path = path;
    const QFileInfo fi(path);
    if (!fi.exists()) throw Error(QStringLiteral("%1: the file does not exist").arg(path));
    if (fi.isDir()) throw Error(QStringLiteral("%1: is a folder, not an audio file").arg(path));
    if (!fi.isReadable()) throw Error(QStringLiteral("%1: the file cannot be read (permission denied)").arg(path));
    if (fi.size() == 0) throw Error(QStringLiteral("%1: the file is empty (0 bytes)").arg(path));

    QFile bytes(path);
    if (!bytes.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("%1: the file cannot be read (%2)").arg(path, bytes.errorString()));
    m_file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &m_info);
    if (!m_file) throwOpenError(bytes);
    checkHeader(bytes);
}

SndFile::SndFile(const QByteArray &bytes, const QString &name) {
    m_audioInfo.path = name;
    if (bytes.isEmpty()) throw Error(QStringLiteral("%1: the file is empty (0 bytes)").arg(name));
    m_memory.bytes = &bytes;
    SF_VIRTUAL_IO io{memoryLength, memorySeek, memoryRead, memoryWrite, memoryTell};
    m_file = sf_open_virtual(&io, SFM_READ, &m_info, &m_memory);
    QBuffer buffer;
    buffer.setData(bytes);
    buffer.open(QIODevice::ReadOnly);
    if (!m_file) throwOpenError(buffer);
    checkHeader(buffer);
}

void SndFile::throwOpenError(QIODevice &bytes) const {
    const QString &path = m_audioInfo.path;
    const int code = sf_error(nullptr);
    const QString detail = QString::fromLocal8Bit(sf_strerror(nullptr));
    const QString codec = unsupportedWavCodec(bytes);
    if (!codec.isEmpty()) throw Error(QStringLiteral("%1: the audio is stored with an unsupported codec (%2)").arg(path, codec));
    if (code == SF_ERR_UNRECOGNISED_FORMAT || detail.contains(QLatin1String("not a regular file")) ||
        detail.contains(QLatin1String("unknown format")) || detail.contains(QLatin1String("Format not recognised")))
        throw Error(QStringLiteral("%1: not an audio file in a format this program reads "
                                   "(WAV, AU, AIFF, FLAC, Ogg Vorbis/Opus, MP3)")
                        .arg(path));
    if (detail.contains(QLatin1String("encoding"), Qt::CaseInsensitive) || code == SF_ERR_UNSUPPORTED_ENCODING)
        throw Error(QStringLiteral("%1: the audio is stored with an unsupported codec (%2)").arg(path, detail));
    throw Error(QStringLiteral("%1: the file is damaged or not audio (%2)").arg(path, detail));
}

void SndFile::checkHeader(QIODevice &bytes) {
    const QString &path = m_audioInfo.path;
    // Every refusal below closes the handle first: the destructor does not run when a constructor throws.
    const auto refuse = [&](const QString &why) {
        sf_close(m_file);
        m_file = nullptr;
        throw Error(QStringLiteral("%1: %2").arg(path, why));
    };
    if (m_info.channels < 1 || m_info.samplerate < 1)
        refuse(QStringLiteral("the header is damaged (%1 channels, %2 Hz)").arg(m_info.channels).arg(m_info.samplerate));
    if (m_info.samplerate < kMinSampleRate || m_info.samplerate > kMaxSampleRate)
        refuse(
            QStringLiteral("the header is damaged: it claims a sample rate of %1 Hz (audio is recorded at 1 kHz to 768 kHz)").arg(m_info.samplerate));
    if (m_info.channels > kMaxChannels)
        refuse(QStringLiteral("the header is damaged: it claims %1 channels (at most %2 are read)").arg(m_info.channels).arg(kMaxChannels));
    m_audioInfo.format = majorName(m_info.format);
    m_audioInfo.encoding = encodingName(m_info.format);
    m_audioInfo.frames = m_info.frames;
    m_audioInfo.sampleRate = m_info.samplerate;
    m_audioInfo.channels = m_info.channels;
    m_audioInfo.framesExact = (m_info.format & SF_FORMAT_TYPEMASK) != SF_FORMAT_MPEG &&
                              (m_info.format & SF_FORMAT_SUBMASK) != SF_FORMAT_MPEG_LAYER_III &&
                              (m_info.format & SF_FORMAT_SUBMASK) != SF_FORMAT_VORBIS && (m_info.format & SF_FORMAT_SUBMASK) != SF_FORMAT_OPUS;

    // A WAV/AIFF/AU cut short still opens: libsndfile shortens its frame count to the bytes
    // present. Judge by the bytes: what the data chunk announces against what the file holds.
    const int width = bytesPerSample(m_info.format);
    if (width == 0) return;
    const std::optional<PcmDataChunk> chunk = findPcmDataChunk(bytes);
    if (!chunk) return;
    const qint64 frameBytes = qint64(width) * m_info.channels;
    const qint64 held = std::max<qint64>(0, bytes.size() - chunk->offset);
    const qint64 missing = chunk->announcedBytes - held;
    if (missing > frameBytes * truncationToleranceFrames(m_info.samplerate))
        refuse(truncationReason(double(chunk->announcedBytes / frameBytes) / m_info.samplerate,
                                double(std::min(held, chunk->announcedBytes) / frameBytes) / m_info.samplerate));
}

SndFile::~SndFile() {
    if (m_file) sf_close(m_file);
}

} // namespace gtzan::detail

namespace gtzan {
AudioInfo probeAudio(const QString &path) { return detail::SndFile(path).audioInfo(); }
} // namespace gtzan
