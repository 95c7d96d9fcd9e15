#pragma once

#include <QByteArray>
#include <QString>

#include <string>

// Overwrites buffers that held a secret (a password, a code, a request body that carried them) once
// they are no longer needed, so the secret does not linger in freed memory or a core dump. Built on
// OPENSSL_cleanse, which the compiler cannot optimise away.
namespace PlexAuth::SecureMemory {

// Zeroes the buffer's bytes in place, then empties it. Every copy sharing the buffer (Qt's implicit
// sharing) sees the zeros as well: call it only when no holder needs the bytes any more.
void wipe(QByteArray &buffer);
void wipe(QString &text);
// Zeroes the whole allocation, capacity included, then empties it.
void wipe(std::string &text);

} // namespace PlexAuth::SecureMemory
