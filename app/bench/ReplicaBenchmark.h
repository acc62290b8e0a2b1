#pragma once
#include <QJsonObject>

namespace gtzan {

// The replica search's scale on generated fingerprints (nothing to decode: the "fingerprints are
// cached" case): `clips` fingerprints of `seconds` each, whose items drift as Chromaprint's do
// (a few bits change from one item to the next), with `planted` of them near copies of others
// (shifted by up to 10 s, 5% of bits flipped). Reports the search's time and what it found
// against what was planted.
QJsonObject benchmarkReplicaSearch(int clips, double seconds, int planted, unsigned seed);

} // namespace gtzan
