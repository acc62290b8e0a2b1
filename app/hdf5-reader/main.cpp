// gtzan-hdf5-reader FILE: reads an HDF5 file (musicnn's Keras weights) and writes what it holds to
// stdout as an Hdf5Snapshot (engine/embedding/Hdf5Snapshot.h). The engine runs it in a process of
// its own so that libhdf5, which has memory errors on damaged files, never parses a file in the
// window's or the CLI's process: if it crashes here, the engine reports a damaged file.
// Exit status: 0 written, 10 not an HDF5 file, 11 HDF5 cannot open it, 12 stdout failed, 2 usage.
#include "Hdf5TreeReader.h"
#include <QFile>
#include <cstdio>
#include <cstdlib>
#include <hdf5.h>
#include <sys/resource.h>

#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define GTZAN_READER_SANITIZED 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define GTZAN_READER_SANITIZED 1
#endif

namespace {
// A damaged header can make libhdf5 allocate without bound; 4 GiB of address space is far more
// than a snapshot's 256 MiB of values needs. (Not under ASan, which reserves terabytes of shadow.)
void limitMemory() {
#ifndef GTZAN_READER_SANITIZED
    const rlim_t limit = rlim_t(4) << 30;
    const rlimit r{limit, limit};
    setrlimit(RLIMIT_AS, &r);
#endif
}

#ifdef GTZAN_READER_SANITIZED
// The same bound for the sanitized reader (CI's fuzzers run it): its allocator refuses one
// allocation past 512 MiB (a snapshot's values are at most 256 MiB) by returning null, as malloc
// does under the limit above, and libhdf5 fails on that data set. Without it a damaged header made
// libhdf5 fill 4.7 GB, 15 s of page faults (tests/fuzz/corpus/hdf5/huge-dataset.h5). ASAN_OPTIONS
// given by whoever runs the reader still win, key by key.
extern "C" const char *__asan_default_options() { return "allocator_may_return_null=1:max_allocation_size_mb=512"; }
#endif

// Leaves without libhdf5's teardown: the OS frees what it holds, and a damaged file's half-built
// structures (which leak in HDF5 1.10.8) are never walked again.
[[noreturn]] void leave(int status) {
    std::fflush(stdout);
    std::_Exit(status);
}
} // namespace

int main(int argc, char **argv) {
    limitMemory();
    if (argc != 2) {
        std::fprintf(stderr, "usage: gtzan-hdf5-reader FILE.h5 (writes its snapshot to stdout)\n");
        return 2;
    }
    H5Eset_auto2(H5E_DEFAULT, nullptr, nullptr); // the engine reports errors in its own words
    const QByteArray path = QFile::encodeName(QString::fromLocal8Bit(argv[1]));
    if (H5Fis_hdf5(path.constData()) <= 0) leave(10);
    const hid_t file = H5Fopen(path.constData(), H5F_ACC_RDONLY, H5P_DEFAULT);
    if (file < 0) leave(11);
    const QByteArray bytes = gtzan::hdf5reader::readTree(file).encode();
    leave(std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout) == size_t(bytes.size()) && std::fflush(stdout) == 0 ? 0 : 12);
}
