#include "faults/KnownFaults.h"
#include "common/DataLocations.h"
#include "common/Error.h"
#include "dataset/DatasetScan.h"
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSet>

namespace gtzan {

QJsonObject KnownFault::toJson() const {
    return {{QStringLiteral("clip"), clip}, {QStringLiteral("kind"), kind}, {QStringLiteral("source"), source}};
}

const std::vector<KnownFault> &knownFaults() {
    static const std::vector<KnownFault> faults = [] {
        // Q_INIT_RESOURCE is not needed: qt_add_resources links the list into every program as an object.
        QFile f(QStringLiteral(":/faults/fault-filtered-excluded.txt"));
        if (!f.open(QIODevice::ReadOnly)) throw Error(QStringLiteral("the embedded fault list (:/faults) is missing from this build"));
        const QString source = QStringLiteral("Kereliuk, Sturm & Larsen 2015, fault-filtered split (lists by Jongpil Lee, MIT licence)");
        std::vector<KnownFault> out;
        for (const QByteArray &raw : f.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#'))) continue;
            if (!line.contains(QLatin1Char('/'))) throw Error(QStringLiteral("the embedded fault list has a bad line: %1").arg(line));
            out.push_back({line, QStringLiteral("excluded-by-fault-filtered-split"), source});
        }
        return out;
    }();
    return faults;
}

std::vector<KnownFault> faultsOf(const DatasetScan &scan) {
    QSet<QString> present;
    for (const ScannedClip &c : scan.clips) present.insert(c.record.id);
    std::vector<KnownFault> out;
    for (const KnownFault &f : knownFaults())
        if (present.contains(f.clip)) out.push_back(f);
    return out;
}

QJsonArray faultsToJson(const std::vector<KnownFault> &faults) {
    QJsonArray a;
    for (const KnownFault &f : faults) a.append(f.toJson());
    return a;
}

bool isFullGtzan(const DatasetScan &scan) {
    if (scan.genres.size() != 10 || scan.clips.size() != 1000) return false;
    const auto counts = scan.countsByGenre();
    for (auto it = counts.begin(); it != counts.end(); ++it)
        if (it.value() != 100) return false;
    return true;
}

QString faultFilteredSplitFolder() {
    const QString train = sharedDataFile(QStringLiteral("data/splits/fault-filtered/train_filtered.txt"));
    if (train.isEmpty()) return {};
    const QDir lists = QFileInfo(train).dir();
    return lists.exists(QStringLiteral("test_filtered.txt")) ? lists.path() : QString();
}

} // namespace gtzan
