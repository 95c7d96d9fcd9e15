#pragma once

#include <QWidget>

class QLineEdit;
class QToolButton;

namespace PlexAuth {

class ClipboardGuard;

// A token shown masked (first and last four characters), with Reveal and Copy. Copy goes through
// the clipboard guard. The full value never reaches an accessible name or tooltip.
class SecretField final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretField)

public:
    SecretField(ClipboardGuard *clipboard, const QString &accessibleName, QWidget *parent = nullptr);

    void setSecret(const QString &secret);
    QString secret() const { return m_secret; }
    void clear() { setSecret(QString()); }
    // Shown while there is no secret (e.g. "Reading the keychain…").
    void setPlaceholderText(const QString &text);
    bool isRevealed() const { return m_revealed; }
    void setRevealed(bool revealed);

    QToolButton *revealButton() const { return m_reveal; }
    QToolButton *copyButton() const { return m_copy; }

Q_SIGNALS:
    void copied();

private:
    void refresh();

    ClipboardGuard *m_clipboard;
    QLineEdit *m_display;
    QToolButton *m_reveal;
    QToolButton *m_copy;
    QString m_secret;
    bool m_revealed = false;
};

} // namespace PlexAuth
