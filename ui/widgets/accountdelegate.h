#pragma once

#include <QStyledItemDelegate>

namespace PlexAuth {

// Paints an account row of the accounts list: an initials badge in a colour derived from the
// account, the name and email, a Plex Pass badge, and the token's last known state. A Plex Home
// profile is indented under its Home account, with "protected" when a PIN guards it.
class AccountDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AccountDelegate)

public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(
        QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A stable colour per account, readable behind white initials.
    static QColor badgeColour(const QString &seed);
};

} // namespace PlexAuth
