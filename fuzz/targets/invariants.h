#pragma once

#include "plextypes.h"

#include <optional>

namespace PlexAuth::Fuzz {

// A secret registered with Redaction before any input runs. The dictionaries hold it, so inputs
// carry it to every place text from a body can reach.
QString registeredSecret();
void registerSecretOnce();
// True when `text`, made from `input`, shows a piece of the secret (8 characters or more) that came
// from a whole occurrence of it: a piece the input holds on its own is just text.
bool leaksSecret(const QString &text, const QByteArray &input);
// A parser that says no says why, in words that never quote the body.
void checkRejection(const QString &whyNot, const QByteArray &data);

void checkDate(const std::optional<QDateTime> &date);
// What the connection doctor and the source lookup rely on: an http(s) URL with a host.
void checkConnection(const Connection &connection);

} // namespace PlexAuth::Fuzz
