#pragma once

#include <QString>

namespace calib::cli {

// Reads one secret from stdin. On a terminal the prompt goes to stderr and echo is
// switched off (termios) while the line is typed; from a pipe the whole input is read and
// one trailing line end removed. Empty on end of input.
[[nodiscard]] QString readSecretFromStdin(const QString &prompt);

} // namespace calib::cli
