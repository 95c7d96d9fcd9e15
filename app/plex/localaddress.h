#pragma once

#include <QUrl>

namespace PlexAuth {

// Whether `host` is on this machine or the local network: loopback, private IPv4 ranges
// (10/8, 172.16/12, 192.168/16), link-local, IPv6 unique-local and link-local, "localhost" and
// mDNS ".local" names. A Plex Media Server there is commonly reached over plain http
// (http://192.168.1.10:32400); anywhere else a token must not travel unencrypted.
bool isLocalNetworkHost(const QString &host);

// https, or http to a local-network host: where a token may be sent.
bool mayCarryToken(const QUrl &url);

} // namespace PlexAuth
