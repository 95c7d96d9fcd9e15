#pragma once

#include "tokenpolicy.h"

#include <QCoreApplication>
#include <QUrl>

namespace PlexAuth {

// The one check of a server address a person typed (the window's server boxes, the command line's
// --server): an http or https URL with a host, and nothing that does not belong in an address (user
// info, a query such as a pasted ?X-Plex-Token=, a fragment). Then the token policy's word on it.
class ServerAddress
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::ServerAddress)

public:
    struct Parsed
    {
        QUrl url; // valid when problem is empty
        QString problem; // why it cannot be used, in words, with an example; empty when it can
        bool looksLikeAddress = false; // it has a scheme or a dot: not a server's name
    };

    static Parsed parse(const QString &text, const TokenPolicy &policy);
    // Whether `text` is meant as an address rather than a listed server's name or machine identifier.
    static bool looksLikeAddress(const QString &text);
};

} // namespace PlexAuth
