#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace PlexAuth::Parse {

// The JSON answers of the JWT device-auth API (clients.plex.tv, plex-auth-api.md §2.7). Like the
// other parsers: std::nullopt and the reason in `whyNot` (never the body) when the answer is unusable.

// GET /auth/nonce: {"nonce": "…"}.
std::optional<QString> nonce(const QByteArray &body, QString *whyNot);
// POST /auth/token: {"auth_token": "<Plex JWT>"}.
std::optional<QString> issuedToken(const QByteArray &body, QString *whyNot);
// GET /auth/keys: {"keys": [JWK, …]}; only the Ed25519 (OKP) keys, which are all Plex signs with.
std::optional<QList<QJsonObject>> signingKeys(const QByteArray &body, QString *whyNot);

} // namespace PlexAuth::Parse
