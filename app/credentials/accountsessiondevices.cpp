// AccountSession's authorised devices and PIN linking (issue 15 §2-3, plex-auth-api.md §2.10-2.11):
// the requests of the DEVICES slice that carry the account's token.

#include "accountsession.h"
#include "devicerules.h"
#include "logging.h"

namespace PlexAuth {

void AccountSession::listDevices(QObject *context, Handler<QList<AuthorizedDevice>> handler)
{
    whenTokenReady(context, [this, context, handler = std::move(handler)](const Result<Done> &ready) {
        if (!ready.ok()) {
            handler(ready.error());
            return;
        }
        const QString own = m_services.plexTv->http()->identity().clientIdentifier();
        DevicesClient(m_services.plexTv)
            .devices(m_token, context, [own, handler](const Result<QList<AuthorizedDevice>> &listed) {
                if (!listed.ok()) {
                    handler(listed);
                    return;
                }
                QList<AuthorizedDevice> devices = listed.value();
                for (AuthorizedDevice &device : devices)
                    device.thisInstallation = DeviceRules::isThisInstallation(device, own);
                handler(devices);
            });
    });
}

void AccountSession::removeDevice(
    const AuthorizedDevice &device, bool serverConfirmed, QObject *context, Handler<Done> handler)
{
    AuthorizedDevice checked = device;
    // Whatever the caller believed: this installation is the one with our client identifier.
    checked.thisInstallation = device.thisInstallation
        || DeviceRules::isThisInstallation(device, m_services.plexTv->http()->identity().clientIdentifier());
    if (const std::optional<PlexError> refused = DeviceRules::refusal(checked, serverConfirmed)) {
        handler(*refused);
        return;
    }
    whenTokenReady(
        context, [this, id = device.id, context, handler = std::move(handler)](const Result<Done> &ready) {
            if (!ready.ok()) {
                handler(ready.error());
                return;
            }
            qCInfo(lcAccounts).noquote() << "removing device" << id << "of" << uuid();
            DevicesClient(m_services.plexTv).removeDevice(id, m_token, context, handler);
        });
}

void AccountSession::linkPin(const QString &code, QObject *context, Handler<Done> handler)
{
    whenTokenReady(context, [this, code, context, handler = std::move(handler)](const Result<Done> &ready) {
        if (!ready.ok()) {
            handler(ready.error());
            return;
        }
        DevicesClient(m_services.plexTv).linkPin(code, m_token, context, handler);
    });
}

} // namespace PlexAuth
