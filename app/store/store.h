#pragma once

namespace calib {
} // namespace calib
