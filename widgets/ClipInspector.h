#pragma once
#include "audio/Audio.h"
#include "augment/AugmentationChain.h"
#include "dsp/DisplaySpectrogram.h"
#include "dsp/WaveformEnvelope.h"
#include "widgets/FigureExport.h"
#include <QElapsedTimer>
#include <QRectF>
#include <QVector>
#include <QWidget>
#include <memory>

class QCheckBox;
class QCustomPlot;
class QLabel;
class QProgressBar;
class QStackedWidget;

namespace gtzan {
namespace widgets {

class AudioPlayer;
class CompareView;
class SpectrogramControls;
class SpectrogramView;
class TransportBar;
class WaveformView;

// One clip, seen and heard: waveform and spectrogram on a shared time axis, the spectrogram's
// settings, and a player whose playhead moves over both views; a click on either view seeks.
// It holds the original clip (A) and, when an augmentation is set, the augmented clip (B, made
// by the engine's augmentation chain); what is shown is what plays, and A/B switches between
// them. Decoding, augmenting and the spectrogram run as tasks (engine/tasks/TaskRunner.h), one
// after the other; a new clip supersedes the task in flight, so fast keyboard browsing never
// shows the wrong clip.
class ClipInspector : public QWidget {
    Q_OBJECT
public:
    enum class Version { Original = 0, Augmented = 1 };

    explicit ClipInspector(QWidget *parent = nullptr);
    ~ClipInspector() override;

    // Decodes the file (at the display rate, 22.05 kHz) on a worker and shows it as the original.
    void openFile(const QString &path);
    void showAudio(const gtzan::Audio &audio, const QString &title);
    // Opens a file whose audio is already decoded at kDisplayRate (the Predict tab's prediction
    // decoded it): as openFile, without decoding it again.
    void openDecodedFile(const QString &path, std::shared_ptr<const gtzan::Audio> audio);
    // The augmentation of the current (and every later) clip. An identity draw removes B.
    // showResult: switch to B once it is ready (a person moving a slider wants to see it).
    void setAugmentation(const gtzan::AugmentationDraw &draw, bool showResult = true);
    void showVersion(Version v);
    // Compare mode: A and B on one time axis and colour scale, with their difference (CompareView),
    // in place of the single waveform and spectrogram. What plays is still the version chosen.
    void setCompareMode(bool on);
    bool compareMode() const { return m_compareMode; }
    // True when the compare view shows the current A and B with the current settings.
    bool compareShown() const { return m_compareShown; }
    CompareView *compareView() const { return m_compare; }
    // The plots of what is shown now, top to bottom (waveform and spectrogram, or the compare
    // view's four), for a figure; empty when no clip is shown.
    QList<FigurePanel> figurePlots() const;
    Version version() const { return m_version; }
    bool hasAugmented() const { return m_views[1].audio != nullptr; }
    void clear(const QString &message);

    std::shared_ptr<const gtzan::Audio> originalAudio() const { return m_views[0].audio; }
    std::shared_ptr<const gtzan::Audio> augmentedAudio() const { return m_views[1].audio; }
    const gtzan::AugmentationDraw &augmentation() const { return m_draw; }
    QVector<QRectF> maskRects() const { return m_views[1].masks; }
    QString currentPath() const { return m_path; }
    QString title() const;
    bool isBusy() const;
    // Milliseconds from openFile() to the spectrogram drawn, for the last clip opened (-1: none yet),
    // and of that the worker's part and the GUI thread's drawing.
    double lastOpenMilliseconds() const { return m_lastOpenMs; }
    double lastWorkerMilliseconds() const { return m_lastWorkerMs; }
    double lastDrawMilliseconds() const { return m_lastDrawMs; }
    // Milliseconds from openFile() to the first picture of the clip: a long file's first preview
    // (waveform so far), else the whole picture (-1: none yet).
    double firstPictureMilliseconds() const { return m_firstPictureMs; }

    // What a long file's decode shows before it ends (posted by the decoding task).
    struct Preview {
        gtzan::WaveformEnvelope envelope;      // of the audio decoded so far
        gtzan::DisplaySpectrogram spectrogram; // empty: no new columns (or a layer shown at the end only)
        double decodedSeconds = 0, expectedSeconds = 0, fraction = 0;
    };
    void showPreview(const Preview &p);

    AudioPlayer *player() const { return m_player; }
    WaveformView *waveform() const { return m_waveform; }
    SpectrogramView *spectrogram() const { return m_spectrogram; }
    SpectrogramControls *controls() const { return m_controls; }
    TransportBar *transport() const { return m_transport; }
    // "Beat clicks": aubio's beats heard as clicks over the clip (the player's audio gets them).
    QCheckBox *beatClicksBox() const { return m_beatClicks; }
    const std::vector<double> &beats() const { return m_views[int(m_version)].beats; }
    // Plays other audio in place of the shown version (the saliency's "what it listened to")
    // until the next clip, version or restoreShownAudio().
    void playInstead(const gtzan::Audio &audio);
    void restoreShownAudio();
    static constexpr int kDisplayRate = 22050;

Q_SIGNALS:
    void opened(const QString &path); // decoded and drawn
    void failed(const QString &path, const QString &message);
    void spectrogramShown();
    void versionChanged(ClipInspector::Version v);
    void augmentationFailed(const QString &message);
    void previewShown(); // a long file's picture so far

private:
    // What one version shows: its audio and the engine's display data for it.
    struct View {
        std::shared_ptr<const gtzan::Audio> audio;
        gtzan::WaveformEnvelope envelope;
        gtzan::DisplaySpectrogram spectrogram;
        QVector<QRectF> masks;
        std::vector<double> beats; // aubio's, when the layer has them or beat clicks are on
        QString settings;          // the display settings it was computed with
    };
    enum class JobKind { Open, Display, Augment };
    // The audio a job works on is taken when it starts, so a queued job sees what came before it.
    struct Request {
        JobKind kind = JobKind::Display;
        QString path;                                // Open
        std::shared_ptr<const gtzan::Audio> decoded; // Open: the file already decoded at kDisplayRate (else decode it)
        Version version = Version::Original;         // Display
        gtzan::AugmentationDraw draw;                // Augment
        bool show = true;                            // Augment: switch to B when ready
    };
    struct Job {
        View view;
        double workerMs = 0;
    };
    // newClip: every earlier request was for another clip; this one starts at once, superseding
    // the task in flight. Else it waits for the running one (it may need that one's result).
    void submit(const Request &r, bool newClip = false);
    void launchNext();
    void showJob(const Request &r, const Job &job);
    void jobFailed(const Request &r, const QString &error);
    void display(Version v);
    void showCompare(); // both versions ready with the current settings: into the compare view
    bool ready(Version v) const;
    void refresh();
    QString settingsKey() const;
    void alignWaveformMargins();
    void hearAugmentedEarly(const std::shared_ptr<const gtzan::Audio> &audio, const gtzan::AugmentationDraw &draw);
    void setPlayerAudio(const View &view, bool newClip = false); // the view's audio, with beat clicks when asked

    WaveformView *m_waveform;
    SpectrogramView *m_spectrogram;
    CompareView *m_compare;
    QStackedWidget *m_pages; // the single pair of views, or the compare view
    bool m_compareMode = false;
    bool m_compareShown = false;
    SpectrogramControls *m_controls;
    AudioPlayer *m_player;
    TransportBar *m_transport;
    QCheckBox *m_beatClicks;
    QLabel *m_title;
    QProgressBar *m_progress; // a long file's decode
    QString m_loadingPath;
    bool m_previewShown = false;
    double m_firstPictureMs = -1;
    QList<Request> m_queue; // requests waiting for the running task to end
    View m_views[2];
    gtzan::AugmentationDraw m_draw;
    Version m_version = Version::Original;
    QString m_path;
    QString m_titleText;
    QElapsedTimer m_openClock;
    double m_lastOpenMs = -1;
    double m_lastWorkerMs = -1;
    double m_lastDrawMs = -1;
};

} // namespace widgets
} // namespace gtzan
