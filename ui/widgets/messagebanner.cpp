#include "messagebanner.h"

#include "themecolours.h"

#include <QAccessible>
#include <QEvent>
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
    ThemeColours::Tone tone;
};

Look lookFor(MessageBanner::Kind kind)
{
    using ThemeColours::Tone;
    switch (kind) {
    case MessageBanner::Kind::Success:
        return { QStyle::SP_DialogApplyButton, Tone::Positive };
    case MessageBanner::Kind::Warning:
        return { QStyle::SP_MessageBoxWarning, Tone::Caution };
    case MessageBanner::Kind::Error:
        return { QStyle::SP_MessageBoxCritical, Tone::Negative };
    case MessageBanner::Kind::Information:
        break;
    }
    return { QStyle::SP_MessageBoxInformation, Tone::Information };
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
    // A multiplication sign, not the style's title-bar bitmap: sharp at any scale, in the palette's
    // own text colour on light and dark palettes alike.
    m_closeButton->setText(QStringLiteral("\u2715"));
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
    applyLook();
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

void MessageBanner::applyLook()
{
    const Look look = lookFor(m_kind);
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, this);
    // At the screen's pixel ratio, so it is sharp at 2x rather than a 1x picture scaled up.
    m_icon->setPixmap(
        style()->standardIcon(look.icon, nullptr, this).pixmap(QSize(size, size), devicePixelRatioF()));
    // A light tint of the tone over the window on a light palette, a dark one on a dark palette:
    // the text keeps the palette's own colour and contrast.
    const QColor window = palette().color(QPalette::Window);
    const QColor tint = ThemeColours::forMark(look.tone, window);
    QColor background = tint;
    background.setAlpha(ThemeColours::isDark(palette()) ? 48 : 36);
    QColor border = tint;
    border.setAlpha(160);
    // A type selector, so a .ui file that renames the widget keeps the look.
    setStyleSheet(QStringLiteral(
        "PlexAuth--MessageBanner { background: %1; border: 1px solid %2; border-radius: 4px; }")
                      .arg(background.name(QColor::HexArgb), border.name(QColor::HexArgb)));
}

void MessageBanner::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange && !m_inPaletteChange) {
        // Setting the style sheet re-polishes the banner, which sends another palette change.
        m_inPaletteChange = true;
        applyLook();
        m_inPaletteChange = false;
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
