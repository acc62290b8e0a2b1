#pragma once
#include "embedding/Hdf5Snapshot.h"
#include <hdf5.h>

namespace gtzan {
namespace hdf5reader {

// Reads everything an open HDF5 file holds into a snapshot, through the HDF5 C API, within the
// snapshot's bounds: hard links only (an external link could name any file on the machine, a soft
// link any path), at most kMaxDepth groups deep (hard links can make cycles), at most
// Hdf5Snapshot::kMaxNodes objects and kMaxValues values in all. What cannot be read is recorded
// with its problem, not fatal: the engine reports it when the data set is asked for.
Hdf5Snapshot readTree(hid_t file);

} // namespace hdf5reader
} // namespace gtzan
