#pragma once
#include "faults/AudioFingerprint.h"
#include <QString>
#include <atomic>
#include <functional>
#include <vector>

namespace gtzan {

// Two clips that hold the same audio: `b` plays what `a` plays offsetSeconds later into a (a
// negative offset: earlier), with `similarity` the share of fingerprint bits that agree where they
// overlap (1 = the same bits; unrelated music about 0.5).
struct ReplicaPair {
    int a = -1, b = -1; // indices into the fingerprints searched, a < b
    bool exact = false; // the same audio from start to end (the same bits, no offset, the same length)
    double similarity = 0;
    double offsetSeconds = 0;
    double overlapSeconds = 0;
};

struct ReplicaSearchOptions {
    // Pairs at or above this similarity are replicas. Measured on the 50-clip GTZAN sample (see
    // docs/benchmarks.md, "Replicas"): distinct songs top out near 0.6, a planted MP3 copy, a
    // quieter trimmed copy and an exact copy come out above 0.85.
    double threshold = 0.75;
    double exactSimilarity = 0.995; // and offset 0, lengths within one item: "exact"
    double minOverlapSeconds = 5.0; // shorter overlaps are not judged
    // Candidate pairs come from fingerprint items two clips share at one time offset (an inverted
    // index), so a 1000-clip set is not compared pair by pair: at least this many shared items.
    int minSharedItems = 3;
    // Items found in more clips than this (silence, a steady tone) say little: not indexed.
    int maxClipsPerItem = 64;
    const std::atomic_bool *cancel = nullptr;          // checked between stages and chunks
    std::function<void(int done, int total)> progress; // verification of candidate pairs
};

// Every replica pair among the fingerprints (empty fingerprints are skipped), best first within
// each clip a. Throws gtzan::Error "cancelled" when cancelled.
std::vector<ReplicaPair> findReplicas(const std::vector<AudioFingerprint> &fingerprints, const ReplicaSearchOptions &options = {});

// The share of agreeing bits where b, shifted by `offsetItems` (b's item j against a's j + offset),
// overlaps a; 0 when they do not overlap. overlapItems (optional) gets the overlap's length.
double fingerprintSimilarity(const std::vector<quint32> &a, const std::vector<quint32> &b, int offsetItems, int *overlapItems = nullptr);

} // namespace gtzan
