#include "accountlistmodel.h"

#include <QRegularExpression>
#include <QSet>

#include <functional>

namespace PlexAuth {

namespace {
QString tokenStateText(TokenState state)
{
    switch (state) {
    case TokenState::Valid:
        return AccountListModel::tr("token valid");
    case TokenState::Invalid:
        return AccountListModel::tr("token invalid");
    case TokenState::Unverified:
        break;
    }
    return AccountListModel::tr("token could not be verified");
}
} // namespace

AccountListModel::AccountListModel(AccountStore *store, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(store)
{
    connect(m_store, &AccountStore::accountsChanged, this, &AccountListModel::reload);
    m_accounts = inHomeOrder(m_store->accounts(), &m_depth);
    m_defaultUuid = m_store->defaultUuid();
}

QList<StoredAccount> AccountListModel::inHomeOrder(
    const QList<StoredAccount> &accounts, QHash<QString, int> *depth)
{
    QSet<QString> listed;
    for (const StoredAccount &account : accounts)
        listed.insert(account.uuid);
    const auto homeOf = [&listed](const StoredAccount &account) {
        const QString &home = account.home.homeUuid;
        return home != account.uuid && listed.contains(home) ? home : QString();
    };
    QList<StoredAccount> ordered;
    QSet<QString> placed;
    QHash<QString, int> levels;
    std::function<void(const StoredAccount &, int)> place = [&](const StoredAccount &account, int level) {
        if (placed.contains(account.uuid))
            return; // a profile of a profile of itself is listed once
        placed.insert(account.uuid);
        ordered.append(account);
        levels.insert(account.uuid, level);
        for (const StoredAccount &profile : accounts) {
            if (homeOf(profile) == account.uuid)
                place(profile, level + 1);
        }
    };
    for (const StoredAccount &account : accounts) {
        if (homeOf(account).isEmpty())
            place(account, 0);
    }
    for (const StoredAccount &account : accounts) // in a ring of links, none is another's Home
        place(account, 0);
    if (depth)
        *depth = levels;
    return ordered;
}

void AccountListModel::reload()
{
    QHash<QString, int> depth;
    const QList<StoredAccount> fresh = inHomeOrder(m_store->accounts(), &depth);
    const QString freshDefault = m_store->defaultUuid();
    // A forgotten account's problem goes with it.
    for (auto it = m_attention.begin(); it != m_attention.end();) {
        const bool gone = std::none_of(fresh.cbegin(), fresh.cend(),
            [&it](const StoredAccount &account) { return account.uuid == it.key(); });
        it = gone ? m_attention.erase(it) : std::next(it);
    }
    bool sameRows = fresh.size() == m_accounts.size();
    for (qsizetype row = 0; sameRows && row < fresh.size(); ++row)
        sameRows = fresh[row].uuid == m_accounts[row].uuid;
    if (sameRows) {
        // The same accounts: update in place, so views keep their selection.
        m_accounts = fresh;
        m_depth = depth;
        m_defaultUuid = freshDefault;
        if (!m_accounts.isEmpty())
            Q_EMIT dataChanged(index(0), index(int(m_accounts.size()) - 1));
        return;
    }
    beginResetModel();
    m_accounts = fresh;
    m_depth = depth;
    m_defaultUuid = freshDefault;
    endResetModel();
}

int AccountListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_accounts.size());
}

QVariant AccountListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const StoredAccount &account = m_accounts[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return account.displayName();
    case Qt::ToolTipRole: {
        QString tip = account.email.isEmpty()
            ? account.displayName()
            : account.displayName() + QStringLiteral(" <") + account.email + u'>';
        if (const QString home = homeName(account); !home.isEmpty())
            tip += u'\n' + tr("Plex Home profile of %1").arg(home);
        if (const QString why = m_attention.value(account.uuid); !why.isEmpty())
            tip += u'\n' + why;
        return tip;
    }
    case Qt::AccessibleTextRole: {
        QString text = account.displayName();
        if (!account.email.isEmpty())
            text += QStringLiteral(", ") + account.email;
        if (const QString home = homeName(account); !home.isEmpty())
            text += QStringLiteral(", ") + tr("Plex Home profile of %1").arg(home);
        if (account.home.linked() && account.home.isProtected)
            text += QStringLiteral(", ") + tr("protected by a PIN");
        if (account.plexPass)
            text += QStringLiteral(", ") + tr("Plex Pass");
        if (account.lastTokenState)
            text += QStringLiteral(", ") + tokenStateText(*account.lastTokenState);
        if (!account.remembered)
            text += QStringLiteral(", ") + tr("this session only");
        if (account.uuid == m_defaultUuid)
            text += QStringLiteral(", ") + tr("default account");
        if (m_attention.contains(account.uuid))
            text += QStringLiteral(", ") + tr("needs you to sign in again");
        return text;
    }
    case UuidRole:
        return account.uuid;
    case EmailRole:
        return account.email;
    case InitialsRole:
        return initialsFor(account.displayName());
    case AvatarUrlRole:
        return account.avatarUrl;
    case PlexPassRole:
        return account.plexPass;
    case TokenStateRole:
        return account.lastTokenState ? tokenStateName(*account.lastTokenState) : QString();
    case LastCheckedRole:
        return account.lastVerifiedAt;
    case RememberedRole:
        return account.remembered;
    case DefaultRole:
        return account.uuid == m_defaultUuid;
    case DeviceKeyRole:
        return account.deviceAuth.hasDeviceKey();
    case NeedsSignInRole:
        return m_attention.contains(account.uuid);
    case AttentionRole:
        return m_attention.value(account.uuid);
    case HomeDepthRole:
        return m_depth.value(account.uuid);
    case HomeUuidRole:
        return account.home.homeUuid;
    case HomeProtectedRole:
        return account.home.linked() && account.home.isProtected;
    default:
        return {};
    }
}

QHash<int, QByteArray> AccountListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(UuidRole, "uuid");
    names.insert(EmailRole, "email");
    names.insert(InitialsRole, "initials");
    names.insert(AvatarUrlRole, "avatarUrl");
    names.insert(PlexPassRole, "plexPass");
    names.insert(TokenStateRole, "tokenState");
    names.insert(LastCheckedRole, "lastChecked");
    names.insert(RememberedRole, "remembered");
    names.insert(DefaultRole, "isDefault");
    names.insert(DeviceKeyRole, "hasDeviceKey");
    names.insert(NeedsSignInRole, "needsSignIn");
    names.insert(AttentionRole, "attention");
    names.insert(HomeDepthRole, "homeDepth");
    names.insert(HomeUuidRole, "homeUuid");
    names.insert(HomeProtectedRole, "homeProtected");
    return names;
}

void AccountListModel::setAttention(const QString &uuid, const QString &message)
{
    if (m_attention.value(uuid) == message)
        return;
    if (message.isEmpty())
        m_attention.remove(uuid);
    else
        m_attention.insert(uuid, message);
    if (const int row = rowOf(uuid); row >= 0) {
        Q_EMIT dataChanged(index(row), index(row),
            { NeedsSignInRole, AttentionRole, Qt::AccessibleTextRole, Qt::ToolTipRole });
    }
}

QString AccountListModel::homeName(const StoredAccount &account) const
{
    if (!account.home.linked() || account.home.homeUuid == account.uuid)
        return {};
    const int row = rowOf(account.home.homeUuid);
    return row >= 0 ? m_accounts[row].displayName() : QString();
}

StoredAccount AccountListModel::accountAt(int row) const
{
    return row >= 0 && row < m_accounts.size() ? m_accounts[row] : StoredAccount {};
}

int AccountListModel::rowOf(const QString &uuid) const
{
    for (qsizetype row = 0; row < m_accounts.size(); ++row) {
        if (m_accounts[row].uuid == uuid)
            return int(row);
    }
    return -1;
}

QString AccountListModel::initialsFor(const QString &name)
{
    const QStringList words
        = name.split(QRegularExpression(QStringLiteral("[\\s._@-]+")), Qt::SkipEmptyParts);
    if (words.isEmpty())
        return QStringLiteral("?");
    if (words.size() == 1)
        return words.first().left(2).toUpper();
    return (words.first().left(1) + words.at(1).left(1)).toUpper();
}

} // namespace PlexAuth
