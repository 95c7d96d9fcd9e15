#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace PlexAuth::Fuzz {

// Which bodies a target takes: the parsers tell JSON from XML by the first non-blank byte, so the
// JSON and XML variants of one parser differ only in this filter (and in their seeds and dictionary).
enum class Format
{
    Any,
    Json, // first non-blank byte is not '<'
    Xml, // first non-blank byte is '<'
};

struct Target
{
    QString name; // as fuzz/corpus/<name>, fuzz/regressions/<name> and the fuzz_<name> executable
    Format format = Format::Any;
    // Runs the real code on `data` and checks its invariants; true when the input was accepted
    // (the parser returned a result, the validator said valid), which the tests use to check that
    // the seed corpus reaches past the first rejection.
    bool (*run)(const QByteArray &data) = nullptr;
};

const QList<Target> &targets();
const Target *findTarget(QStringView name);
bool formatMatches(Format format, const QByteArray &data);

// An invariant that does not hold. The default handler prints `what` and aborts, which libFuzzer
// reports as a crash with the input saved; the regression test installs one that records it.
using FailureHandler = void (*)(const char *what, const char *file, int line);
void setFailureHandler(FailureHandler handler);
void fail(const char *what, const char *file, int line);

} // namespace PlexAuth::Fuzz

#define PLEXAUTH_FUZZ_CHECK(condition)                                                                       \
    do {                                                                                                     \
        if (!(condition))                                                                                    \
            ::PlexAuth::Fuzz::fail(#condition, __FILE__, __LINE__);                                          \
    } while (false)
