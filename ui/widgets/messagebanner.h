#pragma once

#include <QFrame>

#include <functional>

class QLabel;
class QPushButton;
class QToolButton;

namespace PlexAuth {

// An inline message above a form or view (KeePassXC's MessageWidget pattern): what happened and
// what to do next, with an optional action button, instead of a modal box. Hidden when empty.
// Showing an error or warning is announced to screen readers as an alert.
class MessageBanner final : public QFrame
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MessageBanner)

public:
    enum class Kind
    {
        Information,
        Success,
        Warning,
        Error,
    };

    explicit MessageBanner(QWidget *parent = nullptr);

    void showMessage(Kind kind, const QString &text);
    // Adds a button to the shown message (e.g. "Use for this session only"); cleared by clear().
    void setAction(const QString &label, std::function<void()> action);
    void clear();

    Kind kind() const { return m_kind; }
    QString text() const;
    QPushButton *actionButton() const { return m_actionButton; }
    QToolButton *closeButton() const { return m_closeButton; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyLook();

    QLabel *m_icon;
    QLabel *m_label;
    QPushButton *m_actionButton;
    QToolButton *m_closeButton;
    std::function<void()> m_action;
    Kind m_kind = Kind::Information;
    bool m_inPaletteChange = false;
};

} // namespace PlexAuth
