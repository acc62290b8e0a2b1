// libFuzzer harness: split lists (train.txt / test.txt / valid.txt), dataset/DatasetSplit.h.
// The input is read as a train list against a small fixed scan, beside a fixed test list.
// Only gtzan::Error may escape.
#include "FuzzSupport.h"
#include "common/Error.h"
#include "dataset/DatasetSplit.h"
#include "dataset/GenreSets.h"
#include <QFile>
#include <QTemporaryDir>

namespace {
gtzan::DatasetScan makeScan() {
    gtzan::DatasetScan scan;
    scan.root = scan.genreRoot = QStringLiteral("/nonexistent/genres");
    scan.layout = QStringLiteral("genres");
    scan.genres = gtzan::gtzanGenres();
    for (const QString &g : scan.genres)
        for (int i = 0; i < 3; ++i) {
            gtzan::ScannedClip c;
            const QString file = QStringLiteral("%1.%2").arg(g).arg(i, 5, 10, QLatin1Char('0'));
            c.record.id = g + QLatin1Char('/') + file;
            c.record.genre = g;
            c.record.path = scan.genreRoot + QLatin1Char('/') + c.record.id + QStringLiteral(".au");
            scan.clips.push_back(c);
        }
    return scan;
}

QString testList() {
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.txt"));
    if (!QFile::exists(path)) {
        QFile f(path);
        if (f.open(QIODevice::WriteOnly)) f.write("blues/blues.00000.au\njazz.00001.wav\n");
    }
    return path;
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size) {
    static const gtzan::DatasetScan scan = makeScan();
    const QString path = fuzzsupport::writeInput(data, size, QStringLiteral(".txt"));
    try {
        for (const QString &id : gtzan::readSplitFile(path))
            if (id.isEmpty()) __builtin_trap(); // readSplitFile drops blank and comment lines
        gtzan::DatasetSplit split = gtzan::splitFromFiles(scan, path, testList());
        gtzan::carveValidation(split, 1, 7);
        if (!split.overlaps().isEmpty()) __builtin_trap(); // a clip on two sides is the bug splits exist to prevent
        (void)split.toJson();
    } catch (const gtzan::Error &) {}
    return 0;
}
