#pragma once

#include "deviceparsers.h"
#include "plexerror.h"

#include <QCoreApplication>

namespace PlexAuth {

// The rules about an account's authorised devices that both the window and the command line follow:
// which one is this installation, what removing one takes, and which device a name names.
class DeviceRules
{
    Q_DECLARE_TR_FUNCTIONS(PlexAuth::DeviceRules)

public:
    enum class Removal
    {
        Confirm, // ask, naming the device
        ConfirmServer, // it provides "server": warn, then the person types its name (window) or --force
        Refused, // this installation's own entry: signing out is the way
    };

    // This installation is the device with this installation's client identifier.
    static bool isThisInstallation(const AuthorizedDevice &device, const QString &ownClientIdentifier);
    static Removal removal(const AuthorizedDevice &device);
    // Why removing `device` is refused or needs more than a yes, in words; empty for Confirm.
    static QString removalWarning(const AuthorizedDevice &device);
    // The error for a removal the rules do not allow as asked (`serverConfirmed`: the name was typed,
    // or --force); std::nullopt when it may go ahead.
    static std::optional<PlexError> refusal(const AuthorizedDevice &device, bool serverConfirmed);
    // Whether `typed` confirms the removal of a server: its name exactly (surrounding spaces aside).
    static bool confirmsServerName(const AuthorizedDevice &device, const QString &typed);

    // The device `query` names: its numeric id, else its client identifier, else its name (ignoring
    // case). NoSuchDevice when none does, or when a name fits several (the message lists them).
    static Result<AuthorizedDevice> find(const QList<AuthorizedDevice> &devices, const QString &query);
    // “NAME” (PRODUCT, PLATFORM, id N): how messages and confirmations name a device.
    static QString describe(const AuthorizedDevice &device);
};

} // namespace PlexAuth
