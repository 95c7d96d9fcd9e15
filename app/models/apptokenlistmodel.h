#pragma once

#include "storedaccount.h"

#include <QAbstractTableModel>

namespace PlexAuth {

// An account's app tokens: name, created, last seen and whether plex.tv still lists the device.
// No secret: the tokens themselves stay in the keychain.
class AppTokenListModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AppTokenListModel)

public:
    enum Column
    {
        NameColumn,
        CreatedColumn,
        LastSeenColumn,
        ListedColumn,
        ColumnCount
    };
    enum Role
    {
        NameRole = Qt::UserRole + 1,
    };

    explicit AppTokenListModel(QObject *parent = nullptr);

    void setTokens(const QList<ListedAppToken> &tokens);
    const QList<ListedAppToken> &tokens() const { return m_tokens; }
    const ListedAppToken *tokenAt(int row) const;
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<ListedAppToken> m_tokens;
};

} // namespace PlexAuth
