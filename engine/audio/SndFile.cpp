#include "audio/SndFile.h"
#include "common/Error.h"
#include <QFile>
#include <QFileInfo>
#include <QList>

namespace gtzan::detail {

namespace {
QString majorName(int format) {
    SF_FORMAT_INFO fi{};
    fi.format = format & SF_FORMAT_TYPEMASK;
    if (sf_command(nullptr, SFC_GET_FORMAT_INFO, &fi, sizeof(fi)) == 0 && fi.extension)
        return QString::fromLatin1(fi.extension).toUpper();
    return QStringLiteral("unknown");
}

QString encodingName(int format) {
    switch (format & SF_FORMAT_SUBMASK) {
    case SF_FORMAT_PCM_S8: case SF_FORMAT_PCM_U8: return QStringLiteral("PCM 8-bit");
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
quint16 wavFormatTag(const QString &path) {
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return 0;
    const QByteArray head = f.read(4096);
    if (head.size() < 12 || !head.startsWith("RIFF") || head.mid(8, 4) != "WAVE") return 0;
    const qsizetype fmt = head.indexOf("fmt ", 12);
    if (fmt < 0 || fmt + 10 > head.size()) return 0;
    return quint16(static_cast<unsigned char>(head[fmt + 8]) | (static_cast<unsigned char>(head[fmt + 9]) << 8));
}

QString unsupportedWavCodec(const QString &path) {
    const quint16 tag = wavFormatTag(path);
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
} // namespace

SndFile::SndFile(const QString &path) {
    const QFileInfo fi(path);
    if (!fi.exists()) throw Error(QStringLiteral("%1: the file does not exist").arg(path));
    if (fi.isDir()) throw Error(QStringLiteral("%1: is a folder, not an audio file").arg(path));
    if (!fi.isReadable()) throw Error(QStringLiteral("%1: the file cannot be read (permission denied)").arg(path));
    if (fi.size() == 0) throw Error(QStringLiteral("%1: the file is empty (0 bytes)").arg(path));

    m_file = sf_open(QFile::encodeName(path).constData(), SFM_READ, &m_info);
    if (!m_file) {
        const int code = sf_error(nullptr);
        const QString detail = QString::fromLocal8Bit(sf_strerror(nullptr));
        const QString codec = unsupportedWavCodec(path);
        if (!codec.isEmpty())
            throw Error(QStringLiteral("%1: the audio is stored with an unsupported codec (%2)").arg(path, codec));
        if (code == SF_ERR_UNRECOGNISED_FORMAT || detail.contains(QLatin1String("not a regular file")) ||
            detail.contains(QLatin1String("unknown format")) || detail.contains(QLatin1String("Format not recognised")))
            throw Error(QStringLiteral("%1: not an audio file in a format this program reads "
                                       "(WAV, AU, AIFF, FLAC, Ogg Vorbis/Opus, MP3)").arg(path));
        if (detail.contains(QLatin1String("encoding"), Qt::CaseInsensitive) || code == SF_ERR_UNSUPPORTED_ENCODING)
            throw Error(QStringLiteral("%1: the audio is stored with an unsupported codec (%2)").arg(path, detail));
        throw Error(QStringLiteral("%1: the file is damaged or not audio (%2)").arg(path, detail));
    }
    if (m_info.channels < 1 || m_info.samplerate < 1) {
        sf_close(m_file);
        m_file = nullptr;
        throw Error(QStringLiteral("%1: the header is damaged (%2 channels, %3 Hz)").arg(path).arg(m_info.channels).arg(m_info.samplerate));
    }
    m_audioInfo.path = path;
    m_audioInfo.format = majorName(m_info.format);
    m_audioInfo.encoding = encodingName(m_info.format);
    m_audioInfo.frames = m_info.frames;
    m_audioInfo.sampleRate = m_info.samplerate;
    m_audioInfo.channels = m_info.channels;
    m_audioInfo.framesExact = (m_info.format & SF_FORMAT_TYPEMASK) != SF_FORMAT_MPEG &&
                              (m_info.format & SF_FORMAT_SUBMASK) != SF_FORMAT_MPEG_LAYER_III;
}

SndFile::~SndFile() {
    if (m_file) sf_close(m_file);
}

bool SndFile::headerClaimsMoreThanFile() const {
    char log[4096] = {0};
    sf_command(m_file, SFC_GET_LOG_INFO, log, sizeof(log));
    const QString text = QString::fromLatin1(log);
    return text.contains(QLatin1String("too large"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("truncated"), Qt::CaseInsensitive) ||
           text.contains(QLatin1String("Premature EOF"), Qt::CaseInsensitive);
}

} // namespace gtzan::detail

namespace gtzan {
AudioInfo probeAudio(const QString &path) {
    return detail::SndFile(path).audioInfo();
}
} // namespace gtzan
