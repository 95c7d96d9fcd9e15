#pragma once

#include "fakeplexserver.h"
#include "mediaserverclient.h"
#include "plextvclient.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTest>

#include <memory>
#include <optional>

namespace TestSupport {

// A fake Plex server on a free loopback port, and the real service classes pointed at it.
struct Harness
{
    Harness();

    FakePlex::Server server;
    QNetworkAccessManager network;
    PlexAuth::HttpClient http;
    PlexAuth::PlexTvClient plexTv;
    PlexAuth::MediaServerClient mediaServer;
    QObject context;

    static constexpr auto testClientIdentifier = "5f1c3b7e-test-4a7e-9c1d-plexauthtest";
};

// Tokens of the default fixture (tests/fakeplex/fixtures/default.json).
inline const QString aliceToken = QStringLiteral("alice-token-Zkfs-HfWAsWEFzGJdo_H");
inline const QString bobToken = QStringLiteral("bob-token-2ffLuB84dqLswk9skLos");

// An account of the default fixture (tests/fakeplex/fixtures/default.json): who it is, its token,
// and what its sign-in takes.
struct FixtureAccount
{
    QString uuid;
    QString username;
    QString title;
    QString email;
    QString token;
    QString login;
    QString password; // empty: signs in through the browser (PIN) only
    QString code; // the two-step verification code; empty: none asked for

    // The account as plex.tv names it (uuid, username, title, email), with `token` (this account's
    // own by default).
    PlexAuth::Account account(const QString &withToken = {}) const;
};

inline const FixtureAccount alice { QStringLiteral("dae343c1f45beb4f"), QStringLiteral("alice"),
    QStringLiteral("Alice"), QStringLiteral("alice@example.com"), aliceToken,
    QStringLiteral("alice@example.com"), QStringLiteral("correct horse battery staple"), {} };
// Needs his verification code.
inline const FixtureAccount bob { QStringLiteral("b0b5eb1e7a91c2d3"), QStringLiteral("bob"),
    QStringLiteral("Bob"), QStringLiteral("bob@example.org"), bobToken, QStringLiteral("bob"),
    QStringLiteral("hunter2-but-longer"), QStringLiteral("123456") };
// Needs her code, or her backup code (a1b2c3d4e5).
inline const FixtureAccount carol { QStringLiteral("c4a01c4a01c4a01c"), QStringLiteral("carol"),
    QStringLiteral("Carol"), QStringLiteral("carol@example.net"),
    QStringLiteral("carol-token-CxoUzBTSV5hsxjTpFKaf"), QStringLiteral("carol@example.net"),
    QStringLiteral("carol-pass-phrase"), QStringLiteral("654321") };
// Browser (PIN) only: claims every PIN.
inline const FixtureAccount dave { QStringLiteral("da7eda7eda7eda7e"), QStringLiteral("dave"),
    QStringLiteral("Dave"), QStringLiteral("dave@example.com"),
    QStringLiteral("dave-token-gcgzw5rz2xovp84b4vha3a40"), QStringLiteral("dave@example.com"), {}, {} };

// Collects the one outcome of an operation; wait() returns once it has arrived (or the limit hit).
template<typename T> class Outcome
{
public:
    PlexAuth::Handler<T> handler()
    {
        return [this](const PlexAuth::Result<T> &result) {
            ++m_calls;
            m_result.emplace(result);
        };
    }
    bool wait(int timeoutMs = 10000)
    {
        return QTest::qWaitFor([this] { return m_result.has_value(); }, timeoutMs);
    }
    bool arrived() const { return m_result.has_value(); }
    int calls() const { return m_calls; }
    const PlexAuth::Result<T> &result() const { return *m_result; }

private:
    std::optional<PlexAuth::Result<T>> m_result;
    int m_calls = 0;
};

// "kind (detail)" for failure messages in QVERIFY2.
QByteArray describe(const PlexAuth::PlexError &error);

template<typename T> QByteArray describe(const PlexAuth::Result<T> &result)
{
    return result.ok() ? QByteArray("ok") : describe(result.error());
}

FakePlex::Fault fault(FakePlex::FaultKind kind, int times = -1);

} // namespace TestSupport
