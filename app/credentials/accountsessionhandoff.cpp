// AccountSession's hand-over of a server's address and token to the person's own program.

#include "accountsession.h"

namespace PlexAuth {

PendingRequest *AccountSession::serverForPerson(
    const ServerTarget &target, QObject *context, Handler<ServerHandoff> handler)
{
    auto *request = new PendingRequest(this);
    const QPointer<QObject> caller(context);
    resolve(
        target, request, [request, caller, handler = std::move(handler)](const Result<Endpoint> &endpoint) {
            request->deleteLater();
            if (!caller || (!endpoint.ok() && endpoint.error().isCanceled()))
                return;
            if (!endpoint.ok()) {
                handler(endpoint.error());
                return;
            }
            handler(ServerHandoff { endpoint.value().uri, endpoint.value().token });
        });
    return request;
}

} // namespace PlexAuth
