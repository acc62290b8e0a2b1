// Model details > Export to PyTorch... (#30): the window's export writes what `gtzan-cli export`
// writes, as a task; a TorchScript model offers none (it is PyTorch already); a damaged model
// says why. A screenshot of the dialog with its button goes to $GTZAN_SCREENSHOT_DIR.
#include "Screenshots.h"
#include "TestSupport.h"
#include "app/gui/ModelDescription.h"
#include "app/gui/ModelDetailsDialog.h"
#include "inference/PredictionBatch.h"
#include "inference/Predictor.h"
#include "tensor/TorchRuntime.h"
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace gtzan::gui;

class GuiModelExport : public QObject {
    Q_OBJECT
    QTemporaryDir m_dir;
    QString m_model;

private Q_SLOTS:
    void initTestCase() {
        QStandardPaths::setTestModeEnabled(true);
        gtzan::configureTorchThreads(2);
        const QString source = qEnvironmentVariable("GTZAN_SOURCE_DIR");
        QVERIFY2(!source.isEmpty(), "GTZAN_SOURCE_DIR is not set (ctest sets it to the checkout)");
        m_model = source + QStringLiteral("/resources/models/starter-cnn1d.gtzm");
        QVERIFY(QFile::exists(m_model));
    }

    void exportWritesTheModelForPyTorch() {
        const gtzan::Predictor predictor = gtzan::Predictor::fromFile(m_model);
        const gtzan::ModelSummary summary = gtzan::summarizeModel(predictor);
        ModelDetailsDialog dialog(summary, ModelDescription::infoText(summary, QStringLiteral("starter-cnn1d.gtzm")), nullptr, m_model);
        QVERIFY(dialog.exportButton());
        QVERIFY(dialog.exportButton()->isEnabled());
        dialog.resize(1100, 640);
        testsupport::saveScreenshot(&dialog, QStringLiteral("model-details-export.png"));

        QSignalSpy finished(&dialog, &ModelDetailsDialog::exportFinished);
        const QString out = m_dir.filePath(QStringLiteral("cnn1d-pytorch"));
        dialog.exportToPyTorch(out);
        QVERIFY(!dialog.exportButton()->isEnabled()); // while it runs
        QVERIFY(finished.wait(60000));
        QVERIFY2(finished.at(0).at(0).toBool(), qPrintable(finished.at(0).at(1).toString()));
        QVERIFY(finished.at(0).at(1).toString().contains(QStringLiteral("predict.py")));
        QVERIFY(dialog.exportButton()->isEnabled());
        for (const char *name : {"gtzan_model.py", "predict.py", "model.json", "state_dict.pt"})
            QVERIFY2(QFile::exists(out + QLatin1Char('/') + QLatin1String(name)), name);
        QFile settings(out + QStringLiteral("/model.json"));
        QVERIFY(settings.open(QIODevice::ReadOnly));
        const QJsonObject o = QJsonDocument::fromJson(settings.readAll()).object();
        QCOMPARE(o.value(QStringLiteral("genres")).toArray().size(), 10);
        QCOMPARE(o.value(QStringLiteral("model")).toObject().value(QStringLiteral("name")).toString(), QStringLiteral("cnn1d"));
    }

    void aDamagedModelSaysWhy() {
        const QString damaged = m_dir.filePath(QStringLiteral("damaged.gtzm"));
        QFile f(damaged);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("GTZANMDL not really");
        f.close();
        ModelDetailsDialog dialog(gtzan::ModelSummary{}, QString(), nullptr, damaged);
        QSignalSpy finished(&dialog, &ModelDetailsDialog::exportFinished);
        dialog.exportToPyTorch(m_dir.filePath(QStringLiteral("never")));
        QVERIFY(finished.wait(60000));
        QVERIFY(!finished.at(0).at(0).toBool());
        QVERIFY2(finished.at(0).at(1).toString().contains(damaged), qPrintable(finished.at(0).at(1).toString()));
    }

    void aTorchScriptModelIsPyTorchAlready() {
        ModelDetailsDialog dialog(gtzan::ModelSummary{}, QString(), nullptr, m_dir.filePath(QStringLiteral("notebook.pt")));
        QVERIFY(dialog.exportButton());
        QVERIFY(!dialog.exportButton()->isEnabled());
        QVERIFY(ModelDescription::fileDialogFilter().contains(QStringLiteral("*.pt")));
        gtzan::ModelSummary s;
        s.network = QStringLiteral("torchscript");
        s.preset = QStringLiteral("gct634");
        s.genres = QStringList{QStringLiteral("a"), QStringLiteral("b")};
        s.training = QJsonObject{{QStringLiteral("name"), QStringLiteral("my cnn")}};
        const QString text = ModelDescription::infoText(s, QStringLiteral("my.pt"));
        QVERIFY2(text.contains(QStringLiteral("TorchScript model from a notebook (my cnn)")) && !text.contains(QStringLiteral("parameters")),
                 qPrintable(text));
    }
};

QTEST_MAIN(GuiModelExport)
#include "test_gui_model_export.moc"
