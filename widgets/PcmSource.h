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
    mutable std::mutex m_mutex;
    QByteArray m_pcm;
    qint64 m_pos = 0; // bytes
    bool m_loop = false;
};

} // namespace widgets
} // namespace gtzan
