#include "apptokenlistmodel.h"

#include <QLocale>

namespace PlexAuth {

namespace {
QString shortDate(const QDateTime &when)
{
    return when.isValid() ? QLocale().toString(when.toLocalTime(), QLocale::ShortFormat) : QString();
}
} // namespace

AppTokenListModel::AppTokenListModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void AppTokenListModel::setTokens(const QList<ListedAppToken> &tokens)
{
    beginResetModel();
    m_tokens = tokens;
    endResetModel();
}

const ListedAppToken *AppTokenListModel::tokenAt(int row) const
{
    return row >= 0 && row < m_tokens.size() ? &m_tokens.at(row) : nullptr;
}

int AppTokenListModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_tokens.size(); ++row) {
        if (m_tokens.at(row).record.name.compare(name, Qt::CaseInsensitive) == 0)
            return row;
    }
    return -1;
}

int AppTokenListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_tokens.size());
}

int AppTokenListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AppTokenListModel::data(const QModelIndex &index, int role) const
{
    const ListedAppToken *token = tokenAt(index.row());
    if (!token || !index.isValid())
        return {};
    if (role == NameRole)
        return token->record.name;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return token->record.name;
    case CreatedColumn:
        return shortDate(token->record.createdAt);
    case LastSeenColumn:
        return shortDate(token->lastSeenAt.value_or(QDateTime()));
    case ListedColumn:
        return !token->listed ? tr("Unknown") : *token->listed ? tr("Yes") : tr("No, no longer valid");
    default:
        return {};
    }
}

QVariant AppTokenListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case CreatedColumn:
        return tr("Created");
    case LastSeenColumn:
        return tr("Last seen");
    case ListedColumn:
        return tr("Listed by plex.tv");
    default:
        return {};
    }
}

} // namespace PlexAuth
