#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <chrono>
#include <functional>

class QClipboard;
class QLineEdit;
class QMimeData;

namespace PlexAuth {

// Copies secrets safely: the clipboard data is marked sensitive so clipboard managers and history
// leave it alone (KDE/Klipper "x-kde-passwordManagerHint: secret", macOS
// "application/x-nspasteboard-concealed-type", Windows "ExcludeClipboardContentFromMonitorProcessing"
// and "CanIncludeInClipboardHistory" = 0, as KeePassXC's src/gui/Clipboard.cpp does), and it is
// cleared after a delay, but only if the clipboard still holds what we put there. Clears on quit.
class ClipboardGuard final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClipboardGuard)

public:
    explicit ClipboardGuard(QClipboard *clipboard, QObject *parent = nullptr);
    ~ClipboardGuard() override;

    void setClearDelay(std::chrono::seconds delay);
    std::chrono::seconds clearDelay() const { return m_delay; }

    // Puts `secret` on the clipboard, marked sensitive, and starts the countdown.
    void copySecret(const QString &secret);
    // Clears the clipboard now if it still holds our secret; stops the countdown either way.
    void clearNow();

    bool isGuarding() const { return m_secondsLeft > 0; }
    int secondsLeft() const { return m_secondsLeft; }

    // Makes a read-only field that shows a secret copy only through this guard: Ctrl+C copies the
    // field's text as a secret; selecting text (which on X11 fills the selection clipboard
    // unguarded), dragging and the context menu are off. The field stays focusable and readable.
    // `secret` gives what to copy when the field shows a masked form; by default the field's text.
    void protectField(QLineEdit *field, const std::function<QString()> &secret = {});

    // The MIME data copySecret() puts on the clipboard (for tests and for drag and drop).
    static QMimeData *sensitiveMimeData(const QString &secret);

Q_SIGNALS:
    // Every second while guarding; 0 once the countdown has ended or was stopped.
    void secondsLeftChanged(int secondsLeft);
    // The countdown ended: `wasOurs` says whether our secret was still there to be cleared.
    void cleared(bool wasOurs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void tick();
    bool clipboardHoldsOurSecret() const;

    QPointer<QClipboard> m_clipboard;
    QHash<QObject *, std::function<QString()>> m_fieldSecrets;
    QTimer m_ticker;
    std::chrono::seconds m_delay { 30 };
    QString m_secret;
    int m_secondsLeft = 0;
};

} // namespace PlexAuth
