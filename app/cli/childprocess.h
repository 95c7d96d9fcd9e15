#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QStringList>

namespace PlexAuth::Cli {

// Runs another program in the foreground for `plexauth exec`, the way `env` or `aws-vault exec` do:
// it inherits stdin, stdout, stderr and the environment (with `variables` set in it), and INT, TERM
// and HUP sent to plexauth reach it too. The variables are passed only in the child's environment,
// never in any argv.
class ChildProcess
{
public:
    struct Outcome
    {
        bool started = false;
        int spawnError = 0; // errno when it could not start (ENOENT: not found on PATH)
        int exitStatus = 0; // its exit code, or 128 + N when signal N ended it
    };

    // Blocks until the child has ended. `program` is looked up on PATH as a shell would. The copies of
    // `variables` made for the environment are wiped before returning.
    static Outcome run(const QStringList &program, const QList<QPair<QByteArray, QByteArray>> &variables);
};

} // namespace PlexAuth::Cli
