#include "windowbackend.h"

namespace calib {

WindowBackend::~WindowBackend() = default;

} // namespace calib
