#include "securememory.h"

#include <openssl/crypto.h>

namespace PlexAuth::SecureMemory {

void wipe(QByteArray &buffer)
{
    // Not data(): on a shared buffer it would detach and zero a fresh copy, leaving the secret. A
    // buffer without an allocation (a literal, fromRawData) is not ours to write.
    if (buffer.capacity() > 0)
        OPENSSL_cleanse(const_cast<char *>(buffer.constData()), size_t(buffer.size()));
    buffer.clear();
}

void wipe(QString &text)
{
    if (text.capacity() > 0)
        OPENSSL_cleanse(const_cast<QChar *>(text.constData()), size_t(text.size()) * sizeof(QChar));
    text.clear();
}

void wipe(std::string &text)
{
    text.resize(text.capacity());
    OPENSSL_cleanse(text.data(), text.size());
    text.clear();
}

} // namespace PlexAuth::SecureMemory
