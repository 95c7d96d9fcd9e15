#pragma once

#include <QByteArray>
#include <QObject>

#include <functional>

namespace TestSupport {

// For an executable that CTest runs more than once, each time in another environment (with the
// Secret Service, without a D-Bus session, with a locked keychain): runs the test functions of
// `test` that belong to this run, so the others are not run at all rather than reported as skipped.
// Function names given on the command line run as asked. Call it from main() after the application
// object exists.
int runFunctionsOfThisRun(QObject *test, int argc, char **argv,
    const std::function<bool(const QByteArray &function)> &belongsToThisRun);

} // namespace TestSupport
