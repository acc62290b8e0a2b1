#pragma once
#include "inference/Saliency.h"
#include <QStringList>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QSlider;

namespace gtzan {
namespace widgets {
class ClipInspector;
class SaliencyStrip;
} // namespace widgets
namespace gui {

class TaskControls;

// "What did it listen to?" for the clip a ClipInspector shows: a method (occlusion, Grad-CAM),
// the genre to explain (the predicted one by default: "what makes it jazz"), and Explain (Ctrl+E)
// runs the engine's computeSaliency as a task with progress and cancel. The map lies over the
// inspector's spectrogram (opacity slider), a strip shows each segment's share, the deletion
// check's figures say whether to trust the map, and "Play what it listened to" plays the clip
// gated by the map (sonifySaliency). A new clip clears it.
class SaliencyControls : public QWidget {
    Q_OBJECT
public:
    SaliencyControls(widgets::ClipInspector *inspector, QWidget *parent = nullptr);
    ~SaliencyControls() override;
    // The model to explain (a .gtzm path, or a resource path); its genres fill the genre box.
    // Empty: nothing to explain (the controls are disabled).
    void setModel(const QString &modelPath, const QStringList &genres);
    void explain();
    void cancel();
    bool isBusy() const;
    const gtzan::SaliencyMap *map() const { return m_map.get(); }

    QComboBox *methodBox() const { return m_method; }
    QComboBox *genreBox() const { return m_genre; }
    QSlider *opacitySlider() const { return m_opacity; }
    QPushButton *listenButton() const { return m_listen; }
    TaskControls *taskControls() const { return m_task; }
    widgets::SaliencyStrip *strip() const { return m_strip; }

Q_SIGNALS:
    void explained();
    void failed(const QString &message);

private:
    void clearMap();
    void toggleListening();
    widgets::ClipInspector *m_inspector;
    QComboBox *m_method;
    QComboBox *m_genre;
    QSlider *m_opacity;
    QPushButton *m_listen;
    TaskControls *m_task;
    widgets::SaliencyStrip *m_strip;
    QString m_modelPath;
    std::shared_ptr<const gtzan::SaliencyMap> m_map;
    bool m_listening = false;
};

} // namespace gui
} // namespace gtzan
