#pragma once

#include <QString>
#include <QStringList>

#include <optional>

namespace TestSupport {

// Asks the Secret Service directly, through libsecret's `secret-tool`, what QtKeychain stored for
// `service`/`key`: an independent check of what PlexAuth wrote. std::nullopt when no item exists.
// QtKeychain's libsecret backend files items under the attributes "server" (service) and "user" (key).
std::optional<QString> secretToolLookup(const QString &service, const QString &key);

// Every file under `root` whose bytes contain `needle` (relative paths): the proof that a secret
// reached no file.
QStringList filesContaining(const QString &root, const QByteArray &needle);

} // namespace TestSupport
