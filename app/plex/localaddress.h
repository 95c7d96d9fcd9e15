#pragma once

#include <QUrl>

namespace PlexAuth {

// Whether `host` is on this machine or the local network: loopback, private IPv4 ranges
// (10/8, 172.16/12, 192.168/16), link-local, IPv6 unique-local and link-local, "localhost" and
// mDNS ".local" names. A Plex Media Server there is commonly reached over plain http
// (http://192.168.1.10:32400). Where a token may go is TokenPolicy's decision (tokenpolicy.h).
bool isLocalNetworkHost(const QString &host);

} // namespace PlexAuth
