#pragma once
#include <QString>
#include <QUrl>
#include <atomic>
#include <functional>

namespace gtzan {

struct DownloadOptions {
    int attempts = 6;                                                                   // connections tried for one file before giving up
    int stallSeconds = 60;                                                              // no byte for this long: the connection counts as dropped
    int retryPauseMs = 1000;                                                            // before reconnecting
    qint64 maxBytes = 0;                                                                // refuse a server that announces (or sends) more; 0: no limit
    std::function<void(qint64 received, qint64 total, double bytesPerSecond)> progress; // total -1: unknown
    std::function<void(const QString &)> say;
    const std::atomic_bool *cancel = nullptr;
};

// Downloads `url` into `partPath` over Qt Network, resuming: what `partPath` already holds is
// kept and the rest asked for with an HTTP Range request (a server that ignores it sends the whole
// file, which then replaces the part). A dropped or stalled connection is retried from where it
// stopped, `attempts` times. Redirects are followed unless they lead to a less safe scheme. Blocks
// (its own event loop): call it from a worker thread or a command-line program. Returns the
// file's size; throws gtzan::Error naming the address, or gtzan::Cancelled on cancel (which
// leaves the part file for a later resume).
qint64 downloadResumable(const QUrl &url, const QString &partPath, const DownloadOptions &options);

} // namespace gtzan
