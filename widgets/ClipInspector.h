#pragma once
#include "audio/Audio.h"
#include "dsp/DisplaySpectrogram.h"
#include "dsp/WaveformEnvelope.h"
#include <QElapsedTimer>
#include <QFutureWatcher>
#include <QWidget>
#include <memory>

class AudioPlayer;
class QLabel;
class SpectrogramControls;
class SpectrogramView;
class TransportBar;
class WaveformView;

// One clip, seen and heard: waveform and spectrogram on a shared time axis, the spectrogram's
// settings, and a player whose playhead moves over both views; a click on either view seeks.
// Holds the original clip (A) and, when there is one, its augmented version (B); what is shown
// is what plays. Decoding and the engine's spectrogram run on a worker thread; a newer request
// makes older results stale, so fast keyboard browsing never shows the wrong clip.
class ClipInspector : public QWidget {
    Q_OBJECT
public:
    enum class Version { Original, Augmented };

    explicit ClipInspector(QWidget *parent = nullptr);
    ~ClipInspector() override;

    // Decodes the file (at the display rate, 22.05 kHz) on a worker and shows it as the original.
    void openFile(const QString &path);
    void showAudio(const gtzan::Audio &audio, const QString &title);
    // The augmented version (B) of the current clip; an empty audio removes it. maskRects are
    // drawn over its spectrogram (x in seconds, y in rows of the current view).
    void setAugmented(const gtzan::Audio &audio, const QVector<QRectF> &maskRects = {});
    void showVersion(Version v);
    Version version() const { return m_version; }
    bool hasAugmented() const { return m_augmented != nullptr; }
    void clear(const QString &message);

    std::shared_ptr<const gtzan::Audio> originalAudio() const { return m_original; }
    std::shared_ptr<const gtzan::Audio> augmentedAudio() const { return m_augmented; }
    QString currentPath() const { return m_path; }
    bool isBusy() const;
    // Milliseconds from openFile() to the spectrogram drawn, for the last clip opened (-1: none yet).
    double lastOpenMilliseconds() const { return m_lastOpenMs; }
    // Of that: the worker's decode + envelope + spectrogram, and the GUI thread's drawing.
    double lastWorkerMilliseconds() const { return m_lastWorkerMs; }
    double lastDrawMilliseconds() const { return m_lastDrawMs; }

    AudioPlayer *player() const { return m_player; }
    WaveformView *waveform() const { return m_waveform; }
    SpectrogramView *spectrogram() const { return m_spectrogram; }
    SpectrogramControls *controls() const { return m_controls; }
    TransportBar *transport() const { return m_transport; }
    static constexpr int kDisplayRate = 22050;

Q_SIGNALS:
    void opened(const QString &path);                       // decoded and drawn
    void failed(const QString &path, const QString &message);
    void spectrogramShown();

private:
    struct Job {
        QString path;
        std::shared_ptr<const gtzan::Audio> audio;
        gtzan::WaveformEnvelope envelope;
        gtzan::DisplaySpectrogram spectrogram;
        QString error;
        quint64 generation = 0;
        bool fromFile = false;
        double workerMs = 0;
    };
    void startJob(const QString &path, std::shared_ptr<const gtzan::Audio> audio, bool fromFile);
    void launch(const QString &path, std::shared_ptr<const gtzan::Audio> audio, bool fromFile);
    void finishJob();
    void refresh();   // recompute the shown version with the current settings
    std::shared_ptr<const gtzan::Audio> shownAudio() const;

    WaveformView *m_waveform;
    SpectrogramView *m_spectrogram;
    SpectrogramControls *m_controls;
    AudioPlayer *m_player;
    TransportBar *m_transport;
    QLabel *m_title;
    QFutureWatcher<Job> m_watcher;
    quint64 m_generation = 0;
    bool m_pending = false;   // a request arrived while a job ran: start it when that one ends
    QString m_pendingPath;
    std::shared_ptr<const gtzan::Audio> m_pendingAudio;
    bool m_pendingFromFile = false;
    std::shared_ptr<const gtzan::Audio> m_original;
    std::shared_ptr<const gtzan::Audio> m_augmented;
    QVector<QRectF> m_masks;
    Version m_version = Version::Original;
    QString m_path;
    QString m_titleText;
    QElapsedTimer m_openClock;
    double m_lastOpenMs = -1;
    double m_lastWorkerMs = -1;
    double m_lastDrawMs = -1;
};
