#pragma once

#include <QObject>
#include <QString>

#include <functional>

namespace PlexAuth {

// Reads an item that QtKeychain's libsecret backend wrote, straight from the Secret Service over
// Qt D-Bus. Two reasons (Linux only):
// - Telling "locked" from "not found": with its unlock prompt dismissed or impossible, QtKeychain
//   0.13 reports an item in a locked collection as not found (tests/scripts/locked-keyring-session.sh).
// - Speed: loading libsecret and GIO costs a command-line run about 15 ms, more than the whole HTTP
//   request (bench/results.md); the encrypted session below costs a fraction of that.
// The token never crosses the bus in clear, where dbus-monitor or a saved `busctl capture` would
// show it: the session is "dh-ietf1024-sha256-aes128-cbc-pkcs7" (SecretSession), and "plain" only
// when the service answers NotSupported, as libsecret does. Only items with QtKeychain's schema
// (xdg:schema org.qt.keychain) are read, and a secret must come back for the session opened.
// Anything other than one unlocked match is answered with a verdict, never a guess, so the caller
// can fall back to QtKeychain, which can also prompt to unlock and knows KWallet.
class SecretService
{
public:
    enum class Verdict
    {
        Found, // `secret` holds the item's text
        NotFound, // no item with these attributes in any collection
        Locked, // an item exists, but only in a locked collection
        Ambiguous, // more than one unlocked item matches: which one holds the token is a guess
        Unavailable, // no session bus, no Secret Service, or an error: ask QtKeychain instead
    };
    using Handler = std::function<void(Verdict verdict, const QString &secret)>;

    static bool isSupported();
    // Looks up the plaintext item QtKeychain files under service/key.
    static void lookup(const QString &service, const QString &key, QObject *context, Handler handler);
};

} // namespace PlexAuth
