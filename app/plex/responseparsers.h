#pragma once

#include "plextypes.h"

#include <optional>

namespace PlexAuth::Parse {

// Each parser reads a JSON or XML answer body. On failure it returns std::nullopt and says why in
// `whyNot` (words for an error message; never the body itself, which may hold secrets).
std::optional<Account> account(const QByteArray &body, QString *whyNot);
std::optional<Pin> pin(const QByteArray &body, QString *whyNot);
std::optional<QList<PlexServer>> servers(const QByteArray &body, QString *whyNot);
std::optional<TransientToken> transientToken(const QByteArray &body, QString *whyNot);
std::optional<SourceDevice> sourceDevice(const QByteArray &body, QString *whyNot);
std::optional<ServerIdentity> serverIdentity(const QByteArray &body, QString *whyNot);

Connection connection(const QJsonObject &object);

} // namespace PlexAuth::Parse
