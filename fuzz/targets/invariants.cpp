#include "invariants.h"

#include "fuzztargets.h"
#include "redaction.h"

#include <cstdio>
#include <cstdlib>

namespace PlexAuth::Fuzz {

namespace {
// Long enough that a piece of it cannot occur by chance, made of characters every carrier allows.
constexpr QStringView kSecret = u"s3cr3tT0kenFuzzQwErTy2025xY";
// Shorter pieces than this may be ordinary words; longer ones give a token away in part.
constexpr qsizetype kLeakWindow = 8;

void abortOnFailure(const char *what, const char *file, int line)
{
    std::fprintf(stderr, "%s:%d: invariant does not hold: %s\n", file, line, what);
    std::abort();
}

FailureHandler g_handler = abortOnFailure;
} // namespace

void setFailureHandler(FailureHandler handler)
{
    g_handler = handler ? handler : abortOnFailure;
}

void fail(const char *what, const char *file, int line)
{
    g_handler(what, file, line);
}

QString registeredSecret()
{
    return kSecret.toString();
}

void registerSecretOnce()
{
    static const bool registered = [] {
        Redaction::registerSecret(registeredSecret());
        return true;
    }();
    Q_UNUSED(registered);
}

bool leaksSecret(const QString &text, const QByteArray &input)
{
    // The input as text, each whole secret cut out (a newline cannot join two pieces into one).
    const QString rest = QString::fromUtf8(input).replace(kSecret.toString(), QStringLiteral("\n"));
    for (qsizetype start = 0; start + kLeakWindow <= kSecret.size(); ++start) {
        const QStringView piece = kSecret.mid(start, kLeakWindow);
        if (text.contains(piece) && !rest.contains(piece))
            return true;
    }
    return false;
}

void checkRejection(const QString &whyNot, const QByteArray &data)
{
    PLEXAUTH_FUZZ_CHECK(!whyNot.isEmpty());
    PLEXAUTH_FUZZ_CHECK(!leaksSecret(whyNot, data));
}

void checkDate(const std::optional<QDateTime> &date)
{
    if (!date)
        return;
    PLEXAUTH_FUZZ_CHECK(date->isValid());
    PLEXAUTH_FUZZ_CHECK(date->timeSpec() == Qt::UTC);
}

void checkConnection(const Connection &connection)
{
    const QUrl uri = connection.uri.toUrl();
    PLEXAUTH_FUZZ_CHECK(uri.isValid());
    // An address kept as its parts (app/core/connectionuri.h) reads and prints as its QUrl.
    PLEXAUTH_FUZZ_CHECK(connection.uri.scheme() == uri.scheme() && connection.uri.host() == uri.host()
        && connection.uri.port() == uri.port() && connection.uri.toString() == uri.toString());
    PLEXAUTH_FUZZ_CHECK(uri.scheme() == u"http" || uri.scheme() == u"https");
    PLEXAUTH_FUZZ_CHECK(!uri.host().isEmpty());
    PLEXAUTH_FUZZ_CHECK(uri.port() == -1 || (uri.port() > 0 && uri.port() < 65536));
    PLEXAUTH_FUZZ_CHECK(!connection.protocol.isEmpty());
}

} // namespace PlexAuth::Fuzz
