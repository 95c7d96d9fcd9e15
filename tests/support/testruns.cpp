#include "testruns.h"

#include <QList>
#include <QMetaMethod>
#include <QTest>

#include <vector>

namespace TestSupport {

namespace {
bool isTestFunction(const QMetaMethod &method)
{
    if (method.methodType() != QMetaMethod::Slot || method.access() != QMetaMethod::Private
        || method.parameterCount() != 0)
        return false;
    const QByteArray name = method.name();
    static const QList<QByteArray> fixtures { "initTestCase", "initTestCase_data", "cleanupTestCase", "init",
        "cleanup" };
    return !fixtures.contains(name) && !name.endsWith("_data");
}
} // namespace

int runFunctionsOfThisRun(QObject *test, int argc, char **argv,
    const std::function<bool(const QByteArray &function)> &belongsToThisRun)
{
    QList<QByteArray> functions;
    const QMetaObject *meta = test->metaObject();
    for (int i = meta->methodOffset(); i < meta->methodCount(); ++i) {
        if (const QMetaMethod method = meta->method(i); isTestFunction(method))
            functions.append(method.name());
    }
    QList<QByteArray> arguments;
    bool namesGiven = false;
    for (int i = 0; i < argc; ++i) {
        arguments.append(argv[i]);
        // "function" or "function:tag", as QtTest takes them.
        namesGiven = namesGiven || (i > 0 && functions.contains(arguments.last().split(':').constFirst()));
    }
    if (!namesGiven) {
        for (const QByteArray &function : std::as_const(functions)) {
            if (belongsToThisRun(function))
                arguments.append(function);
        }
    }
    if (!namesGiven && arguments.size() == argc) {
        qCritical("No test function belongs to this run: see the test's main() and tests/CMakeLists.txt.");
        return 1;
    }
    std::vector<char *> pointers;
    pointers.reserve(size_t(arguments.size()));
    for (QByteArray &argument : arguments)
        pointers.push_back(argument.data());
    return QTest::qExec(test, int(pointers.size()), pointers.data());
}

} // namespace TestSupport
