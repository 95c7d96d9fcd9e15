#pragma once

#include "plextypes.h"
#include "tokenpolicy.h"

#include <QCoreApplication>

namespace PlexAuth {

// "Copy as curl" for a source lookup's connection: GET {uri}/identity for a server source, the
// connection's own address for a provider. The source's access token goes in the command only where
// the token policy lets it go (a server's connection once it answered as that server); otherwise the
// command reads it from the shell variable $PLEX_TOKEN.
class CurlCommand
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::CurlCommand)

public:
    QString command;
    bool includesToken = false;
    QString whyNoToken; // when the token was asked for but is not in the command

    static CurlCommand forSource(const SourceDevice &device, const QString &source, const QUrl &connection,
        bool includeToken, const TokenPolicy &policy);
    // Single quotes for a POSIX shell.
    static QString shellQuote(const QString &text);
};

} // namespace PlexAuth
