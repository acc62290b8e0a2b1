#pragma once
#include "inference/FolderMap.h"
#include <QHash>
#include <QPolygonF>
#include <QStringList>
#include <QWidget>
#include <memory>

class QCPCurve;
class QCPGraph;
class QCheckBox;
class QComboBox;
class QCustomPlot;
class QLabel;
class QListWidget;
class QSpinBox;

namespace gtzan {
namespace gui {

class ClipPlayback;
class TaskControls;

// The Map tab: every clip of the folder open in the browser as a point on a 2-D map of its
// embedding (musicnn MSD or MTT, or a trained model's penultimate layer; t-SNE or PCA), made by
// the engine's mapFolder as a task with progress and cancel. Points are coloured by genre, by the
// model's prediction or right / wrong (model sources), or ring GTZAN's known faults or the replicas
// the Faults tab found; hovering names a clip, a click plays it, a dragged rectangle (with
// "Select" on) lists the clips inside. Files given to placeFiles (the Predict tab's drops) appear
// as stars among the clips, so a person sees which genres their song sits between.
class MapView : public QWidget {
    Q_OBJECT
public:
    explicit MapView(QWidget *parent = nullptr);
    ~MapView() override;
    void setFolder(const QString &folder);
    void makeMap();
    void cancel();
    // Places audio files on the current map (each embedded as the map's clips were).
    void placeFiles(const QStringList &paths);
    bool isBusy() const;
    bool hasMap() const { return bool(m_state); }
    // The Faults tab's replica finder's notes by path: "Replicas" rings those clips.
    void setReplicaNotes(const QHash<QString, QString> &noteByPath);

    const gtzan::FolderMap *map() const;
    struct PlacedPoint {
        QString path;
        double x = 0, y = 0;
    };
    const std::vector<PlacedPoint> &placed() const { return m_placed; }
    QStringList selectedClips() const;
    // The lasso: selects the clips whose points lie inside the polygon (plot pixels), as a drag
    // with Select on does, and lists them.
    void selectInside(const QPolygonF &plotPixels);
    QString hoverTextAt(const QPoint &plotPixel) const; // "" when no point is near
    int pointAt(const QPoint &plotPixel) const;         // index into map()->points, -1: none

    QCustomPlot *plot() const { return m_plot; }
    QComboBox *embeddingBox() const { return m_embedding; }
    QComboBox *methodBox() const { return m_method; }
    QComboBox *colourBox() const { return m_colour; }
    QSpinBox *seedBox() const { return m_seed; }
    QCheckBox *selectBox() const { return m_select; }
    QListWidget *selectionList() const { return m_selection; }
    TaskControls *taskControls() const { return m_task; }

Q_SIGNALS:
    void mapReady();
    void filesPlaced();
    void message(const QString &text);

private:
    struct State {
        gtzan::MapSource source;
        gtzan::FolderMap map;
    };
    void draw();
    void showSelection();
    void placeNext();

    QString m_folder;
    QComboBox *m_embedding, *m_method, *m_colour;
    QSpinBox *m_seed;
    QCheckBox *m_select;
    TaskControls *m_task;
    QCustomPlot *m_plot;
    QLabel *m_hover;
    QListWidget *m_selection;
    ClipPlayback *m_playback;
    std::shared_ptr<const State> m_state;
    std::vector<PlacedPoint> m_placed;
    QStringList m_toPlace;
    QHash<QString, QString> m_replicaNotes;
    QPolygonF m_lasso; // the lasso being drawn (plot pixels)
    QCPCurve *m_lassoCurve = nullptr;
    std::vector<QCPGraph *> m_genreGraphs;       // one per genre, in map()->genres order
    std::vector<std::vector<int>> m_graphPoints; // graph k's data index -> point index
};

} // namespace gui
} // namespace gtzan
