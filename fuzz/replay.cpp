// fuzz_replay TARGET FILE...: runs inputs through a fuzz target's code with the normal toolchain, for
// reproducing or timing one input (e.g. under /usr/bin/time) without libFuzzer or Clang. Prints
// whether each input was accepted; an invariant that does not hold aborts, as under the fuzzer.

#include "fuzztargets.h"
#include "invariants.h"

#include <QFile>

#include <cstdio>

int main(int argc, char *argv[])
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: fuzz_replay TARGET FILE...\n");
        return 2;
    }
    const PlexAuth::Fuzz::Target *target = PlexAuth::Fuzz::findTarget(QString::fromLocal8Bit(argv[1]));
    if (!target) {
        std::fprintf(stderr, "no fuzz target named %s\n", argv[1]);
        return 2;
    }
    PlexAuth::Fuzz::registerSecretOnce();
    for (int i = 2; i < argc; ++i) {
        QFile file(QString::fromLocal8Bit(argv[i]));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "%s: %s\n", argv[i], qPrintable(file.errorString()));
            return 2;
        }
        const bool accepted = target->run(file.readAll());
        std::printf("%s: %s\n", argv[i], accepted ? "accepted" : "rejected");
    }
    return 0;
}
