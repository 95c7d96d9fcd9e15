#include "childprocess.h"

#include "securememory.h"

#include <algorithm>
#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <spawn.h>
#include <string>
#include <sys/wait.h>
#include <vector>

extern char **environ; // NOLINT(readability-redundant-declaration): POSIX declares it nowhere else

namespace PlexAuth::Cli {

namespace {

volatile sig_atomic_t childPid = 0;
volatile sig_atomic_t pendingSignal = 0; // sent after the handlers were set, before the child's pid was known

constexpr std::array forwardedSignals { SIGINT, SIGTERM, SIGHUP };

// A signal sent to plexauth with kill() goes on to the child. One the terminal generated (Ctrl-C:
// si_code SI_KERNEL) has already reached the child, which is in the same process group: forwarding it
// would deliver it twice.
void forwardSignal(int signal, siginfo_t *info, void * /*context*/)
{
    if (info != nullptr && info->si_code > 0)
        return;
    const int savedErrno = errno;
    if (childPid > 0)
        ::kill(pid_t(childPid), signal);
    else
        pendingSignal = signal;
    errno = savedErrno;
}

QByteArray variableName(const char *entry)
{
    const char *equals = std::strchr(entry, '=');
    return equals ? QByteArray(entry, equals - entry) : QByteArray(entry);
}

} // namespace

ChildProcess::Outcome ChildProcess::run(
    const QStringList &program, const QList<QPair<QByteArray, QByteArray>> &variables)
{
    std::vector<std::string> environment;
    for (char **entry = environ; entry && *entry; ++entry) {
        const QByteArray name = variableName(*entry);
        const bool replaced = std::any_of(variables.cbegin(), variables.cend(),
            [&name](const QPair<QByteArray, QByteArray> &variable) { return variable.first == name; });
        if (!replaced)
            environment.emplace_back(*entry);
    }
    for (const auto &[name, value] : variables) {
        // Built in place, so that no unwiped temporary copy of a secret value is left behind.
        std::string entry;
        entry.reserve(size_t(name.size() + 1 + value.size()));
        entry.append(name.constData(), size_t(name.size()))
            .append(1, '=')
            .append(value.constData(), size_t(value.size()));
        environment.push_back(std::move(entry));
    }

    std::vector<std::string> arguments;
    arguments.reserve(size_t(program.size()));
    for (const QString &argument : program)
        arguments.push_back(argument.toLocal8Bit().toStdString());

    std::vector<char *> argv;
    argv.reserve(arguments.size() + 1);
    for (std::string &argument : arguments)
        argv.push_back(argument.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    envp.reserve(environment.size() + 1);
    for (std::string &entry : environment)
        envp.push_back(entry.data());
    envp.push_back(nullptr);

    // The child starts with default signal handling and an empty mask, whatever plexauth has set.
    posix_spawnattr_t attributes;
    posix_spawnattr_init(&attributes);
    sigset_t defaults;
    sigemptyset(&defaults);
    for (const int signal : forwardedSignals)
        sigaddset(&defaults, signal);
    sigaddset(&defaults, SIGPIPE);
    posix_spawnattr_setsigdefault(&attributes, &defaults);
    sigset_t none;
    sigemptyset(&none);
    posix_spawnattr_setsigmask(&attributes, &none);
    posix_spawnattr_setflags(&attributes, POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK);

    // Installed before the spawn, so that a signal that arrives in between is passed on once the pid is
    // known.
    struct sigaction forward = {};
    forward.sa_sigaction = forwardSignal;
    forward.sa_flags = SA_SIGINFO | SA_RESTART;
    sigemptyset(&forward.sa_mask);
    std::array<struct sigaction, forwardedSignals.size()> previous {};
    for (size_t i = 0; i < forwardedSignals.size(); ++i)
        sigaction(forwardedSignals[i], &forward, &previous[i]);

    Outcome outcome;
    pid_t pid = 0;
    const int spawned = posix_spawnp(&pid, argv.front(), nullptr, &attributes, argv.data(), envp.data());
    posix_spawnattr_destroy(&attributes);
    for (std::string &entry : environment)
        SecureMemory::wipe(entry);

    if (spawned != 0) {
        outcome.spawnError = spawned;
    } else {
        outcome.started = true;
        childPid = pid;
        if (const int early = pendingSignal; early != 0)
            ::kill(pid, early);
        int status = 0;
        while (::waitpid(pid, &status, 0) < 0 && errno == EINTR) { }
        childPid = 0;
        outcome.exitStatus = WIFSIGNALED(status) ? 128 + WTERMSIG(status) : WEXITSTATUS(status);
    }
    for (size_t i = 0; i < forwardedSignals.size(); ++i)
        sigaction(forwardedSignals[i], &previous[i], nullptr);
    return outcome;
}

} // namespace PlexAuth::Cli
