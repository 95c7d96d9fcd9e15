#include "secretfield.h"

#include "clipboardguard.h"
#include "redaction.h"

#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace PlexAuth {

SecretField::SecretField(ClipboardGuard *clipboard, const QString &accessibleName, QWidget *parent)
    : QWidget(parent)
    , m_clipboard(clipboard)
    , m_display(new QLineEdit(this))
    , m_reveal(new QToolButton(this))
    , m_copy(new QToolButton(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_display->setReadOnly(true);
    m_display->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_display->setAccessibleName(accessibleName);
    m_display->setFocusPolicy(Qt::StrongFocus);
    m_clipboard->protectField(m_display, [this] { return m_secret; });
    m_reveal->setText(tr("Reveal"));
    m_reveal->setCheckable(true);
    m_reveal->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_reveal->setAccessibleName(tr("Reveal %1").arg(accessibleName));
    m_reveal->setToolTip(tr("Show the whole token"));
    m_copy->setText(tr("Copy"));
    m_copy->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_copy->setAccessibleName(tr("Copy %1").arg(accessibleName));
    m_copy->setToolTip(tr("Copy to the clipboard, which is cleared again shortly"));
    layout->addWidget(m_display, 1);
    layout->addWidget(m_reveal);
    layout->addWidget(m_copy);
    connect(m_reveal, &QToolButton::toggled, this, &SecretField::setRevealed);
    connect(m_copy, &QToolButton::clicked, this, [this] {
        if (m_secret.isEmpty())
            return;
        m_clipboard->copySecret(m_secret);
        Q_EMIT copied();
    });
    refresh();
}

void SecretField::setSecret(const QString &secret)
{
    m_secret = secret;
    Redaction::registerSecret(secret);
    setRevealed(false);
}

void SecretField::setPlaceholderText(const QString &text)
{
    m_display->setPlaceholderText(text);
}

void SecretField::setRevealed(bool revealed)
{
    m_revealed = revealed && !m_secret.isEmpty();
    if (m_reveal->isChecked() != m_revealed)
        m_reveal->setChecked(m_revealed);
    refresh();
}

void SecretField::refresh()
{
    m_display->setText(m_revealed ? m_secret : Redaction::maskForDisplay(m_secret));
    m_display->setCursorPosition(0);
    m_reveal->setEnabled(!m_secret.isEmpty());
    m_copy->setEnabled(!m_secret.isEmpty());
    m_reveal->setText(m_revealed ? tr("Hide") : tr("Reveal"));
    // A screen reader reads the masked text as it is: say what it is and how to get the rest.
    if (m_secret.isEmpty())
        m_display->setAccessibleDescription(QString());
    else if (m_revealed)
        m_display->setAccessibleDescription(
            tr("Shown in full. Copy, or Ctrl+C here, copies it; the clipboard is cleared again shortly."));
    else
        m_display->setAccessibleDescription(
            tr("Shown masked: only the first and last four characters. Reveal shows all of it; Copy, or "
               "Ctrl+C here, copies all of it, and the clipboard is cleared again shortly."));
}

} // namespace PlexAuth
