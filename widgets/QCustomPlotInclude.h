#pragma once
// qcustomplot.h uses Qt's `signals` and `foreach` keywords, which QT_NO_KEYWORDS (needed beside
// LibTorch) removes. Include it only through this header.
#ifndef signals
#define signals Q_SIGNALS
#define GTZAN_UNDEF_SIGNALS
#endif
#ifndef foreach
#define foreach Q_FOREACH
#define GTZAN_UNDEF_FOREACH
#endif
#include <qcustomplot.h>

namespace gtzan {
namespace widgets {

#ifdef GTZAN_UNDEF_SIGNALS
#undef signals
#undef GTZAN_UNDEF_SIGNALS
#endif
#ifdef GTZAN_UNDEF_FOREACH
#undef foreach
#undef GTZAN_UNDEF_FOREACH
#endif

} // namespace widgets
} // namespace gtzan
