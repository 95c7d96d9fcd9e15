// plexauth devices [remove DEVICE] (issue 15 §2, plex-auth-api.md §2.10): the account's authorised
// devices, and removing one. The rules (this installation, servers, which device a name names) are
// DeviceRules', shared with the window.
#include "commandrunner.h"
#include "devicerules.h"
#include "output.h"
#include "terminal.h"

namespace PlexAuth::Cli {

namespace {
QString version(const AuthorizedDevice &device)
{
    return device.productVersion.isEmpty() ? QStringLiteral("-") : device.productVersion;
}

QJsonObject deviceJson(const AuthorizedDevice &device)
{
    QJsonObject object { { QStringLiteral("id"), device.id }, { QStringLiteral("name"), device.name },
        { QStringLiteral("server"), device.isServer() },
        { QStringLiteral("thisInstallation"), device.thisInstallation } };
    const auto put = [&object](const char *key, const QString &value) {
        if (!value.isEmpty())
            object.insert(QLatin1String(key), value);
    };
    put("product", device.product);
    put("productVersion", device.productVersion);
    put("platform", device.platform);
    put("platformVersion", device.platformVersion);
    put("clientIdentifier", device.clientIdentifier);
    put("provides", device.provides);
    put("publicAddress", device.publicAddress);
    if (device.createdAt)
        object.insert(QStringLiteral("createdAt"), device.createdAt->toUTC().toString(Qt::ISODate));
    if (device.lastSeenAt)
        object.insert(QStringLiteral("lastSeenAt"), device.lastSeenAt->toUTC().toString(Qt::ISODate));
    QJsonArray connections;
    for (const QUrl &uri : device.connections)
        connections.append(uri.toString());
    object.insert(QStringLiteral("connections"), connections);
    return object;
}
} // namespace

void CommandRunner::runDevices()
{
    withStoredSession([this](AccountSession *session) {
        session->listDevices(this, [this, session](const Result<QList<AuthorizedDevice>> &listed) {
            if (!listed.ok()) {
                fail(listed.error());
                return;
            }
            if (m_args.action == QLatin1String("remove")) {
                removeDevice(session, listed.value());
                return;
            }
            if (m_args.json) {
                QJsonArray array;
                for (const AuthorizedDevice &device : listed.value())
                    array.append(deviceJson(device));
                Terminal::out(Output::toText(array));
                succeed();
                return;
            }
            QList<QStringList> rows;
            for (const AuthorizedDevice &device : listed.value()) {
                const QString platform
                    = QStringList { device.platform, device.platformVersion }.join(u' ').trimmed();
                rows.append(
                    { device.thisInstallation ? QStringLiteral("*") : QString(), QString::number(device.id),
                        device.name, device.product.isEmpty() ? QStringLiteral("-") : device.product,
                        platform.isEmpty() ? QStringLiteral("-") : platform, version(device),
                        device.clientIdentifier, Output::localTime(device.createdAt),
                        Output::localTime(device.lastSeenAt), device.isServer() ? tr("yes") : tr("no") });
            }
            Terminal::out(
                Output::table({ QString(), tr("ID"), tr("NAME"), tr("PRODUCT"), tr("PLATFORM"), tr("VERSION"),
                                  tr("CLIENT ID"), tr("CREATED"), tr("LAST SEEN"), tr("SERVER") },
                    rows));
            note(tr("* marks this installation."));
            succeed();
        });
    });
}

void CommandRunner::removeDevice(AccountSession *session, const QList<AuthorizedDevice> &devices)
{
    const Result<AuthorizedDevice> found = DeviceRules::find(devices, m_args.operand);
    if (!found.ok()) {
        fail(found.error());
        return;
    }
    const AuthorizedDevice &device = found.value();
    const DeviceRules::Removal removal = DeviceRules::removal(device);
    if (removal == DeviceRules::Removal::Refused
        || (removal == DeviceRules::Removal::ConfirmServer && !m_args.force)) {
        PlexError refused = DeviceRules::refusal(device, m_args.force).value_or(PlexError {});
        if (removal == DeviceRules::Removal::ConfirmServer)
            refused.message = DeviceRules::removalWarning(device) + u' '
                + tr("Nothing was removed; add --force to remove it anyway.");
        fail(refused);
        return;
    }
    if (removal == DeviceRules::Removal::ConfirmServer)
        note(DeviceRules::removalWarning(device));
    if (!m_args.yes) {
        if (!Terminal::stdinIsTerminal()) {
            failUsage(tr("Nobody can confirm the removal of %1 here: add --yes to remove it.")
                          .arg(DeviceRules::describe(device)));
            return;
        }
        Terminal::err(
            tr("Remove %1 and revoke its token? [y/N] ").arg(Terminal::field(DeviceRules::describe(device))));
        const QString answer = Terminal::readLine().value_or(QString()).trimmed().toLower();
        if (answer != tr("y") && answer != tr("yes") && answer != QLatin1String("y")
            && answer != QLatin1String("yes")) {
            note(tr("Not removed; nothing was changed."));
            finish(Failure);
            return;
        }
    }
    session->removeDevice(device, m_args.force, this, [this, device](const Result<Done> &removed) {
        if (!removed.ok()) {
            PlexError error = removed.error();
            error.message = tr("%1 was not removed: %2").arg(DeviceRules::describe(device), error.message);
            fail(error);
            return;
        }
        note(tr("Removed %1: its token no longer works.").arg(DeviceRules::describe(device)));
        succeed();
    });
}

} // namespace PlexAuth::Cli
