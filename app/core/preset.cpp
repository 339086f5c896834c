#include "core/preset.h"
