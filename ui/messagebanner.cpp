#include "messagebanner.h"

#include <QAccessible>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStyle>
#include <QToolButton>
#include <QVBoxLayout>

namespace PlexAuth {

namespace {
struct Look
{
    QStyle::StandardPixmap icon;
    QColor tint;
};

Look lookFor(MessageBanner::Kind kind)
{
    switch (kind) {
    case MessageBanner::Kind::Success:
        return { QStyle::SP_DialogApplyButton, QColor(0x2e, 0x7d, 0x32) };
    case MessageBanner::Kind::Warning:
        return { QStyle::SP_MessageBoxWarning, QColor(0xe6, 0x9a, 0x00) };
    case MessageBanner::Kind::Error:
        return { QStyle::SP_MessageBoxCritical, QColor(0xc6, 0x28, 0x28) };
    case MessageBanner::Kind::Information:
        break;
    }
    return { QStyle::SP_MessageBoxInformation, QColor(0x1e, 0x6f, 0xc8) };
}
} // namespace

MessageBanner::MessageBanner(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_actionButton(new QPushButton(this))
    , m_closeButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("messageBanner"));
    setFrameShape(QFrame::StyledPanel);
    setAccessibleName(tr("Message"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 8, 8, 8);
    layout->setSpacing(10);
    m_icon->setAlignment(Qt::AlignTop);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_label->setTextFormat(Qt::PlainText);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    m_actionButton->hide();
    m_closeButton->setAutoRaise(true);
    m_closeButton->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_closeButton->setToolTip(tr("Dismiss"));
    m_closeButton->setAccessibleName(tr("Dismiss message"));
    // The action sits under the text, so a long message keeps the banner's full width.
    auto *textColumn = new QVBoxLayout;
    textColumn->setSpacing(6);
    textColumn->addWidget(m_label);
    textColumn->addWidget(m_actionButton, 0, Qt::AlignLeft);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addLayout(textColumn, 1);
    layout->addWidget(m_closeButton, 0, Qt::AlignTop);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        // Queued, on a copy: the action may open a dialog or clear this banner, which would destroy
        // the function while it runs.
        if (m_action)
            QMetaObject::invokeMethod(
                this, [action = m_action] { action(); }, Qt::QueuedConnection);
    });
    connect(m_closeButton, &QToolButton::clicked, this, &MessageBanner::clear);
    hide();
}

void MessageBanner::showMessage(Kind kind, const QString &text)
{
    m_kind = kind;
    const Look look = lookFor(kind);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    m_icon->setPixmap(style()->standardIcon(look.icon, nullptr, this).pixmap(size, size));
    QColor background = look.tint;
    background.setAlpha(36);
    QColor border = look.tint;
    border.setAlpha(140);
    // A type selector, so a .ui file that renames the widget keeps the look.
    setStyleSheet(QStringLiteral(
        "PlexAuth--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background.name(QColor::HexArgb), border.name(QColor::HexArgb)));
    m_label->setText(text);
    m_actionButton->hide();
    m_action = nullptr;
    setAccessibleDescription(text);
    show();
    if (kind == Kind::Error || kind == Kind::Warning) {
        QAccessibleEvent alert(this, QAccessible::Alert);
        QAccessible::updateAccessibility(&alert);
    }
}

void MessageBanner::setAction(const QString &label, std::function<void()> action)
{
    m_action = std::move(action);
    m_actionButton->setText(label);
    m_actionButton->setAccessibleName(label);
    m_actionButton->show();
}

void MessageBanner::clear()
{
    m_label->clear();
    m_action = nullptr;
    m_actionButton->hide();
    setAccessibleDescription(QString());
    hide();
}

QString MessageBanner::text() const
{
    return isVisible() || !m_label->text().isEmpty() ? m_label->text() : QString();
}

} // namespace PlexAuth
