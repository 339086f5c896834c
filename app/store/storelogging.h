#pragma once

#include <QLoggingCategory>

namespace calib {

// Logging category of the storage layer. Secrets are never logged: messages name the
// profile and the state only.
Q_DECLARE_LOGGING_CATEGORY(lcStore)

} // namespace calib
