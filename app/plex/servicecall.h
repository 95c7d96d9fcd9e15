#pragma once

#include "httpclient.h"
#include "plextypes.h"

#include <functional>

namespace PlexAuth {

// Sends `spec` and hands the outcome to `handler` on `context`'s thread, through `interpret`,
// which turns a 2xx answer into a value or an error. If `context` is destroyed first, the handler
// is not called.
template<typename T, typename Interpret>
PlexCall *sendAndInterpret(
    HttpClient *http, const RequestSpec &spec, QObject *context, Interpret interpret, Handler<T> handler)
{
    PlexCall *call = http->send(spec);
    QObject::connect(call, &PlexCall::finished, context,
        [call, interpret = std::move(interpret), handler = std::move(handler)] {
            const Result<HttpResponse> &outcome = call->result();
            if (!outcome.ok()) {
                handler(Result<T>(outcome.error()));
                return;
            }
            handler(interpret(outcome.value(), call->spec().context));
        });
    return call;
}

// Joins an API base URL ("https://plex.tv/api/v2") and a path ("/users/signin").
QUrl joinUrl(const QUrl &base, const QString &path);

// A parser's outcome as the call's: the value, or MalformedResponse with the parser's reason.
template<typename T>
Result<T> parsedOrMalformed(std::optional<T> value, const QString &whyNot, const RequestContext &context)
{
    if (!value)
        return ErrorMapping::malformed(whyNot, context);
    return std::move(*value);
}

// A PIN answer (plex.tv's or the clients API's): its code and, once approved, its token are secrets
// from the moment they are read.
Result<Pin> interpretPin(const HttpResponse &response, const RequestContext &context);

} // namespace PlexAuth
