// The workbench's backend module: the session with its network, storage and keychain code,
// and the panels and dialogs that work on it (windowbackend.h). main() loads it right
// after the window's first frame.
#include "sessionbackend.h"

extern "C" Q_DECL_EXPORT const calib::BackendModule *calibBackend()
{
    return &calib::linkedBackendModule();
}
