#pragma once
#include "embedding/DatasetExport.h"
#include <QDialog>

class QComboBox;
class QDoubleSpinBox;
class QLineEdit;

namespace gtzan {
namespace gui {

class TaskControls;

// Data set > Export features...: a data set's features and / or musicnn embeddings, labels,
// ids, genres and split as one NumPy .npz, through the engine's exportDataset() (the same as
// `gtzan-cli export-dataset`), run as a heavy job with progress and Cancel. Cancelled, it leaves
// no file.
class DatasetExportDialog : public QDialog {
    Q_OBJECT
public:
    explicit DatasetExportDialog(const QString &dataFolder, QWidget *parent = nullptr);
    ~DatasetExportDialog() override;

    // What the form asks for; throws gtzan::Error (said in the status line by start()) when it is incomplete.
    gtzan::DatasetExportOptions options() const;
    bool isRunning() const { return m_running; }
    TaskControls *controls() const { return m_controls; }
    QLineEdit *dataEdit() const { return m_data; }
    QLineEdit *splitEdit() const { return m_split; }
    QLineEdit *outEdit() const { return m_out; }
    QComboBox *featuresBox() const { return m_features; }
    QComboBox *embeddingBox() const { return m_embedding; }
    QDoubleSpinBox *segmentBox() const { return m_segment; }

    void start();
    void reject() override;

Q_SIGNALS:
    void exported(const QString &path, const gtzan::DatasetExportSummary &summary);
    void failed(const QString &message, bool cancelled);

private:
    void finished(const QString &message);

    QLineEdit *m_data, *m_split, *m_out;
    QComboBox *m_features, *m_embedding;
    QDoubleSpinBox *m_segment;
    TaskControls *m_controls;
    bool m_running = false;
};

} // namespace gui
} // namespace gtzan
