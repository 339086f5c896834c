#include "store/storelogging.h"

namespace calib {

Q_LOGGING_CATEGORY(lcStore, "workbench.store")

} // namespace calib
