#include "core/wirejson.h"
