#include "devicekeyactions.h"

#include "appservices.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>

namespace PlexAuth {

DeviceKeyActions::DeviceKeyActions(AppServices *services, QWidget *window)
    : QObject(window)
    , m_services(services)
    , m_window(window)
    , m_upgrade(new QAction(tr("&Upgrade to Device Key…"), this))
    , m_refresh(new QAction(tr("Re&fresh Token Now"), this))
{
    m_upgrade->setStatusTip(tr("Replace the classic token with a Plex JWT that this computer renews with its "
                               "own device key"));
    m_refresh->setStatusTip(tr("Get a new Plex JWT from plex.tv now, signed with the device key"));
    connect(m_upgrade, &QAction::triggered, this, &DeviceKeyActions::upgrade);
    connect(m_refresh, &QAction::triggered, this, &DeviceKeyActions::refresh);
    updateActions();
}

QString DeviceKeyActions::upgradeQuestion(const QString &accountName)
{
    return tr("Upgrade %1 to a device key? PlexAuth keeps a new key in this computer's keychain and renews "
              "the account's token with it every few days.\n\nPlex then retires the classic token: it stops "
              "working everywhere. Scripts or apps you gave it (Tautulli, Kometa, a cron job) need the new "
              "token, from PlexAuth or from “plexauth token”.")
        .arg(accountName);
}

void DeviceKeyActions::setAccount(const std::optional<StoredAccount> &account)
{
    m_account = account;
    updateActions();
}

void DeviceKeyActions::updateActions()
{
    AccountSession *session = m_account ? m_services->sessions()->session(m_account->uuid) : nullptr;
    const bool deviceKey = session && session->hasDeviceKey();
    m_upgrade->setEnabled(session && !deviceKey && !m_upgrading.contains(m_account->uuid));
    m_refresh->setEnabled(deviceKey && !session->isRenewing());
    if (session) {
        // The session's renewals (from here, the token tab or the watch) end busy states.
        connect(session, &AccountSession::renewalChanged, this, &DeviceKeyActions::updateActions,
            Qt::UniqueConnection);
    }
}

void DeviceKeyActions::upgrade()
{
    AccountSession *session = m_account ? m_services->sessions()->session(m_account->uuid) : nullptr;
    if (!session || session->hasDeviceKey())
        return;
    const QString name = m_account->displayName();
    QMessageBox confirm(QMessageBox::Warning, tr("Upgrade to Device Key"), upgradeQuestion(name),
        QMessageBox::Cancel, m_window);
    confirm.setObjectName(QStringLiteral("upgradeConfirmation"));
    QPushButton *go = confirm.addButton(tr("&Upgrade"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != go)
        return;
    const QString uuid = m_account->uuid;
    m_upgrading.insert(uuid);
    updateActions();
    Q_EMIT progress(tr("Upgrading %1 to a device key…").arg(name));
    session->upgradeToDeviceKey(this, [this, uuid, name](const Result<Done> &upgraded) {
        m_upgrading.remove(uuid);
        updateActions();
        if (upgraded.ok())
            Q_EMIT succeeded(
                tr("%1 now has a device key. Give scripts that used the classic token the new one.")
                    .arg(name));
        else
            Q_EMIT failed(tr("%1 was not upgraded: %2").arg(name, upgraded.error().message));
    });
}

void DeviceKeyActions::refresh()
{
    AccountSession *session = m_account ? m_services->sessions()->session(m_account->uuid) : nullptr;
    if (!session || !session->hasDeviceKey())
        return;
    const QString name = m_account->displayName();
    Q_EMIT progress(tr("Refreshing the token of %1…").arg(name));
    session->renew(this, [this, name](const Result<Done> &renewed) {
        if (renewed.ok())
            Q_EMIT succeeded(tr("The token of %1 was refreshed.").arg(name));
        else
            Q_EMIT failed(tr("The token of %1 was not refreshed: %2").arg(name, renewed.error().message));
    });
}

} // namespace PlexAuth
