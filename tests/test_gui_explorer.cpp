// The explorer window driven as a person would: open the real sample folder, move through the
// clips with the keyboard, filter, load a split, play with the space key, switch augmentations
// on with the panel's sliders and check that views and engine state follow, A/B, export, and a
// corrupt clip in a copied folder that gets an error badge while everything else keeps working.
#include "PulseNullSink.h"
#include "TestSupport.h"
#include "app/gui/MainWindow.h"
#include "audio/AudioDecoder.h"
#include "dataset/DatasetSplit.h"
#include "widgets/AudioPlayer.h"
#include "widgets/AugmentationPanel.h"
#include "widgets/ClipInspector.h"
#include "widgets/ClipTableModel.h"
#include "widgets/DatasetBrowser.h"
#include "widgets/SpectrogramView.h"
#include <QCheckBox>
#include <QDir>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSlider>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace gtzan::widgets;
using namespace gtzan::gui;

using gtzan::AugmentKind;

class GuiExplorer : public QObject {
    Q_OBJECT
    testsupport::PulseNullSink m_pulse;
    QString m_sample;

    static bool idle(MainWindow &w) {
        return QTest::qWaitFor([&] { return !w.browser()->isScanning() && !w.inspector()->isBusy(); }, 60000);
    }
    static bool openSample(MainWindow &w, const QString &root) {
        QSignalSpy opened(w.browser(), &DatasetBrowser::folderOpened);
        w.openFolder(root);
        return QTest::qWaitFor([&] { return opened.count() == 1; }, 60000) && idle(w);
    }
    static QString rowPath(MainWindow &w, int row) {
        return w.browser()->clipTable()->model()->index(row, 0).data(ClipTableModel::PathRole).toString();
    }

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true); // QSettings in a test location, not the user's
        m_sample = testsupport::requireShared(QStringLiteral("data/gtzan-sample"));
        QString why;
        QVERIFY2(m_pulse.start(&why), qPrintable(why)); // so the space key really plays
    }

    void opensTheSampleAndBrowsesWithTheKeyboard() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openSample(w, m_sample));
        QTreeWidget *tree = w.browser()->genreTree();
        QCOMPARE(tree->topLevelItemCount(), 11); // "All genres" + 10
        QCOMPARE(tree->topLevelItem(0)->text(1), QStringLiteral("50"));
        for (int i = 1; i < 11; ++i) QCOMPARE(tree->topLevelItem(i)->text(1), QStringLiteral("5"));
        QTableView *table = w.browser()->clipTable();
        QCOMPARE(table->model()->rowCount(), 50);
        QCOMPARE(table->model()->index(0, ClipTableModel::Rate).data().toString(), QStringLiteral("22050 Hz"));
        QVERIFY(table->model()->index(0, ClipTableModel::Duration).data().toString().startsWith(QStringLiteral("30.")));
        // The first clip is selected and shown.
        QCOMPARE(w.inspector()->currentPath(), rowPath(w, 0));
        QCOMPARE(w.inspector()->spectrogram()->spectrogram().db.rows, 128);

        // Arrow keys move through the clips; every move shows the clip it lands on.
        QList<double> ms;
        for (int i = 1; i <= 3; ++i) {
            QTest::keyClick(table, Qt::Key_Down);
            QVERIFY(idle(w));
            QCOMPARE(w.inspector()->currentPath(), rowPath(w, i));
            ms << w.inspector()->lastOpenMilliseconds();
        }
        QTest::keyClick(table, Qt::Key_Up);
        QVERIFY(idle(w));
        QCOMPARE(w.inspector()->currentPath(), rowPath(w, 2));
        qInfo("keyboard selection -> spectrogram shown: %.1f, %.1f, %.1f ms", ms[0], ms[1], ms[2]);
        // Holding the key down: many moves, the last one wins.
        for (int i = 0; i < 8; ++i) QTest::keyClick(table, Qt::Key_Down);
        QVERIFY(idle(w));
        QCOMPARE(w.inspector()->currentPath(), rowPath(w, 10));

        // Space plays and pauses (through the private PulseAudio server).
        QTest::keyClick(table, Qt::Key_Space);
        QVERIFY2(w.inspector()->player()->state() == AudioPlayer::State::Playing, qPrintable(w.inspector()->player()->lastError()));
        QVERIFY(QTest::qWaitFor([&] { return w.inspector()->player()->position() > 0.1; }, 10000));
        QVERIFY(w.inspector()->spectrogram()->playhead() > 0.0);
        QTest::keyClick(table, Qt::Key_Space);
        QCOMPARE(w.inspector()->player()->state(), AudioPlayer::State::Paused);

        // Filter by text, then by genre from the tree.
        QTest::keyClicks(w.browser()->filterEdit(), QStringLiteral("metal"));
        QCOMPARE(table->model()->rowCount(), 5);
        w.browser()->filterEdit()->clear();
        QCOMPARE(table->model()->rowCount(), 50);
        tree->setCurrentItem(tree->findItems(QStringLiteral("jazz"), Qt::MatchExactly).value(0));
        QCOMPARE(table->model()->rowCount(), 5);
        for (int r = 0; r < 5; ++r) QCOMPARE(table->model()->index(r, ClipTableModel::Genre).data().toString(), QStringLiteral("jazz"));

        // A split fills the split column, each clip on the side its list puts it.
        const QString splits = testsupport::requireShared(QStringLiteral("data/splits/fault-filtered"));
        w.browser()->loadSplitFolder(splits);
        tree->setCurrentItem(tree->topLevelItem(0));
        QHash<QString, QString> side;
        for (const auto &[file, name] :
             {std::pair{"train_filtered.txt", "train"}, {"valid_filtered.txt", "validation"}, {"test_filtered.txt", "test"}})
            for (const QString &id : gtzan::readSplitFile(splits + QLatin1Char('/') + QLatin1String(file))) side.insert(id, QLatin1String(name));
        QStringList seen;
        for (int r = 0; r < table->model()->rowCount(); ++r) {
            const QString id = table->model()->index(r, 0).data(ClipTableModel::IdRole).toString();
            const QString shown = table->model()->index(r, ClipTableModel::Split).data().toString();
            QCOMPARE(shown, side.value(id, QStringLiteral("—")));
            seen << shown;
        }
        QVERIFY(seen.contains(QStringLiteral("train")) && seen.contains(QStringLiteral("validation")));
    }

    void augmentationSlidersDriveTheEngineAndTheViews() {
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openSample(w, m_sample));
        ClipInspector *in = w.inspector();
        AugmentationPanel *panel = w.augmentation();
        const auto original = in->originalAudio();
        QVERIFY2(original, qPrintable(in->title() + QStringLiteral(" | current ") + w.browser()->currentPath()));
        QVERIFY(!in->hasAugmented());

        // Time stretch x2: the engine makes B half as long, and the views show B.
        QTest::mouseClick(panel->toggle(AugmentKind::Stretch), Qt::LeftButton, {}, QPoint(5, 5));
        QVERIFY(panel->toggle(AugmentKind::Stretch)->isChecked());
        panel->slider(AugmentKind::Stretch)->setValue(200);
        QCOMPARE(panel->valueText(AugmentKind::Stretch), QStringLiteral("2.00 x"));
        QVERIFY(QTest::qWaitFor([&] { return in->hasAugmented() && in->augmentation().stretchRate == 2.0 && !in->isBusy(); }, 60000));
        QCOMPARE(in->version(), ClipInspector::Version::Augmented);
        QVERIFY(std::abs(double(in->augmentedAudio()->samples.size()) - original->samples.size() / 2.0) < 2.0);
        QCOMPARE(in->spectrogram()->spectrogram().db.cols, int(in->augmentedAudio()->samples.size() / 512) + 1);
        QCOMPARE(in->player()->duration(), in->augmentedAudio()->seconds());
        QVERIFY(panel->abButton()->isChecked());

        // A/B: back to the original, views and player follow.
        panel->abButton()->click();
        QVERIFY(QTest::qWaitFor([&] { return !in->isBusy(); }, 30000));
        QCOMPARE(in->version(), ClipInspector::Version::Original);
        QCOMPARE(in->spectrogram()->spectrogram().db.cols, int(original->samples.size() / 512) + 1);
        QCOMPARE(in->player()->duration(), original->seconds());

        // Pitch +12 semitones on top, stretch off: same length, different sound.
        panel->toggle(AugmentKind::Stretch)->setChecked(false);
        panel->toggle(AugmentKind::Pitch)->setChecked(true);
        panel->slider(AugmentKind::Pitch)->setValue(24);
        QVERIFY(
            QTest::qWaitFor([&] { return in->augmentation().pitchSemitones == 12.0 && !in->augmentation().stretchRate && !in->isBusy(); }, 60000));
        QCOMPARE(in->augmentedAudio()->samples.size(), original->samples.size());
        QCOMPARE(in->version(), ClipInspector::Version::Augmented);

        // SpecAugment masks: drawn on the spectrogram and outlined.
        panel->toggle(AugmentKind::Pitch)->setChecked(false);
        panel->toggle(AugmentKind::TimeMask)->setChecked(true);
        panel->toggle(AugmentKind::FrequencyMask)->setChecked(true);
        QVERIFY(QTest::qWaitFor([&] { return in->augmentation().hasMasks() && !in->augmentation().hasWaveform() && !in->isBusy(); }, 60000));
        QVERIFY(in->spectrogram()->maskRectCount() >= 2 && in->spectrogram()->maskRectCount() <= 4);
        const QRectF mask = in->maskRects().first();
        const gtzan::DisplaySpectrogram &shown = in->spectrogram()->spectrogram();
        const int row = int(std::ceil(mask.top())), col = shown.db.cols / 3;
        // A masked row is flat (one value along time).
        QCOMPARE(shown.db.at(row, col), shown.db.at(row, col + 50));

        // Randomise: the reference's recipe (noise + shift + stretch), seeded.
        panel->toggle(AugmentKind::TimeMask)->setChecked(false);
        panel->toggle(AugmentKind::FrequencyMask)->setChecked(false);
        const int seed = panel->seedBox()->value();
        panel->randomiseButton()->click();
        QCOMPARE(panel->seedBox()->value(), seed + 1);
        for (AugmentKind k : {AugmentKind::Noise, AugmentKind::Shift, AugmentKind::Stretch}) QVERIFY(panel->toggle(k)->isChecked());
        for (AugmentKind k : {AugmentKind::Pitch, AugmentKind::Gain, AugmentKind::TimeMask}) QVERIFY(!panel->toggle(k)->isChecked());
        const gtzan::AugmentationDraw expected = gtzan::AugmentationChain::gct634(std::uint64_t(seed + 1)).draw(w.browser()->currentId(), 1);
        QVERIFY(std::abs(*panel->draw().stretchRate - *expected.stretchRate) <= 0.005);
        QVERIFY(std::abs(*panel->draw().noiseSnrDb - *expected.noiseSnrDb) <= 0.25);
        QVERIFY(QTest::qWaitFor([&] { return in->augmentation().noiseSnrDb && !in->isBusy(); }, 60000));
        QVERIFY(std::abs(in->augmentedAudio()->seconds() - original->seconds() / *panel->draw().stretchRate) < 0.01);

        // Export the augmented clip as WAV and read it back.
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("augmented.wav"));
        w.exportAugmented(out);
        QVERIFY(QTest::qWaitFor([&] { return QFileInfo::exists(out); }, 30000));
        QTest::qWait(100);
        const gtzan::Audio back = gtzan::decodeAudio(out);
        QCOMPARE(back.samples.size(), in->augmentedAudio()->samples.size());

        // The next clip gets the same augmentation, ready for A/B, while A is shown.
        QTest::keyClick(w.browser()->clipTable(), Qt::Key_Down);
        QVERIFY(QTest::qWaitFor([&] { return in->currentPath() == rowPath(w, 1) && in->hasAugmented() && !in->isBusy(); }, 60000));
        QCOMPARE(in->version(), ClipInspector::Version::Original);
        // Key B plays the augmented clip.
        QTest::keyClick(w.browser()->clipTable(), Qt::Key_B);
        QCOMPARE(in->version(), ClipInspector::Version::Augmented);
        QCOMPARE(in->player()->state(), AudioPlayer::State::Playing);
        in->player()->stop();
    }

    void aCorruptClipGetsABadgeAndTheRestWorks() {
        // A temp copy of two genres with one clip overwritten by garbage.
        QTemporaryDir dir;
        const QString root = dir.filePath(QStringLiteral("genres"));
        for (const QString &g : {QStringLiteral("blues"), QStringLiteral("jazz")}) {
            QVERIFY(QDir().mkpath(root + QLatin1Char('/') + g));
            const QDir src(m_sample + QStringLiteral("/genres/") + g);
            for (const QString &f : src.entryList({QStringLiteral("*.wav")}))
                QVERIFY(QFile::copy(src.filePath(f), root + QLatin1Char('/') + g + QLatin1Char('/') + f));
        }
        const QString broken = root + QStringLiteral("/jazz/jazz.00002.wav");
        {
            QFile f(broken);
            QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
            f.write(QByteArray(5000, 'x'));
        }
        MainWindow w;
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(openSample(w, root));
        QTableView *table = w.browser()->clipTable();
        QCOMPARE(table->model()->rowCount(), 10); // 9 readable + the broken one, badged
        int brokenRow = -1;
        for (int r = 0; r < 10; ++r)
            if (rowPath(w, r) == broken) brokenRow = r;
        QVERIFY(brokenRow >= 0);
        const QModelIndex name = table->model()->index(brokenRow, ClipTableModel::Name);
        QVERIFY(name.data(ClipTableModel::UnreadableRole).toBool());
        QVERIFY(!name.data(Qt::DecorationRole).value<QIcon>().isNull()); // the error badge
        QVERIFY(table->model()->index(brokenRow, ClipTableModel::Problems).data().toString().contains(QStringLiteral("jazz.00002")));
        QVERIFY(table->model()->index(0, ClipTableModel::Name).data(Qt::DecorationRole).isNull());

        // Selecting it says why; the next clip opens as usual.
        table->selectRow(brokenRow);
        QVERIFY(idle(w));
        QVERIFY(!w.inspector()->originalAudio());
        QVERIFY2(w.inspector()->title().contains(QStringLiteral("cannot be shown")), qPrintable(w.inspector()->title()));
        QTest::keyClick(table, brokenRow + 1 < 10 ? Qt::Key_Down : Qt::Key_Up);
        QVERIFY(idle(w));
        QVERIFY(w.inspector()->originalAudio());
        QVERIFY(w.inspector()->currentPath() != broken);
        QCOMPARE(w.inspector()->spectrogram()->spectrogram().db.rows, 128);
    }
};

QTEST_MAIN(GuiExplorer)
#include "test_gui_explorer.moc"
