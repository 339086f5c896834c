#include "services/services.h"
