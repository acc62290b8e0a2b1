#pragma once
#include <QString>
#include <algorithm>
#include <cmath>

// Time spans as a person reads them, the one formatter of the window and the CLI.
namespace gtzan {

enum class ClockPrecision {
    Seconds, // "m:ss", rounded to the second (players, tables, ETA)
    Tenths,  // "m:ss.t" (the transport bar's position)
    Hours,   // "h:mm:ss" (a data set's total length)
};

inline QString clockText(double seconds, ClockPrecision precision = ClockPrecision::Seconds) {
    const double s = std::max(0.0, seconds);
    const QLatin1Char zero('0');
    switch (precision) {
    case ClockPrecision::Tenths: {
        const long long tenths = std::llround(s * 10);
        return QStringLiteral("%1:%2.%3").arg(tenths / 600).arg((tenths / 10) % 60, 2, 10, zero).arg(tenths % 10);
    }
    case ClockPrecision::Hours: {
        const long long t = std::llround(s);
        return QStringLiteral("%1:%2:%3").arg(t / 3600).arg((t / 60) % 60, 2, 10, zero).arg(t % 60, 2, 10, zero);
    }
    case ClockPrecision::Seconds: break;
    }
    const long long t = std::llround(s);
    return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, zero);
}

} // namespace gtzan
