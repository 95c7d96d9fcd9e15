// Helpers for the connection-doctor tests: fake Plex Media Servers on loopback that answer /identity
// as a chosen server, over http or TLS with a certificate made for the run, and connections to them.
#pragma once

#include "connectiondoctor.h"
#include "fakeplexserver.h"

#include <QSslCertificate>
#include <QSslKey>

#include <memory>
#include <optional>

namespace ProbeServers {

// The served server of tests/fakeplex/fixtures/default.json.
inline const QString livingRoomId = QStringLiteral("546684a3d18ac5c39037360ec9ce900b7af9cc36");
inline const QString livingRoomVersion = QStringLiteral("1.41.3.9314-a0bfb8370");

struct TlsIdentity
{
    QSslCertificate certificate;
    QSslKey key;
};

// A self-signed certificate made with the openssl command for this run, as tst_httpclient does;
// `subjectAltName` in openssl's syntax ("DNS:*.abc.plex.direct", "IP:127.0.0.1").
std::optional<TlsIdentity> makeCertificate(const QString &commonName, const QString &subjectAltName);

// A fake server on a free loopback port whose /identity answers `machineIdentifier`; over TLS with
// `tls`. Returns nullptr if it could not start.
std::unique_ptr<FakePlex::Server> startServer(
    const QString &machineIdentifier = livingRoomId, const std::optional<TlsIdentity> &tls = std::nullopt);

// https://127.0.0.1:PORT or http://127.0.0.1:PORT.
QUrl loopbackUrl(quint16 port, bool https = false);

// A connection the way plex.tv lists it (protocol, address and port taken from the URI).
PlexAuth::Connection connectionTo(const QUrl &uri, bool local, bool relay = false);

// A loopback port nothing listens on.
quint16 closedPort();

// Starts the doctor and waits for its finished() signal.
bool runToEnd(PlexAuth::ConnectionDoctor &doctor, const QString &expected,
    const QList<PlexAuth::Connection> &connections, int timeoutMs = 15000);

} // namespace ProbeServers
