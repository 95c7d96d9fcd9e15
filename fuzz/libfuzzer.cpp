// The libFuzzer entry point of one fuzz_<target> executable: PLEXAUTH_FUZZ_TARGET names the target.

#include "fuzztargets.h"
#include "invariants.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace {
const PlexAuth::Fuzz::Target &target()
{
    static const PlexAuth::Fuzz::Target *const found = [] {
        const PlexAuth::Fuzz::Target *named
            = PlexAuth::Fuzz::findTarget(QStringLiteral(PLEXAUTH_FUZZ_TARGET));
        if (!named) {
            std::fprintf(stderr, "no fuzz target named %s\n", PLEXAUTH_FUZZ_TARGET);
            std::abort();
        }
        return named;
    }();
    return *found;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    PlexAuth::Fuzz::registerSecretOnce();
    (void)target();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    // Qt's sizes are signed: a view of the fuzzer's buffer, no copy.
    const QByteArray input
        = QByteArray::fromRawData(reinterpret_cast<const char *>(data), static_cast<qsizetype>(size));
    // -1 keeps an input of the other format out of the corpus: the JSON and XML variants stay apart.
    if (!PlexAuth::Fuzz::formatMatches(target().format, input))
        return -1;
    target().run(input);
    return 0;
}
