#include "core/verification.h"
