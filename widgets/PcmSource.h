#pragma once
#include <QByteArray>
#include <QIODevice>
#include <mutex>

namespace gtzan {
namespace widgets {

// 16-bit mono PCM held in memory, read by QAudioSink in pull mode. It can start anywhere and,
// when looping, wraps to the start instead of ending. The sink may read from its own thread.
class PcmSource : public QIODevice {
    Q_OBJECT
public:
    explicit PcmSource(QObject *parent = nullptr);
    void setPcm(QByteArray pcm);
    // Replaces the sound while the sink keeps reading: the read position (in frames) is kept and
    // the next `fadeFrames` frames fade from the old sound to the new one, so the switch is heard
    // without a gap or a click. The sink still plays what it had buffered before the switch.
    void switchPcm(QByteArray pcm, qint64 fadeFrames);
    qint64 framePosition() const;
    void setLoop(bool loop);
    void setFramePosition(qint64 frame); // where the next read starts
    qint64 frameCount() const { return m_pcm.size() / 2; }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override;
    bool atEnd() const override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    void crossfade(qint16 *out, qint64 frames); // m_mutex held
    mutable std::mutex m_mutex;
    QByteArray m_pcm;
    qint64 m_pos = 0;       // bytes
    QByteArray m_fadeFrom;  // the sound being faded out after switchPcm
    qint64 m_fadeLeft = 0;  // frames of the fade still to read
    qint64 m_fadeTotal = 0; // frames of the whole fade
    bool m_loop = false;
};

} // namespace widgets
} // namespace gtzan
