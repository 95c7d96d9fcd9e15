#include "devicerules.h"

namespace PlexAuth {

bool DeviceRules::isThisInstallation(const AuthorizedDevice &device, const QString &ownClientIdentifier)
{
    return !ownClientIdentifier.isEmpty()
        && device.clientIdentifier.compare(ownClientIdentifier, Qt::CaseInsensitive) == 0;
}

DeviceRules::Removal DeviceRules::removal(const AuthorizedDevice &device)
{
    if (device.thisInstallation)
        return Removal::Refused;
    return device.isServer() ? Removal::ConfirmServer : Removal::Confirm;
}

QString DeviceRules::removalWarning(const AuthorizedDevice &device)
{
    switch (removal(device)) {
    case Removal::Refused:
        return tr("%1 is this installation of PlexAuth. To end its access, sign out of the account instead "
                  "(Sign Out in the window, or “plexauth signout --revoke”).")
            .arg(describe(device));
    case Removal::ConfirmServer:
        return tr(
            "%1 is a Plex Media Server. Removing it de-authorises the server: it loses its access to the "
            "account (remote access and sharing stop) until it is claimed again.")
            .arg(describe(device));
    case Removal::Confirm:
        break;
    }
    return {};
}

std::optional<PlexError> DeviceRules::refusal(const AuthorizedDevice &device, bool serverConfirmed)
{
    const Removal needed = removal(device);
    if (needed == Removal::Confirm || (needed == Removal::ConfirmServer && serverConfirmed))
        return std::nullopt;
    PlexError error;
    error.kind = ErrorKind::RemovalRefused;
    error.message = removalWarning(device);
    if (needed == Removal::ConfirmServer)
        error.message += u' ' + tr("Nothing was removed: confirm with the server's name, or --force.");
    return error;
}

bool DeviceRules::confirmsServerName(const AuthorizedDevice &device, const QString &typed)
{
    return !device.name.isEmpty() && typed.trimmed() == device.name.trimmed();
}

Result<AuthorizedDevice> DeviceRules::find(const QList<AuthorizedDevice> &devices, const QString &query)
{
    const QString wanted = query.trimmed();
    bool numeric = false;
    const qint64 id = wanted.toLongLong(&numeric);
    QList<AuthorizedDevice> byName;
    for (const AuthorizedDevice &device : devices) {
        if (numeric && device.id == id)
            return device;
    }
    for (const AuthorizedDevice &device : devices) {
        if (!device.clientIdentifier.isEmpty()
            && device.clientIdentifier.compare(wanted, Qt::CaseInsensitive) == 0)
            return device;
        if (device.name.compare(wanted, Qt::CaseInsensitive) == 0)
            byName.append(device);
    }
    if (byName.size() == 1)
        return byName.first();
    PlexError error;
    error.kind = ErrorKind::NoSuchDevice;
    if (byName.isEmpty()) {
        error.message
            = tr("No device of this account is called “%1”. Name a device by its id, name or client "
                 "identifier; “plexauth devices” lists them.")
                  .arg(wanted);
        return error;
    }
    QStringList candidates;
    for (const AuthorizedDevice &device : std::as_const(byName))
        candidates.append(describe(device) + u' ' + tr("client identifier %1").arg(device.clientIdentifier));
    error.message = tr("“%1” names %2 devices: %3. Name one by its id or client identifier instead.")
                        .arg(wanted)
                        .arg(byName.size())
                        .arg(candidates.join(QStringLiteral("; ")));
    return error;
}

QString DeviceRules::describe(const AuthorizedDevice &device)
{
    QStringList about;
    for (const QString &part : { device.product, device.platform }) {
        if (!part.isEmpty())
            about.append(part);
    }
    about.append(tr("id %1").arg(device.id));
    return tr("“%1” (%2)").arg(device.name, about.join(QStringLiteral(", ")));
}

} // namespace PlexAuth
