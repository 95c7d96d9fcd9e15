// The floor of bench/run-transient: a program that links the libraries the `plexauth` command links
// (Qt Core, Network and DBus, QtKeychain, libcrypto) and does nothing but construct and destroy the
// QCoreApplication every command starts with. What it costs, any Qt command line of this shape costs:
// the dynamic linker mapping and relocating some forty libraries, and Qt's own start.
#include <QCoreApplication>
#include <QDBusConnection>
#include <QNetworkAccessManager>
#include <qt6keychain/keychain.h>

#include <openssl/crypto.h>

int main(int argc, char *argv[])
{
    const QCoreApplication app(argc, argv);
    // Never true when benchmarked: it only makes each library a real dependency, so the linker keeps
    // them all (as --as-needed would not for a library nothing calls).
    if (argc > 100) {
        const QNetworkAccessManager network;
        const QKeychain::ReadPasswordJob job(QStringLiteral("PlexAuth"));
        OPENSSL_cleanse(argv[0], 0);
        return QDBusConnection::sessionBus().isConnected() ? 1 : 2;
    }
    return 0;
}
