#pragma once
#include <QByteArray>
#include <QString>
#include <memory>

namespace gtzan {

// A NumPy .npz: a ZIP of .npy members (Npy.h), as numpy.savez writes it (stored, not deflated:
// float32 spectrograms hardly compress, and storing keeps a large export fast), written with
// libarchive. A member can be streamed: its .npy header gives its size up front, so a 660 MB
// features array never needs to be in memory at once. The file appears only at commit()
// (QSaveFile): a writer destroyed before, by an error or a cancel, leaves nothing behind and
// leaves a file already there as it was.
class NpzWriter {
public:
    // Throws gtzan::Error when the file cannot be created (a missing or read-only folder).
    explicit NpzWriter(const QString &path);
    ~NpzWriter();
    NpzWriter(const NpzWriter &) = delete;
    NpzWriter &operator=(const NpzWriter &) = delete;

    // A whole member: `npy` is a complete .npy file (npyInt64, npyUnicode, ...). `name` without ".npy".
    void add(const QString &name, const QByteArray &npy);
    // A member in pieces: exactly `bytes` bytes (header included) follow through write(), then end().
    void begin(const QString &name, qint64 bytes);
    void write(const char *data, qint64 size);
    void end();

    // Finishes the archive and moves it into place. Throws gtzan::Error (a full disk, ...).
    void commit();

private:
    struct State;
    std::unique_ptr<State> m;
};

} // namespace gtzan
