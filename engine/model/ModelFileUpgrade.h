#pragma once
#include <QString>

namespace gtzan {

// Rewrites a model file of an older format (1 or 2) as the current one, reading its LibTorch
// archive on purpose (see model/LegacyModelWeights.h: only for a file the user trusts). The new
// file is written beside `to`, loaded back with the current reader, and only then renamed over
// `to`, so `to` (which may be `from`) is never left half-written or unreadable. Returns the
// format version `from` had; a file already current is copied unchanged. Throws gtzan::Error.
quint32 upgradeModelFile(const QString &from, const QString &to);

} // namespace gtzan
