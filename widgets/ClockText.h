#pragma once
#include <QString>
#include <cmath>

// A time span as a person reads it on a player: "m:ss" (rounded to the second).
inline QString clockText(double seconds) {
    const int t = int(std::lround(std::max(0.0, seconds)));
    return QStringLiteral("%1:%2").arg(t / 60).arg(t % 60, 2, 10, QLatin1Char('0'));
}
