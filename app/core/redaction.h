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
    // are ignored, as masking them would garble ordinary text. `owner` is the account (uuid) the
    // secret belongs to: forgetSecretsOf() drops it once that account is signed out or removed. A
    // secret registered without an owner is kept until an owner claims it or the run ends.
    static void registerSecret(const QString &secret, const QString &owner = {});
    static void forgetSecret(const QString &secret);
    // Forgets the secrets of an account that is gone; a secret another owner still holds stays.
    static void forgetSecretsOf(const QString &owner);
    static void forgetAllSecrets();
    static qsizetype registeredCount();

    static QString redact(const QString &text);
    static QByteArray redact(const QByteArray &text);

    // "abcd…wxyz" for display in the UI; never used for logs.
    static QString maskForDisplay(const QString &secret);
};

} // namespace PlexAuth
