#include "accountdelegate.h"

#include "accountlistmodel.h"
#include "themecolours.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>

namespace PlexAuth {

namespace {
constexpr int padding = 8;
constexpr int badgeSize = 36;
constexpr int homeIndent = 22; // per level of a Plex Home profile under its Home account

struct StateLook
{
    QString text;
    ThemeColours::Tone tone;
};

StateLook stateLook(const QString &state, bool remembered, bool needsSignIn)
{
    using ThemeColours::Tone;
    if (needsSignIn) // the credential watch's word outranks the last check's
        return { AccountDelegate::tr("Sign in again"), Tone::Negative };
    if (state == QLatin1String("valid"))
        return { remembered ? AccountDelegate::tr("Valid") : AccountDelegate::tr("Valid, this session"),
            Tone::Positive };
    if (state == QLatin1String("invalid"))
        return { AccountDelegate::tr("Invalid"), Tone::Negative };
    if (state == QLatin1String("unverified"))
        return { AccountDelegate::tr("Could not verify"), Tone::Caution };
    return { AccountDelegate::tr("Not checked yet"), Tone::Neutral };
}
} // namespace

QColor AccountDelegate::badgeColour(const QString &seed)
{
    const size_t hash = qHash(seed);
    return QColor::fromHsl(int(hash % 360), 140, 95);
}

QSize AccountDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const
{
    const QFontMetrics metrics(option.font);
    const int textHeight = metrics.height() * 2 + 4;
    return { 220, std::max(badgeSize, textHeight) + 2 * padding };
}

void AccountDelegate::paint(
    QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    opt.text.clear();
    opt.icon = QIcon();
    QStyle *style = opt.widget ? opt.widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, opt.widget);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    const int depth = std::min(index.data(AccountListModel::HomeDepthRole).toInt(), 3);
    const QRect rect = opt.rect.adjusted(padding + depth * homeIndent, padding, -padding, -padding);
    const bool selected = opt.state & QStyle::State_Selected;
    const QPalette::ColorGroup group
        = opt.state & QStyle::State_Enabled ? QPalette::Normal : QPalette::Disabled;
    const QColor textColour = opt.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text);
    QColor dimColour = textColour;
    dimColour.setAlphaF(0.7F);

    // Initials badge.
    const QRect badge(rect.left(), rect.top() + (rect.height() - badgeSize) / 2, badgeSize, badgeSize);
    const QString uuid = index.data(AccountListModel::UuidRole).toString();
    painter->setPen(Qt::NoPen);
    painter->setBrush(badgeColour(uuid));
    painter->drawEllipse(badge);
    QFont badgeFont = opt.font;
    badgeFont.setBold(true);
    painter->setFont(badgeFont);
    painter->setPen(Qt::white);
    painter->drawText(badge, Qt::AlignCenter, index.data(AccountListModel::InitialsRole).toString());

    // Name (with the default marker) and email.
    const int textLeft = badge.right() + padding + 2;
    QFont nameFont = opt.font;
    nameFont.setBold(index.data(AccountListModel::DefaultRole).toBool());
    const QFontMetrics nameMetrics(nameFont);
    const QFontMetrics smallMetrics(opt.font);

    // Right-hand side: Plex Pass badge above the token state.
    const StateLook state = stateLook(index.data(AccountListModel::TokenStateRole).toString(),
        index.data(AccountListModel::RememberedRole).toBool(),
        index.data(AccountListModel::NeedsSignInRole).toBool());
    const int stateWidth = smallMetrics.horizontalAdvance(state.text) + 14;
    const int right = rect.right();
    const QRect stateRect(
        right - stateWidth, rect.top() + nameMetrics.height() + 4, stateWidth, smallMetrics.height());
    const QColor rowBackground = opt.palette.color(
        group, opt.features & QStyleOptionViewItem::Alternate ? QPalette::AlternateBase : QPalette::Base);
    painter->setBrush(selected ? textColour : ThemeColours::forMark(state.tone, rowBackground));
    painter->setPen(Qt::NoPen);
    painter->drawEllipse(QRect(stateRect.left(), stateRect.center().y() - 3, 7, 7));
    painter->setPen(dimColour);
    painter->setFont(opt.font);
    painter->drawText(stateRect.adjusted(12, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, state.text);

    int nameRight = right;
    if (index.data(AccountListModel::PlexPassRole).toBool()) {
        QFont passFont = opt.font;
        passFont.setPointSizeF(opt.font.pointSizeF() * 0.8);
        passFont.setBold(true);
        const QFontMetrics passMetrics(passFont);
        const QString pass = tr("PLEX PASS");
        const QRect passRect(right - passMetrics.horizontalAdvance(pass) - 10, rect.top() + 1,
            passMetrics.horizontalAdvance(pass) + 10, passMetrics.height() + 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(QColor(0xe5, 0xa0, 0x0d));
        painter->drawRoundedRect(passRect, 3, 3);
        painter->setPen(QColor(0x1f, 0x1f, 0x1f));
        painter->setFont(passFont);
        painter->drawText(passRect, Qt::AlignCenter, pass);
        nameRight = passRect.left() - 6;
    }

    painter->setFont(nameFont);
    painter->setPen(textColour);
    const QRect nameRect(textLeft, rect.top(), nameRight - textLeft, nameMetrics.height());
    painter->drawText(nameRect, Qt::AlignLeft | Qt::AlignVCenter,
        nameMetrics.elidedText(index.data(Qt::DisplayRole).toString(), Qt::ElideRight, nameRect.width()));
    painter->setFont(opt.font);
    painter->setPen(dimColour);
    const QRect emailRect(textLeft, stateRect.top(), stateRect.left() - textLeft - 6, smallMetrics.height());
    // A Plex Home profile says so where it has no email, and whether a PIN protects it.
    QString second = index.data(AccountListModel::EmailRole).toString();
    if (second.isEmpty() && !index.data(AccountListModel::HomeUuidRole).toString().isEmpty())
        second = tr("Home profile");
    if (index.data(AccountListModel::HomeProtectedRole).toBool())
        second = tr("%1 · protected").arg(second);
    if (index.data(AccountListModel::DefaultRole).toBool())
        second = tr("%1 · default").arg(second);
    painter->drawText(emailRect, Qt::AlignLeft | Qt::AlignVCenter,
        smallMetrics.elidedText(second, Qt::ElideRight, emailRect.width()));
    painter->restore();
}

} // namespace PlexAuth
