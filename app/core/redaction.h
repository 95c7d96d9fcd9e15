#pragma once

#include <QString>

namespace PlexAuth {

// The one place that masks secrets (tokens, passwords, PIN codes, verification codes) before text
// reaches a log line or an error message. Two layers: every secret the app handles is registered
// and replaced wherever it appears, and well-known carriers (token headers, query items, JSON and
// XML token fields, form fields) are masked even when the value was never registered.
class Redaction
{
public:
    static constexpr QStringView mask = u"<redacted>";

    // Registers a secret so that redact() masks it anywhere. Short values (under 4 characters)
    // are ignored, as masking them would garble ordinary text.
    static void registerSecret(const QString &secret);
    static void forgetSecret(const QString &secret);
    static void forgetAllSecrets();

    static QString redact(const QString &text);
    static QByteArray redact(const QByteArray &text);

    // "abcd…wxyz" for display in the UI; never used for logs.
    static QString maskForDisplay(const QString &secret);
};

} // namespace PlexAuth
