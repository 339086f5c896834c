#include "core/calibrationdiff.h"
