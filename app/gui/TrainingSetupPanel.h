#pragma once
#include "training/TrainingRecipe.h"
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace gtzan {
namespace gui {

// The form that sets up a training run (issue #7's list): data folder, genre set, split kind and
// its parameters, validation clips per genre, features and segmentation, augmentation, model,
// epochs, learning rate, batch, seeds. It reads and writes a TrainingRecipe and remembers the
// last one in QSettings. Defaults finish in a few minutes on 2 cores for the 50-clip sample.
class TrainingSetupPanel : public QWidget {
    Q_OBJECT
public:
    explicit TrainingSetupPanel(QWidget *parent = nullptr);

    gtzan::TrainingRecipe recipe() const;
    void setRecipe(const gtzan::TrainingRecipe &recipe);
    static gtzan::TrainingRecipe defaultRecipe();

    // The data set browser opened a folder: use it unless the person chose another one here.
    // The browser's folder becomes the data folder unless one was chosen here. A full GTZAN also
    // gets the fault-filtered split (when its lists are in the shared data folder), and the panel
    // says so: a random split of GTZAN puts artists and replicas on both sides.
    void followBrowserFolder(const QString &folder, bool fullGtzan = false);
    QString splitNote() const;
    QString dataFolder() const;

    // The recipe file (RecipeFile.h), as `gtzan-cli train --recipe` reads it. False with the
    // reason when it cannot be read, is not a valid recipe, or cannot be written.
    bool openRecipe(const QString &path, QString *error = nullptr);
    bool saveRecipe(const QString &path, QString *error = nullptr) const;

    void saveSettings() const;
    void loadSettings();

private:
    void updateEnabled();
    QLineEdit *m_folder;
    bool m_folderChosenHere = false;
    QComboBox *m_genres, *m_splitKind, *m_preset, *m_augment, *m_chain, *m_model, *m_backbone, *m_embedding;
    QCheckBox *m_rhythm; // tempo and onset figures beside the musicnn embedding
    QStackedWidget *m_splitPages;
    QSpinBox *m_testPerGenre, *m_valPerGenre, *m_epochs, *m_batch, *m_seeds, *m_firstSeed, *m_earlyStop;
    QDoubleSpinBox *m_testFraction, *m_segment, *m_lr;
    QLineEdit *m_splitFolder;
    QLabel *m_splitNote = nullptr;
    QCheckBox *m_segmentOn;
    QSpinBox *m_folds; // cross-validation folds; 1 shows as "off"
};

} // namespace gui
} // namespace gtzan
