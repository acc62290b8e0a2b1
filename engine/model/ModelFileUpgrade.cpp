#include "model/ModelFileUpgrade.h"
#include "common/Error.h"
#include "model/ModelFile.h"
#include <QFile>
#include <cstdio>

namespace gtzan {

quint32 upgradeModelFile(const QString &from, const QString &to) {
    const quint32 version = readModelFileVersion(from);
    const TrainedModel model = loadModelFile(from, LegacyWeights::Read);
    const QString staging = to + QStringLiteral(".upgrading");
    saveModelFile(staging, model);
    try {
        (void)loadModelFile(staging);
    } catch (const Error &e) {
        QFile::remove(staging);
        throw Error(QStringLiteral("%1: the upgraded file does not read back (%2); nothing was replaced").arg(from, e.message()));
    }
    // rename(2) replaces `to` atomically; QFile::rename refuses an existing target.
    if (std::rename(QFile::encodeName(staging).constData(), QFile::encodeName(to).constData()) != 0) {
        QFile::remove(staging);
        throw Error(QStringLiteral("%1: cannot replace it with the upgraded file").arg(to));
    }
    return version;
}

} // namespace gtzan
