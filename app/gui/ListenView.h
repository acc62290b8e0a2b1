#pragma once
#include "inference/LiveAnalysis.h"
#include <QElapsedTimer>
#include <QPointer>
#include <QStringList>
#include <QWidget>
#include <deque>
#include <memory>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QCheckBox;
class QTimer;

namespace gtzan {
class LiveAnalysisThread;
class LiveRecording;
namespace live {
class AudioCapture;
}
namespace widgets {
class SegmentTimeline;
class TaggramView;
class GenreProbabilityChart;
} // namespace widgets
namespace gui {

// Listen live (#31): pick a sound input (a microphone, or the monitor of an output: what this
// computer plays), see its level, and the genre of each passing second on a rolling timeline,
// the current probabilities, musicnn's taggram scrolling beside it, tempo and beats, and the
// unsure verdict with its reason. Uses the Predict tab's model. The analysis runs on a thread of
// its own (LiveAnalysisThread, the same as `gtzan-cli listen`); this view only draws. What was
// heard can be kept as a WAV and the timeline saved as CSV or JSON.
class ListenView : public QWidget {
    Q_OBJECT
public:
    explicit ListenView(QWidget *parent = nullptr);
    ~ListenView() override;

    void setModelPath(const QString &path); // the Predict tab's model (":/models/starter.gtzm" for the starter)
    bool isListening() const;
    void start();
    void stop();
    void refreshInputs();
    // Saves what was kept; false with a message box when it failed. Used by the buttons and tests.
    bool saveRecording(const QString &path);
    bool saveTimeline(const QString &path); // .csv or .json (one object per answer)

    const std::deque<LiveUpdate> &answers() const { return m_answers; }
    double worstStallMs() const { return m_worstStallMs; } // the GUI thread's longest gap while listening
    static constexpr int kTimelineSeconds = 60;            // what the timeline and taggram show

Q_SIGNALS:
    void message(const QString &text);
    void listeningChanged(bool listening);

private:
    void onUpdate(const LiveUpdate &u);
    void onFailure(const QString &text);
    void showIdle(const QString &why);
    void redraw();

    QComboBox *m_inputs;
    QPushButton *m_refresh, *m_startStop, *m_saveRecording, *m_saveTimeline;
    QCheckBox *m_record;
    QProgressBar *m_level;
    QLabel *m_model, *m_verdict, *m_detail, *m_status;
    widgets::SegmentTimeline *m_timeline;
    widgets::TaggramView *m_taggram;
    widgets::GenreProbabilityChart *m_probabilities;

    QString m_modelPath;
    live::AudioCapture *m_capture;
    std::unique_ptr<LiveAnalysisThread> m_analysis;
    std::unique_ptr<LiveRecording> m_recording;
    QStringList m_genres, m_tagNames;
    std::deque<LiveUpdate> m_answers; // the whole session's (bounded: an hour of answers)
    QTimer *m_stallProbe;
    QElapsedTimer m_sinceProbe;
    double m_worstStallMs = 0;
};

} // namespace gui
} // namespace gtzan
