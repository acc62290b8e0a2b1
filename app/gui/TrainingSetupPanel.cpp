#include "app/gui/TrainingSetupPanel.h"
#include "app/gui/AppSettings.h"
#include "augment/AugmentationChain.h"
#include "common/Error.h"
#include "dataset/FeatureCache.h"
#include "dataset/GenreSets.h"
#include "dsp/FeatureSpec.h"
#include "faults/KnownFaults.h"
#include "models/ModelConfig.h"
#include "training/RecipeFile.h"
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QToolButton>

namespace gtzan {
namespace gui {

using gtzan::TrainingRecipe;

namespace {
const char *kRecipeKey = "training/lastRecipe";

// A line edit with a "..." button that picks a folder.
QWidget *folderRow(QLineEdit *edit, QWidget *parent, const QString &title, std::function<void()> chosen = {}) {
    auto *row = new QWidget(parent);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    h->addWidget(edit, 1);
    auto *browse = new QToolButton(row);
    browse->setText(QStringLiteral("..."));
    browse->setToolTip(title);
    h->addWidget(browse);
    QObject::connect(browse, &QToolButton::clicked, row, [edit, row, title, chosen] {
        const QString dir = QFileDialog::getExistingDirectory(row, title, edit->text());
        if (dir.isEmpty()) return;
        edit->setText(dir);
        if (chosen) chosen();
    });
    return row;
}
} // namespace

TrainingSetupPanel::TrainingSetupPanel(QWidget *parent)
    : QWidget(parent), m_folder(new QLineEdit), m_genres(new QComboBox), m_splitKind(new QComboBox), m_preset(new QComboBox),
      m_augment(new QComboBox), m_chain(new QComboBox), m_model(new QComboBox), m_backbone(new QComboBox), m_embedding(new QComboBox),
      m_rhythm(new QCheckBox(tr("Add rhythm (tempo and onsets, aubio)"))), m_splitPages(new QStackedWidget), m_testPerGenre(new QSpinBox),
      m_valPerGenre(new QSpinBox), m_epochs(new QSpinBox), m_batch(new QSpinBox), m_seeds(new QSpinBox), m_firstSeed(new QSpinBox),
      m_earlyStop(new QSpinBox), m_testFraction(new QDoubleSpinBox), m_segment(new QDoubleSpinBox), m_lr(new QDoubleSpinBox),
      m_splitFolder(new QLineEdit), m_segmentOn(new QCheckBox(tr("Cut clips into segments of"))), m_folds(new QSpinBox) {
    auto *form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_folder->setObjectName(QStringLiteral("trainDataFolder"));
    m_folder->setPlaceholderText(tr("The folder open in the data set browser"));
    connect(m_folder, &QLineEdit::textEdited, this, [this] { m_folderChosenHere = true; });
    form->addRow(tr("Data folder"), folderRow(m_folder, this, tr("GTZAN folder to train on"), [this] { m_folderChosenHere = true; }));

    m_genres->addItem(tr("8 genres (GCT634: no blues, no rock)"), QStringLiteral("gct634"));
    m_genres->addItem(tr("All 10 genres"), QStringLiteral("all"));
    form->addRow(tr("Genres"), m_genres);

    // Split kind and its parameters (one page each).
    m_splitKind->setObjectName(QStringLiteral("trainSplitKind"));
    m_splitKind->addItem(tr("Last clips of each genre are test"), int(TrainingRecipe::SplitKind::LastPerGenre));
    m_splitKind->addItem(tr("Seeded stratified split"), int(TrainingRecipe::SplitKind::Fraction));
    m_splitKind->addItem(tr("Split files (fault-filtered, GCT634, your own)"), int(TrainingRecipe::SplitKind::Folder));
    form->addRow(tr("Split"), m_splitKind);
    m_testPerGenre->setRange(0, 1000);
    m_testPerGenre->setSuffix(tr(" test clips per genre"));
    m_testFraction->setRange(0.01, 0.9);
    m_testFraction->setSingleStep(0.05);
    m_testFraction->setPrefix(tr("test share "));
    m_splitFolder->setPlaceholderText(tr("Folder with train*.txt, test*.txt, valid*.txt"));
    m_splitPages->addWidget(m_testPerGenre);
    m_splitPages->addWidget(m_testFraction);
    m_splitPages->addWidget(folderRow(m_splitFolder, this, tr("Folder with split lists")));
    // As tall as one row: the pages are single fields.
    m_splitPages->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_splitPages->setFixedHeight(m_splitFolder->sizeHint().height() + 4);
    form->addRow(QString(), m_splitPages);
    m_splitNote = new QLabel;
    m_splitNote->setObjectName(QStringLiteral("trainSplitNote"));
    m_splitNote->setWordWrap(true);
    m_splitNote->hide();
    form->addRow(QString(), m_splitNote);
    connect(m_splitKind, &QComboBox::currentIndexChanged, m_splitPages, &QStackedWidget::setCurrentIndex);
    m_valPerGenre->setRange(0, 1000);
    m_valPerGenre->setToolTip(tr("Taken from the training clips (seeded), unless the split files have a validation list"));
    form->addRow(tr("Validation clips per genre"), m_valPerGenre);

    for (const QString &p : gtzan::FeatureSpec::presetNames()) m_preset->addItem(p, p);
    form->addRow(tr("Features"), m_preset);
    auto *segRow = new QWidget(this);
    auto *segLayout = new QHBoxLayout(segRow);
    segLayout->setContentsMargins(0, 0, 0, 0);
    m_segment->setRange(0.5, 30);
    m_segment->setSingleStep(0.5);
    m_segment->setSuffix(tr(" s"));
    segLayout->addWidget(m_segmentOn);
    segLayout->addWidget(m_segment, 1);
    form->addRow(tr("Segmentation"), segRow);

    m_augment->addItem(tr("None"), QStringLiteral("none"));
    m_augment->addItem(tr("Offline (one augmented copy per clip)"), QStringLiteral("offline"));
    m_augment->addItem(tr("Online (a fresh copy every epoch)"), QStringLiteral("online"));
    form->addRow(tr("Augmentation"), m_augment);
    for (const QString &c : gtzan::AugmentationChain::presetNames()) m_chain->addItem(c, c);
    form->addRow(tr("Augmentation chain"), m_chain);

    m_model->setObjectName(QStringLiteral("trainModel"));
    for (const QString &m : gtzan::modelNames()) {
        m_model->addItem(m, m);
        if (!gtzan::ModelConfig::named(m).usesEmbedding()) m_backbone->addItem(m, m); // a plain spectrogram network
    }
    form->addRow(tr("Model"), m_model);
    form->addRow(tr("Fusion backbone"), m_backbone);
    // embed_mlp and fusion: the clip embedding (musicnn needs its weights, see README).
    m_embedding->setObjectName(QStringLiteral("trainEmbedding"));
    m_embedding->addItem(tr("Per-band mean and spread (no network)"), QStringLiteral("none"));
    m_embedding->addItem(tr("musicnn, trained on MSD"), QStringLiteral("msd"));
    m_embedding->addItem(tr("musicnn, trained on MTT"), QStringLiteral("mtt"));
    form->addRow(tr("Embedding"), m_embedding);
    m_rhythm->setObjectName(QStringLiteral("trainRhythm"));
    m_rhythm->setToolTip(tr("Append tempo and onset figures to the musicnn embedding: the reference report's idea against country taken "
                            "for pop. The model file records it; prediction computes the same figures."));
    form->addRow(QString(), m_rhythm);
    connect(m_embedding, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); });

    m_epochs->setObjectName(QStringLiteral("trainEpochs"));
    m_epochs->setRange(1, 10000);
    form->addRow(tr("Epochs"), m_epochs);
    m_lr->setDecimals(6);
    m_lr->setRange(0.000001, 1.0);
    m_lr->setSingleStep(0.0001);
    form->addRow(tr("Learning rate"), m_lr);
    m_batch->setRange(2, 4096);
    form->addRow(tr("Batch"), m_batch);
    m_seeds->setRange(1, 100);
    form->addRow(tr("Seeds (runs)"), m_seeds);
    m_firstSeed->setRange(0, 1 << 30);
    form->addRow(tr("First seed"), m_firstSeed);
    m_earlyStop->setRange(0, 10000);
    m_earlyStop->setSpecialValueText(tr("off"));
    form->addRow(tr("Early stop after"), m_earlyStop);
    m_folds->setObjectName(QStringLiteral("trainFolds"));
    m_folds->setRange(1, 20); // 1 shows as "off": cross-validation takes 2 to 20 folds
    m_folds->setSpecialValueText(tr("off"));
    m_folds->setSuffix(tr(" folds"));
    m_folds->setToolTip(tr("After training, train one model per fold on the other folds and predict the held-out clips: an honest accuracy "
                           "without a test split, and the calibration of the model's confidences. Takes as many extra trainings as folds."));
    form->addRow(tr("Cross-validation"), m_folds);

    // The recipe's one JSON form, also what `gtzan-cli train --recipe` reads.
    auto *recipeRow = new QWidget(this);
    auto *recipeButtons = new QHBoxLayout(recipeRow);
    recipeButtons->setContentsMargins(0, 0, 0, 0);
    auto *open = new QPushButton(tr("Open recipe..."));
    open->setObjectName(QStringLiteral("trainOpenRecipe"));
    auto *save = new QPushButton(tr("Save recipe..."));
    save->setObjectName(QStringLiteral("trainSaveRecipe"));
    recipeButtons->addWidget(open);
    recipeButtons->addWidget(save);
    recipeButtons->addStretch(1);
    form->addRow(QString(), recipeRow);
    connect(open, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a training recipe"), QString(), tr("Training recipes (*.json)"));
        if (path.isEmpty()) return;
        QString error;
        if (!openRecipe(path, &error)) QMessageBox::warning(this, tr("Open recipe"), error);
    });
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path =
            QFileDialog::getSaveFileName(this, tr("Save the training recipe"), QStringLiteral("recipe.json"), tr("Training recipes (*.json)"));
        if (path.isEmpty()) return;
        QString error;
        if (!saveRecipe(path, &error)) QMessageBox::warning(this, tr("Save recipe"), error);
    });

    connect(m_segmentOn, &QCheckBox::toggled, this, &TrainingSetupPanel::updateEnabled);
    connect(m_augment, &QComboBox::currentIndexChanged, this, &TrainingSetupPanel::updateEnabled);
    connect(m_model, &QComboBox::currentIndexChanged, this, &TrainingSetupPanel::updateEnabled);
    setRecipe(defaultRecipe());
}

TrainingRecipe TrainingSetupPanel::defaultRecipe() {
    // A run a person can watch: on the 50-clip sample, 2 cores, about a minute (cnn2d, about 3 s
    // an epoch), long enough to see the curves rise and part; the former cnn1d x 10 epochs ended
    // in about a second, before anyone saw a curve.
    TrainingRecipe r;
    r.genreSet = QStringLiteral("all");
    r.splitKind = TrainingRecipe::SplitKind::LastPerGenre;
    r.testPerGenre = 2;
    r.validationPerGenre = 1;
    r.model.name = QStringLiteral("cnn2d");
    r.options.epochs = 20;
    r.options.seeds = 1;
    r.options.learningRate = 1e-3;
    r.cacheDir = gtzan::FeatureCache::defaultDir();
    // What the run will use: the window sets LibTorch's threads from Preferences, not per recipe.
    r.threads = AppSettings::effectiveComputeThreads();
    return r;
}

namespace {
void selectData(QComboBox *box, const QVariant &value) {
    const int i = box->findData(value);
    if (i >= 0) box->setCurrentIndex(i);
}
} // namespace

void TrainingSetupPanel::setRecipe(const TrainingRecipe &r) {
    if (!r.dataFolder.isEmpty()) m_folder->setText(r.dataFolder);
    selectData(m_genres, r.genreSet);
    // Split files from the CLI (a train and a test file) are shown as their folder.
    const TrainingRecipe::SplitKind kind = r.splitKind == TrainingRecipe::SplitKind::Files ? TrainingRecipe::SplitKind::Folder : r.splitKind;
    selectData(m_splitKind, int(kind));
    m_splitPages->setCurrentIndex(m_splitKind->currentIndex());
    m_testPerGenre->setValue(r.testPerGenre);
    m_testFraction->setValue(r.testFraction > 0 ? r.testFraction : 0.2);
    m_splitFolder->setText(r.splitKind == TrainingRecipe::SplitKind::Files ? QFileInfo(r.trainSplitFile).absolutePath() : r.splitFolder);
    m_valPerGenre->setValue(r.validationPerGenre);
    selectData(m_preset, r.featurePreset);
    m_segmentOn->setChecked(r.segmentSeconds > 0);
    m_segment->setValue(r.segmentSeconds > 0 ? r.segmentSeconds : 4.0);
    selectData(m_augment, r.options.augment);
    selectData(m_chain, r.augmentChain);
    selectData(m_model, r.model.name);
    selectData(m_backbone, r.model.backbone);
    selectData(m_embedding, r.embedding);
    m_rhythm->setChecked(r.rhythm);
    m_epochs->setValue(r.options.epochs);
    m_lr->setValue(r.options.learningRate);
    m_batch->setValue(r.options.batchSize);
    m_seeds->setValue(r.options.seeds);
    m_firstSeed->setValue(int(r.options.firstSeed));
    m_earlyStop->setValue(r.options.earlyStopPatience);
    m_folds->setValue(std::max(1, r.crossValidationFolds));
    setProperty("cacheDir", r.cacheDir);
    setProperty("provenance", r.provenance);
    setProperty("reproducible", r.reproducible);
    setProperty("threads", r.threads);
    updateEnabled();
}

TrainingRecipe TrainingSetupPanel::recipe() const {
    TrainingRecipe r;
    r.dataFolder = m_folder->text().trimmed();
    r.genreSet = m_genres->currentData().toString();
    r.splitKind = TrainingRecipe::SplitKind(m_splitKind->currentData().toInt());
    r.testPerGenre = m_testPerGenre->value();
    r.testFraction = r.splitKind == TrainingRecipe::SplitKind::Fraction ? m_testFraction->value() : 0.0;
    r.splitFolder = m_splitFolder->text().trimmed();
    r.validationPerGenre = m_valPerGenre->value();
    r.featurePreset = m_preset->currentData().toString();
    r.segmentSeconds = m_segmentOn->isChecked() ? m_segment->value() : 0.0;
    r.options.augment = m_augment->currentData().toString();
    r.augmentChain = m_chain->currentData().toString();
    r.model.name = m_model->currentData().toString();
    r.model.backbone = m_backbone->currentData().toString();
    if (r.model.usesEmbedding()) r.embedding = m_embedding->currentData().toString();
    r.rhythm = m_rhythm->isEnabled() && m_rhythm->isChecked();
    r.options.epochs = m_epochs->value();
    r.options.learningRate = m_lr->value();
    r.options.batchSize = m_batch->value();
    r.options.seeds = m_seeds->value();
    r.options.firstSeed = uint64_t(m_firstSeed->value());
    r.options.earlyStopPatience = m_earlyStop->value();
    r.crossValidationFolds = m_folds->value() >= 2 ? m_folds->value() : 0;
    r.cacheDir = property("cacheDir").toString();
    r.provenance = property("provenance").toString();
    r.reproducible = property("reproducible").toBool();
    r.threads = property("threads").toInt();
    return r;
}

void TrainingSetupPanel::updateEnabled() {
    m_segment->setEnabled(m_segmentOn->isChecked());
    m_chain->setEnabled(m_augment->currentData().toString() != QLatin1String("none"));
    const gtzan::ModelConfig model = gtzan::ModelConfig::named(m_model->currentData().toString());
    m_backbone->setEnabled(model.usesBackbone());
    m_embedding->setEnabled(model.usesEmbedding());
    m_rhythm->setEnabled(model.usesEmbedding() && m_embedding->currentData().toString() != QLatin1String("none"));
}

void TrainingSetupPanel::followBrowserFolder(const QString &folder, bool fullGtzan) {
    if (m_folderChosenHere && !m_folder->text().trimmed().isEmpty()) return;
    m_folder->setText(folder);
    const QString lists = fullGtzan ? gtzan::faultFilteredSplitFolder() : QString();
    if (lists.isEmpty()) {
        m_splitNote->hide();
        return;
    }
    selectData(m_splitKind, int(TrainingRecipe::SplitKind::Folder));
    m_splitPages->setCurrentIndex(m_splitKind->currentIndex());
    m_splitFolder->setText(lists);
    m_splitNote->setText(tr("A full GTZAN: the fault-filtered split is chosen (artists kept apart, replicas and mislabelled clips left "
                            "out). A random split would report leakage as accuracy."));
    m_splitNote->show();
}

bool TrainingSetupPanel::openRecipe(const QString &path, QString *error) {
    try {
        gtzan::TrainingRecipe r = gtzan::loadRecipeFile(path);
        setRecipe(r);
        m_folderChosenHere = true; // the recipe names its data: the browser's folder does not replace it
        return true;
    } catch (const gtzan::Error &e) {
        if (error) *error = e.message();
        return false;
    }
}

bool TrainingSetupPanel::saveRecipe(const QString &path, QString *error) const {
    try {
        gtzan::saveRecipeFile(path, recipe());
        return true;
    } catch (const gtzan::Error &e) {
        if (error) *error = e.message();
        return false;
    }
}

QString TrainingSetupPanel::splitNote() const { return m_splitNote->isHidden() ? QString() : m_splitNote->text(); }

QString TrainingSetupPanel::dataFolder() const { return m_folder->text().trimmed(); }

void TrainingSetupPanel::saveSettings() const {
    QSettings().setValue(QString::fromLatin1(kRecipeKey), QString::fromUtf8(QJsonDocument(recipe().toJson()).toJson(QJsonDocument::Compact)));
}

void TrainingSetupPanel::loadSettings() {
    const QString text = QSettings().value(QString::fromLatin1(kRecipeKey)).toString();
    if (text.isEmpty()) return;
    try {
        TrainingRecipe r = TrainingRecipe::fromJson(QJsonDocument::fromJson(text.toUtf8()).object());
        if (r.threads <= 0) r.threads = defaultRecipe().threads;
        setRecipe(r);
    } catch (const gtzan::Error &) {
        // Settings from another version: keep the defaults.
    }
}

} // namespace gui
} // namespace gtzan
