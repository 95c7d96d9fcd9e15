#include "processhardening.h"

#include <QtGlobal>

#if defined(Q_OS_LINUX)
#include <sys/prctl.h>
#endif
#if defined(Q_OS_UNIX)
#include <sys/resource.h>
#endif
#if defined(Q_OS_WIN)
#include <windows.h>
#endif

namespace PlexAuth::ProcessHardening {

bool disableCoreDumps()
{
    bool ok = true;
#if defined(Q_OS_UNIX)
    const rlimit noCore { 0, 0 };
    ok = setrlimit(RLIMIT_CORE, &noCore) == 0;
#endif
#if defined(Q_OS_LINUX)
    ok = prctl(PR_SET_DUMPABLE, 0, 0, 0, 0) == 0 && ok;
#endif
#if defined(Q_OS_WIN)
    SetErrorMode(GetErrorMode() | SEM_NOGPFAULTERRORBOX);
#endif
    return ok;
}

} // namespace PlexAuth::ProcessHardening
