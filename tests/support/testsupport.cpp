#include "testsupport.h"

namespace TestSupport {

Harness::Harness()
    : http(&network, PlexAuth::ClientIdentity::withIdentifier(QString::fromLatin1(testClientIdentifier)))
    , plexTv(&http)
    , mediaServer(&http)
{
    if (!server.start())
        qFatal("the fake Plex server could not start");
    plexTv.setBaseUrl(server.plexTvUrl());
    http.setTimeout(std::chrono::seconds(5));
    // Short backoff keeps the retry tests fast; the shape of the policy is the production one.
    http.setRetryPolicy({ 3, std::chrono::milliseconds(20), std::chrono::seconds(30) });
}

QByteArray describe(const PlexAuth::PlexError &error)
{
    return (PlexAuth::errorKindName(error.kind) + QStringLiteral(" (") + error.detail + QStringLiteral("): ")
        + error.message)
        .toUtf8();
}

PlexAuth::Account FixtureAccount::account(const QString &withToken) const
{
    PlexAuth::Account result;
    result.uuid = uuid;
    result.username = username;
    result.title = title;
    result.email = email;
    result.authToken = withToken.isEmpty() ? token : withToken;
    return result;
}

FakePlex::Fault fault(FakePlex::FaultKind kind, int times)
{
    FakePlex::Fault result;
    result.kind = kind;
    result.times = times;
    return result;
}

} // namespace TestSupport
