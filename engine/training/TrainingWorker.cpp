#include "training/TrainingWorker.h"
#include "common/Error.h"

namespace gtzan {

TrainingWorker::TrainingWorker(TrainingData data, ModelConfig model, TrainingOptions options, QObject *parent)
    : QObject(parent), m_data(std::move(data)), m_model(std::move(model)), m_options(std::move(options)) {
    qRegisterMetaType<gtzan::BatchReport>();
    qRegisterMetaType<gtzan::EpochReport>();
}

void TrainingWorker::run() {
    TrainingCallbacks callbacks;
    callbacks.onBatch = [this](const BatchReport &r) { Q_EMIT batchFinished(r); };
    callbacks.onEpoch = [this](const EpochReport &r) { Q_EMIT epochFinished(r); };
    try {
        m_outcome = trainModels(m_data, m_model, m_options, callbacks, &m_cancel);
        Q_EMIT finished(m_outcome.cancelled, m_outcome.note);
    } catch (const Error &e) {
        Q_EMIT failed(e.message());
    } catch (const std::exception &e) {
        Q_EMIT failed(QString::fromLocal8Bit(e.what()));
    }
}

} // namespace gtzan
