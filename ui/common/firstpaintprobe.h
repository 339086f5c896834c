#pragma once

#include <functional>

class QWidget;

namespace calib {

// Calls `painted` once, at the end of the event-loop turn in which `window` received its
// first QEvent::Paint: by then the whole first frame of the window (every visible child)
// has been painted into the backing store and flushed to the platform window. This is
// what "first painted" means for `calibration-workbench --exit-after-first-paint` and for
// the bare-window baseline of the cold-start benchmark (tests/bench/bench_coldstart.cpp),
// which builds this file into both programs so the two are measured the same way.
void onFirstPaint(QWidget *window, std::function<void()> painted);

// Writes "<event>-monotonic-ns <n>" to standard output (and flushes it), where n is the
// steady clock (CLOCK_MONOTONIC on Linux) in nanoseconds: a parent process that read the
// same clock before spawning subtracts its own reading.
void printMonotonicStamp(const char *event);

} // namespace calib
