#include "ScreenshotMode.h"
#include "ScreenshotArguments.h"
#include "app/gui/ConfusionInspector.h"
#include "app/gui/ExperimentsView.h"
#include "app/gui/FaultsPanel.h"
#include "app/gui/JobList.h"
#include "app/gui/JobsIndicator.h"
#include "app/gui/LeakageView.h"
#include "app/gui/MainWindow.h"
#include "app/gui/MapView.h"
#include "app/gui/PredictionPanel.h"
#include "app/gui/ReplicasView.h"
#include "app/gui/SaliencyControls.h"
#include "app/gui/SuspectsView.h"
#include "app/gui/SweepView.h"
#include "app/gui/TaskControls.h"
#include "app/gui/TrainingDashboard.h"
#include "app/gui/TrainingSetupPanel.h"
#include "tasks/TaskRunner.h"
#include "widgets/AugmentationPanel.h"
#include "widgets/ClipInspector.h"
#include "widgets/ClipTableModel.h"
#include "widgets/ConfusionMatrixView.h"
#include "widgets/DatasetBrowser.h"
#include "widgets/SpectrogramControls.h"
#include "widgets/TrainingCurves.h"
#include <QApplication>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <cstdio>

namespace gtzan {
namespace gui {

using widgets::AugmentationPanel;
using widgets::ClipInspector;
using widgets::ClipTableModel;
using widgets::ConfusionMatrixView;

namespace ScreenshotMode {

// The Predict tab: predicts the paths, selects the file named `select`, grabs once all is drawn.
void setUpPrediction(MainWindow &w, const QString &file, const QStringList &paths, const QString &select) {
    auto *started = new bool(false);
    auto *timer = new QTimer(&w);
    auto *ticks = new int(0);
    QObject::connect(timer, &QTimer::timeout, &w, [&w, timer, started, ticks, file, paths, select] {
        PredictionPanel *p = w.predictionPanel();
        if (++*ticks > 600) {
            std::fprintf(stderr, "screenshot: gave up waiting\n");
            QApplication::exit(1);
        }
        if (w.browser()->isScanning() || w.inspector()->isBusy() || p->inspector()->isBusy()) return;
        if (!*started) {
            *started = true;
            // The augmentation dock acts on the Explore tab only: closed, as View > Augmentation would.
            w.augmentationDock()->hide();
            w.predictPaths(paths);
            return;
        }
        if (p->isBusy()) return;
        for (int r = 0; r < p->rowCount(); ++r)
            if (!p->done(r)) return;
        for (int r = 0; r < p->rowCount(); ++r)
            if (QFileInfo(p->entry(r).file).fileName() == select && p->table()->currentIndex().row() != r) {
                p->selectRow(r);
                return; // let the inspector open it
            }
        if (p->inspector()->originalAudio() == nullptr && p->table()->currentIndex().row() >= 0 && p->entry(p->table()->currentIndex().row()).ok)
            return;
        timer->stop();
        const bool ok = w.grab().save(file);
        std::fprintf(stderr, "screenshot: %s %s\n", qPrintable(file), ok ? "written" : "NOT written");
        QApplication::exit(ok ? 0 : 1);
    });
    timer->start(200);
}

// The Faults tab: once the folder is open, runs the named page's job (replicas, suspects,
// leakage, sweep) and grabs the window when it has finished. `sweepKind` picks the sweep's
// perturbation (tempo, pitch, noise, gain).
void setUpFaults(MainWindow &w, const QString &file, const QString &page, const QString &sweepKind) {
    auto *stage = new int(0); // 0: wait for the folder, 1: running, 2: settle
    auto *timer = new QTimer(&w);
    auto *ticks = new int(0);
    QObject::connect(timer, &QTimer::timeout, &w, [&w, timer, stage, ticks, file, page, sweepKind] {
        FaultsPanel *f = w.faults();
        if (++*ticks > 3000) { // 10 minutes: a leakage experiment trains three models
            std::fprintf(stderr, "screenshot: gave up waiting\n");
            QApplication::exit(1);
        }
        TaskControls *controls = page == QLatin1String("replicas")   ? f->replicas()->controls()
                                 : page == QLatin1String("suspects") ? f->suspects()->controls()
                                 : page == QLatin1String("leakage")  ? f->leakage()->controls()
                                                                     : f->sweep()->controls();
        if (*stage == 0) {
            if (w.browser()->isScanning() || w.browser()->scan().clips.empty()) return;
            w.tabs()->setCurrentWidget(f);
            QWidget *view = page == QLatin1String("replicas")   ? static_cast<QWidget *>(f->replicas())
                            : page == QLatin1String("suspects") ? static_cast<QWidget *>(f->suspects())
                            : page == QLatin1String("leakage")  ? static_cast<QWidget *>(f->leakage())
                                                                : static_cast<QWidget *>(f->sweep());
            f->pages()->setCurrentWidget(view);
            if (page == QLatin1String("sweep") && !sweepKind.isEmpty()) {
                QComboBox *kind = f->sweep()->perturbation();
                for (int i = 0; i < kind->count(); ++i)
                    if (kind->itemText(i).startsWith(sweepKind)) kind->setCurrentIndex(i);
            }
            controls->startButton()->click();
            *stage = 1;
        } else if (*stage == 1 && controls->startButton()->isEnabled()) {
            *stage = 2;
        } else if (*stage == 2) {
            timer->stop();
            const bool ok = w.grab().save(file);
            std::fprintf(stderr, "screenshot: %s %s (%s)\n", qPrintable(file), ok ? "written" : "NOT written",
                         qPrintable(controls->statusLabel()->text()));
            QApplication::exit(ok ? 0 : 1);
        }
    });
    timer->start(200);
}

// The Map tab: once the folder is open, makes the map (the tab's settings), places `place` on it
// when given, and grabs the window.
void setUpMap(MainWindow &w, const QString &file, const QStringList &place) {
    auto *stage = new int(0); // 0: wait for the folder, 1: mapping, 2: placing, 3: settle
    auto *timer = new QTimer(&w);
    auto *ticks = new int(0);
    QObject::connect(timer, &QTimer::timeout, &w, [&w, timer, stage, ticks, file, place] {
        MapView *m = w.mapView();
        if (++*ticks > 3000) {
            std::fprintf(stderr, "screenshot: gave up waiting\n");
            QApplication::exit(1);
        }
        if (*stage == 0) {
            if (w.browser()->isScanning() || w.browser()->scan().clips.empty()) return;
            w.augmentationDock()->hide();
            w.tabs()->setCurrentWidget(m);
            m->makeMap();
            *stage = 1;
        } else if (*stage == 1 && !m->isBusy()) {
            if (!m->hasMap()) {
                std::fprintf(stderr, "screenshot: no map (%s)\n", qPrintable(m->taskControls()->statusLabel()->text()));
                QApplication::exit(1);
                return;
            }
            if (!place.isEmpty()) m->placeFiles(place);
            *stage = 2;
        } else if (*stage == 2 && !m->isBusy()) {
            *stage = 3;
        } else if (*stage == 3) {
            timer->stop();
            const bool ok = w.grab().save(file);
            std::fprintf(stderr, "screenshot: %s %s (%s)\n", qPrintable(file), ok ? "written" : "NOT written",
                         qPrintable(m->taskControls()->statusLabel()->text()));
            QApplication::exit(ok ? 0 : 1);
        }
    });
    timer->start(200);
}

// Train > Experiments: the quick protocol on the opened folder into `out`, grabbed mid-run (some
// runs done, one running), then cancelled.
void setUpExperiment(MainWindow &w, const QString &file, const QString &out, int seeds, int epochs) {
    auto *stage = new int(0);
    auto *ticks = new int(0);
    auto *timer = new QTimer(&w);
    QObject::connect(timer, &QTimer::timeout, &w, [&w, timer, stage, ticks, file, out, seeds, epochs] {
        TrainingDashboard *d = w.training();
        ExperimentsView *x = d->experiments();
        if (++*ticks > 3000) { // 10 minutes
            std::fprintf(stderr, "screenshot: gave up waiting\n");
            QApplication::exit(1);
        }
        if (*stage == 0 && !w.browser()->isScanning()) {
            w.augmentationDock()->hide();
            w.tabs()->setCurrentWidget(d);
            d->showView(x);
            x->setProtocol(QStringLiteral("quick"));
            x->setSeedsAndEpochs(seeds, epochs);
            x->setOutputFolder(out);
            x->start();
            *stage = 1;
        } else if (*stage == 1) {
            int done = 0, running = 0;
            for (int row = 0; row < x->table()->rowCount(); ++row) {
                const QString state = x->stateOf(x->table()->item(row, 0)->text());
                done += state == QLatin1String("done");
                running += state == QLatin1String("running");
            }
            if (done < 3 || running != 1) return;
            timer->stop();
            const bool ok = w.grab().save(file);
            std::fprintf(stderr, "screenshot: %s %s (%d done, 1 running)\n", qPrintable(file), ok ? "written" : "NOT written", done);
            x->cancel();
            QApplication::exit(ok ? 0 : 1);
        }
    });
    timer->start(200);
}

// Explore: the clip named by --select, an augmentation drawn, a layer, the compare view.
void setUpExplore(MainWindow &w, const ScreenshotArguments &a) {
    const QString file = a.screenshot, select = a.select, preset = a.augment, layer = a.layer;
    const int seed = a.seed;
    const bool compare = a.compare;
    auto *stage = new int(0); // 0: wait for the folder, 1: clip, 2: augmentation, 3: settle
    auto *timer = new QTimer(&w);
    auto *ticks = new int(0);
    QObject::connect(timer, &QTimer::timeout, &w, [&w, timer, stage, ticks, file, select, preset, seed, layer, compare] {
        ClipInspector *in = w.inspector();
        const bool idle = !w.browser()->isScanning() && !in->isBusy();
        if (++*ticks > 600) { // 2 minutes
            std::fprintf(stderr, "screenshot: gave up waiting\n");
            QApplication::exit(1);
        }
        if (!idle) return;
        if (*stage == 0 && in->originalAudio()) {
            if (!layer.isEmpty()) {
                const int i = in->controls()->axisBox()->findData(layer);
                if (i < 0) {
                    std::fprintf(stderr, "screenshot: no layer %s\n", qPrintable(layer));
                    QApplication::exit(1);
                }
                in->controls()->axisBox()->setCurrentIndex(i);
            }
            if (!select.isEmpty()) {
                QTableView *t = w.browser()->clipTable();
                for (int r = 0; r < t->model()->rowCount(); ++r)
                    if (t->model()->index(r, 0).data(ClipTableModel::IdRole).toString() == select) t->selectRow(r);
            }
            *stage = 1;
        } else if (*stage == 1) {
            if (!preset.isEmpty()) {
                AugmentationPanel *p = w.augmentation();
                p->presetBox()->setCurrentIndex(p->presetBox()->findData(preset));
                p->seedBox()->setValue(seed - 1); // Randomise steps to the next seed
                p->randomise();
            }
            *stage = 2;
        } else if (*stage == 2 && (preset.isEmpty() || (in->hasAugmented() && in->version() == ClipInspector::Version::Augmented))) {
            if (compare) w.setCompareMode(true);
            *stage = 3;
        } else if (*stage == 3 && compare && !in->compareShown()) {
            return;
        } else if (*stage == 3) {
            timer->stop();
            const bool ok = w.grab().save(file);
            std::fprintf(stderr, "screenshot: %s %s\n", qPrintable(file), ok ? "written" : "NOT written");
            QApplication::exit(ok ? 0 : 1);
        }
    });
    timer->start(200);
}

// Train: a run with the Set-up's settings, its curves half-way and its largest confusion after.
void setUpTraining(MainWindow &w, const ScreenshotArguments &a) {
    const QString progressFile = a.trainProgress.isEmpty() ? QStringLiteral("-") : a.trainProgress, confusionFile = a.trainConfusion;
    const int epochs = std::max(2, a.epochs);
    const QString explain = a.explain; // the confusion shot shows that clip's saliency (occlusion or gradcam)
    auto *stage = new int(0);          // 0: wait for the folder, 1: running, 2: half-way shot taken, 3: clip, 4: saliency
    auto *timer = new QTimer(&w);
    auto *ticks = new int(0);
    QObject::connect(timer, &QTimer::timeout, &w, [&w, timer, stage, ticks, progressFile, confusionFile, epochs, explain] {
        TrainingDashboard *d = w.training();
        if (++*ticks > 3000) { // 10 minutes
            std::fprintf(stderr, "screenshot: gave up waiting\n");
            QApplication::exit(1);
        }
        auto save = [&w](const QString &file) {
            const bool ok = w.grab().save(file);
            std::fprintf(stderr, "screenshot: %s %s\n", qPrintable(file), ok ? "written" : "NOT written");
            return ok;
        };
        if (*stage == 0 && !w.browser()->isScanning() && !d->setup()->dataFolder().isEmpty()) {
            // The augmentation dock has nothing to do with training: give its room to the tab.
            w.augmentationDock()->hide();
            w.tabs()->setCurrentWidget(d);
            gtzan::TrainingRecipe r = d->setup()->recipe();
            r.options.epochs = epochs;
            d->setup()->setRecipe(r);
            d->start();
            *stage = 1;
        } else if (*stage == 1 && d->curves()->epochPointCount() >= epochs / 2) {
            d->curves()->replotNow();
            if (progressFile != QLatin1String("-") && !save(progressFile)) QApplication::exit(1);
            *stage = 2;
        } else if (*stage == 2 && !d->isRunning()) {
            ConfusionMatrixView *m = d->confusion()->matrixView();
            d->confusion()->setAutoPlay(false);
            int bestT = 0, bestP = 0, best = -1;
            for (int t = 0; t < int(m->matrix().size()); ++t)
                for (int p = 0; p < int(m->matrix().size()); ++p)
                    if (t != p && m->matrix()[size_t(t)][size_t(p)] > best) {
                        best = m->matrix()[size_t(t)][size_t(p)];
                        bestT = t;
                        bestP = p;
                    }
            if (best >= 0) d->confusion()->showCell(bestT, bestP);
            if (d->confusion()->clipTable()->rowCount() > 0) d->confusion()->clipTable()->selectRow(0); // its spectrogram
            *stage = 3;
        } else if (*stage == 3 && !d->confusion()->inspector()->isBusy()) {
            if (!explain.isEmpty()) {
                SaliencyControls *s = d->confusion()->saliency();
                s->methodBox()->setCurrentIndex(std::max(0, s->methodBox()->findData(explain)));
                s->explain();
                *stage = 4;
                return;
            }
            timer->stop();
            QApplication::exit(save(confusionFile) ? 0 : 1);
        } else if (*stage == 4 && !d->confusion()->saliency()->isBusy()) {
            timer->stop();
            std::fprintf(stderr, "screenshot: saliency: %s\n", qPrintable(d->confusion()->saliency()->taskControls()->statusLabel()->text()));
            QApplication::exit(save(confusionFile) && d->confusion()->saliency()->map() ? 0 : 1);
        }
    });
    timer->start(200);
}

// The job list: the leakage experiment (long) running, a sweep waiting behind it, the status bar's
// list open over the Faults tab. The list is a popup, a window of its own: the screen is grabbed.
void setUpJobs(MainWindow &w, const ScreenshotArguments &a) {
    const QString file = a.screenshot;
    auto *stage = new int(0); // 0: wait for the folder, 1: wait for progress, 2: list open
    auto *timer = new QTimer(&w);
    auto *ticks = new int(0);
    QObject::connect(timer, &QTimer::timeout, &w, [&w, timer, stage, ticks, file] {
        FaultsPanel *f = w.faults();
        if (++*ticks > 3000) {
            std::fprintf(stderr, "screenshot: gave up waiting\n");
            QApplication::exit(1);
        }
        if (*stage == 0) {
            if (w.browser()->isScanning() || w.browser()->scan().clips.empty()) return;
            w.augmentationDock()->hide();
            w.tabs()->setCurrentWidget(f);
            f->pages()->setCurrentWidget(f->leakage());
            f->leakage()->controls()->startButton()->click();
            f->sweep()->controls()->startButton()->click();
            f->pages()->setCurrentWidget(f->sweep()); // its "waiting for" line
            *stage = 1;
        } else if (*stage == 1) {
            const std::vector<gtzan::JobInfo> jobs = gtzan::TaskRunner::instance().jobs();
            if (jobs.size() < 2 || jobs.front().text.isEmpty()) return;
            w.jobsIndicator()->showList();
            *stage = 2;
        } else if (*stage == 2) {
            timer->stop();
            const QRect frame = w.frameGeometry().united(w.jobsIndicator()->popup()->frameGeometry());
            const bool ok = w.screen()->grabWindow(0, frame.x(), frame.y(), frame.width(), frame.height()).save(file);
            std::fprintf(stderr, "screenshot: %s %s\n", qPrintable(file), ok ? "written" : "NOT written");
            gtzan::TaskRunner::instance().cancelAll(f->leakage());
            gtzan::TaskRunner::instance().cancelAll(f->sweep());
            QApplication::exit(ok ? 0 : 1);
        }
    });
    timer->start(200);
}

bool setUp(MainWindow &w, const ScreenshotArguments &a) {
    if (!a.trainConfusion.isEmpty()) setUpTraining(w, a);
    else if (a.screenshot.isEmpty()) return false;
    else if (a.jobs) setUpJobs(w, a);
    else if (!a.experiment.isEmpty()) setUpExperiment(w, a.screenshot, a.experiment, a.seeds, a.epochs);
    else if (a.map) setUpMap(w, a.screenshot, a.place);
    else if (!a.faults.isEmpty()) setUpFaults(w, a.screenshot, a.faults, a.sweep);
    else if (!a.predict.isEmpty()) setUpPrediction(w, a.screenshot, a.predict, a.select);
    else setUpExplore(w, a);
    return true;
}

} // namespace ScreenshotMode

} // namespace gui
} // namespace gtzan
