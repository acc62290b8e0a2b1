#pragma once
#include <algorithm>
#include <vector>

namespace gtzan {

// Lookups in a rising vector of row positions (a spectrogram's row frequencies, a tempogram's
// tempi): the row nearest to a value, and the fractional row where a value falls.

// Index of the value nearest to x (-1 when empty); a tie goes to the lower one.
inline int nearestIndex(const std::vector<double> &rising, double x) {
    if (rising.empty()) return -1;
    const auto it = std::lower_bound(rising.begin(), rising.end(), x);
    if (it == rising.end()) return int(rising.size()) - 1;
    if (it == rising.begin()) return 0;
    const auto below = it - 1;
    return int((x - *below <= *it - x) ? below - rising.begin() : it - rising.begin());
}

// The fractional index of x, interpolated between the two values around it (an axis label placed
// between rows whose values are not evenly spaced). x below the first value gives 0, above the
// last the last index.
inline double fractionalIndex(const std::vector<double> &rising, double x) {
    if (rising.empty()) return 0.0;
    const size_t i = size_t(std::lower_bound(rising.begin(), rising.end(), x) - rising.begin());
    if (i >= rising.size()) return double(rising.size() - 1);
    if (i > 0 && rising[i] > rising[i - 1]) return double(i - 1) + (x - rising[i - 1]) / (rising[i] - rising[i - 1]);
    return double(i);
}

} // namespace gtzan
