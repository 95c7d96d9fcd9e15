#pragma once

#include "plextypes.h"

#include <optional>

namespace PlexAuth::Fuzz {

// A secret registered with Redaction before any input runs. The dictionaries hold it, so inputs
// carry it to every place text from a body can reach; no piece of it may come out.
QString registeredSecret();
void registerSecretOnce();
bool leaksSecret(const QString &text);

void checkDate(const std::optional<QDateTime> &date);
// What the connection doctor and the source lookup rely on: an http(s) URL with a host.
void checkConnection(const Connection &connection);

} // namespace PlexAuth::Fuzz
