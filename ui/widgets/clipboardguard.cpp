#include "clipboardguard.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QKeyEvent>
#include <QLineEdit>
#include <QMimeData>
#include <QSignalBlocker>

#include <algorithm>

using namespace std::chrono_literals;

namespace PlexAuth {

ClipboardGuard::ClipboardGuard(QClipboard *clipboard, QObject *parent)
    : QObject(parent)
    , m_clipboard(clipboard)
{
    m_ticker.setInterval(1s);
    connect(&m_ticker, &QTimer::timeout, this, &ClipboardGuard::tick);
    // A secret must not outlive the application on the clipboard (where a clipboard manager would
    // take it over on exit).
    if (QCoreApplication *app = QCoreApplication::instance())
        connect(app, &QCoreApplication::aboutToQuit, this, &ClipboardGuard::clearNow);
}

ClipboardGuard::~ClipboardGuard()
{
    // Receivers may be half destroyed by now: clear without telling anyone.
    const QSignalBlocker blocker(this);
    clearNow();
}

void ClipboardGuard::setClearDelay(std::chrono::seconds delay)
{
    m_delay = std::max(delay, std::chrono::seconds(1));
}

QMimeData *ClipboardGuard::sensitiveMimeData(const QString &secret)
{
    auto *mime = new QMimeData;
    mime->setText(secret);
    // KDE's Klipper (and GPaste, CopyQ, ...) keep a copy marked like this out of their history. It is
    // only a marker, harmless anywhere, so it goes on every platform.
    mime->setData(QStringLiteral("x-kde-passwordManagerHint"), QByteArrayLiteral("secret"));
#if defined(Q_OS_MACOS)
    // nspasteboard.org: clipboard managers on macOS skip this type. It carries the secret itself,
    // so it stays macOS-only: elsewhere it would be just another copy that nothing understands.
    mime->setData(QStringLiteral("application/x-nspasteboard-concealed-type"), secret.toUtf8());
#elif defined(Q_OS_WIN)
    // Windows clipboard formats (Qt registers a custom MIME type as the clipboard format of that
    // name): keep the copy out of monitors, Win+V history and the cloud clipboard. The values are
    // DWORD 0; the first format counts by its mere presence. The names mean nothing elsewhere.
    const QByteArray dwordZero(4, '\0');
    mime->setData(QStringLiteral("ExcludeClipboardContentFromMonitorProcessing"), dwordZero);
    mime->setData(QStringLiteral("CanIncludeInClipboardHistory"), dwordZero);
    mime->setData(QStringLiteral("CanUploadToCloudClipboard"), dwordZero);
#endif
    return mime;
}

void ClipboardGuard::copySecret(const QString &secret)
{
    if (!m_clipboard || secret.isEmpty())
        return;
    m_secret = secret;
    // Only the clipboard proper: on X11 the selection is pasted with a middle click, by accident as
    // often as not, so a secret never goes there.
    m_clipboard->setMimeData(sensitiveMimeData(secret), QClipboard::Clipboard);
    m_secondsLeft = static_cast<int>(m_delay.count());
    m_ticker.start();
    Q_EMIT secondsLeftChanged(m_secondsLeft);
}

void ClipboardGuard::clearNow()
{
    const bool wasGuarding = isGuarding() || !m_secret.isEmpty();
    m_ticker.stop();
    m_secondsLeft = 0;
    if (!wasGuarding)
        return;
    const bool wasOurs = clipboardHoldsOurSecret();
    if (wasOurs)
        m_clipboard->clear(QClipboard::Clipboard);
    // The user may have selected the secret in a field; that selection must not outlive it either.
    if (m_clipboard && m_clipboard->supportsSelection() && !m_secret.isEmpty()
        && m_clipboard->text(QClipboard::Selection) == m_secret)
        m_clipboard->clear(QClipboard::Selection);
    m_secret = QString();
    Q_EMIT secondsLeftChanged(0);
    Q_EMIT cleared(wasOurs);
}

void ClipboardGuard::tick()
{
    if (m_secondsLeft <= 1) {
        clearNow();
        return;
    }
    --m_secondsLeft;
    Q_EMIT secondsLeftChanged(m_secondsLeft);
}

bool ClipboardGuard::clipboardHoldsOurSecret() const
{
    return m_clipboard && !m_secret.isEmpty() && m_clipboard->text(QClipboard::Clipboard) == m_secret;
}

void ClipboardGuard::protectField(QLineEdit *field, const std::function<QString()> &secret)
{
    if (secret)
        m_fieldSecrets.insert(field, secret);
    connect(field, &QObject::destroyed, this, [this](QObject *gone) { m_fieldSecrets.remove(gone); });
    field->setContextMenuPolicy(Qt::NoContextMenu);
    field->setDragEnabled(false);
    field->installEventFilter(this);
}

bool ClipboardGuard::eventFilter(QObject *watched, QEvent *event)
{
    auto *field = qobject_cast<QLineEdit *>(watched);
    if (!field)
        return QObject::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Copy) || key->matches(QKeySequence::Cut)) {
            const auto provider = m_fieldSecrets.constFind(field);
            copySecret(provider != m_fieldSecrets.cend() ? (*provider)() : field->text());
            return true;
        }
        // No keyboard selection: it would reach the X11 selection clipboard unguarded.
        if (key->matches(QKeySequence::SelectAll)
            || (key->modifiers() & Qt::ShiftModifier && key->key() != Qt::Key_Tab
                && key->key() != Qt::Key_Backtab))
            return true;
        return false;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        // No mouse selection either; a click still focuses the field.
        if (event->type() == QEvent::MouseButtonPress)
            field->setFocus(Qt::MouseFocusReason);
        return true;
    default:
        return QObject::eventFilter(watched, event);
    }
}

} // namespace PlexAuth
