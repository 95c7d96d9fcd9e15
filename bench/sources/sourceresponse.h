// The answer of GetSourceConnectionInformation (GET /security/resources?source=...,
// LukeHagar/plex-api-spec) for a source with many connections, in both the forms a server sends.
#pragma once

#include <QByteArray>

namespace Bench {

struct SourceResponse
{
    QByteArray json; // {"MediaContainer":{"size":1,"Device":{..., "Connection":[...]}}}, compact
    QByteArray xml; // <MediaContainer size="1"><Device ...><Connection .../>...</Device></MediaContainer>
};

// `count` connections with the spec's fields (protocol, address, port, uri, local, relay), rendered
// as the fake Plex server renders its source resources. The mix is a large server's: mostly local
// https through plex.direct names, some plain http, remote addresses on forwarded ports, IPv6 and
// relays. The same bytes on every run (a fixed seed).
SourceResponse makeSourceResponse(int count);

} // namespace Bench
