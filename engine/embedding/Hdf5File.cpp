#include "embedding/Hdf5File.h"
#include "common/Error.h"
#include "common/HelperPrograms.h"
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>

namespace gtzan {

namespace {
// The weights of musicnn take 3 MB and are read in well under a second; a reader that runs for
// minutes is stuck on a damaged file.
constexpr int kReaderTimeoutMs = 120 * 1000;
// The most a snapshot can hold (Hdf5Snapshot::kMaxValues floats) and room for names.
constexpr qint64 kMaxSnapshotBytes = qint64(Hdf5Snapshot::kMaxValues) * 4 + (qint64(64) << 20);

// Runs gtzan-hdf5-reader on `path` and returns what it wrote, or throws in words a person can use.
Hdf5Snapshot readInReaderProcess(const QString &path) {
    const QString program = helperProgramPath(QStringLiteral("gtzan-hdf5-reader"));
    QProcess reader;
    reader.setProgram(program);
    reader.setArguments({path});
    reader.setStandardInputFile(QProcess::nullDevice());
    reader.setStandardErrorFile(QProcess::nullDevice()); // a crash report of libhdf5's is not for the user
    reader.start(QIODevice::ReadOnly);
    if (!reader.waitForStarted(30000))
        throw Error(QStringLiteral("%1: the HDF5 reader %2 cannot be started: %3").arg(path, program, reader.errorString()));
    QByteArray out;
    QElapsedTimer clock;
    clock.start();
    auto stop = [&reader](const QString &why) {
        reader.kill();
        reader.waitForFinished(10000);
        return Error(why);
    };
    while (reader.state() != QProcess::NotRunning) {
        reader.waitForReadyRead(500);
        out += reader.readAllStandardOutput();
        if (out.size() > kMaxSnapshotBytes)
            throw stop(QStringLiteral("%1: the HDF5 file holds more than this program reads (%2 MB)").arg(path).arg(kMaxSnapshotBytes >> 20));
        if (clock.elapsed() > kReaderTimeoutMs)
            throw stop(
                QStringLiteral("%1: reading the HDF5 file did not finish within %2 s (is it damaged?)").arg(path).arg(kReaderTimeoutMs / 1000));
    }
    out += reader.readAllStandardOutput();
    if (reader.exitStatus() == QProcess::NormalExit) {
        switch (reader.exitCode()) {
        case 0: try { return Hdf5Snapshot::decode(out);
            } catch (const Error &e) {
                throw Error(QStringLiteral("%1: %2").arg(path, e.message()));
            }
        case 10: throw Error(QStringLiteral("%1: not an HDF5 file (no HDF5 signature found)").arg(path));
        case 11: throw Error(QStringLiteral("%1: the HDF5 file is damaged and cannot be opened (is it truncated or incompletely copied?)").arg(path));
        default: break;
        }
    }
    // A signal, or a sanitizer's report in a checked build: libhdf5 failed on the file's contents.
    throw Error(QStringLiteral("%1: the HDF5 file is damaged: the HDF5 library failed while reading it (%2)")
                    .arg(path, reader.exitStatus() == QProcess::CrashExit
                                   ? QStringLiteral("the reader crashed")
                                   : QStringLiteral("the reader stopped with status %1").arg(reader.exitCode())));
}
} // namespace

Hdf5File::Hdf5File(const QString &path) : m_path(path) {
    const QFileInfo info(path);
    if (!info.exists()) throw Error(QStringLiteral("%1: the file does not exist").arg(path));
    if (!info.isFile()) throw Error(QStringLiteral("%1: not a regular file").arg(path));
    m_snapshot = readInReaderProcess(path);
}

bool Hdf5File::hasObject(const QString &objectPath) const { return m_snapshot.nodes.count(Hdf5Snapshot::normalPath(objectPath)) != 0; }

QStringList Hdf5File::childNames(const QString &groupPath) const {
    const auto it = m_snapshot.nodes.find(Hdf5Snapshot::normalPath(groupPath));
    if (it == m_snapshot.nodes.end() || it->second.kind != Hdf5Snapshot::Kind::Group)
        throw Error(QStringLiteral("%1: has no group \"%2\"").arg(m_path, groupPath));
    if (it->second.problem != Hdf5Snapshot::Problem::None)
        throw Error(QStringLiteral("%1: the group \"%2\" cannot be listed (damaged file?)").arg(m_path, groupPath));
    return it->second.children;
}

Hdf5Array Hdf5File::readFloats(const QString &datasetPath) const {
    const auto it = m_snapshot.nodes.find(Hdf5Snapshot::normalPath(datasetPath));
    if (it == m_snapshot.nodes.end() || it->second.kind != Hdf5Snapshot::Kind::DataSet)
        throw Error(QStringLiteral("%1: has no data set \"%2\"").arg(m_path, datasetPath));
    const QString prefix = QStringLiteral("%1: the data set \"%2\" ").arg(m_path, datasetPath);
    switch (it->second.problem) {
    case Hdf5Snapshot::Problem::None: return it->second.array;
    case Hdf5Snapshot::Problem::NotFloat: throw Error(prefix + QStringLiteral("does not hold floating-point numbers"));
    case Hdf5Snapshot::Problem::BadShape: throw Error(prefix + QStringLiteral("has an unreadable shape"));
    case Hdf5Snapshot::Problem::TooLarge: throw Error(prefix + QStringLiteral("is implausibly large"));
    case Hdf5Snapshot::Problem::Unreadable: break;
    }
    throw Error(prefix + QStringLiteral("cannot be read: the file is damaged (truncated?)"));
}

QString Hdf5File::readStringAttribute(const QString &name) const {
    const auto it = m_snapshot.rootAttributes.find(name);
    return it == m_snapshot.rootAttributes.end() ? QString() : it->second;
}

} // namespace gtzan
