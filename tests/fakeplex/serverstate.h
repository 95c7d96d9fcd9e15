#pragma once

// Internal to fakeplex_lib: what the routes read and change. Not part of the test-facing API.

#include "fixture.h"
#include "httpresponse.h"

#include <QDateTime>
#include <QHash>
#include <QSet>
#include <QString>
#include <QUrl>

namespace FakePlex {

struct RecordedRequest;

struct Pin
{
    qint64 id = 0;
    QString code;
    QString clientIdentifier;
    QDateTime createdAt;
    QDateTime expiresAt;
    int polls = 0;
    bool forcedExpired = false;
    QString authToken; // empty until claimed
};

struct ServerState
{
    Fixture fixture;
    bool fixtureLoaded = false;
    int lockoutAfterFailures = 5;
    int failures = 0;
    int pinClaimAfterPolls = 2;
    qint64 nextPinId = 373040866;
    QHash<qint64, Pin> pins;
    QSet<QString> revokedTokens;
    QHash<QString, bool> transientTokens; // token -> derived from an admin token
    QUrl baseUrl;
    quint16 port = 0;

    // Back to the fixture's own settings; forgets PINs, failures, revocations and transient tokens.
    void resetFromFixture();
    bool isRevoked(const QString &token) const { return revokedTokens.contains(token); }
    // The account owning this X-Plex-Token, unless revoked.
    const Account *accountForToken(const QString &token) const;
};

QString randomToken(int length, const char *alphabet);
// pattern is an exact path or a prefix ending in '*'.
bool pathMatches(const QString &pattern, const QString &path);

namespace PlexTv {
// Routes under /api/v2.
Response handle(ServerState &state, const RecordedRequest &request, bool json);
} // namespace PlexTv

namespace Pms {
// /identity and /security/*.
Response handle(ServerState &state, const RecordedRequest &request, bool json);
} // namespace Pms

} // namespace FakePlex
