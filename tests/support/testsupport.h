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
